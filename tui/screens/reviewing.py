"""The review keys of the comparison screen: verdicts, notes, next unreviewed, ignore rules,
manual findings and exports. ``ReviewActions`` is mixed into ``ComparisonScreen``; its keys
are in ``REVIEW_BINDINGS`` (Textual collects bindings from widget classes only).

Every change goes through ``Review`` (``tui.review``), which saves the session at once; a save
that fails is reported and retried with the next change, never lost silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from tui.engine.model import Comparison, Span
from tui.review import Review, SessionError
from tui.safetext import one_line

if TYPE_CHECKING:
    from tui.screens.flag import Flag

VERDICT = Binding.Group("Verdict", compact=True)
UNREVIEWED = Binding.Group("Unreviewed", compact=True)

REVIEW_BINDINGS = [
    Binding("y", "verdict('confirmed')", "Confirm", id="review.confirm", group=VERDICT,
            tooltip="Verdict on the selected finding: confirmed (it is real)"),
    Binding("d", "verdict('disputed')", "Dispute", id="review.dispute", group=VERDICT,
            tooltip="Verdict: disputed (it needs checking with a source)"),
    Binding("r", "verdict('dismissed')", "Dismiss", id="review.dismiss", group=VERDICT,
            tooltip="Verdict: dismissed (not a real problem)"),
    Binding("backspace", "verdict('unreviewed')", "Clear verdict", show=False, id="review.clear",
            tooltip="Set the selected finding back to unreviewed"),
    Binding("i", "note", "Note", id="review.note", tooltip="Write a note on the selected finding"),
    Binding("u", "next_unreviewed(1)", "Next", id="unreviewed.next", group=UNREVIEWED,
            tooltip="Select the next finding without a verdict"),
    Binding("U", "next_unreviewed(-1)", "Prev", id="unreviewed.previous", group=UNREVIEWED, show=False,
            tooltip="Select the previous finding without a verdict"),
    Binding("I", "ignore_variant", "Ignore variant", show=False, id="review.ignore",
            tooltip="Dismiss the selected contradiction and hide every one between the same two values"),
    Binding("R", "rules", "Rules", show=False, id="review.rules",
            tooltip="List the ignore rules (and undo them) and the reviews that could not be re-attached"),
    Binding("right_parenthesis", "move_cursor(1)", "Next sentence", key_display=")", show=False,
            id="cursor.next", tooltip="Move the sentence cursor of the focused pane to the next sentence"),
    Binding("left_parenthesis", "move_cursor(-1)", "Previous sentence", key_display="(", show=False,
            id="cursor.previous", tooltip="Move the sentence cursor to the previous sentence"),
    Binding("v", "pick_sentence", "Mark sentence", show=False, id="manual.mark",
            tooltip="Mark (or unmark) the sentence under the cursor, for a finding of your own"),
    Binding("F", "flag", "Flag pair", show=False, id="manual.flag",
            tooltip="Flag the marked sentences (or those under the cursors) as a finding the engine missed"),
    Binding("delete", "delete_manual", "Delete", show=False, id="manual.delete",
            tooltip="Delete the selected finding if you added it (the engine's can only be dismissed)"),
    Binding("E", "export", "Export", id="export.open",
            tooltip="Export a snapshot: HTML, Markdown, CSV, JSON, YAML, SVG"),
]

def saving(node: Any, change: Callable[[], Any], done: str = "") -> Any:
    """Run ``change`` (a review's method, which saves the session) for ``node`` (a screen); a save
    that fails is reported in a notification, not raised: the change is kept in memory and saved
    with the next one. ``done``: a notification when it worked."""
    try:
        result = change()
    except SessionError as exc:
        node.notify(f"{exc}. The change is kept and will be saved with the next one.", severity="error",
                    timeout=10, markup=False)
        return None
    if done:
        node.notify(done, timeout=3, markup=False)
    return result


def open_export_dialog(node: Any, stem: str, produce: Callable[[str], str]) -> None:
    """The export dialog for ``node`` (a screen): SVG is a screenshot of the screen, once the dialog
    has gone; any other format is ``produce(format)``, written atomically in a worker thread, with
    a notification when it is written or why it is not."""
    from tui.screens.export import ExportChoice, ExportScreen

    app = node.app

    def screenshot(path: str) -> None:
        try:
            folder, name = os.path.split(os.path.abspath(path))
            app.save_screenshot(name, folder)
        except OSError as exc:
            node.notify(f"{path}: cannot be written ({exc.strerror or exc})", severity="error", markup=False)
            return
        node.notify(f"Screenshot saved: {path}", timeout=5, markup=False)

    def write(choice: ExportChoice) -> None:
        from tui.atomic import write_text_atomic

        try:
            encoding = "utf-8-sig" if choice.format == "csv" else "utf-8"  # a BOM: spreadsheets read UTF-8
            write_text_atomic(choice.path, produce(choice.format), encoding=encoding)
        except OSError as exc:
            app.call_from_thread(node.notify, f"{choice.path}: cannot be written ({exc.strerror or exc})",
                                 severity="error", markup=False)
            return
        except Exception as exc:  # noqa: BLE001 - reported, never a crash of the app
            app.call_from_thread(node.notify, f"The {choice.format} export failed: {type(exc).__name__}: {exc}",
                                 severity="error", timeout=10, markup=False)
            return
        app.call_from_thread(node.notify, f"Exported {choice.format.upper()}: {choice.path}", timeout=6,
                             markup=False)

    def chosen(choice: ExportChoice | None) -> None:
        if choice is None:
            return
        if choice.format == "svg":
            app.call_after_refresh(screenshot, choice.path)
        else:
            app.run_worker(lambda: write(choice), thread=True, group="export", exit_on_error=False)

    app.push_screen(ExportScreen(stem), chosen)


def verdict_bindings(scope: str, what: str) -> list[Binding]:
    """The verdict keys of a list (``y`` ``d`` ``r``, Backspace) on its highlighted ``what``
    ("finding", "claim"), with ids under ``scope`` ("list", "claim")."""
    return [
        Binding("y", "verdict('confirmed')", "Confirm", show=False, id=f"{scope}.confirm",
                tooltip=f"Verdict on the highlighted {what}: confirmed"),
        Binding("d", "verdict('disputed')", "Dispute", show=False, id=f"{scope}.dispute",
                tooltip=f"Verdict on the highlighted {what}: disputed"),
        Binding("r", "verdict('dismissed')", "Dismiss", show=False, id=f"{scope}.dismiss",
                tooltip=f"Verdict on the highlighted {what}: dismissed"),
        Binding("backspace", "verdict('unreviewed')", "Clear", show=False, id=f"{scope}.clear",
                tooltip=f"Set the highlighted {what} back to unreviewed"),
    ]


CURSOR_SAVE_DELAY = 1.0
"""Seconds after the selection stops moving before the cursor is saved in the session."""


class ReviewActions:
    """The review half of ``ComparisonScreen`` (a mixin: it uses the screen's widgets and state)."""

    review: Review | None
    comparison: Comparison | None
    selected: int
    _picked: dict[str, Span | None]
    _cursor: dict[str, int]

    # provided by the screen
    app: Any
    notify: Any
    view: Any
    focused_side: Any
    select_finding: Any
    set_timer: Any
    _order: list[int]
    _rank: dict[int, int]

    def _guard(self, change: Callable[[], Any], done: str = "") -> Any:
        """Run ``change`` (a Review method that saves); report a failed save instead of raising."""
        return saving(self, change, done)

    def _need_selection(self) -> bool:
        if self.review is None:
            return False
        if self.selected < 0:
            self.notify("Select a finding first: n, c or o, or u for the next unreviewed one.", timeout=3)
            return False
        return True

    # --- verdicts and notes ---------------------------------------------------------------------

    def action_verdict(self, verdict: str) -> None:
        if not self._need_selection():
            return
        review, index = self.review, self.selected
        assert review is not None
        if review.verdict(index) == verdict:
            return
        self._guard(lambda: review.set_verdict(index, verdict))
        self.review_changed()

    def action_note(self) -> None:
        if not self._need_selection():
            return
        from tui.screens.note import NoteScreen

        review, index = self.review, self.selected
        assert review is not None
        finding = review.findings[index]
        title = f"Note on {finding.kind} · {finding.type}: {one_line(finding.explanation)}"

        def keep(text: str | None) -> None:
            self._guard(lambda: review.set_draft(index, text))

        def saved(text: str | None) -> None:
            if text is not None:
                self._guard(lambda: review.set_note(index, text), "Note saved.")
                self.review_changed()

        self.app.push_screen(NoteScreen(title, review.note(index), review.draft(index), keep), saved)

    def action_next_unreviewed(self, step: int) -> None:
        review = self.review
        if review is None:
            return
        order = [i for i in self._order if review.verdict(i) == "unreviewed"]
        if not order:
            self.notify(f"Every finding has a verdict ({review.progress()}).", timeout=3)
            return
        here = self._rank.get(self.selected, -1)
        if step > 0:
            later = [i for i in order if self._rank[i] > here]
            target = later[0] if later else order[0]
        else:
            earlier = [i for i in order if 0 <= self._rank[i] < here] if here >= 0 else []
            target = earlier[-1] if earlier else order[-1]
        self.select_finding(target)

    # --- ignore rules -----------------------------------------------------------------------------

    def action_ignore_variant(self) -> None:
        if not self._need_selection():
            return
        review, index = self.review, self.selected
        assert review is not None
        before = len(review.hidden)
        rule = self._guard(lambda: review.add_rule(index))
        if rule is None:
            if review.findings[index].kind == "contradiction" and not review.session.rules:
                self.notify("This finding has no two values to ignore (only names, numbers, dates… do).", timeout=4)
            elif review.findings[index].kind != "contradiction":
                self.notify("Only a contradiction's two values can be ignored.", timeout=3)
            return
        hidden = len(review.hidden) - before
        self.notify(f"Ignoring {one_line(rule.label)}: dismissed, and {hidden} more hidden. R lists the rules.",
                    timeout=5, markup=False)
        self.review_changed(reprepare=True)

    def action_rules(self) -> None:
        if self.review is None:
            return
        from tui.screens.rules import RulesScreen

        screen = RulesScreen(self.review)

        def closed(_: None) -> None:
            if screen.undone:
                self.review_changed(reprepare=True)

        self.app.push_screen(screen, closed)

    # --- manual findings --------------------------------------------------------------------------

    def _segments(self, side: str):
        assert self.comparison is not None
        return self.comparison.left_segments if side == "left" else self.comparison.right_segments

    def cursor_span(self, side: str) -> Span | None:
        segments = self._segments(side) if self.comparison is not None else []
        index = self._cursor.get(side, -1)
        if not 0 <= index < len(segments):
            return None
        return segments[index].span

    def action_move_cursor(self, step: int) -> None:
        if self.comparison is None:
            return
        side = self.focused_side()
        segments = self._segments(side)
        if not segments:
            return
        index = max(0, min(len(segments) - 1, self._cursor.get(side, 0) + step))
        self._cursor[side] = index
        view = self.view(side)
        if not view.is_visible_offset(segments[index].start):
            view.show_at_row(segments[index].start, view.scrollable_content_region.height // 3)
        self._refresh_marks()

    def action_pick_sentence(self) -> None:
        if self.comparison is None:
            return
        side = self.focused_side()
        span = self.cursor_span(side)
        if span is None:
            return
        self._picked[side] = None if self._picked.get(side) == span else span
        other = "right" if side == "left" else "left"
        if self._picked[side] is None:
            self.notify("Unmarked.", timeout=2)
        elif self._picked.get(other) is None:
            self.notify(f"Sentence marked on the {side}. Mark one on the {other} (x or l/h to switch, ( ) to "
                        "move the cursor), then F to flag the pair.", timeout=5)
        else:
            self.notify("Both sentences marked: F flags the pair.", timeout=3)
        self._refresh_marks()

    def action_flag(self) -> None:
        review, comparison = self.review, self.comparison
        if review is None or comparison is None:
            return
        spans = {side: self._picked.get(side) or self.cursor_span(side) for side in ("left", "right")}
        left, right = spans["left"], spans["right"]
        if left is None or right is None:
            self.notify("Mark a sentence in each pane first (v).", timeout=3)
            return
        from tui.screens.flag import FlagScreen

        def flagged(flag: Flag | None) -> None:
            if flag is None:
                return
            index = self._guard(lambda: review.add_manual(flag.kind, flag.type, left, right, flag.note))
            if index is None:
                return
            self._picked = {"left": None, "right": None}
            self.review_changed(reprepare=True)
            self.select_finding(index)
            self.notify(f"Added: {flag.kind} · {flag.type} (manual).", timeout=3)

        self.app.push_screen(FlagScreen(comparison.left.text[left.start:left.end],
                                        comparison.right.text[right.start:right.end]), flagged)

    def action_delete_manual(self) -> None:
        if not self._need_selection():
            return
        review, index = self.review, self.selected
        assert review is not None
        if review.findings[index].origin != "manual":
            self.notify("Only a finding you added (F) can be deleted; r dismisses the engine's.", timeout=4)
            return
        if self._guard(lambda: review.remove_manual(index)):
            self.selected = -1  # the findings after it moved up one place
            self.review_changed(reprepare=True)
            self.notify("Your finding was deleted.", timeout=3)

    # --- export -----------------------------------------------------------------------------------

    def export_stem(self) -> str:
        from tui.review.store import slug

        comparison = self.comparison
        assert comparison is not None
        return f"diptych-{slug(comparison.left.title or comparison.left.path, 20)}--" \
               f"{slug(comparison.right.title or comparison.right.path, 20)}"

    def action_export(self) -> None:
        review = self.review
        if review is None:
            return
        from tui.export import render

        open_export_dialog(self, self.export_stem(), lambda fmt: render(review, fmt))

    # --- hooks the screen implements ---------------------------------------------------------------

    def review_changed(self, reprepare: bool = False) -> None:  # pragma: no cover - the screen's
        raise NotImplementedError

    def _refresh_marks(self) -> None:  # pragma: no cover - the screen's
        raise NotImplementedError
