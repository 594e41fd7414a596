"""A table of findings drawn line by line: only the rows on screen are rendered, so a list of
30,000 findings opens, sorts and filters at once (a ``DataTable`` builds every row up front)."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.engine.model import Finding
from tui.safetext import one_line

FIXED = (("#", 6), ("kind", 14), ("type", 11), ("verdict", 11), ("score", 6))
"""The narrow columns: title and width in cells."""
FLEXIBLE = (("why", 30), ("left", 35), ("right", 35))
"""The wide columns: title and share (percent) of the remaining width."""


def column_widths(width: int) -> list[int]:
    """Widths of every column (with one space between columns) for a table ``width`` cells wide."""
    fixed = [w for _, w in FIXED]
    room = max(30, width - sum(fixed) - len(FIXED) - len(FLEXIBLE))
    flexible = [room * share // 100 for _, share in FLEXIBLE]
    flexible[-1] += room - sum(flexible)
    return fixed + flexible


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal cells with an ellipsis, or padded to it (wide characters
    count two cells)."""
    if text.isascii():
        return text[: max(0, width - 1)] + "…" if len(text) > width else text.ljust(width)
    if cell_len(text) > width:
        return set_cell_size(text, max(0, width - 1)) + "…"
    return set_cell_size(text, width)


class FindingsTable(ScrollView, can_focus=True):
    """Rows of findings (indices into a list of findings) with a cursor."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False, id="table.down", tooltip="Next row"),
        Binding("up,k", "move(-1)", "Up", show=False, id="table.up", tooltip="Previous row"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="table.page-down", tooltip="Next page"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="table.page-up", tooltip="Previous page"),
        Binding("home,g", "edge(0)", "First", show=False, id="table.first", tooltip="First row"),
        Binding("end,G", "edge(1)", "Last", show=False, id="table.last", tooltip="Last row"),
    ]

    COMPONENT_CLASSES = {"findings-table--cursor", "findings-table--contradiction", "findings-table--stripe"}

    class Chosen(Message):
        """The user chose the finding ``index`` (Enter is bound by the screen; this is a click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, findings: list[Finding], *, id: str | None = None,
                 verdict_of: Callable[[int], str] | None = None) -> None:
        super().__init__(id=id)
        self.findings = findings
        self.verdict_of = verdict_of
        self.rows: list[int] = []
        self.cursor = 0
        self._positions: dict[int, int] = {}
        self._cache: dict[int, Strip] = {}

    def set_rows(self, rows: list[int], positions: dict[int, int], keep: int | None = None) -> None:
        """Show ``rows`` (finding indices, in order); ``positions`` numbers them; the cursor stays
        on ``keep`` if it is still listed."""
        self.rows = rows
        self._positions = positions
        self.cursor = rows.index(keep) if keep is not None and keep in rows else 0
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.refresh()
        self.call_after_refresh(self._show_cursor)

    @property
    def current(self) -> int | None:
        """The finding under the cursor."""
        return self.rows[self.cursor] if self.rows else None

    def header(self, width: int) -> Text:
        """The column titles, aligned with the rows."""
        titles = [t for t, _ in FIXED] + [t for t, _ in FLEXIBLE]
        return Text(" ".join(fit(t, w) for t, w in zip(titles, column_widths(width), strict=True)), style="bold",
                    no_wrap=True)

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # --- moving ----------------------------------------------------------------------------

    def move_to(self, row: int) -> None:
        """Put the cursor on ``row`` (clamped to the rows there are)."""
        self._move_to(row)

    def redraw_row(self, row: int) -> None:
        """Draw ``row`` again (its finding's verdict changed)."""
        self._cache.pop(row, None)
        self.refresh(Region(0, row - round(self.scroll_y), self.size.width, 1))

    def _move_to(self, row: int) -> None:
        if not self.rows:
            return
        old, self.cursor = self.cursor, max(0, min(len(self.rows) - 1, row))
        for changed in (old, self.cursor):
            self._cache.pop(changed, None)
            self.refresh(Region(0, changed - round(self.scroll_y), self.size.width, 1))
        self._show_cursor()

    def _show_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if self.cursor < self.scroll_y:
            self.scroll_to(y=self.cursor, animate=False)
        elif height and self.cursor >= self.scroll_y + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_move(self, step: int) -> None:
        self._move_to(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self._move_to(self.cursor + direction * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        self._move_to(len(self.rows) - 1 if end else 0)

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_y) + event.y
        if 0 <= row < len(self.rows):
            self._move_to(row)
            if event.chain >= 2:
                self.post_message(self.Chosen(self.rows[row]))

    # --- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= row < len(self.rows):
            return Strip.blank(width, base)
        strip = self._cache.get(row)
        if strip is None or strip.cell_length != width:
            strip = self._render_row(row, width, base)
            self._cache[row] = strip
        return strip

    def _render_row(self, row: int, width: int, base: Style) -> Strip:
        index = self.rows[row]
        f = self.findings[index]
        widths = column_widths(width)
        verdict = self.verdict_of(index) if self.verdict_of is not None else ""
        if verdict == "unreviewed":
            verdict = "·"
        if f.origin != "engine":
            verdict += "*"  # a manual or kept finding
        cells = [str(self._positions.get(index, index + 1)), f.kind, f.type, verdict, f"{f.significance:.2f}",
                 one_line(f.explanation), one_line(f.left_text), one_line(f.right_text)]
        line = " ".join(fit(c, w) for c, w in zip(cells, widths, strict=True))
        style = base
        if row % 2:
            style += self.get_component_rich_style("findings-table--stripe", partial=True)
        if f.kind == "contradiction":
            style += self.get_component_rich_style("findings-table--contradiction", partial=True)
        if row == self.cursor:
            style += self.get_component_rich_style("findings-table--cursor", partial=True)
        return Strip([Segment(line, style)]).crop_extend(0, width, style)
