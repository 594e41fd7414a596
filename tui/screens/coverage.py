"""The coverage screen: one story told by several outlets. A matrix of every pair (shared text,
contradictions), the claims grouped across all articles (who states each, who differs, who is
silent) and the names across outlets with their spellings. Enter on a pair opens it side by
side; Escape there comes back here.

The coverage is built in a worker thread (``tui.coverage.build_coverage``) with a progress bar.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from tui.coverage.model import Coverage
from tui.engine.model import Article
from tui.review.session import SessionError
from tui.review.sets import SetReview
from tui.safetext import one_line
from tui.screens.reviewing import saving, verdict_bindings
from tui.widgets.coverage_views import ClaimsView, CrossEntityTable, MatrixTable

TABS = ("matrix", "claims", "entities")


class CoverageScreen(Screen):
    """Several articles about one story, compared pair by pair and as a whole."""

    BINDING_GROUP_TITLE = "Coverage"
    BINDINGS = [
        Binding("1", "tab('matrix')", "Matrix", id="coverage.matrix",
                tooltip="Every pair: shared text, contradictions"),
        Binding("2", "tab('claims')", "Claims", id="coverage.claims",
                tooltip="Statements across the outlets: who states each, who differs, who is silent"),
        Binding("3", "tab('entities')", "Names", id="coverage.entities",
                tooltip="People, organisations and places across the outlets, with their spellings"),
        *verdict_bindings("claim", "claim"),
        Binding("E", "export", "Export", id="coverage.export",
                tooltip="Export the set: matrix, claims with verdicts, names, pairs reviewed (HTML, Markdown, CSV, "
                        "JSON, YAML; SVG: this screen)"),
        Binding("i", "note", "Note", show=False, id="claim.note", tooltip="Write a note on the highlighted claim"),
    ]

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles
        self.coverage: Coverage | None = None
        self.review: SetReview | None = None
        self._counts = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="coverage-main"):
            yield Static("", id="coverage-outlets")
            yield Static("", id="coverage-status")
            with Vertical(id="coverage-progress"):
                yield Label(f"Comparing {len(self.articles)} articles pair by pair…", id="coverage-progress-label")
                yield ProgressBar(total=1.0, show_eta=False, id="coverage-progress-bar")
            with TabbedContent(id="coverage-tabs", initial="matrix"):
                with TabPane("Matrix", id="matrix"):
                    yield Static(Text("Each cell: the share of the row's article that the column's article also "
                                      "carries · the contradictions between the two. Enter opens the pair.",
                                      style="italic"), classes="coverage-hint")
                    yield MatrixTable(id="matrix-table")
                with TabPane("Claims", id="claims"):
                    yield ClaimsView(id="claims-view")
                with TabPane("Names", id="entities"):
                    yield CrossEntityTable(id="entity-table")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{len(self.articles)} articles"
        self._outlets()
        self.query_one("#coverage-tabs").display = False
        self._build()

    def _outlets(self) -> None:
        from tui.coverage.build import outlet_names

        text = Text()
        for n, (name, article) in enumerate(zip(outlet_names(self.articles), self.articles, strict=True)):
            if n:
                text.append("\n")
            text.append(f"#{n + 1} ", style="bold")
            text.append(one_line(name)[:70])
            details = [article.date.isoformat() if article.date else "", f"{article.word_count:,} words"]
            text.append("  " + " · ".join(d for d in details if d), style="dim")
        self.query_one("#coverage-outlets", Static).update(text)

    @work(thread=True, exclusive=True, group="coverage", exit_on_error=False)
    def _build(self) -> Coverage:
        from tui.coverage.build import build_coverage

        stages = {"prepare": 0.15, "pairs": 0.8, "claims": 0.9, "entities": 1.0}
        starts = {"prepare": 0.0, "pairs": 0.15, "claims": 0.8, "entities": 0.9}

        def progress(stage: str, fraction: float) -> None:
            done = starts.get(stage, 0.0) + (stages.get(stage, 1.0) - starts.get(stage, 0.0)) * fraction
            self.app.call_from_thread(self._progress, stage, done)

        coverage = build_coverage(self.articles, progress=progress)
        self._open_review(coverage)
        return coverage

    def _open_review(self, coverage: Coverage) -> None:
        """The set's review of its claims: resumed, or started (not saved: with a message)."""
        from tui.review.sets import SetReview, SetSession

        try:
            self.review = SetReview.open(coverage)
        except SessionError as exc:
            from tui.review import default_reviewer

            self.review = SetReview(coverage, SetSession([]), None, default_reviewer())
            self.app.call_from_thread(self.notify, f"{exc}. This review of the claims will not be saved.",
                                      severity="warning", timeout=12, markup=False)
            return
        if self.review.summary:
            self.app.call_from_thread(self.notify, self.review.summary, severity="warning", timeout=10,
                                      markup=False)

    def _progress(self, stage: str, done: float) -> None:
        self.query_one("#coverage-progress-bar", ProgressBar).update(progress=done)
        self.query_one("#coverage-progress-label", Label).update(
            f"Comparing {len(self.articles)} articles pair by pair… ({stage})")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "coverage":
            return
        if event.state == WorkerState.SUCCESS:
            self._show(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self.query_one("#coverage-progress-label", Label).update(f"The comparison failed: {event.worker.error}")
            self.notify(f"The comparison failed: {event.worker.error}", severity="error", timeout=10, markup=False)

    def _show(self, coverage: Coverage) -> None:
        self.coverage = coverage
        self.query_one("#coverage-progress").display = False
        self.query_one("#coverage-tabs").display = True
        self.query_one(MatrixTable).show(coverage)
        self.query_one(ClaimsView).show(coverage, self.review)
        self.query_one(CrossEntityTable).show(coverage)
        pairs = len(coverage.cells)
        contradictions = sum(c.contradictions for c in coverage.cells.values())
        disputed = sum(c.disputed for c in coverage.claims)
        variants = sum(e.spelled_differently for e in coverage.entities)
        self._counts = (f"{len(coverage.outlets)} articles · {pairs} pairs · {contradictions} contradictions · "
                        f"{len(coverage.claims)} claims, {disputed} disputed · {variants} names spelled differently")
        self._show_progress()
        self.query_one(MatrixTable).focus()

    def _show_progress(self) -> None:
        progress = f" · {self.review.progress()}" if self.review is not None else ""
        self.sub_title = self._counts + progress
        self.query_one("#coverage-status", Static).update(Text(self.sub_title, style="bold"))

    def _claim(self) -> int | None:
        """The highlighted claim, when the claims are shown and a review is open."""
        if self.review is None or self.query_one(TabbedContent).active != "claims":
            if self.review is not None:
                self.notify("Verdicts and notes are for claims: 2 shows them.", timeout=3)
            return None
        return self.query_one(ClaimsView).current

    def action_verdict(self, verdict: str) -> None:
        index, review = self._claim(), self.review
        if index is None or review is None:
            return
        saving(self, lambda: review.set_verdict(index, verdict))
        self.query_one(ClaimsView).refresh_claim(index)
        self._show_progress()

    def action_note(self) -> None:
        index, review = self._claim(), self.review
        if index is None or review is None:
            return
        from tui.screens.note import NoteScreen

        claim = review.coverage.claims[index]

        def keep(text: str | None) -> None:
            saving(self, lambda: review.set_draft(index, text))

        def saved(text: str | None) -> None:
            if text is None:
                return
            saving(self, lambda: review.set_note(index, text), "Note saved.")
            self.query_one(ClaimsView).refresh_claim(index)
            self._show_progress()

        self.app.push_screen(NoteScreen(f"Note on claim {claim.id}: {one_line(claim.text)}", review.note(index),
                                        review.draft(index), keep), saved)

    def action_export(self) -> None:
        review = self.review
        if review is None:
            return
        from tui.export.sets import render_set
        from tui.review.store import slug
        from tui.screens.reviewing import open_export_dialog

        stem = f"diptych-set-{slug(review.coverage.outlets[0].name, 20)}-and-{len(review.coverage.outlets) - 1}-more"
        open_export_dialog(self, stem, lambda fmt: render_set(review, fmt))

    def action_tab(self, tab: str) -> None:
        if self.coverage is None:
            return
        self.query_one(TabbedContent).active = tab
        target = {"matrix": MatrixTable, "claims": ClaimsView, "entities": CrossEntityTable}[tab]
        widget = self.query_one(target)
        (widget.query_one("#claims-list") if isinstance(widget, ClaimsView) else widget).focus()

    def on_matrix_table_pair_chosen(self, message: MatrixTable.PairChosen) -> None:
        self.open_pair(message.left, message.right)

    def on_claims_view_pair_chosen(self, message: ClaimsView.PairChosen) -> None:
        self.open_pair(message.left, message.right)

    def open_pair(self, left: int, right: int) -> None:
        """The two outlets side by side (compared again in full, with their review session)."""
        from tui.screens.comparison import ComparisonScreen

        self.app.push_screen(ComparisonScreen(self.articles[left], self.articles[right]))
