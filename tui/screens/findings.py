"""The findings list: every finding in a table, sortable by significance or position and
filterable by kind; Enter goes to the chosen one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from tui.engine.model import Comparison
from tui.reading import position_order, significance_order
from tui.safetext import terminal_safe

KIND_FILTERS = ("all", "contradiction", "overlap")
SNIPPET = 60


def snippet(text: str, limit: int = SNIPPET) -> Text:
    """A passage folded to one short line, as data."""
    flat = " ".join(terminal_safe(text).split())
    return Text(flat if len(flat) <= limit else flat[: limit - 1] + "…", no_wrap=True)


class FindingsScreen(ModalScreen[int | None]):
    """A table of all findings; dismisses with the chosen finding's index (or None)."""

    BINDING_GROUP_TITLE = "Findings list"
    BINDINGS = [
        Binding("enter", "choose", "Go to", id="list.choose", tooltip="Show the highlighted finding"),
        Binding("s", "toggle_sort", "Sort", id="list.sort", tooltip="Sort by significance or by position"),
        Binding("1", "kind('all')", "All", id="list.all", tooltip="Show all findings"),
        Binding("2", "kind('contradiction')", "Contradictions", id="list.contradictions",
                tooltip="Show contradictions only"),
        Binding("3", "kind('overlap')", "Overlaps", id="list.overlaps", tooltip="Show overlaps only"),
        Binding("j", "cursor(1)", "Down", show=False, id="list.down", tooltip="Next row"),
        Binding("k", "cursor(-1)", "Up", show=False, id="list.up", tooltip="Previous row"),
        Binding("escape,q,f", "close", "Back", id="list.close", tooltip="Back to the articles"),
    ]

    sort: reactive[str] = reactive("significance", init=False)
    """"significance" or "position"."""
    kind: reactive[str] = reactive("all", init=False)
    """Which kind of finding is listed: "all", "contradiction" or "overlap"."""

    def __init__(self, comparison: Comparison, selected: int = -1) -> None:
        super().__init__()
        self.comparison = comparison
        self.initial = selected

    def compose(self) -> ComposeResult:
        with Vertical(id="findings-dialog"):
            yield Static("", id="findings-title")
            yield DataTable(id="findings-table", cursor_type="row", zebra_stripes=True)
            yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "kind", "type", "score", "why", "left", "right")
        self._fill(keep=self.initial)
        table.focus()

    def _rows(self) -> list[int]:
        findings = self.comparison.findings
        order = significance_order(findings) if self.sort == "significance" else position_order(findings)
        return [i for i in order if self.kind == "all" or findings[i].kind == self.kind]

    def _fill(self, keep: int = -1) -> None:
        table = self.query_one(DataTable)
        table.clear()
        rows = self._rows()
        positions = {i: n for n, i in enumerate(position_order(self.comparison.findings), 1)}
        room = max(30, (self.app.size.width * 95 // 100) - 48)
        why_width, passage_width = room * 3 // 10, room * 35 // 100
        for i in rows:
            f = self.comparison.findings[i]
            style = "bold" if f.kind == "contradiction" else ""
            table.add_row(
                str(positions[i]), Text(f.kind, style=style), f.type, f"{f.significance:.2f}",
                snippet(f.explanation, why_width), snippet(f.left_text, passage_width),
                snippet(f.right_text, passage_width), key=str(i),
            )
        total = len(self.comparison.findings)
        shown = "all kinds" if self.kind == "all" else f"{self.kind}s only"
        self.query_one("#findings-title", Static).update(
            Text(f"Findings — {len(rows)} of {total} · sorted by {self.sort} · {shown}", style="bold"))
        if keep in rows:
            table.move_cursor(row=rows.index(keep))

    def _current(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(key.value) if key.value is not None else None

    def watch_sort(self) -> None:
        current = self._current()
        self._fill(keep=-1 if current is None else current)

    def watch_kind(self) -> None:
        current = self._current()
        self._fill(keep=-1 if current is None else current)

    def action_toggle_sort(self) -> None:
        self.sort = "position" if self.sort == "significance" else "significance"

    def action_kind(self, kind: str) -> None:
        self.kind = kind

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(int(event.row_key.value) if event.row_key.value is not None else None)

    def action_choose(self) -> None:
        self.dismiss(self._current())

    def action_close(self) -> None:
        self.dismiss(None)
