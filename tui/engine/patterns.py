"""Regular expressions built from many literal words, fast whatever their number.

``re`` tries the alternatives of ``(?:Abbas|Abdi|Adams|...)`` one after the other at
every position of the text, so a list of a few thousand names makes a scan a few
thousand times slower. The same words as a trie (``A(?:b(?:bas|di)|dams)``) are tried
one character at a time: the cost no longer grows with the number of words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

SMALL = 24
"""Up to this many words, a plain alternation (longest first): quicker to build, as quick to run."""


def literal_alternation(words: Iterable[str]) -> str:
    """A regex (without anchors) matching any of ``words``; at any position it matches the
    *longest* word that fits, as ``(?:w1|w2|...)`` with the words sorted longest first
    does (also when a following assertion rejects the longest: it backtracks to the next)."""
    words = set(words)
    if len(words) <= SMALL:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")" \
            if words else "(?!)"
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _pattern(trie) if trie else "(?!)"


def _pattern(node: dict) -> str:
    alts = [re.escape(ch) + _pattern(sub) for ch, sub in sorted(node.items()) if ch != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: try the longer words first, then this one
        return "(?:" + body + ")?"
    return body


def segments_hinted(hint: re.Pattern[str], text: str, segments) -> set[int]:
    """Indexes of the segments in which ``hint`` matches somewhere (one scan of the whole text).

    A detector whose pattern cannot match without a word the hint finds (a deal's head word, a
    negation) scans only these segments: the same matches, without trying a long pattern at
    every word of every other sentence."""
    starts = [s.start for s in segments]
    out: set[int] = set()
    k, n = 0, len(segments)
    for m in hint.finditer(text):
        pos = m.start()
        while k + 1 < n and starts[k + 1] <= pos:
            k += 1
        if n and segments[k].start <= pos and m.end() <= segments[k].end:
            out.add(k)
    return out


def find_all(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Every place one of ``words`` stands in ``text``, as (start, end), sorted: found with
    ``str.find``, which is quicker than a pattern of alternatives (a regex tries the pattern at
    every offset of the text; ``find`` jumps from one occurrence to the next)."""
    out: list[tuple[int, int]] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = text.find(word, at + 1)
    out.sort()
    return out


def segments_found(text: str, segments, words: Iterable[str]) -> set[int]:
    """Indexes of the segments holding one of ``words`` (``find_all``; as ``segments_hinted``)."""
    starts = [s.start for s in segments]
    return {bisect.bisect_right(starts, at) - 1 for at, _ in find_all(text, words)}
