"""The app with a long pair: the comparison runs off the event loop with its stage shown, keys
work meanwhile (help opens, q quits at once, without waiting for the engine), End shows the
last lines, and a frame draws only the lines on screen. No timing is asserted here: the figures
are ``scripts/bench_app_scale.py``'s."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from tui.app import DiptychApp
from tui.engine import article_from_text
from tui.screens.comparison import ComparisonScreen
from tui.screens.help import HelpScreen
from tui.widgets.article_view import ArticleView

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from bench import SEED, Generator  # noqa: E402  (the benchmark's synthetic pairs)
from pilothelpers import ready


@pytest.fixture(scope="module")
def long_pair() -> tuple[str, str]:
    """A synthetic pair of about 6,000 words a side (a few hundred screen lines a pane)."""
    return Generator(SEED).pair(6000)


def pair_app(pair: tuple[str, str], **kwargs) -> DiptychApp:
    left, right = pair
    return DiptychApp(article_from_text(left, "left.txt"), article_from_text(right, "right.txt"),
                      remember_theme=False, **kwargs)




@pytest.fixture
def blocked_engine(monkeypatch):
    """The engine reports its first stage, then waits for ``gate`` (set it to let it finish)."""
    import tui.engine

    gate = threading.Event()
    real = tui.engine.compare

    def slow(left, right, progress=None):
        if progress:
            progress("segment", 0.2)
        assert gate.wait(20), "the test never opened the gate"
        return real(left, right, progress)

    monkeypatch.setattr(tui.engine, "compare", slow)
    yield gate
    gate.set()


def analysis_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "diptych-analysis"]


async def test_progress_names_the_stage_under_way_and_keys_work_meanwhile(long_pair, blocked_engine):
    from textual.widgets import Label, ProgressBar

    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        await pilot.pause(0.1)
        screen = pilot.app.screen
        assert isinstance(screen, ComparisonScreen) and screen.comparison is None
        assert screen.query_one("#progress").display
        label = str(screen.query_one("#progress-label", Label).render())
        assert "Comparing the two articles" in label and "aligning the sentences" in label  # after "segment"
        assert screen.query_one("#progress-bar", ProgressBar).progress == pytest.approx(0.2)
        assert "Comparing" in str(screen.finding_bar.content)
        view = screen.view("left")
        await pilot.press("pagedown")  # the text can be read meanwhile
        assert view.scroll_y > 0
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert pilot.app.screen is screen
        blocked_engine.set()
        await ready(pilot)
        assert not screen.query_one("#progress").display
        assert "found" in str(screen.finding_bar.content)


async def test_quit_during_the_comparison_does_not_wait_for_the_engine(long_pair, blocked_engine, tmp_path):
    app = pair_app(long_pair)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause(0.1)
        assert app.screen.comparison is None  # type: ignore[attr-defined]
        threads = analysis_threads()
        assert threads and all(t.daemon for t in threads)  # the process may end while it runs
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running  # the engine is still blocked: quitting did not wait for it
    assert threads[0].is_alive()
    blocked_engine.set()  # the engine finishes; the thread drops what it found and ends
    threads[0].join(20)
    assert not threads[0].is_alive()
    assert not list((tmp_path / "data").rglob("*.lock"))  # no review session was opened for it


async def test_a_failing_comparison_is_reported(long_pair, monkeypatch):
    import tui.engine

    def broken(left, right, progress=None):
        raise ValueError("the engine broke")

    monkeypatch.setattr(tui.engine, "compare", broken)
    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        assert screen.comparison is None  # type: ignore[attr-defined]
        assert "The comparison failed: ValueError: the engine broke" in str(screen.finding_bar.content)  # type: ignore[attr-defined]
        assert not screen.query_one("#progress").display


def row_text(view: ArticleView, row: int) -> str:
    """What a pane shows on screen row ``row``, without the gutter."""
    return view.render_line(row).crop(3).text.rstrip()


@pytest.mark.parametrize("end", ["end", "G"])
async def test_end_shows_the_last_lines_of_a_long_article(long_pair, end):
    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        lines, text = view.wrapping.lines, view.text
        assert len(lines) > 300
        await pilot.press(end)
        await pilot.pause()
        height = view.scrollable_content_region.height
        last_rows = [text[a:b].rstrip() for a, b in lines[-height:]]
        assert [row_text(view, row) for row in range(height)] == last_rows
        assert last_rows[-1] == "" and last_rows[-2].endswith(".")  # the text ends with a newline
        await pilot.press("pagedown", "j")  # the keys stop at the last page
        await pilot.pause()
        assert [row_text(view, row) for row in range(height)] == last_rows
        await pilot.press("home")
        await pilot.pause()
        assert row_text(view, 0) == text[lines[0][0]:lines[0][1]].rstrip()


async def test_a_frame_draws_only_the_lines_on_screen(long_pair, monkeypatch):
    """Scrolling a long article draws the lines that come into view, not the document: one line
    for ``j``, a page for PageDown, and none for lines drawn before."""
    drawn: list[tuple[str, int]] = []
    original = ArticleView._render_wrapped_line

    def counting(self, index, base):
        drawn.append((self.side, index))
        return original(self, index, base)

    monkeypatch.setattr(ArticleView, "_render_wrapped_line", counting)
    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        height = view.scrollable_content_region.height
        assert len(view.wrapping.lines) > 10 * height
        await pilot.pause()
        drawn.clear()
        await pilot.press("j")
        await pilot.pause()
        assert drawn == [("left", round(view.scroll_y) + height - 1)]  # the one line scrolled into view
        drawn.clear()
        await pilot.press("pagedown")
        await pilot.pause()
        # the page that came into view (and the sentence cursor's lines, moved onto it), all on screen
        assert 0 < len({index for side, index in drawn if side == "left"}) <= height
        for side, index in drawn:
            top = round(screen.view(side).scroll_y)
            assert top <= index < top + height
        drawn.clear()
        await pilot.press("pageup")  # back to lines drawn before: only the moved sentence cursor's
        await pilot.pause()
        cursor = screen.cursor_span("left")
        assert {index for _, index in drawn} <= set(range(view.line_of(cursor.start), view.line_of(cursor.end) + 1))


async def test_toggling_the_sidebar_does_not_wrap_the_articles_again(long_pair, monkeypatch):
    import tui.widgets.article_view as article_view

    calls: list[int] = []
    original = article_view.wrapped

    def counting(text, width):
        calls.append(width)
        return original(text, width)

    monkeypatch.setattr(article_view, "wrapped", counting)
    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        widths = {side: screen.view(side).wrapping.width for side in ("left", "right")}
        before = len(calls)
        await pilot.press("s")  # the sidebar hides: the panes widen, each wrapped once
        await pilot.pause()
        assert len(calls) == before + 2
        await pilot.press("s")  # back: the first wrapping is reused
        await pilot.pause()
        assert len(calls) == before + 2
        assert {side: screen.view(side).wrapping.width for side in ("left", "right")} == widths


async def test_the_comparison_is_kept_out_of_the_cyclic_garbage_collector_while_shown(long_pair):
    import gc

    async with pair_app(long_pair).run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0  # the screen is gone: everything is collected as usual again
