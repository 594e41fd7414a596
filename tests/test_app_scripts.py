"""Many scripts in the panes: wrapping counts terminal cells (CJK and emoji two, combining marks
none), no line leaves its pane, every row of the screen is as wide as the terminal however a
terminal counts emoji sequences, tabs show as one space, no-break spaces hold, zero-width
spaces allow a break, and highlights and clicks land on the right characters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pilothelpers import ready
from rich.cells import cell_len, get_character_cell_size
from scripttexts import LEFT, RIGHT

from tui.app import DiptychApp
from tui.engine import article_from_text
from tui.reading import (
    _wrap_one_cell_paragraph,
    _wrap_paragraph,
    breaks_after,
    char_cells,
    offset_at_cell,
    wrap,
)
from tui.safetext import WORD_JOINER, even_widths, flat, one_line
from tui.widgets.article_view import GUTTER, display_text

UNEVEN = ["\u2764\ufe0f", "👍🏽", "👩\u200d👩\u200d👧\u200d👦", "🧑\u200d💻", "1\ufe0f\u20e3", "🏳\ufe0f\u200d🌈",
          "\u0915\u094d\u200d\u0937"]
"""Sequences terminals draw at different widths (see ``safetext.even_widths``)."""
MIXED = ["Новоозёрск", "İlkay Işıklı", "«الحدود مفتوحة»", "«הגבול פתוח»", "東京都", "大阪", "Noe\u0308l",
         "\u3000", "a\u200bb", "11\u00a0km", "\t", *UNEVEN]


def per_code_point(text: str) -> int:
    """Cells as a terminal that counts each code point alone (wcwidth) draws ``text`` (a skin-tone
    modifier alone is a wide emoji there; Rich's table has it as part of the emoji before it)."""
    return sum(2 if 0x1F3FB <= ord(ch) <= 0x1F3FF else get_character_cell_size(ch) for ch in text)


# --- evening the widths ----------------------------------------------------------------------

@pytest.mark.parametrize("text", MIXED)
def test_even_widths_keeps_offsets_and_leaves_one_width_per_character(text):
    shown = even_widths(text)
    assert len(shown) == len(text)
    assert cell_len(shown) == per_code_point(shown)  # Rich (which lays out) and any terminal agree
    assert "\u200d" not in shown and "\ufe0f" not in shown


def test_even_widths_changes_only_joiners_selectors_and_skin_tones():
    assert even_widths("👩\u200d👩\u200d👧") == f"👩{WORD_JOINER}👩{WORD_JOINER}👧"
    assert even_widths("a \u2764\ufe0f b 👍🏽") == f"a \u2764{WORD_JOINER} b 👍{WORD_JOINER}"
    plain = "Новоозёрск İlkay Işıklı «הגבול פתוח» 東京都 Noe\u0308l a\u200bb 11\u00a0km"
    assert even_widths(plain) is plain
    assert one_line("❤\ufe0f\n👍🏽") == f"❤{WORD_JOINER} 👍{WORD_JOINER}"
    assert flat("❤\ufe0f\t👍🏽") == f"❤{WORD_JOINER} 👍{WORD_JOINER}"


# --- wrapping -------------------------------------------------------------------------------

def test_lines_break_at_every_space_but_the_no_break_ones_and_after_a_zero_width_space():
    from tui.reading import NO_BREAK, ZERO_WIDTH_BREAK

    for ch in map(chr, range(0x110000)):
        assert breaks_after(ch) == ((ch.isspace() and ch not in NO_BREAK) or ch == ZERO_WIDTH_BREAK), hex(ord(ch))


def test_wrap_never_breaks_at_a_no_break_space():
    text = "the trip took 11\u00a0hours over 240\u00a0km"
    for width in range(8, 30):
        for _a, b in wrap(text, width):
            if b < len(text):
                assert text[b - 1] != "\u00a0" and text[b] != "\u00a0"


def test_wrap_breaks_after_a_zero_width_space():
    text = "road\u200bis\u200bnarrow\u200bbut\u200bsafe"
    assert [text[a:b] for a, b in wrap(text, 10)] == ["road\u200bis\u200b", "narrow\u200bbut\u200b", "safe"]


def test_wrap_counts_combining_marks_as_no_cell():
    text = "Noe\u0308l Zo\u0308llner"  # 12 cells, 14 characters
    assert [text[a:b] for a, b in wrap(text, 12)] == [text]
    word = "e\u0301" * 12
    lines = wrap(word, 5)
    assert [cell_len(word[a:b]) for a, b in lines] == [5, 5, 2]
    assert all(not unicodedata.combining(word[a]) for a, _ in lines)  # a mark stays with its letter


def test_wrap_never_splits_a_wide_character_over_the_edge():
    text = "東京都大阪府京都府"  # 18 cells
    lines = wrap(text, 5)
    assert [text[a:b] for a, b in lines] == ["東京", "都大", "阪府", "京都", "府"]


ALPHABET = st.sampled_from(list("ab cd.,") + ["\u00a0", "\u200b", "\t", "\n", "東", "大", "\u0308", "ı", "İ",
                                               "ё", "ש", "ع", "👍", "\u3000", *UNEVEN])


@given(st.lists(ALPHABET, max_size=120).map("".join), st.integers(min_value=2, max_value=40))
def test_no_wrapped_line_is_wider_than_the_pane(raw, width):
    text = display_text(raw)
    for a, b in wrap(text, width):
        line = text[a:b]
        core = line.rstrip(" \t\n\u3000\u200b")
        assert per_code_point(core) <= width, (line, width)
        assert cell_len(line) == per_code_point(line)


ONE_CELL = st.sampled_from(list("abc de.,;-") + ["\u00a0", "\t", "\u2003", "é", "ı", "İ", "ё", "Ж", "—", "“"])


@given(st.lists(ONE_CELL, min_size=1, max_size=150).map("".join), st.integers(min_value=1, max_value=30))
def test_the_fast_wrapping_of_one_cell_text_is_the_same_as_the_general_one(text, width):
    if breaks_after(text[0]):
        text = "x" + text
    general: list[tuple[int, int]] = []
    fast: list[tuple[int, int]] = []
    _wrap_paragraph(text, 0, len(text), width, general)
    _wrap_one_cell_paragraph(text, 0, len(text), width, fast)
    assert fast == general


def test_offset_at_cell_with_wide_characters_and_combining_marks():
    text = "東京 Noe\u0308l"
    line = (0, len(text))
    assert [offset_at_cell(text, line, cell) for cell in range(9)] == [0, 0, 1, 1, 2, 3, 4, 5, 7]


# --- the app ---------------------------------------------------------------------------------

def scripts_app(**kwargs) -> DiptychApp:
    return DiptychApp(article_from_text(LEFT, "left.txt"), article_from_text(RIGHT, "right.txt"),
                      remember_theme=False, **kwargs)




def screen_rows(app) -> list[str]:
    """The text of every row of the screen as the app draws it."""
    update = app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for strip in line for segment in strip) for line in update.strips]


@pytest.mark.parametrize("size", [(160, 48), (100, 40), (80, 24)])
async def test_every_row_is_as_wide_as_the_terminal_however_it_counts(size):
    """A terminal that counts each code point (xterm, VTE) and one that joins emoji sequences
    (tmux, kitty) draw each row the same width: the panes' borders stay in their columns."""
    async with scripts_app().run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        for _ in range(2):
            rows = screen_rows(pilot.app)
            assert len(rows) == size[1]
            assert [per_code_point(row) for row in rows] == [size[0]] * size[1]
            assert [cell_len(row) for row in rows] == [size[0]] * size[1]
            await pilot.press("pagedown")
            await pilot.pause()


@pytest.mark.parametrize("size", [(160, 48), (80, 24), (60, 40)])
async def test_pane_lines_fit_the_pane_and_keep_the_gutter(size):
    async with scripts_app().run_test(size=size) as pilot:
        screen = await ready(pilot)
        for side in ("left", "right"):
            view = screen.view(side)
            width = view.scrollable_content_region.width
            shown = display_text(view.text)
            for index, (a, b) in enumerate(view.wrapping.lines):
                strip = view._render_wrapped_line(index, view.rich_style).crop_extend(0, width, view.rich_style)
                assert strip.cell_length == width
                assert strip.crop(GUTTER).text.rstrip(" \u200b") == shown[a:b].rstrip(" \u200b")
                assert per_code_point(shown[a:b].rstrip()) <= width - GUTTER


async def test_tabs_show_as_one_space_and_no_break_spaces_hold():
    async with scripts_app().run_test(size=(80, 40)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        text = view.text
        line = view.line_of(text.index("Fuel:"))
        a, b = view.wrapping.lines[line]
        row = line - round(view.scroll_y)
        assert view.render_line(row).crop(GUTTER).text.rstrip() == text[a:b].replace("\t", " ").rstrip()
        for _a, b in view.wrapping.lines:
            if b < len(text) and text[b] != "\n":
                assert text[b - 1] != "\u00a0" and text[b] != "\u00a0"


async def test_a_contradiction_is_marked_on_the_cells_of_its_words_after_wide_and_combining_characters():
    async with scripts_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        comparison = screen.comparison
        index = next(i for i, f in enumerate(comparison.findings) if f.kind == "contradiction"
                     and comparison.left.text[f.left_marks[0].start:f.left_marks[0].end] == "36,000")
        screen.select_finding(index)
        await pilot.pause()
        finding = comparison.findings[index]
        for side in ("left", "right"):
            view = screen.view(side)
            mark = getattr(finding, f"{side}_marks")[0]
            shown = display_text(view.text)
            line = view.line_of(mark.start)
            a, _ = view.wrapping.lines[line]
            assert any(cell_len(ch) == 2 for ch in shown[a:mark.start])  # CJK before the figure
            strip = view.render_line(line - round(view.scroll_y))
            cell = GUTTER + cell_len(shown[a:mark.start])
            assert strip.crop(cell, cell + 6).text == view.text[mark.start:mark.end]
            style = view._style("article--selected-mark")
            marked = "".join(s.text for s in strip if s.style is not None and s.style + style == s.style)
            assert marked == view.text[mark.start:mark.end]


async def test_a_click_on_a_figure_after_wide_characters_selects_its_finding():
    async with scripts_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        text, shown = view.text, display_text(view.text)
        offset = text.index("36,000") + 1
        line = view.line_of(offset)
        a, _ = view.wrapping.lines[line]
        cell = GUTTER + sum(char_cells(ch) for ch in shown[a:offset])
        await pilot.click(view, offset=(cell, line - round(view.scroll_y)))
        await pilot.pause()
        finding = screen.comparison.findings[screen.selected]
        assert finding.kind == "contradiction" and finding.left.start <= offset < finding.left.end


async def test_the_sidebar_counts_line_up_with_wide_names():
    from tui.widgets.entity_sidebar import entity_prompt

    async with scripts_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        wide = next(e for e in screen.comparison.entities if e.name == "Новоозёрск")
        wide.name = "東京都 大阪 Новоозёрск 👩\u200d👩\u200d👧 and a very long name that is cut"
        rows = [entity_prompt(e, None, 34) for e in (wide, screen.comparison.entities[0])]
        widths = [cell_len(row.plain) for row in rows]
        assert widths[0] == widths[1] <= 34  # the counts in the same columns
        assert widths == [per_code_point(row.plain) for row in rows]
        assert rows[0].plain.rstrip().endswith("1   1 L+R") and "…" in rows[0].plain


async def test_search_folds_turkish_i_and_marks_the_cells_of_the_match():
    async with scripts_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"işıklı", "enter")
        await pilot.pause()
        view = screen.view("left")
        text, shown = view.text, display_text(view.text)
        start = text.index("Işıklı")
        assert screen._hits.left == ((start, start + 6),)
        line = view.line_of(start)
        a, _ = view.wrapping.lines[line]
        strip = view.render_line(line - round(view.scroll_y))
        cell = GUTTER + cell_len(shown[a:start])
        assert strip.crop(cell, cell + 6).text == "Işıklı"
        style = view._style("article--search-current")
        marked = "".join(s.text for s in strip if s.style is not None and s.style + style == s.style)
        assert marked == "Işıklı"


async def test_search_typed_without_accents_finds_a_name_written_with_combining_ones():
    """"zollner" typed plainly finds "Zöllner" written with a combining diaeresis (o + U+0308),
    in both panes, and the mark covers the whole word, its accent included."""
    async with scripts_app().run_test(size=(160, 48)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"zollner", "enter")
        await pilot.pause()
        for side, hits in (("left", screen._hits.left), ("right", screen._hits.right)):
            text = screen.view(side).text
            start = text.index("Zo\u0308llner")
            assert hits == ((start, start + len("Zo\u0308llner")),), side
