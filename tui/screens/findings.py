"""The findings list: every finding in a table with its verdict, sortable by significance or
position, filterable by kind and by verdict; verdicts can be set from the list; Enter goes to
the chosen one."""

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
from tui.review import VERDICTS, Review
from tui.screens.reviewing import saving, verdict_bindings
from tui.widgets.findings_table import FindingsTable

KIND_FILTERS = ("all", "contradiction", "overlap")
VERDICT_FILTERS = ("any", *VERDICTS)


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
        Binding("v", "cycle_verdict", "Verdict filter", id="list.verdict-filter",
                tooltip="Show findings of one verdict: any, unreviewed, confirmed, disputed, dismissed"),
        *verdict_bindings("list", "finding"),
        Binding("escape,q,f", "close", "Back", id="list.close", tooltip="Back to the articles"),
    ]

    sort: reactive[str] = reactive("significance", init=False)
    """"significance" or "position"."""
    kind: reactive[str] = reactive("all", init=False)
    """Which kind of finding is listed: "all", "contradiction" or "overlap"."""
    verdict: reactive[str] = reactive("any", init=False)
    """Which verdict is listed: "any" or one of ``VERDICTS``."""

    def __init__(self, comparison: Comparison, selected: int = -1, review: Review | None = None,
                 orders: dict[str, list[int]] | None = None) -> None:
        """``orders``: the findings (indices, the hidden ones left out) "by significance" and "by
        position", when already known (sorting 30,000 findings takes a while)."""
        super().__init__()
        self.comparison = comparison
        self.initial = selected
        self.review = review
        self.changed = False
        """Verdicts were set from the list (the comparison screen redraws what shows them)."""
        findings = comparison.findings
        hidden = review.hidden if review is not None else set()
        self._orders = orders or {"significance": [i for i in significance_order(findings) if i not in hidden],
                                  "position": [i for i in position_order(findings) if i not in hidden]}
        self._positions = {index: n for n, index in enumerate(self._orders["position"], 1)}

    def compose(self) -> ComposeResult:
        with Vertical(id="findings-dialog"):
            yield Static("", id="findings-title")
            yield Static("", id="findings-header")
            yield FindingsTable(self.comparison.findings, id="findings-table",
                                verdict_of=self.review.verdict if self.review is not None else None)
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
        if self.kind != "all":
            order = [i for i in order if findings[i].kind == self.kind]
        if self.verdict != "any" and self.review is not None:
            order = [i for i in order if self.review.verdict(i) == self.verdict]
        return order

    def _fill(self, keep: int | None = None) -> None:
        rows = self._rows()
        self.table.set_rows(rows, self._positions, keep)
        self._title()
        self.query_one("#findings-header", Static).update(
            self.table.header(self.table.scrollable_content_region.width or self.size.width))

    def _title(self) -> None:
        rows = self.table.rows
        total = len(self._orders["position"])
        shown = "all kinds" if self.kind == "all" else f"{self.kind}s only"
        if self.verdict != "any":
            shown += f" · {self.verdict}"
        title = f"Findings — {len(rows):,} of {total:,} · sorted by {self.sort} · {shown}"
        if self.review is not None:
            title += f" · {self.review.progress()}"
        self.query_one("#findings-title", Static).update(Text(title, style="bold"))

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

    def watch_verdict(self) -> None:
        self._fill(keep=self._current())

    def action_cycle_verdict(self) -> None:
        self.verdict = VERDICT_FILTERS[(VERDICT_FILTERS.index(self.verdict) + 1) % len(VERDICT_FILTERS)]

    def action_verdict(self, verdict: str) -> None:
        index, review = self._current(), self.review
        if index is None or review is None:
            return
        saving(self, lambda: review.set_verdict(index, verdict))
        self.changed = True
        if self.verdict != "any":  # it leaves the filtered list: the cursor stays at the same row
            row = self.table.cursor
            self.table.set_rows(self._rows(), self._positions)
            self.table.move_to(row)
        else:
            self.table.redraw_row(self.table.cursor)
            self.table.action_move(1)  # on to the next, as in a triage
        self._title()

    def on_findings_table_chosen(self, event: FindingsTable.Chosen) -> None:
        event.stop()
        self.dismiss(event.index)

    def action_choose(self) -> None:
        self.dismiss(self._current())

    def action_close(self) -> None:
        self.dismiss(None)
