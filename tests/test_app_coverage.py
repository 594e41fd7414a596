"""The coverage screen (Textual Pilot) and how the command line opens it: a folder, three or more
files, or the samples; Enter on a pair (or a disputed claim) opens it side by side, Escape comes
back."""

from __future__ import annotations

import pytest

from tui.app import DiptychApp
from tui.cli import main
from tui.coverage.sources import load_articles
from tui.screens.comparison import ComparisonScreen
from tui.screens.coverage import CoverageScreen
from tui.widgets.coverage_views import ClaimsView, CrossEntityTable, MatrixTable

from coveragetexts import write_story


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story")


async def ready(pilot) -> CoverageScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CoverageScreen) and screen.coverage is not None
    return screen


async def test_the_matrix_shows_every_pair_and_enter_opens_it(story):
    app = DiptychApp(articles=load_articles([str(story)]), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(MatrixTable)
        assert table.row_count == 4 and len(table.columns) == 5
        assert str(table.get_cell_at((0, 0 + 1))) == "·"
        cell = screen.coverage.cell(0, 2)
        assert f"{round(cell.share_of(0) * 100)}% · {cell.contradictions}" in str(table.get_cell_at((0, 3)))
        table.move_cursor(row=1, column=2)  # the diagonal: an outlet and itself
        await pilot.press("enter")
        assert pilot.app.screen is screen
        table.move_cursor(row=0, column=3)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        pair = pilot.app.screen
        assert isinstance(pair, ComparisonScreen)
        assert (pair.left_article.outlet, pair.right_article.outlet) == ("Harbour Gazette", "Daily Ledger")
        assert any(f.kind == "contradiction" for f in pair.comparison.findings)
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_claims_keep_silent_apart_and_enter_opens_two_that_disagree(story):
    app = DiptychApp(articles=load_articles([str(story)]), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("2")
        view = screen.query_one(ClaimsView)
        assert view.query_one("#claims-list").has_focus
        detail = str(view.query_one("#claim-text").content)
        first = screen.coverage.claims[0]
        assert first.disputed and "Silent: #4" in detail and "Differ: #3" in detail
        assert "Friday — 2 outlets (#1, #2)" in detail and "Thursday — 1 outlet (#3)" in detail
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        pair = pilot.app.screen
        assert isinstance(pair, ComparisonScreen)
        assert {pair.left_article.outlet, pair.right_article.outlet} >= {"Daily Ledger"}


async def test_names_show_spellings_by_outlet(story):
    app = DiptychApp(articles=load_articles([str(story)]), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("3")
        table = screen.query_one(CrossEntityTable)
        assert table.has_focus
        rows = [" | ".join(str(c) for c in table.get_row_at(r)) for r in range(table.row_count)]
        kyiv = next(r for r in rows if "Kiev" in r)
        assert "Kiev #3" in kyiv and "Kyiv #1, #2" in kyiv
        assert rows.index(kyiv) == 0 or "/" in rows[0]  # names spelled differently come first
        await pilot.press("1")
        assert screen.query_one(MatrixTable).has_focus


def test_a_folder_or_three_files_open_the_coverage(story, launched):
    assert main([str(story)]) == 0
    assert len(launched[0].articles) == 4 and launched[0].left_article is None
    files = sorted(str(p) for p in story.iterdir())
    assert main(files[:3]) == 0
    assert len(launched[1].articles) == 3
    assert main(files[:2]) == 0  # two files: side by side
    assert launched[2].left_article is not None


@pytest.mark.parametrize("argv, needle", [
    (["{one}"], "two articles"),
    (["{dir}", "--session", "x.yaml"], "--session goes with two articles"),
    (["{dir}", "-"], "standard input"),
])
def test_bad_sets_are_one_line_and_exit_2(story, launched, capsys, argv, needle):
    one = str(sorted(story.iterdir())[0])
    assert main([a.format(one=one, dir=str(story)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and not launched


def test_not_on_a_terminal_a_folder_prints_the_matrix(story, capsys):
    assert main([str(story)]) == 0
    out = capsys.readouterr().out
    assert "Matrix" in out and "Claims" in out and "Harbour Gazette" in out
