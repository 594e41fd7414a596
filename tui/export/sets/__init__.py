"""Exports of a set's review: a story's coverage by several outlets, the verdicts and notes on
its claims, and the findings reviewed in its pairs' own sessions. Plain Python (no Textual).

- ``html``: a self-contained report (the pair report's look, escaping and print layout);
- ``md``: a Markdown report to paste;
- ``csv``: one row per claim and outlet, for spreadsheets;
- ``json`` / ``yaml``: everything, for machines (a superset of ``diptych matrix --format json``).

    from tui.export.sets import open_set_review, render_set
    text = render_set(open_set_review(coverage), "html")

Nothing here writes a session: the set's and the pairs' sessions are only read.
"""

from __future__ import annotations

from collections.abc import Callable

from tui import __version__
from tui.export.common import exported_now
from tui.export.sets.common import PairReviewed, ReadOnlySetReview, find_pair_reviews, open_set_review
from tui.export.sets.csvfile import render_set_csv
from tui.export.sets.data import render_set_json, render_set_yaml
from tui.export.sets.html import render_set_html
from tui.export.sets.markdown import render_set_markdown
from tui.review.sets import SetReview

SET_FORMATS = ("html", "md", "csv", "json", "yaml")

_RENDERERS: dict[str, Callable[..., str]] = {
    "html": render_set_html, "md": render_set_markdown, "csv": render_set_csv, "json": render_set_json,
    "yaml": render_set_yaml,
}


def render_set(set_review: SetReview, fmt: str, *, exported_at: str | None = None,
               pair_reviews: list[PairReviewed] | None = None, tool_version: str = __version__) -> str:
    """The export of a set's review in ``fmt`` (one of ``SET_FORMATS``) as text.

    ``pair_reviews``: the pairs of the set reviewed in sessions of their own (default: looked up
    in the sessions folder with ``find_pair_reviews``, read-only); ``exported_at``: the time
    written as the date of export (ISO 8601; default: now, in UTC).
    """
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown set export format {fmt!r} (one of {', '.join(SET_FORMATS)})")
    if pair_reviews is None:
        pair_reviews = find_pair_reviews(set_review.coverage, set_review.reviewer)
    return _RENDERERS[fmt](set_review, pair_reviews, exported_at=exported_now(exported_at), tool_version=tool_version)


__all__ = ["SET_FORMATS", "PairReviewed", "ReadOnlySetReview", "find_pair_reviews", "open_set_review", "render_set"]
