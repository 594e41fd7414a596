"""The comparison screen: two articles side by side, the finding bar, the entity sidebar.

The screen owns what is selected (a finding, an entity, a search) and tells the two
``ArticleView`` widgets what to mark; the analysis itself runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import bisect
import gc
import threading
from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, ProgressBar
from textual.worker import Worker, WorkerState

from tui.engine.model import Article, Comparison, Span
from tui.messages import AnalysisProgress, AnalysisReady
from tui.reading import Hits, Partners, Prepared, SideLayers, level_rows, prepare, search
from tui.review import Review, SessionError
from tui.review.resolve import Opened
from tui.safetext import one_line
from tui.screens.reviewing import CURSOR_SAVE_DELAY, REVIEW_BINDINGS, ReviewActions
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ENTITY_CLASS, ArticleView, Marked
from tui.widgets.entity_sidebar import EntitySidebar
from tui.widgets.finding_bar import FindingBar

SEARCH_DELAY = 0.12
"""Seconds after the last key typed in the search box before searching."""

FINDINGS = Binding.Group("Findings", compact=True)
CONTRADICTIONS = Binding.Group("Contradictions", compact=True)
OVERLAPS = Binding.Group("Overlaps", compact=True)
MENTIONS = Binding.Group("Mentions", compact=True)


STAGES_NEXT = {
    "": "splitting the sentences", "segment": "aligning the sentences", "align": "comparing the wording",
    "diff": "finding the names, dates and numbers", "entities": "looking for contradictions",
    "classify": "opening the review session", "review": "preparing the view",
}
"""What the engine does after each stage it reports (the label under the progress bar)."""


def progress_label(done: str) -> str:
    """The progress label after the engine finished the stage ``done`` ("" before the first)."""
    doing = STAGES_NEXT.get(done, "")
    return f"Comparing the two articles… {doing}" if doing else "Comparing the two articles…"


class _Abandoned(Exception):
    """The screen is gone: the analysis thread stops at the engine's next stage."""


def plural(count: int, singular: str, many: str = "") -> str:
    """"1 contradiction", "3 contradictions"."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def open_review(comparison: Comparison, opened: Opened | None) -> tuple[Comparison, Review, list[str]]:
    """The review session of ``comparison``: ``opened`` (resolved by the command line) or the
    pair's saved one, or a new one. Returns the comparison in the session's order (mirrored if the
    session has the articles the other way round), the review, and things to tell the user."""
    from tui.engine.pipeline import mirror
    from tui.review import default_reviewer
    from tui.review.resolve import session_for
    from tui.review.review import new_session

    notes: list[str] = []
    path = None
    session = None
    if opened is None:
        try:
            opened = session_for(comparison.left, comparison.right)
        except SessionError as exc:
            notes.append(f"{exc}. This review will not be saved.")
    if opened is not None:
        notes.extend(opened.notes)
        path, session = opened.path, opened.session
        if opened.left is comparison.right and opened.right is comparison.left:
            comparison = mirror(comparison)
    lock = None
    if path is not None:
        from tui.review.store import SessionLock

        lock = SessionLock(path)
        holder = lock.acquire()
        if holder is not None:
            notes.append(f"This session is open in another diptych (process {holder}): changes made here will "
                         "not be saved.")
            path, lock = None, None
    reviewer = default_reviewer()
    review = Review(comparison, session or new_session(comparison, reviewer), path, reviewer)
    review.lock = lock
    if review.report.summary:
        notes.append(review.report.summary)
    return comparison, review, notes


class ComparisonScreen(ReviewActions, Screen):
    """Two articles side by side with their findings and entities."""

    BINDING_GROUP_TITLE = "Comparison"
    HORIZONTAL_BREAKPOINTS = [(0, "-stacked"), (72, "-narrow"), (118, "-wide")]

    BINDINGS = [
        Binding("n,]", "next_finding(1)", "Next", id="finding.next", group=FINDINGS,
                tooltip="Select the next finding (in reading order)"),
        Binding("N,[", "next_finding(-1)", "Prev", id="finding.previous", group=FINDINGS,
                tooltip="Select the previous finding"),
        Binding("c", "next_finding(1, 'contradiction')", "Next", id="contradiction.next", group=CONTRADICTIONS,
                tooltip="Select the next contradiction"),
        Binding("C", "next_finding(-1, 'contradiction')", "Prev", id="contradiction.previous",
                group=CONTRADICTIONS, tooltip="Select the previous contradiction"),
        Binding("o", "next_finding(1, 'overlap')", "Next", id="overlap.next", group=OVERLAPS, show=False,
                tooltip="Select the next overlap"),
        Binding("O", "next_finding(-1, 'overlap')", "Prev", id="overlap.previous", group=OVERLAPS, show=False,
                tooltip="Select the previous overlap"),
        Binding("x", "other_side", "Other side", id="finding.other-side",
                tooltip="Jump to the other article's passage"),
        Binding("f", "findings_list", "Findings", id="findings.list", tooltip="List every finding"),
        Binding("slash", "search", "Search", key_display="/", id="search.open", tooltip="Search both articles"),
        Binding("e", "entities", "Entities", id="entities.focus", tooltip="Go to the entity list"),
        Binding("m", "next_mention(1)", "Next", id="mention.next", group=MENTIONS, show=False,
                tooltip="Next mention of the selected entity (or search match)"),
        Binding("M", "next_mention(-1)", "Prev", id="mention.previous", group=MENTIONS, show=False,
                tooltip="Previous mention of the selected entity (or search match)"),
        Binding("s", "toggle_sidebar", "Sidebar", id="sidebar.toggle", tooltip="Show or hide the entity sidebar"),
        Binding("a", "toggle_linked", "Linked scroll", id="scroll.linked", show=False,
                tooltip="Keep aligned sentences level while reading"),
        Binding("tab", "app.focus_next", "Switch focus", show=False, id="focus.next",
                tooltip="Move focus to the next area"),
        Binding("shift+tab", "app.focus_previous", "Switch focus back", show=False, id="focus.previous",
                tooltip="Move focus to the previous area"),
        Binding("escape", "clear", "Clear", show=False, id="marks.clear",
                tooltip="Clear the marks, then the selection (then back to the coverage of the story)"),
        *REVIEW_BINDINGS,
    ]

    selected: reactive[int] = reactive(-1, init=False, repaint=False)
    """Index of the selected finding in ``comparison.findings`` (-1: none)."""
    linked: reactive[bool] = reactive(False, init=False, repaint=False)
    """Linked scrolling: the other pane follows, keeping aligned sentences level."""

    def __init__(self, left: Article, right: Article, comparison: Comparison | None = None,
                 opened: Opened | None = None, review: Review | None = None) -> None:
        """``opened``: the articles' session as the command line resolved it (else the pair's
        saved session is looked up, or a new one started, when the comparison is ready)."""
        super().__init__()
        self.left_article = left
        self.right_article = right
        self.comparison: Comparison | None = comparison
        self.opened = opened
        self.review: Review | None = None
        self._given_review = review
        self.review_notes: list[str] = []
        self._picked: dict[str, Span | None] = {"left": None, "right": None}
        self._cursor: dict[str, int] = {"left": 0, "right": 0}
        self._cursor_timer: Timer | None = None
        self._tops = {"left": 0, "right": 0}
        """The offset at the top of each pane (saved with the session's cursor)."""
        self._order: list[int] = []
        """Finding indices in reading order; ``_rank`` maps an index to its place in it."""
        self._rank: dict[int, int] = {}
        self._order_by_kind: dict[str, list[int]] = {}
        self._by_significance: list[int] = []
        self._partners: dict[str, Partners] = {}
        self._entity = -1
        self._hits = Hits()
        self._hits_are_matches = False
        self._search_timer: Timer | None = None
        self._syncing = False
        self._last_pane = "left"

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="main"):
            with Horizontal(id="workspace"):
                with Horizontal(id="panes"):
                    yield ArticlePane("left", id="left-pane")
                    yield ArticlePane("right", id="right-pane")
                yield EntitySidebar(id="sidebar")
            yield FindingBar(id="finding-bar")
            with Horizontal(id="search-bar"):
                yield Label("Search:", id="search-label")
                yield Input(placeholder="words to find in both articles — Enter/↓ next, ↑ previous, Esc closes",
                            id="search")
                yield Label("", id="search-count")
            with Vertical(id="progress"):
                yield Label(progress_label(""), id="progress-label")
                yield ProgressBar(total=1.0, show_eta=False, id="progress-bar")
        yield Footer()

    def on_mount(self) -> None:
        for side, article in (("left", self.left_article), ("right", self.right_article)):
            self.pane(side).set_article(article)
        self.finding_bar.show_message("Comparing the two articles… the text can be read and scrolled meanwhile.")
        if self.comparison is None:  # the text can be read while the analysis runs
            for side, article in (("left", self.left_article), ("right", self.right_article)):
                self.view(side).set_article(article.text, SideLayers([]))
            self.query_one("#progress").display = True
            self.query_one("#progress-bar", ProgressBar).update(total=None)
            self._analyse()
        elif self._given_review is not None:
            review = self._given_review
            self._show(prepare(review.comparison, review.hidden), review, [])
        else:
            comparison, review, notes = open_review(self.comparison, self.opened)
            self._show(prepare(comparison, review.hidden), review, notes)
        self.view("left").focus()

    def pane(self, side: str) -> ArticlePane:
        return self.query_one(f"#{side}-pane", ArticlePane)

    def view(self, side: str) -> ArticleView:
        return self.query_one(f"#{side}-view", ArticleView)

    @property
    def finding_bar(self) -> FindingBar:
        return self.query_one(FindingBar)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one(EntitySidebar)

    # --- analysis --------------------------------------------------------------------------

    @work(exclusive=True, group="analysis", exit_on_error=False)
    async def _analyse(self) -> Comparison:
        """Compare the two articles in a daemon thread and wait for it (here, on the event loop,
        so the screen stays responsive). A daemon thread rather than a thread worker: quitting
        during a long comparison must not wait for it (an executor's thread is joined at exit, a
        200k-word pair takes seconds); once the screen is gone the thread stops at the engine's
        next stage and whatever it finds is dropped."""
        loop = asyncio.get_running_loop()
        result: asyncio.Future[tuple[Prepared, Review, list[str]]] = loop.create_future()
        abandoned = threading.Event()
        left, right, opened = self.left_article, self.right_article, self.opened

        def deliver(outcome: Callable[[], None]) -> None:
            try:
                loop.call_soon_threadsafe(outcome)
            except RuntimeError:  # the event loop has closed: the app has quit
                pass

        def progress(stage: str, fraction: float) -> None:
            if abandoned.is_set():
                raise _Abandoned
            self.post_message(AnalysisProgress(stage, fraction))

        def run() -> None:
            from tui.engine import compare

            collecting = gc.isenabled()
            gc.disable()  # (the engine pauses the collector too) until everything made here is frozen
            try:
                comparison = compare(left, right, progress)
                if abandoned.is_set():
                    return
                comparison, review, notes = open_review(comparison, opened)
                if abandoned.is_set():  # (the app quit while the session was opened)
                    if review.lock is not None:
                        review.lock.release()
                    return
                self.post_message(AnalysisProgress("review", 1.0))
                ready = prepare(comparison, review.hidden), review, notes  # the view's data too
                gc.freeze()  # see _show; done here, before a full collection could walk it all (0.5 s)
            except _Abandoned:
                return
            except BaseException as exc:  # noqa: BLE001 - reported by the worker, on the event loop
                error = exc
                deliver(lambda: result.done() or result.set_exception(error))
                return
            finally:
                if collecting:
                    gc.enable()
            deliver(lambda: result.done() or result.set_result(ready))

        threading.Thread(target=run, name="diptych-analysis", daemon=True).start()
        try:
            prepared, review, notes = await result
        except asyncio.CancelledError:
            abandoned.set()
            raise
        self.review_notes = notes
        self.post_message(AnalysisReady(prepared, review))
        return prepared.comparison

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self.query_one("#progress-bar", ProgressBar).update(total=1.0, progress=message.fraction)
        self.query_one("#progress-label", Label).update(progress_label(message.stage))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self._show(message.prepared, message.review, self.review_notes)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            error = event.worker.error
            self.query_one("#progress").display = False
            self.finding_bar.show_message(f"The comparison failed: {type(error).__name__}: {error}")
            self.notify(f"The comparison failed: {error}", severity="error", timeout=10, markup=False)

    def _show(self, prepared: Prepared, review: Review, notes: list[str]) -> None:
        comparison = prepared.comparison
        self.comparison = comparison
        self.review = review
        if comparison.left is not self.left_article:  # the session has them the other way round
            self.left_article, self.right_article = comparison.left, comparison.right
            for side, article in (("left", self.left_article), ("right", self.right_article)):
                self.pane(side).set_article(article)
        self.query_one("#progress").display = False
        self._apply(prepared)
        self.sidebar.set_entities(comparison.entities)
        # The comparison lives as long as the screen: the cyclic garbage collector no longer walks
        # its objects (a 200k-word pair has millions; each full collection stalled a key ~0.5 s).
        gc.freeze()
        self._show_progress()
        for note in notes:
            self.notify(note, title="Review session", severity="warning", timeout=12, markup=False)
        contradictions = sum(f.kind == "contradiction" for f in comparison.findings)
        overlaps = len(comparison.findings) - contradictions
        resumed = review.cursor_finding()
        if resumed >= 0 and resumed not in review.hidden:
            self.select_finding(resumed)
            self.notify(f"Session resumed: {review.progress()}. u goes to the next unreviewed finding.", timeout=5)
            return
        if review.session.reviews:
            self.notify(f"Session resumed: {review.progress()}.", timeout=5)
        if comparison.findings:
            first = "c for the first contradiction, n for the first finding" if contradictions else \
                "n for the first finding (no contradictions: where they report the same thing, they agree)"
            self.finding_bar.show_message(
                f"{plural(contradictions, 'contradiction')} and {plural(overlaps, 'overlap')} found. "
                f"Press {first}, f for the list, ? for help.")
        else:
            self.finding_bar.show_message("No findings: the two articles share nothing the engine could align.")

    @property
    def ready(self) -> bool:
        return self.comparison is not None

    # --- selecting findings ----------------------------------------------------------------

    def watch_selected(self, old: int, new: int) -> None:
        comparison = self.comparison
        if comparison is not None and new >= 0:
            finding = comparison.findings[new]
            for side in ("left", "right"):  # the sentence cursors go to the finding's sentences
                self._cursor[side] = self._partners[side].segment_at(getattr(finding, side).start) \
                    if side in self._partners else 0
        self._refresh_marks()
        if comparison is not None and new < 0 <= old:
            self.finding_bar.show_message("No finding selected: n, c, o or u selects one.")
        if comparison is None or new < 0:
            return
        self._show_selected()
        self._level(finding.left, finding.right)
        self._save_cursor_soon()

    def _show_selected(self) -> None:
        comparison, review, index = self.comparison, self.review, self.selected
        if comparison is None or index < 0:
            return
        finding = comparison.findings[index]
        position = self._rank.get(index, -1) + 1
        verdict = review.verdict(index) if review is not None else ""
        note = review.note(index) if review is not None else ""
        self.finding_bar.show_finding(position, len(self._order), finding, comparison.left, comparison.right,
                                      verdict=verdict, note=note)

    # --- the review -------------------------------------------------------------------------

    def _apply(self, prepared: Prepared) -> None:
        """Draw and navigate by ``prepared`` (again after a rule or a manual finding changed it)."""
        comparison = prepared.comparison
        for side in ("left", "right"):
            self.view(side).set_article(getattr(comparison, side).text, prepared.layers[side], prepared.codes)
        self._partners = prepared.partners
        self._order = prepared.order
        self._rank = prepared.rank
        self._order_by_kind = prepared.order_by_kind
        self._by_significance = prepared.by_significance

    def _show_progress(self) -> None:
        comparison, review = self.comparison, self.review
        if comparison is None:
            return
        shown = [comparison.findings[i] for i in self._order]
        contradictions = sum(f.kind == "contradiction" for f in shown)
        overlaps = len(shown) - contradictions
        text = (f"{plural(contradictions, 'contradiction')} · {plural(overlaps, 'overlap')} · "
                f"{plural(len(comparison.entities), 'entity', 'entities')}")
        if review is not None:
            text += f" · {review.progress()}"
            verdicts = review.verdicts()
            for side in ("left", "right"):
                self.view(side).set_verdicts(verdicts)
            if review.unsaved:
                text += " · NOT SAVED"
        self.sub_title = text
        self.finding_bar.border_title = Text(f" {text} ")  # on the bar's top border, where it is seen

    def review_changed(self, reprepare: bool = False) -> None:
        """A verdict, note, rule or manual finding changed: redraw what shows it."""
        comparison, review = self.comparison, self.review
        if comparison is None or review is None:
            return
        if reprepare:
            self._apply(prepare(comparison, review.hidden))
            if self.selected in review.hidden or self.selected >= len(comparison.findings):
                self.selected = -1
                self.finding_bar.show_message(f"{review.progress()}. u selects the next unreviewed finding.")
        self._show_progress()
        self._show_selected()
        self._refresh_marks()

    def _save_cursor_soon(self) -> None:
        if self._cursor_timer is not None:
            self._cursor_timer.stop()
        self._cursor_timer = self.set_timer(CURSOR_SAVE_DELAY, self.save_cursor)

    def save_cursor(self) -> None:
        """Remember the selected finding and where each pane is, for the next session."""
        self._cursor_timer = None
        if self.review is not None and self.comparison is not None:
            review = self.review
            self._guard(lambda: review.set_cursor(self.selected, self._tops["left"], self._tops["right"]))

    def on_unmount(self) -> None:
        if self._cursor_timer is not None:
            self._cursor_timer.stop()
            self.save_cursor()
        if self.review is not None and self.review.lock is not None:
            self.review.lock.release()
        if self.comparison is not None:
            gc.unfreeze()  # what this screen held can be collected again (back on the coverage screen)

    def select_finding(self, index: int) -> None:
        """Select a finding by its index in ``comparison.findings`` (also from other screens)."""
        if self.comparison is None or not 0 <= index < len(self.comparison.findings):
            return
        if self.selected == index:
            self.watch_selected(index, index)
        else:
            self.selected = index

    def on_resize(self) -> None:
        if self.selected >= 0:
            self.call_after_refresh(self._relevel)

    def _relevel(self) -> None:
        if self.comparison is not None and self.selected >= 0:
            finding = self.comparison.findings[self.selected]
            self._level(finding.left, finding.right)

    def _level(self, left: Span, right: Span) -> None:
        """Scroll both panes so the two passages sit level with each other."""
        lv, rv = self.view("left"), self.view("right")
        height = min(lv.scrollable_content_region.height, rv.scrollable_content_region.height)
        if self.has_class("-stacked"):
            lv.show_at_row(left.start, level_rows(lv.line_of(left.start), lv.line_of(left.start), height))
            rv.show_at_row(right.start, level_rows(rv.line_of(right.start), rv.line_of(right.start), height))
            return
        row = level_rows(lv.line_of(left.start), rv.line_of(right.start), height)
        self._syncing = True
        try:
            lv.show_at_row(left.start, row)
            rv.show_at_row(right.start, row)
        finally:
            self.call_after_refresh(self._end_sync)

    def _end_sync(self) -> None:
        self._syncing = False

    def action_next_finding(self, step: int, kind: str = "") -> None:
        comparison = self.comparison
        if comparison is None:
            return
        order = self._order if not kind else self._order_by_kind.get(kind, [])
        if not order:
            self.notify(f"No {kind or 'finding'}s in this comparison.", timeout=3)
            return
        here = self._rank.get(self.selected)
        if here is None:
            target = order[0] if step > 0 else order[-1]
        else:
            ranks = [self._rank[i] for i in order]  # ascending: order follows self._order
            cut = bisect.bisect_right(ranks, here) if step > 0 else bisect.bisect_left(ranks, here) - 1
            if 0 <= cut < len(order):
                target = order[cut]
            else:
                target = order[0] if step > 0 else order[-1]
                self.notify("Wrapped around.", timeout=2)
        self.select_finding(target)

    def action_other_side(self) -> None:
        """Focus the other pane, its passage level with this one's."""
        comparison = self.comparison
        if comparison is None:
            return
        here = self.focused_side()
        there = "right" if here == "left" else "left"
        if self.selected >= 0:
            finding = comparison.findings[self.selected]
            source, target = getattr(finding, here), getattr(finding, there)
            row = self.view(here).row_of(source.start)
            height = self.view(there).scrollable_content_region.height
            if not 0 <= row < height:
                row = height // 3
            self.view(there).show_at_row(target.start, row)
        else:
            self._follow(self.view(here))
        self.view(there).focus()

    def focused_side(self) -> str:
        """The side of the focused pane, or of the pane focused last."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            return focused.side
        return self._last_pane

    # --- marks ------------------------------------------------------------------------------

    def _refresh_marks(self) -> None:
        comparison = self.comparison
        for side in ("left", "right"):
            marked = Marked()
            if comparison is not None and self.selected >= 0:
                finding = comparison.findings[self.selected]
                marked.selected = self.selected
                marked.selected_span = getattr(finding, side)
                marked.contradiction_type = finding.type if finding.kind == "contradiction" else ""
            if comparison is not None and self._entity >= 0:
                entity = comparison.entities[self._entity]
                marked.mentions = tuple((s.start, s.end) for s in getattr(entity, side))
                marked.mention_class = ENTITY_CLASS.get(entity.type, "person")
            elif self._hits_are_matches:
                marked.matches = getattr(self._hits, side)
            if comparison is not None:
                marked.cursor = self.cursor_span(side)
                marked.picked = self._picked.get(side)
            if self._hits.current >= 0:
                hit_side, local, _ = self._hits.place()
                if hit_side == side:
                    if self._hits_are_matches:
                        marked.current_match = local
                    else:
                        marked.current_mention = local
            self.view(side).set_marked(marked)

    def on_entity_sidebar_chosen(self, message: EntitySidebar.Chosen) -> None:
        self.show_entity(message.index)

    def show_entity(self, index: int) -> None:
        """Mark every mention of an entity in both panes and go to the first."""
        comparison = self.comparison
        if comparison is None:
            return
        entity = comparison.entities[index]
        self._entity = index
        self._hits_are_matches = False
        self._hits = Hits(tuple((s.start, s.end) for s in entity.left), tuple((s.start, s.end) for s in entity.right))
        name = one_line(entity.name)
        self.notify(f"{name}: {len(entity.left)} mentions left, {len(entity.right)} right — "
                    "m / M step through them.", timeout=4, markup=False)
        self.action_next_mention(1)

    def action_next_mention(self, step: int) -> None:
        if not len(self._hits):
            self.notify("Choose an entity (e) or search (/) first.", timeout=3)
            return
        self._hits.step(step)
        side, _, start = self._hits.place()
        view = self.view(side)
        if not view.is_visible_offset(start):
            view.show_at_row(start, view.scrollable_content_region.height // 3)
        self._refresh_marks()
        if self._hits_are_matches:
            self.query_one("#search-count", Label).update(f"{self._hits.current + 1:,}/{len(self._hits):,}")

    def action_clear(self) -> None:
        if self._entity >= 0 or len(self._hits):
            self._entity = -1
            self._hits, self._hits_are_matches = Hits(), False
            self._refresh_marks()
        elif self.selected >= 0:
            self.selected = -1
        elif len(self.app.screen_stack) > 2:  # opened from the coverage screen: back to it
            self.app.pop_screen()

    # --- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#search-bar").display = True
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Search a moment after the typing stops (each search reads both articles whole)."""
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._run_search(event.value))

    def _run_search(self, query: str) -> None:
        comparison = self.comparison
        self._search_timer = None
        if comparison is None:
            return
        self._entity = -1
        self._hits_are_matches = True
        self._hits = Hits(tuple(search(comparison.left.text, query)), tuple(search(comparison.right.text, query)))
        label = self.query_one("#search-count", Label)
        if not query:
            label.update("")
        elif not len(self._hits):
            label.update("no match")
        if len(self._hits):
            self.action_next_mention(1)
        else:
            self._refresh_marks()

    @on(Input.Submitted, "#search")
    def _search_next(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:  # Enter before the pause: search now
            self._search_timer.stop()
            self._run_search(event.value)
        elif len(self._hits):
            self.action_next_mention(1)

    def on_key(self, event) -> None:
        if self.focused is self.query_one("#search", Input):
            if event.key == "down":
                event.stop()
                self.action_next_mention(1)
            elif event.key == "up":
                event.stop()
                self.action_next_mention(-1)
            elif event.key == "escape":
                event.stop()
                if self._search_timer is not None:  # closed before the pause: search now
                    self._search_timer.stop()
                    self._run_search(self.query_one("#search", Input).value)
                self.query_one("#search-bar").display = False
                self.view(self._last_pane).focus()

    # --- panes and scrolling ----------------------------------------------------------------

    def action_focus_pane(self, side: str) -> None:
        self.view(side).focus()

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):
            self._last_pane = event.widget.side

    def action_entities(self) -> None:
        if not self._sidebar_shown():
            self.action_toggle_sidebar()
        self.sidebar.focus_list()

    def _sidebar_shown(self) -> bool:
        return self.sidebar.display and self.sidebar.styles.display != "none"

    def action_toggle_sidebar(self) -> None:
        shown = self._sidebar_shown()
        self.set_class(not shown, "-sidebar-on")
        self.set_class(shown, "-sidebar-off")
        if shown and self.sidebar.has_focus_within:
            self.view(self._last_pane).focus()

    def action_toggle_linked(self) -> None:
        self.linked = not self.linked
        self.notify("Linked scrolling on: aligned sentences stay level." if self.linked
                    else "Linked scrolling off.", timeout=2)
        if self.linked:
            self._follow(self.view(self.focused_side()))

    def on_article_view_scrolled(self, message: ArticleView.Scrolled) -> None:
        if self.linked and not self._syncing and message.view.has_focus:
            self._follow(message.view)
        view = message.view
        self._tops[view.side] = view.top_offset()
        span = self.cursor_span(view.side) if self.comparison is not None else None
        if span is not None and not (view.is_visible_offset(span.start) or view.is_visible_offset(span.end - 1)):
            # the sentence cursor stays on screen: it moves to the sentence a third of the way down
            line = min(len(view.wrapping.lines) - 1, round(view.scroll_y) + view.scrollable_content_region.height // 3)
            if line >= 0 and view.side in self._partners:
                self._cursor[view.side] = self._partners[view.side].segment_at(view.wrapping.lines[line][0])
                self._refresh_marks()
        if self.review is not None:
            self._save_cursor_soon()

    def _follow(self, source: ArticleView) -> None:
        """Scroll the other pane so the sentence aligned with the one at the top of ``source``
        sits level with it."""
        there = "right" if source.side == "left" else "left"
        table = self._partners.get(source.side)
        if table is None or not table.starts:
            return
        index = table.nearest_aligned(table.segment_at(source.top_offset()))
        if index < 0:
            return
        partner = table.partner[index]
        target_segments = self._partners[there].starts
        row = source.row_of(table.starts[index])
        self._syncing = True
        try:
            self.view(there).show_at_row(target_segments[partner], max(row, 0) if row >= 0 else 0)
            if row < 0:  # the aligned sentence began above the top: keep the same distance
                view = self.view(there)
                view.scroll_to(y=view.scroll_y - row, animate=False, immediate=True)
        finally:
            self.call_after_refresh(self._end_sync)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        side = message.view.side
        if side in self._partners:  # the sentence clicked is under the cursor (for v and F)
            self._cursor[side] = self._partners[side].segment_at(message.offset)
        index = self.view(side).highlights.finding_at(message.offset)
        if index >= 0:
            self.select_finding(index)
        else:
            self._refresh_marks()

    # --- other screens ----------------------------------------------------------------------

    def action_findings_list(self) -> None:
        if self.comparison is None:
            return
        from tui.screens.findings import FindingsScreen

        def chosen(index: int | None) -> None:
            self.review_changed()
            if index is not None:
                self.select_finding(index)

        orders = {"significance": self._by_significance, "position": self._order}
        self.app.push_screen(FindingsScreen(self.comparison, self.selected, self.review, orders), chosen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        needs_analysis = {"next_finding", "other_side", "findings_list", "search", "entities", "next_mention",
                          "verdict", "note", "next_unreviewed", "ignore_variant", "rules", "move_cursor",
                          "pick_sentence", "flag", "export", "delete_manual"}
        if action in needs_analysis and (self.comparison is None or self.review is None):
            return False
        return True

