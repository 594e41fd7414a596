"""The finding bar: the selected finding's kind and type, its one-line explanation, and the
two passages with the differing words marked."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from tui.engine.model import Article, Finding
from tui.reading import PASSAGE_CHARS, passage_text
from tui.safetext import one_line


def finding_summary(number: int, total: int, finding: Finding) -> Text:
    """"3/31  CONTRADICTION · date  weekday: Thursday vs Friday 16 May 2025"."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{number}/{total}  ", style="bold")
    text.append(f" {finding.kind.upper()} · {finding.type} ", style="bold reverse")
    text.append("  ")
    text.append(one_line(finding.explanation))
    return text


VERDICT_STYLES = {"confirmed": "bold green", "disputed": "bold red", "dismissed": "dim", "unreviewed": "italic"}
"""How each verdict reads in the bar (colours as well as words: the word itself is always shown)."""


def review_line(verdict: str, note: str, origin: str = "engine") -> Text:
    """"DISPUTED · note: the ministry says 14" or, unreviewed, the keys that review it."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(verdict.upper(), style=VERDICT_STYLES.get(verdict, ""))
    if origin != "engine":
        text.append(f" · {origin}", style="italic")
    if note:
        text.append(" · note: ", style="bold")
        text.append(one_line(note))
    elif verdict == "unreviewed":
        text.append("  —  y confirm · d dispute · r dismiss · i note · u next unreviewed", style="dim")
    else:
        text.append("  —  i adds a note", style="dim")
    return text


class FindingBar(Widget):
    """Shows the selected finding; empty-state text when there is none.

    A plain ``Widget`` with a fixed height (in the stylesheet) rather than a ``Static``:
    ``Static.update`` asks for a new layout of the whole screen, which made every key that
    selects a finding cost a full repaint; this one only repaints itself."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._content: RenderableType = Text("")

    @property
    def content(self) -> RenderableType:
        """What the bar shows now."""
        return self._content

    def update(self, content: RenderableType) -> None:
        self._content = content
        self.refresh()

    def render(self) -> RenderableType:
        return self._content

    def show_finding(self, number: int, total: int, finding: Finding, left: Article, right: Article,
                     mark_style: str = "bold reverse", verdict: str = "", note: str = "") -> None:
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(width=5, style="bold")
        grid.add_column(ratio=1, overflow="fold")
        limit = max(60, (self.size.width - 8) * 2 - 2) if self.size.width else PASSAGE_CHARS
        grid.add_row("LEFT", passage_text(left, finding.left, finding.left_marks, mark_style, limit))
        grid.add_row("RIGHT", passage_text(right, finding.right, finding.right_marks, mark_style, limit))
        parts: list[RenderableType] = [finding_summary(number, total, finding)]
        if verdict:
            parts.append(review_line(verdict, note, finding.origin))
        self.update(Group(*parts, grid))

    def show_message(self, message: str) -> None:
        self.update(Text(message, style="italic"))
