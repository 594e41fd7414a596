"""The help screen: every key binding of the app, read from the widgets' own ``BINDINGS``
(so it cannot drift from the code), and a legend of the highlights."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.reading import TYPE_CODES


def key_label(binding: Binding) -> str:
    """"n, ]" for a binding on several keys; key names made readable."""
    names = {"slash": "/", "question_mark": "?", "escape": "Esc", "enter": "Enter", "space": "Space",
             "pagedown": "PgDn", "pageup": "PgUp", "down": "↓", "up": "↑", "left": "←", "right": "→",
             "shift+tab": "Shift+Tab", "tab": "Tab", "home": "Home", "end": "End",
             "left_parenthesis": "(", "right_parenthesis": ")", "backspace": "Backspace", "delete": "Delete"}
    keys = [k.strip() for k in binding.key.split(",")]
    return ", ".join(names.get(k, k.replace("ctrl+", "Ctrl+")) for k in keys)


def bindings_table(title: str, bindings: list, keymap: dict[str, str] | None = None) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_header=False, box=None,
                  padding=(0, 2), expand=False)
    table.add_column(style="bold", min_width=14)
    table.add_column()
    table.add_column()
    for item in bindings:
        b = item if isinstance(item, Binding) else Binding(*item)
        if keymap and b.id in keymap:
            b = b.with_key(keymap[b.id])
        description = b.tooltip or b.description
        table.add_row(key_label(b), description, Text(b.id or "", style="dim"))
    return table


def legend() -> Table:
    table = Table(title="What the highlights mean", title_justify="left", title_style="bold", show_header=False,
                  box=None, padding=(0, 2))
    table.add_column(min_width=14)
    table.add_column()
    table.add_row(Text("underlined", style="underline"), "overlap: text both articles carry (verbatim or paraphrased)")
    table.add_row(Text("reversed bold", style="bold reverse"), "contradiction: the words that differ")
    table.add_row(Text("italic, muted", style="italic dim"), "not reported by the other article")
    table.add_row(Text("▌ bold", style="bold"), "the selected finding's passage (bar in the gutter)")
    table.add_row(Text("› │"), "the sentence cursor (( and ) move it; v marks the sentence: ▸ ┆)")
    codes = "  ".join(f"{code} {name}" for name, code in TYPE_CODES.items())
    table.add_row("gutter code", f"contradiction type: {codes}")
    table.add_row(Text("L+R  L  R  ≠"), "entity in both articles, left only, right only, spelled differently")
    return table


_RENDERED: dict[tuple, Text] = {}
"""The help's body as rendered for a width and a key map (a few entries: one per terminal size)."""


class HelpBody(Static):
    """The help's tables, laid out once for the width they get and shown as plain styled text.

    Rich tables measure and wrap their cells on every render, and Textual renders the body
    to find its height and again to draw it: drawn that way the help took about half a
    second to open. Laid out once (and kept for the next opening), it opens at once."""

    def __init__(self, sections: list, key: tuple, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.sections = sections
        self.key = key
        self.laid_out_for = 0

    def on_mount(self) -> None:
        # laid out at once for the width the dialog will most likely give it (its width less
        # border, padding and scroll bar: #help-dialog in app.tcss), so that the first frame
        # is the finished help; a resize lays it out again for the width it got
        self.laid_out_for = max(20, min(112, self.app.size.width * 95 // 100) - 8)
        self.update(self.laid_out(self.laid_out_for))

    def on_resize(self, event) -> None:
        width = event.size.width
        if width and width != self.laid_out_for:
            self.laid_out_for = width
            self.update(self.laid_out(width))

    def laid_out(self, width: int) -> Text:
        key = (width, self.key)
        text = _RENDERED.get(key)
        if text is None:
            console = self.app.console
            group = Group(*[Group(s, Text("")) for s in self.sections])
            lines = console.render_lines(group, console.options.update_width(width), pad=False)
            text = Text("\n").join(Text.assemble(*((seg.text, seg.style) for seg in line if not seg.control))
                                   for line in lines)
            if len(_RENDERED) > 8:
                _RENDERED.clear()
            _RENDERED[key] = text
        return text


class HelpScreen(ModalScreen[None]):
    """Every binding, grouped by where it works."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close", tooltip="Close this help"),
        Binding("j", "scroll('down')", "Down", show=False, id="help.down", tooltip="Scroll down"),
        Binding("k", "scroll('up')", "Up", show=False, id="help.up", tooltip="Scroll up"),
    ]

    def compose(self) -> ComposeResult:
        from tui.app import DiptychApp
        from tui.screens.comparison import ComparisonScreen
        from tui.screens.coverage import CoverageScreen
        from tui.screens.findings import FindingsScreen
        from tui.screens.flag import FlagScreen
        from tui.screens.note import NoteScreen
        from tui.screens.reviewing import REVIEW_BINDINGS
        from tui.screens.rules import RulesScreen
        from tui.widgets.article_view import ArticleView
        from tui.widgets.entity_sidebar import EntitySidebar

        keymap = getattr(self.app, "keymap", {})
        sections = [
            bindings_table("Findings, entities and search (anywhere on the main screen)",
                           [b for b in ComparisonScreen.BINDINGS if b not in REVIEW_BINDINGS], keymap),
            bindings_table("Review: verdicts, notes, your own findings, rules, exports", REVIEW_BINDINGS, keymap),
            bindings_table("Reading (in an article pane)", ArticleView.BINDINGS, keymap),
            bindings_table("Entity sidebar", EntitySidebar.BINDINGS + [
                Binding("enter", "", tooltip="Mark the highlighted entity's mentions in both articles"),
                Binding("up,down", "", tooltip="Move in the list; type in the filter box to narrow it")]),
            bindings_table("Search box (/)", [
                Binding("enter,down", "", tooltip="Next match"), Binding("up", "", tooltip="Previous match"),
                Binding("escape", "", tooltip="Close the search box (matches stay marked; Esc again clears)")]),
            bindings_table("Findings list (f)", FindingsScreen.BINDINGS, keymap),
            bindings_table("Note editor (i)", NoteScreen.BINDINGS, keymap),
            bindings_table("Flag a pair of sentences (F)", FlagScreen.BINDINGS, keymap),
            bindings_table("Rules (R)", RulesScreen.BINDINGS, keymap),
            bindings_table("Coverage of a story (several articles: diptych DIR)", CoverageScreen.BINDINGS + [
                Binding("enter", "", tooltip="Open the highlighted pair (or two outlets that disagree on a claim)")],
                keymap),
            bindings_table("Everywhere", DiptychApp.BINDINGS + [
                Binding("ctrl+p", "", tooltip="Command palette: every action, a finding or an entity by name")],
                keymap),
            legend(),
        ]
        with VerticalScroll(id="help-dialog"):
            yield Static(Text("diptych — keys", style="bold"), id="help-title")
            yield HelpBody(sections, tuple(sorted(keymap.items())), id="help-body")
            yield Static(Text("Esc, q or ? closes this help. To change a key, map its id (the grey column) to a key "
                              "under `keys:` in config.yaml, e.g.  keys: {finding.next: j}", style="dim"))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one(VerticalScroll)
        scroller.scroll_down() if direction == "down" else scroller.scroll_up()

    def action_close(self) -> None:
        self.dismiss(None)
