"""What the tests read off a comparison's findings (shared by the test modules)."""

from __future__ import annotations


def numbers(c):
    """The number contradictions of a comparison, as (left text, right text)."""
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "number"]
