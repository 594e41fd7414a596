"""Reviewing in the app (Textual Pilot): verdict keys, notes and drafts, next unreviewed, ignore
rules, the sentence cursor and manual findings, the findings list's verdicts, the export dialog,
resuming a session. Every change must be in the session file at once."""

from __future__ import annotations

import os

from tui.app import DiptychApp
from tui.engine import article_from_text, compare
from tui.review import Review, load_session
from tui.review.store import find_session
from tui.screens.comparison import ComparisonScreen
from tui.screens.export import ExportScreen
from tui.screens.findings import FindingsScreen
from tui.screens.flag import FlagScreen
from tui.screens.note import DRAFT_DELAY, NoteScreen
from tui.screens.rules import RulesScreen
from tui.widgets.findings_table import FindingsTable

from apptexts import FERRY_LEFT, FERRY_RIGHT


def articles(left: str = FERRY_LEFT, right: str = FERRY_RIGHT, folder: str = "/news"):
    return article_from_text(left, f"{folder}/left.txt"), article_from_text(right, f"{folder}/right.txt")


def make_app(left: str = FERRY_LEFT, right: str = FERRY_RIGHT, precompare: bool = True) -> DiptychApp:
    a, b = articles(left, right)
    return DiptychApp(a, b, comparison=compare(a, b) if precompare else None, remember_theme=False)


async def ready(pilot) -> ComparisonScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ComparisonScreen) and screen.review is not None
    return screen


def saved(screen: ComparisonScreen):
    assert screen.review is not None and screen.review.path is not None
    return load_session(screen.review.path)


def saved_verdict(screen: ComparisonScreen, index: int) -> str:
    record = saved(screen).reviews.get(screen.comparison.findings[index].id)
    return record.verdict if record else "unreviewed"


async def test_verdict_keys_set_and_save_the_verdict_of_the_selected_finding():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")  # nothing selected: nothing happens
        assert screen.review.session.reviews == {}
        await pilot.press("c")
        index = screen.selected
        for key, verdict in (("y", "confirmed"), ("d", "disputed"), ("r", "dismissed"), ("backspace", "unreviewed")):
            await pilot.press(key)
            assert screen.review.verdict(index) == verdict
            assert saved_verdict(screen, index) == verdict
            assert verdict.upper() in str(screen.finding_bar.content.renderables[1])
        await pilot.press("y")
        assert screen.view("left").verdicts == {index: "confirmed"} == screen.view("right").verdicts
        total = len(screen.comparison.findings)
        assert f"1 of {total} reviewed" in screen.sub_title


async def test_next_unreviewed_skips_reviewed_findings():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("u")
        first = screen.selected
        assert first == screen._order[0]
        await pilot.press("y", "u")
        second = screen.selected
        assert second != first and screen.review.verdict(second) == "unreviewed"
        await pilot.press("U")  # back: the first is reviewed, so it wraps to the last unreviewed
        assert screen.selected != first and screen.review.verdict(screen.selected) == "unreviewed"
        for index in screen._order:
            screen.review.set_verdict(index, "confirmed")
        await pilot.press("u")
        assert screen.selected != -1  # stays; a notice says every finding has a verdict


async def test_a_note_is_saved_with_ctrl_s_and_cancelled_with_escape():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "i")
        assert isinstance(pilot.app.screen, NoteScreen)
        await pilot.press(*"Ask | the port")
        await pilot.press("ctrl+s")
        await pilot.pause()
        index = screen.selected
        assert screen.review.note(index) == "Ask | the port"
        assert saved(screen).reviews[screen.comparison.findings[index].id].note == "Ask | the port"
        await pilot.press("i", "x", "escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, NoteScreen)
        assert screen.review.note(index) == "Ask | the port" and saved(screen).drafts == {}


async def test_what_is_typed_in_a_note_is_kept_as_a_draft_and_restored():
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "i", *"half a thought")
        await pilot.pause(DRAFT_DELAY + 0.3)
        fid = screen.comparison.findings[screen.selected].id
        assert saved(screen).drafts == {fid: "half a thought"}  # on disk before anything is saved
        path = screen.review.path
    # the app is gone without saving (as after a crash): the next one restores the draft
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert screen.review.path == path
        await pilot.pause(1.0)
        assert screen.comparison.findings[screen.selected].id == fid  # the cursor was saved too
        await pilot.press("i")
        assert isinstance(pilot.app.screen, NoteScreen)
        assert pilot.app.screen.query_one("#note-text").text == "half a thought"
        assert pilot.app.screen.query("#note-restored")


async def test_ignore_a_variant_hides_its_twins_and_the_rule_can_be_undone():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        findings = screen.comparison.findings
        twins = [i for i, f in enumerate(findings) if f.type == "name" and f.why.left == "Oyelaran"]
        assert len(twins) == 2
        screen.select_finding(twins[0])
        await pilot.press("I")
        assert screen.review.verdict(twins[0]) == "dismissed"
        assert twins[1] not in screen._order and twins[0] in screen._order
        assert not screen.view("left").highlights.highlights_of(twins[1])
        assert len(saved(screen).rules) == 1
        await pilot.press("R")
        assert isinstance(pilot.app.screen, RulesScreen)
        await pilot.press("u")
        assert screen.review.session.rules == []
        await pilot.press("escape")
        await pilot.pause()
        assert twins[1] in screen._order and screen.view("left").highlights.highlights_of(twins[1])
        assert saved(screen).rules == []


async def test_flag_two_sentences_as_a_manual_finding():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_parenthesis", "right_parenthesis")  # the left cursor to the 3rd segment
        left_span = screen.cursor_span("left")
        assert FERRY_LEFT[left_span.start:left_span.end].startswith("Oyelaran said")
        await pilot.press("v")
        assert screen.view("left").marked.picked == left_span
        await pilot.press("l", "right_parenthesis", "v")
        right_span = screen.cursor_span("right")
        await pilot.press("F")
        assert isinstance(pilot.app.screen, FlagScreen)
        await pilot.press("down", "enter")  # contradiction · date
        await pilot.press(*"the schedule differs", "enter")
        await pilot.pause()
        finding = screen.comparison.findings[screen.selected]
        assert (finding.origin, finding.kind, finding.type) == ("manual", "contradiction", "date")
        assert (finding.left, finding.right) == (left_span, right_span)
        record = saved(screen).reviews[finding.id]
        assert record.manual and record.note == "the schedule differs" and record.verdict == "confirmed"
        assert screen.selected in screen._order
        await pilot.press("delete")
        assert finding.id not in screen.review.index and finding.id not in saved(screen).reviews
        assert screen.selected == -1
        await pilot.press("c", "delete")  # an engine finding stays
        assert screen.selected >= 0


async def test_flag_uses_the_cursor_sentences_and_escape_cancels():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        count = len(screen.comparison.findings)
        await pilot.press("F")
        assert isinstance(pilot.app.screen, FlagScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.comparison.findings) == count


async def test_the_findings_list_filters_by_verdict_and_sets_verdicts():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("f")
        listing = pilot.app.screen
        assert isinstance(listing, FindingsScreen)
        table = listing.query_one(FindingsTable)
        first = table.current
        await pilot.press("y")  # confirms the highlighted row and moves on
        assert screen.review.verdict(first) == "confirmed" and table.current != first
        await pilot.press("v")  # unreviewed only
        assert listing.verdict == "unreviewed" and first not in table.rows
        await pilot.press("v")  # confirmed only
        assert table.rows == [first]
        await pilot.press("backspace")
        assert screen.review.verdict(first) == "unreviewed" and table.rows == []
        await pilot.press("v", "v", "v")
        assert listing.verdict == "any"
        await pilot.press("escape")
        await pilot.pause()
        assert "0 of" in screen.sub_title


async def test_the_export_dialog_writes_each_format(tmp_path):
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "y")
        for key, fmt in (("h", "html"), ("m", "md"), ("c", "csv"), ("j", "json"), ("y", "yaml"), ("s", "svg")):
            await pilot.press("E")
            dialog = pilot.app.screen
            assert isinstance(dialog, ExportScreen)
            await pilot.press(key)
            assert dialog.format == fmt
            path_box = dialog.query_one("#export-path")
            assert path_box.value.endswith(f".{fmt}")
            path_box.value = str(tmp_path / f"snapshot.{fmt}")
            await pilot.press("enter")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            assert os.path.getsize(tmp_path / f"snapshot.{fmt}") > 100, fmt
        assert "CONFIRMED" in (tmp_path / "snapshot.md").read_text(encoding="utf-8").upper()
        assert (tmp_path / "snapshot.svg").read_text(encoding="utf-8").startswith("<svg")
        await pilot.press("E", "escape")
        assert pilot.app.screen is screen


async def test_a_session_is_resumed_and_an_edited_article_is_reported(tmp_path):
    a, b = articles(folder=str(tmp_path))
    comparison = compare(a, b)
    review = Review.open(comparison, reviewer="Ana")
    year = next(i for i, f in enumerate(comparison.findings) if f.type == "date")
    member = next(i for i, f in enumerate(comparison.findings) if f.type == "membership")
    review.set_verdict(year, "disputed")
    review.set_verdict(member, "confirmed")
    review.set_cursor(year, 0, 0)
    edited = FERRY_LEFT.replace("Officials from Malta and Greece attended the meeting in Valmora.\n", "")
    left, right = article_from_text(edited, a.path), b
    app = DiptychApp(left, right, comparison=compare(left, right), remember_theme=False)
    notes: list[str] = []
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
        screen = await ready(pilot)
        assert screen.review.path == find_session(a.path, b.path)
        assert screen.review.verdict(screen.selected) == "disputed"  # the cursor's finding, selected
        assert [r.verdict for r in screen.review.session.detached] == ["confirmed"]
        assert screen.review.report.changed == ["left"]
        await pilot.press("R")
        assert "could not be re-attached" in str(pilot.app.screen.query_one("#detached").content)


async def test_the_analysis_worker_opens_the_review_too():
    async with make_app(precompare=False).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "d")
        assert saved_verdict(screen, screen.selected) == "disputed"


async def test_articles_given_the_other_way_round_resume_in_the_sessions_order():
    a, b = articles()
    Review.open(compare(a, b), reviewer="Ana").set_verdict(0, "confirmed")
    app = DiptychApp(b, a, comparison=compare(b, a), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert screen.comparison.left.path == a.path and screen.left_article is screen.comparison.left
        assert screen.review.progress().reviewed == 1


async def test_a_session_open_in_another_diptych_is_not_written_over():
    a, b = articles()
    review = Review.open(compare(a, b), reviewer="Ana")
    review.set_verdict(0, "confirmed")
    before = review.path.read_bytes()
    lock = review.path.with_name(review.path.name + ".lock")
    lock.write_text(f"{os.getppid()}\n", encoding="utf-8")  # a live process holds it
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert screen.review.path is None  # read only
        await pilot.press("c", "d")
    assert review.path.read_bytes() == before and lock.exists()


async def test_a_stale_lock_is_taken_over_and_released():
    import subprocess
    import sys

    a, b = articles()
    review = Review.open(compare(a, b), reviewer="Ana")
    review.set_verdict(0, "confirmed")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock = review.path.with_name(review.path.name + ".lock")
    lock.write_text(gone.stdout, encoding="utf-8")  # its process has exited (a crash)
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert screen.review.path == review.path
        assert lock.read_text(encoding="utf-8").strip() == str(os.getpid())
        await pilot.press("c", "d")
        assert saved_verdict(screen, screen.selected) == "disputed"
    assert not lock.exists()
