"""The engine on hostile text and at scale: arbitrary Unicode (hypothesis), the corpus of
``tests/hostile.py``, a 5 MB article on one line and a 200,000-word article."""

from __future__ import annotations

from hostile import one_line_text

from tui.engine import article_from_text, compare
from tui.engine.model import Span


def test_dedupe_stays_linear_when_one_sentence_matches_thousands(monkeypatch):
    """A one-sentence article against 3,000 sentences that all repeat its words: every finding lies
    in the one sentence of the short side, and each was compared with every other (quadratic: a
    5 MB article took 40 s in this step alone)."""
    calls = 0
    contains = Span.contains

    def counted(self, other):
        nonlocal calls
        calls += 1
        return contains(self, other)

    monkeypatch.setattr(Span, "contains", counted)
    big = article_from_text(one_line_text(150_000), "big.txt")
    small = article_from_text("The mayor said on Thursday that 214 families had been moved.\n", "small.txt")
    for c in (compare(small, big), compare(big, small)):  # (the engine puts one of them first by its hash)
        assert len(c.findings) > 500
    assert calls < 20 * 2 * len(c.findings)
