"""The side-by-side app driven from the keyboard and mouse (Textual Pilot): every binding does
what the help says, on made-up articles."""

from __future__ import annotations

import io

import pytest
from pilothelpers import ready
from rich.console import Console
from textual.command import CommandPalette

from tui.app import DiptychApp
from tui.engine import article_from_text
from tui.reading import position_order
from tui.screens.comparison import ComparisonScreen
from tui.screens.findings import FindingsScreen
from tui.screens.help import HelpScreen
from tui.widgets.article_view import ArticleView

from apptexts import HOSTILE, LEFT, LONG_LEFT, LONG_RIGHT, RIGHT


def make_app(left: str = LEFT, right: str = RIGHT, **kwargs) -> DiptychApp:
    return DiptychApp(article_from_text(left, "left.txt"), article_from_text(right, "right.txt"), **kwargs)




def plain(widget) -> str:
    """The text a Static widget shows, without styles."""
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(widget.content)
    return console.export_text()


def kinds(screen: ComparisonScreen) -> list[str]:
    return [f.kind for f in screen.comparison.findings]


# --- findings --------------------------------------------------------------------------------


@pytest.mark.parametrize("next_key,prev_key", [("n", "N"), ("right_square_bracket", "left_square_bracket")])
async def test_next_and_previous_finding_follow_reading_order(next_key, prev_key):
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        order = position_order(screen.comparison.findings)
        assert screen.selected == -1
        await pilot.press(next_key)
        assert screen.selected == order[0]
        await pilot.press(next_key)
        assert screen.selected == order[1]
        await pilot.press(prev_key)
        assert screen.selected == order[0]
        await pilot.press(prev_key)  # wraps to the last
        assert screen.selected == order[-1]


async def test_contradiction_and_overlap_keys_skip_the_other_kind():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        findings = screen.comparison.findings
        seen = set()
        for _ in range(len(findings)):
            await pilot.press("c")
            assert findings[screen.selected].kind == "contradiction"
            seen.add(screen.selected)
        assert seen == {i for i, f in enumerate(findings) if f.kind == "contradiction"}
        await pilot.press("C")
        assert findings[screen.selected].kind == "contradiction"
        await pilot.press("o")
        assert findings[screen.selected].kind == "overlap"
        first_overlap = screen.selected
        await pilot.press("o", "O")
        assert screen.selected == first_overlap


async def test_selecting_a_finding_levels_the_two_passages_and_fills_the_bar():
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        finding = screen.comparison.findings[screen.selected]
        left, right = screen.view("left"), screen.view("right")
        assert left.row_of(finding.left.start) == right.row_of(finding.right.start)
        assert left.is_visible_offset(finding.left.start) and right.is_visible_offset(finding.right.start)
        bar = pilot.app.screen.query_one("#finding-bar")
        shown = plain(bar)
        assert finding.type in shown and "CONTRADICTION" in shown


async def test_x_jumps_to_the_other_sides_passage():
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        assert pilot.app.focused is screen.view("left")
        await pilot.press("x")
        assert pilot.app.focused is screen.view("right")
        finding = screen.comparison.findings[screen.selected]
        assert screen.view("right").is_visible_offset(finding.right.start)
        await pilot.press("x")
        assert pilot.app.focused is screen.view("left")


async def test_escape_clears_marks_then_the_selection():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "slash", "B", "e", "r", "g", "escape")
        assert screen.view("left").marked.matches
        await pilot.press("escape")
        assert not screen.view("left").marked.matches
        assert screen.selected >= 0
        await pilot.press("escape")
        assert screen.selected == -1


# --- the findings list -----------------------------------------------------------------------


async def test_findings_list_sorts_filters_and_goes_to_a_finding():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("f")
        listing = pilot.app.screen
        assert isinstance(listing, FindingsScreen)
        table = listing.table
        assert len(table.rows) == len(screen.comparison.findings)
        first = listing._current()
        assert screen.comparison.findings[first].kind == "contradiction"  # significance: conflicts first
        await pilot.press("s")
        assert listing.sort == "position"
        assert listing._current() == first  # the cursor stays on the same finding
        await pilot.press("3")
        assert len(table.rows) == kinds(screen).count("overlap")
        await pilot.press("2")
        assert len(table.rows) == kinds(screen).count("contradiction")
        await pilot.press("1")
        assert len(table.rows) == len(screen.comparison.findings)
        await pilot.press("j", "j", "k")
        chosen = listing._current()
        await pilot.press("enter")
        assert pilot.app.screen is screen
        assert screen.selected == chosen


@pytest.mark.parametrize("key", ["escape", "q", "f"])
async def test_findings_list_closes_without_choosing(key):
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("f", key)
        assert pilot.app.screen is screen
        assert screen.selected == -1


# --- search ----------------------------------------------------------------------------------


async def test_search_marks_matches_in_both_panes_and_steps_through_them():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        assert pilot.app.focused.id == "search"
        await pilot.press(*"river")
        await pilot.pause(0.3)  # the search runs a moment after the typing stops
        left_matches = screen.view("left").marked.matches
        right_matches = screen.view("right").marked.matches
        assert len(left_matches) == LEFT.lower().count("river")
        assert len(right_matches) == RIGHT.lower().count("river")
        count = pilot.app.screen.query_one("#search-count")
        assert plain(count).startswith("1/")
        await pilot.press("enter")
        assert plain(count).startswith("2/")
        await pilot.press("down")
        assert plain(count).startswith("3/")
        await pilot.press("up")
        assert plain(count).startswith("2/")
        await pilot.press("escape")
        assert not screen.query_one("#search-bar").display
        assert isinstance(pilot.app.focused, ArticleView)
        await pilot.press("m")  # m steps through search matches after the box is closed
        assert plain(count).startswith("3/")


async def test_search_with_no_match_says_so():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"zzz")
        await pilot.pause(0.3)
        assert plain(pilot.app.screen.query_one("#search-count")).strip() == "no match"
        assert not screen.view("left").marked.matches


# --- entities --------------------------------------------------------------------------------


async def test_entity_sidebar_marks_mentions_and_m_steps_through_them():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e")
        olist = screen.sidebar.option_list
        assert pilot.app.focused is olist
        await pilot.press("enter")  # the first person
        entity = screen.comparison.entities[screen._entity]
        assert entity.type == "PERSON"
        left = screen.view("left").marked
        right = screen.view("right").marked
        assert len(left.mentions) == len(entity.left) and len(right.mentions) == len(entity.right)
        assert left.current_mention == 0
        for _ in range(len(entity.left)):
            await pilot.press("m")
        assert screen.view("right").marked.current_mention == 0
        await pilot.press("M")
        assert screen.view("left").marked.current_mention == len(entity.left) - 1


async def test_entity_filter_narrows_the_list():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.click("#entity-filter")
        await pilot.press(*"berg")
        olist = screen.sidebar.option_list
        ids = [olist.get_option_at_index(i).id for i in range(olist.option_count)]
        assert ids[0] == "group-PERSON"
        assert [i for i in ids if i.startswith("entity-")] and len(ids) == 2
        await pilot.press("enter")
        assert pilot.app.focused is olist
        await pilot.press("enter")
        assert "Berglund" in screen.comparison.entities[screen._entity].name
        await pilot.press("escape")  # back to the text
        assert isinstance(pilot.app.focused, ArticleView)


async def test_s_hides_and_shows_the_sidebar():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert screen.sidebar.display and screen._sidebar_shown()
        await pilot.press("s")
        await pilot.pause()
        assert not screen._sidebar_shown()
        await pilot.press("s")
        await pilot.pause()
        assert screen._sidebar_shown()


async def test_e_shows_a_hidden_sidebar():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("s", "e")
        await pilot.pause()
        assert screen._sidebar_shown()
        assert pilot.app.focused is screen.sidebar.option_list


# --- reading, scrolling, focus ------------------------------------------------------------


@pytest.mark.parametrize("down,up", [("j", "k"), ("down", "up")])
async def test_line_scrolling_with_vim_and_arrow_keys(down, up):
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        await pilot.press(down, down, down)
        await pilot.pause()
        assert view.scroll_y == 3
        await pilot.press(up)
        await pilot.pause()
        assert view.scroll_y == 2


@pytest.mark.parametrize("down,up", [("pagedown", "pageup"), ("space", "b"), ("ctrl+f", "ctrl+b"),
                                     ("ctrl+d", "ctrl+u")])
async def test_page_scrolling(down, up):
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        await pilot.press(down)
        await pilot.pause()
        moved = view.scroll_y
        assert moved >= 10
        await pilot.press(up)
        await pilot.pause()
        assert view.scroll_y == 0


@pytest.mark.parametrize("end,home", [("G", "g"), ("end", "home")])
async def test_top_and_bottom(end, home):
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        await pilot.press(end)
        await pilot.pause()
        # the last page of text: its last line on the bottom row (not one line over a blank pane)
        height = view.scrollable_content_region.height
        assert view.scroll_y == len(view.wrapping.lines) - height > 0
        assert view.row_of(len(view.text)) == height - 1
        await pilot.press("j")  # the keys stop there
        await pilot.pause()
        assert view.scroll_y == len(view.wrapping.lines) - height
        await pilot.press(home)
        await pilot.pause()
        assert view.scroll_y == 0


@pytest.mark.parametrize("right_key,left_key", [("l", "h"), ("right", "left")])
async def test_focus_panes_with_h_l_and_arrows(right_key, left_key):
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        assert pilot.app.focused is screen.view("left")
        await pilot.press(right_key)
        assert pilot.app.focused is screen.view("right")
        await pilot.press(left_key)
        assert pilot.app.focused is screen.view("left")


async def test_tab_switches_focus():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("tab")
        assert pilot.app.focused is screen.view("right")
        await pilot.press("shift+tab")
        assert pilot.app.focused is screen.view("left")


async def test_linked_scrolling_keeps_aligned_sentences_level():
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        left, right = screen.view("left"), screen.view("right")
        await pilot.press("a")
        assert screen.linked
        # scroll the left pane until the railway sentence (in both articles) is at the top
        target = LONG_LEFT.index("The railway line")
        while left.top_offset() < target:
            await pilot.press("j")
        await pilot.pause()
        railway_right = LONG_RIGHT.index("The railway line")
        assert left.row_of(target) == right.row_of(railway_right)
        await pilot.press("a")
        assert not screen.linked
        before = right.scroll_y
        await pilot.press("j", "j")
        await pilot.pause()
        assert right.scroll_y == before


# --- mouse -----------------------------------------------------------------------------------


async def test_clicking_a_highlight_selects_its_finding():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        index = next(i for i, f in enumerate(screen.comparison.findings) if f.kind == "contradiction")
        mark = screen.comparison.findings[index].left_marks[0]
        line = view.line_of(mark.start)
        column = view.wrapping.lines[line]
        x = 3 + (mark.start - column[0])  # the gutter is 3 cells
        await pilot.click(view, offset=(x, line - round(view.scroll_y)))
        assert screen.selected == index


# --- help, theme, palette, quit --------------------------------------------------------------


@pytest.mark.parametrize("close", ["escape", "q", "question_mark"])
async def test_help_lists_every_binding_and_closes(close):
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("question_mark")
        helpscreen = pilot.app.screen
        assert isinstance(helpscreen, HelpScreen)
        help_body = helpscreen.query_one("#help-body")
        assert "Findings, entities and search" in plain(help_body)  # what is shown
        # (the shown text is wrapped to the dialog; every tooltip, read from the tables unwrapped)
        console = Console(width=300, file=io.StringIO(), record=True)
        console.print(*help_body.sections)
        body = console.export_text()
        for binding in ComparisonScreen.BINDINGS + ArticleView.BINDINGS:
            assert binding.tooltip in body
        await pilot.press("j", "k")
        await pilot.press(close)
        assert pilot.app.screen is screen


async def test_t_opens_the_theme_picker():
    async with make_app().run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)


async def test_command_palette_offers_actions_and_findings():
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)
        await pilot.press(*"next contradiction")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.comparison.findings[screen.selected].kind == "contradiction"


async def test_q_quits():
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


# --- layout, text as data, progress ----------------------------------------------------------


async def test_narrow_terminal_collapses_the_sidebar_and_s_brings_it_back():
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert not screen._sidebar_shown()
        await pilot.press("s")
        await pilot.pause()
        assert screen._sidebar_shown()


async def test_very_narrow_terminal_stacks_the_panes():
    async with make_app().run_test(size=(60, 40)) as pilot:
        screen = await ready(pilot)
        left, right = screen.pane("left"), screen.pane("right")
        assert right.region.y > left.region.y
        assert right.region.x == left.region.x


async def test_resizing_keeps_the_selected_passages_level():
    async with make_app(LONG_LEFT, LONG_RIGHT).run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        await pilot.pause()
        finding = screen.comparison.findings[screen.selected]
        left, right = screen.view("left"), screen.view("right")
        assert left.is_visible_offset(finding.left.start)
        assert left.row_of(finding.left.start) == right.row_of(finding.right.start)


async def test_markup_and_escape_sequences_in_an_article_are_shown_as_text():
    app = make_app(HOSTILE, LEFT)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        rendered = "".join(
            "".join(segment.text for segment in view.render_line(y)) for y in range(view.size.height))
        assert "[@click=app.quit]" in rendered and "[bold]" in rendered
        assert "\x1b" not in rendered and "\x07" not in rendered
        assert "␛[2J" in rendered
        await pilot.click(view, offset=(10, 2))  # clicking the would-be link does nothing
        assert app.is_running
        svg = app.export_screenshot()
        assert "\x1b" not in svg


async def test_analysis_runs_in_a_worker_with_progress_and_keys_respond(monkeypatch):
    import threading

    import tui.engine

    gate = threading.Event()
    real = tui.engine.compare

    def slow(left, right, progress=None):
        if progress:
            progress("segment", 0.2)
        gate.wait(10)
        return real(left, right, progress)

    monkeypatch.setattr(tui.engine, "compare", slow)
    async with make_app().run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, ComparisonScreen)
        assert screen.comparison is None
        assert screen.query_one("#progress").display
        await pilot.press("question_mark")  # the UI is not frozen
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("n")  # no findings yet: nothing happens, nothing breaks
        gate.set()
        await ready(pilot)
        assert not screen.query_one("#progress").display
        await pilot.press("n")
        assert screen.selected >= 0


@pytest.mark.parametrize("precompared", [False, True], ids=["worker", "precompared"])
@pytest.mark.parametrize("size", [(160, 48), (80, 24), (60, 40), (120, 36)])
async def test_text_is_wrapped_to_the_pane_with_no_horizontal_scrolling(size, precompared):
    from rich.cells import cell_len

    from tui.engine import compare

    left, right = article_from_text(LONG_LEFT, "left.txt"), article_from_text(LONG_RIGHT, "right.txt")
    app = DiptychApp(left, right, comparison=compare(left, right) if precompared else None)
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        for side in ("left", "right"):
            view = screen.view(side)
            assert not view.show_horizontal_scrollbar
            room = view.scrollable_content_region.width - 3  # the gutter
            text = view.text
            assert max(cell_len(text[a:b].rstrip()) for a, b in view.wrapping.lines) <= room


async def test_translucent_highlight_colours_are_blended_over_the_pane():
    """A contradiction's sentence is tinted ("$finding-contradiction 15%"), not painted in the
    full colour that marks the differing words."""
    from textual.color import Color

    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        # a character of a contradiction's passage that is not one of its differing words
        offset = next(o for f in screen.comparison.findings if f.kind == "contradiction"
                      for o in range(f.left.start, f.left.end)
                      if not any(m.start <= o < m.end for m in f.left_marks) and not view.text[o].isspace()
                      and view.highlights.finding_at(o) >= 0
                      and screen.comparison.findings[view.highlights.finding_at(o)].kind == "contradiction")
        line = view.line_of(offset)
        strip = view.render_line(line - round(view.scroll_y))
        cell = 3 + offset - view.wrapping.lines[line][0]
        style = strip.crop(cell, cell + 1)._segments[0].style
        full = Color.parse(pilot.app.theme_variables["finding-contradiction"]).rich_color
        assert style.bgcolor is not None and style.bgcolor != full
        assert style.bgcolor != view.rich_style.bgcolor


def test_help_names_keys_as_printed_on_the_keyboard():
    from textual.binding import Binding

    from tui.screens.help import key_label

    assert key_label(Binding("left_parenthesis,right_parenthesis", "x")) == "(, )"
    assert key_label(Binding("backspace", "x")) == "Backspace"
    assert key_label(Binding("question_mark,ctrl+s", "x")) == "?, Ctrl+s"
