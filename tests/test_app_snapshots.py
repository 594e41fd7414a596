"""Snapshot tests of the main screens (pytest-textual-snapshot): the comparison at 160x48 and
80x24, with a contradiction selected, the help, the findings list, each bundled theme.

Update after an intended change with ``pytest tests/test_app_snapshots.py --snapshot-update``
and look at the report before committing the new pictures."""

from __future__ import annotations

import pytest
from scripttexts import LEFT, RIGHT

from tui.app import DiptychApp
from tui.engine import article_from_text, compare, load_article
from tui.resources import sample_paths


def samples_app(theme: str | None = None) -> DiptychApp:
    """The first and fourth samples, compared before the app starts (as the CLI does for small pairs)."""
    paths = sample_paths()
    left, right = load_article(str(paths[0])), load_article(str(paths[3]))
    return DiptychApp(left, right, comparison=compare(left, right), theme=theme, remember_theme=False)


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class TestMainScreen:
    def test_wide(self, snap_compare):
        assert snap_compare(samples_app(), terminal_size=(160, 48), run_before=analysed)

    def test_contradiction_selected(self, snap_compare):
        assert snap_compare(samples_app(), press=["c"], terminal_size=(160, 48), run_before=analysed)

    def test_narrow(self, snap_compare):
        assert snap_compare(samples_app(), press=["c"], terminal_size=(80, 24), run_before=analysed)

    def test_entity_selected(self, snap_compare):
        assert snap_compare(samples_app(), press=["e", "down", "enter"], terminal_size=(160, 48),
                            run_before=analysed)


class TestOtherScreens:
    def test_help(self, snap_compare):
        assert snap_compare(samples_app(), press=["question_mark"], terminal_size=(160, 48), run_before=analysed)

    def test_findings_list(self, snap_compare):
        assert snap_compare(samples_app(), press=["f"], terminal_size=(160, 48), run_before=analysed)


class TestThemes:
    @pytest.mark.parametrize("theme", ["diptych-dark", "diptych-light", "diptych-contrast"])
    def test_theme(self, snap_compare, theme):
        assert snap_compare(samples_app(theme), press=["c"], terminal_size=(120, 36), run_before=analysed)


class TestReview:
    def test_review_screen(self, snap_compare):
        """A disputed contradiction with its note, the progress in the title, a marked sentence."""
        keys = ["c", "d", "i", *"Ask the ministry", "ctrl+s", "right_parenthesis", "v"]
        assert snap_compare(samples_app(), press=keys, terminal_size=(160, 48), run_before=analysed)

    def test_findings_list_with_verdicts(self, snap_compare):
        assert snap_compare(samples_app(), press=["f", "y", "d", "r"], terminal_size=(160, 48), run_before=analysed)

    def test_flag_dialog(self, snap_compare):
        assert snap_compare(samples_app(), press=["v", "F"], terminal_size=(160, 48), run_before=analysed)

    def test_export_dialog(self, snap_compare):
        assert snap_compare(samples_app(), press=["E"], terminal_size=(160, 48), run_before=analysed)


def coverage_app() -> DiptychApp:
    """The five bundled samples' coverage (what `diptych` alone opens)."""
    return DiptychApp(articles=[load_article(str(p)) for p in sample_paths()], remember_theme=False)


class TestCoverage:
    @pytest.mark.parametrize("tab", ["1", "2", "3"], ids=["matrix", "claims", "names"])
    def test_coverage(self, snap_compare, tab):
        assert snap_compare(coverage_app(), press=[tab], terminal_size=(160, 48), run_before=analysed)


class TestScripts:
    def test_many_scripts(self, snap_compare):
        """Cyrillic, Turkish, Arabic, Hebrew, CJK, emoji sequences, combining marks, tabs, no-break
        and zero-width spaces in both panes, the second contradiction (after CJK) selected."""
        left, right = article_from_text(LEFT, "left.txt"), article_from_text(RIGHT, "right.txt")
        app = DiptychApp(left, right, comparison=compare(left, right), remember_theme=False)
        assert snap_compare(app, press=["c", "c"], terminal_size=(160, 48), run_before=analysed)
