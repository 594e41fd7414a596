"""The app (Textual Pilot) on the hostile corpus (``tests/hostile.py``): legacy encodings decoded,
every script drawn with wide characters taking two cells, markup shown as text in the panes, the
sidebar, the finding bar and the findings list, control characters drawn as visible symbols (no
ESC or BEL ever in what is drawn), a ``[@click=app.quit]`` in an article that does nothing when
clicked, a 5 MB article on one line and a 200,000-word article that open and scroll, and broken
settings said in the app rather than crashing it."""

from __future__ import annotations

import dataclasses
import html
import re
import threading

import hostile
import pytest
from pilothelpers import ready
from rich.cells import cell_len

from tui.app import DiptychApp
from tui.engine import article_from_text, load_article
from tui.engine.model import Comparison, Why
from tui.safetext import cell_safe
from tui.screens.comparison import ComparisonScreen
from tui.screens.findings import FindingsScreen

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SIZE = (160, 48)




def screen_rows(app) -> list[str]:
    """The text of each row of the screen, from the app's own screenshot (SVG)."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for m in re.finditer(r'<text class="terminal-[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        rows.setdefault(float(m.group(2)), []).append((float(m.group(1)), html.unescape(m.group(3))))
    return ["".join(t for _, t in sorted(parts)).replace("\xa0", " ") for _, parts in sorted(rows.items())]


def drawn(view) -> list[str]:
    """Every line a pane draws for its article (all of it, not only what is scrolled into view),
    as the strips' text."""
    lines = []
    for index in range(len(view.wrapping.lines)):
        strip = view._render_wrapped_line(index, view.rich_style)
        lines.append("".join(segment.text for segment in strip))
    return lines


def assert_nothing_runs(app, *texts: str) -> None:
    svg = app.export_screenshot()
    for text in (svg, *texts):
        assert not CONTROL.search(text.replace("\n", "")), repr(CONTROL.search(text.replace("\n", "")))


def pair_app(tmp_path, name: str, **kwargs) -> tuple[DiptychApp, hostile.Sample]:
    sample, partner = hostile.write_pair(name, tmp_path / "corpus")
    left, right = load_article(str(sample.path)), load_article(str(partner))
    return DiptychApp(left, right, **kwargs), sample


# --- every kind of text opens, decoded and drawn safely ------------------------------------------------

OPENED = ["utf16le-ru", "koi8r-ru", "script-all", "one-word", "long-word", "everything"]
"""(Few: each is an app started; the other cases go through the same code, and the command line and
the property tests take every one.)"""


def assert_rows_fill_the_terminal(app) -> None:
    """Every row the app draws measures the terminal's width, counted per character as a terminal
    counts them: wide characters, emoji sequences, joiners and right-to-left text never push a
    border out of line."""
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        text = "".join(segment.text for segment in strip)
        assert sum(cell_len(ch) for ch in text) == SIZE[0], (y, text)


@pytest.mark.parametrize("name", OPENED)
async def test_the_app_opens_draws_and_steps_through_any_pair(tmp_path, name):
    """Legacy encodings are shown decoded, every script is drawn with wide characters taking two
    cells, and nothing drawn can run on the terminal."""
    app, sample = pair_app(tmp_path, name)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.view("left")
        expected = hostile.loaded_text(sample)
        if expected is not None:
            assert view.text == expected
        lines = drawn(view)
        assert_nothing_runs(app, *lines)
        width = view.scrollable_content_region.width
        for line in lines:  # each line fits its pane
            assert cell_len(line.rstrip()) <= width
        assert "".join(line[3:] for line in lines).replace(" ", "") == \
            cell_safe(view.text).replace("\t", " ").replace("\n", "").replace(" ", "")
        assert_rows_fill_the_terminal(app)
        await pilot.press("n", "c", "G")  # a finding, a contradiction, the end
        await pilot.pause()
        assert_nothing_runs(app)
        assert_rows_fill_the_terminal(app)
        assert app.is_running


# --- markup and control characters ---------------------------------------------------------------------

HOSTILE_NAME = "Anna [@click=app.quit]Ber\x1b[2Jglund [bold]東京 👩\u200d👩\u200d👧\x07"
HOSTILE_WHY = Why("[@click=app.quit]number", "\x1b]52;c;cGF3bmVk\x07[red]214", "[link=https://evil.example]241",
                  "\x9b2J [/]")


def hostile_comparison(tmp_path) -> Comparison:
    """The 'everything' pair compared, then a name and an explanation made hostile as well (the
    engine does not make such names, but nothing drawn may depend on that)."""
    from tui.engine import compare

    app, _ = pair_app(tmp_path, "everything")
    c = compare(app.left_article, app.right_article)
    person = next(e for e in c.entities if e.type == "PERSON")
    person.name = HOSTILE_NAME
    i = next(i for i, f in enumerate(c.findings) if f.kind == "contradiction")
    c.findings[i] = dataclasses.replace(c.findings[i], why=HOSTILE_WHY)
    return c


async def test_markup_and_escapes_are_text_in_panes_sidebar_finding_bar_and_list(tmp_path):
    c = hostile_comparison(tmp_path)
    app = DiptychApp(c.left, c.right, comparison=c)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        lines = "".join(line[3:] for line in drawn(screen.view("left"))).replace(" ", "")
        for literal in ("[bold]nothing[/bold]", "[@click=app.quit]the levee[/]", "[link=https://evil.example]this",
                        "[red on red]hidden[/]", "␛[2J␛[H", "␛]52;c;cGF3bmVk␇", "back␈␈spaces", "\\[escaped]"):
            assert literal.replace(" ", "") in lines
        rows = "\n".join(screen_rows(app))
        assert "Anna [@click=app.q…" in rows  # the sidebar (the name cut to its column)
        index = next(i for i, f in enumerate(c.findings) if f.why is HOSTILE_WHY)
        screen.select_finding(index)
        await pilot.pause()
        rows = "\n".join(screen_rows(app))
        assert "[@click=app.quit]number: ␛]52;c;cGF3bmVk␇[red]214 vs [link=https://evil.example]241" in rows
        assert_nothing_runs(app)
        await pilot.press("f")  # the findings list
        await pilot.pause()
        assert isinstance(app.screen, FindingsScreen)
        rows = "\n".join(screen_rows(app))
        assert "[@click=app.quit]number" in rows
        assert_nothing_runs(app)
        await pilot.press("escape", "ctrl+p")  # the command palette lists findings and entities by name
        await pilot.pause()
        await pilot.press(*"Anna")
        await pilot.pause(0.3)
        assert_nothing_runs(app)
        assert app.is_running


async def test_clicking_click_markup_anywhere_does_not_quit(tmp_path):
    c = hostile_comparison(tmp_path)
    app = DiptychApp(c.left, c.right, comparison=c)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        index = next(i for i, f in enumerate(c.findings) if f.why is HOSTILE_WHY)
        screen.select_finding(index)
        await pilot.pause()
        for y, row in enumerate(screen_rows(app)):
            for m in re.finditer(re.escape("[@click=app.quit]"), row):
                await pilot.click(offset=(m.start() + 3, y))
                await pilot.pause()
                assert app.is_running and app.return_code is None, (y, row)
        view = screen.view("left")
        line = next(i for i, (a, b) in enumerate(view.wrapping.lines) if "[@click=" in view.text[a:b])
        view.scroll_to(y=line, animate=False)
        await pilot.pause()
        a, b = view.wrapping.lines[line]
        x = 3 + cell_len(view.text[a:a + view.text[a:b].index("[@click=") + 3])
        await pilot.click(view, offset=(x, 0))
        await pilot.pause()
        assert app.is_running


# --- scale ------------------------------------------------------------------------------------------------


@pytest.fixture
def held_comparison(monkeypatch):
    """The comparison of a big pair is held back (the app's worker waits) so that the test sees the
    text while it is being compared; ``.set()`` the event returned to let it fail at once (rather
    than take its time) before the app exits."""
    import tui.engine

    gate = threading.Event()

    def held(left, right, progress=None):
        gate.wait(30)
        raise RuntimeError("not compared in this test")

    monkeypatch.setattr(tui.engine, "compare", held)
    yield gate
    gate.set()


@pytest.mark.parametrize("which", ["5 MB on one line", "200,000 words"])
async def test_a_big_article_is_shown_and_scrolls_while_it_is_compared(held_comparison, which):
    text = hostile.one_line_text(5 * 1024 * 1024) if which.startswith("5") else hostile.many_words(200_000)
    left, right = article_from_text(text, "big.txt"), article_from_text(hostile.EN, "small.txt")
    app = DiptychApp(left, right)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ComparisonScreen) and screen.comparison is None
        view = screen.view("left")
        assert view.text == text and len(view.wrapping.lines) > 1000
        view.focus()
        await pilot.press("G")  # the end of the article (G shows its last page)
        await pilot.pause()
        assert view.is_visible_offset(len(text.rstrip()) - 1)
        assert text.split()[-1] in "".join(screen_rows(app))
        await pilot.press("g", "j", "j", "ctrl+d")
        await pilot.pause()
        assert view.is_visible_offset(0) is False and app.is_running
        held_comparison.set()  # the comparison fails now; the app says so and goes on
        for _ in range(50):
            await pilot.pause(0.05)
            if "comparison failed" in str(screen.finding_bar.content):
                break
        assert "comparison failed" in str(screen.finding_bar.content)
        assert app.is_running and screen.comparison is None
        assert_nothing_runs(app)


def test_sidebar_rows_are_cut_and_padded_by_cells():
    """A name of wide characters (or combining marks) keeps the counts in their column."""
    from tui.engine.model import Entity, Span
    from tui.widgets.entity_sidebar import column_heading, entity_prompt

    width = cell_len(column_heading(34).plain)
    for name in ("Anna Berglund", "東京都庁舎の大会議室で記者会見を開いた報道官", "東京都",
                 "Zoe\u0308 Ren\u0303e Berglund-Smith", "x東" * 20, "👩\u200d👩\u200d👧 family",
                 "[@click=app.quit]\x1b[2J"):
        row = entity_prompt(Entity(name, "PERSON", [Span(0, 1)], [Span(0, 1)]), None, 34).plain
        assert cell_len(row) == width and row.endswith("1   1 L+R"), row
        assert not CONTROL.search(row)


# --- broken settings are said in the app -------------------------------------------------------------------


async def test_settings_with_a_python_tag_are_a_message_in_the_app(tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir(parents=True, exist_ok=True)
    marker = tmp_path / "pwned"
    (config / "config.yaml").write_text(f'theme: !!python/object/apply:os.system ["touch {marker}"]\n',
                                        encoding="utf-8")
    app, _ = pair_app(tmp_path, "utf8-ru")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "config.yaml: a !!python/object/apply:os.system tag is not allowed" in messages
        assert app.theme == "diptych-dark"
    assert not marker.exists()
