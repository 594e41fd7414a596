"""Scanning for dates only where one can begin finds exactly what a full scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine import temporal

PIECES = ["May 16", "16 May 2025", "Friday, ", "Monday", "2025-05-16", "16/05/2025", "5 p.m.", "17:30",
          "5pm", "1998", "2022", "March 2024", "Sept. 3", "Sep", "Mayor", "Junes", "12", "1,200", "a", "Jan",
          "4:47 a.m.", "Tuesday, May 20, 2025", "٣", " ", ", ", "-", "x", "7th of June", "\n", "Ma"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(texts, st.integers(0, 6), st.integers(0, 6))
def test_candidate_scan_equals_full_scan(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    cache: dict[str, list[int]] = {}
    for kind, pattern in temporal._PATTERNS:
        full = [m.span() for m in pattern.finditer(text, start, end)]
        fast = [m.span() for m in temporal._finditer(kind, pattern, text, start, end, cache)]
        assert fast == full, kind
