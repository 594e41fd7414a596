"""Stable finding ids, derived from what a finding says rather than where it sits in a list.

A finding's id is a hash of its kind, its type and its two passages, each with the sentence it
stands in (runs of white space made one space, so re-wrapping a paragraph changes nothing): a
name spelled differently in two sentences makes two findings with two ids. It does not depend
on offsets or on the other findings, so a review attached to it survives a re-analysis, an
edit elsewhere in either article and an engine upgrade that finds the same passages.

Ids are the same whichever article is on the left (the two passages are hashed in a fixed
order), so ``compare(a, b)`` and ``compare(b, a)`` name each finding alike. Two findings
with the same kind, type and passages (a sentence repeated in an article) are told apart by
a suffix, ``-2``, ``-3``, in the order of their offsets.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterable

from tui.engine.model import Comparison, Finding, Segment, Span

PREFIX = {"overlap": "o", "contradiction": "c"}
"""The first letter of an id says its kind; ``m`` is a finding a reviewer added by hand."""


def passage_key(text: str) -> str:
    """A passage as it is hashed: white space runs made one space, ends stripped."""
    return " ".join(text.split())


def content_id(kind: str, type_: str, left_text: str, right_text: str, prefix: str = "",
               keyed: bool = False) -> str:
    """The id of a finding with these passages (the same with the two sides swapped); a passage
    may carry its sentence after a ``\x1e``. ``keyed``: the passages are already ``passage_key``s."""
    a, b = sorted((left_text, right_text) if keyed else (passage_key(left_text), passage_key(right_text)))
    digest = hashlib.blake2b(f"{kind}\x1f{type_}\x1f{a}\x1f{b}".encode(), digest_size=6).hexdigest()
    return f"{prefix or PREFIX.get(kind, 'x')}{digest}"


def in_context(text: str, span: Span, segments: list[Segment], starts: list[int]) -> str:
    """The passage at ``span`` followed by the sentence(s) it stands in."""
    passage = text[span.start:span.end]
    k = bisect.bisect_right(starts, span.start) - 1
    if k < 0:
        return passage
    first = segments[k]
    last = k
    while last + 1 < len(segments) and segments[last + 1].start < span.end:
        last += 1
    sentence = text[first.start:max(segments[last].end, span.end)]
    return passage if sentence == passage else f"{passage}\x1e{sentence}"


def assign_ids(comparison: Comparison) -> None:
    """Give every finding of ``comparison`` its content-derived id (in place)."""
    assign(comparison.findings, (comparison.left.text, comparison.right.text),
           (comparison.left_segments, comparison.right_segments),
           left_first=comparison.left.sha256 <= comparison.right.sha256)


class _Passages:
    """The hashed form of passages of one article (``passage_key(in_context(...))``), each
    sentence's key worked out once however many findings stand in it."""

    def __init__(self, text: str, segments: list[Segment]):
        self.text, self.segments = text, segments
        self.starts = [s.start for s in segments]
        self.keys: dict[tuple[int, int], str] = {}
        self.sentences: dict[tuple[int, int], str] = {}

    def __call__(self, span: Span) -> str:
        found = self.keys.get((span.start, span.end))
        if found is not None:
            return found
        text, segments = self.text, self.segments
        passage = text[span.start:span.end]
        k = bisect.bisect_right(self.starts, span.start) - 1
        if k < 0:
            found = passage_key(passage)
        else:
            last = k
            while last + 1 < len(segments) and segments[last + 1].start < span.end:
                last += 1
            start, end = segments[k].start, max(segments[last].end, span.end)
            if (start, end) == (span.start, span.end):
                found = passage_key(passage)
            else:
                # == passage_key(f"{passage}\x1e{sentence}"): the separator is white space
                sentence = self.sentences.get((start, end))
                if sentence is None:
                    sentence = self.sentences[(start, end)] = passage_key(text[start:end])
                head = passage_key(passage)
                found = f"{head} {sentence}" if head and sentence else head or sentence
        self.keys[(span.start, span.end)] = found
        return found


def assign(findings: list[Finding], texts: tuple[str, str], segments: tuple[list[Segment], list[Segment]],
           left_first: bool) -> None:
    """Give each finding its content-derived id (in place); ``texts`` and ``segments``: the
    two articles' (left, right); ``left_first``: whether the left text's hash is the smaller."""
    left = _Passages(texts[0], segments[0])
    right = _Passages(texts[1], segments[1])

    def key(f: Finding) -> str:
        return content_id(f.kind, f.type, left(f.left), right(f.right), keyed=True)

    _assign(findings, key, left_first)


def _assign(findings: Iterable[Finding], key_of: Callable[[Finding], str], left_first: bool) -> None:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(key_of(f), []).append(f)
    for base, same in groups.items():
        if len(same) == 1:
            same[0].id = base
            continue
        # the order of twins must not depend on which side is left: order by the side whose
        # text hash is smaller first
        def key(f: Finding) -> tuple[int, int, int, int]:
            a, b = (f.left, f.right) if left_first else (f.right, f.left)
            return (a.start, a.end, b.start, b.end)

        for n, f in enumerate(sorted(same, key=key), start=1):
            f.id = base if n == 1 else f"{base}-{n}"
