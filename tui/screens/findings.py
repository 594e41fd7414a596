"""The findings list: every finding in a table, sortable by significance or position and
filterable by kind; Enter goes to the chosen one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui.engine.model import Comparison
from tui.reading import position_order, significance_order
from tui.widgets.findings_table import FindingsTable

KIND_FILTERS = ("all", "contradiction", "overlap")


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
        findings = comparison.findings
        self._orders = {"significance": significance_order(findings), "position": position_order(findings)}
        self._positions = {index: n for n, index in enumerate(self._orders["position"], 1)}

    def compose(self) -> ComposeResult:
        with Vertical(id="findings-dialog"):
            yield Static("", id="findings-title")
            yield Static("", id="findings-header")
            yield FindingsTable(self.comparison.findings, id="findings-table")
            yield Footer()

    @property
    def table(self) -> FindingsTable:
        return self.query_one(FindingsTable)

    def on_mount(self) -> None:
        self._fill(keep=self.initial)
        self.table.focus()

    def on_resize(self) -> None:
        self.query_one("#findings-header", Static).update(
            self.table.header(self.table.scrollable_content_region.width or self.size.width))

    def _rows(self) -> list[int]:
        findings = self.comparison.findings
        order = self._orders[self.sort]
        return order if self.kind == "all" else [i for i in order if findings[i].kind == self.kind]

    def _fill(self, keep: int | None = None) -> None:
        rows = self._rows()
        self.table.set_rows(rows, self._positions, keep)
        total = len(self.comparison.findings)
        shown = "all kinds" if self.kind == "all" else f"{self.kind}s only"
        self.query_one("#findings-title", Static).update(
            Text(f"Findings — {len(rows):,} of {total:,} · sorted by {self.sort} · {shown}", style="bold"))
        self.query_one("#findings-header", Static).update(
            self.table.header(self.table.scrollable_content_region.width or self.size.width))

    def _current(self) -> int | None:
        return self.table.current

    def watch_sort(self) -> None:
        self._fill(keep=self._current())

    def watch_kind(self) -> None:
        self._fill(keep=self._current())

    def action_toggle_sort(self) -> None:
        self.sort = "position" if self.sort == "significance" else "significance"

    def action_kind(self, kind: str) -> None:
        self.kind = kind

    def on_findings_table_chosen(self, event: FindingsTable.Chosen) -> None:
        event.stop()
        self.dismiss(event.index)

    def action_choose(self) -> None:
        self.dismiss(self._current())

    def action_close(self) -> None:
        self.dismiss(None)
