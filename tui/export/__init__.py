"""Exports of a review: the comparison, the verdicts and notes, as a file to hand on.

Plain Python (no Textual: ``diptych export`` does not pay for it). One module per format:

- ``html``: a self-contained report, both articles side by side as in the app, to read or print;
- ``md``: a Markdown report to paste into a document or a chat;
- ``csv``: one row per finding, for spreadsheets;
- ``json`` / ``yaml``: everything, for machines (a superset of ``diptych compare --format json``).

    from tui.export import render
    text = render(review, "html")
"""

from __future__ import annotations

from collections.abc import Callable

from tui import __version__
from tui.export.common import exported_now
from tui.export.csvfile import render_csv
from tui.export.data import render_json, render_yaml
from tui.export.html import render_html
from tui.export.markdown import render_markdown
from tui.review import Review

FORMATS = ("html", "md", "csv", "json", "yaml")
"""The formats ``render`` writes (the SVG screenshot of the app is made by the app)."""

_RENDERERS: dict[str, Callable[..., str]] = {
    "html": render_html, "md": render_markdown, "csv": render_csv, "json": render_json, "yaml": render_yaml,
}
_EXTENSIONS = {"html": "html", "md": "md", "csv": "csv", "json": "json", "yaml": "yaml"}


def _check(fmt: str) -> str:
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return fmt


def extension(fmt: str) -> str:
    """The file name extension (without the dot) of an export in ``fmt``."""
    return _EXTENSIONS[_check(fmt)]


def render(review: Review, fmt: str, *, exported_at: str | None = None, tool_version: str = __version__) -> str:
    """The export of ``review`` in ``fmt`` (one of ``FORMATS``) as text.

    ``exported_at`` is the time written as the date of export (ISO 8601; default: now, in UTC).
    """
    return _RENDERERS[_check(fmt)](review, exported_at=exported_now(exported_at), tool_version=tool_version)


__all__ = ["FORMATS", "extension", "render"]
