"""A trie-shaped alternation of literal words matches exactly what the plain one does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine import patterns
from tui.engine.patterns import literal_alternation

ALPHABET = "abAB-' .é"
words = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12)


def plain(ws: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))


@settings(max_examples=300)
@given(words, st.text(alphabet=ALPHABET + "x\n", max_size=80))
def test_same_matches_as_longest_first_alternation(ws, text):
    for small in (patterns.SMALL, 0):  # a plain alternation for few words, the trie for many
        saved, patterns.SMALL = patterns.SMALL, small
        try:
            alternation = literal_alternation(ws)
        finally:
            patterns.SMALL = saved
        for before, after in ((r"\b", r"\b"), (r"(?<![\w-])", r"(?![\w-])"), ("", "")):
            a = re.compile(before + "(?:" + plain(ws) + ")" + after)
            b = re.compile(before + "(?:" + alternation + ")" + after)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_no_words_matches_nothing():
    assert re.search(literal_alternation([]), "anything") is None
