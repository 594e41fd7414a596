"""The sample picker: ``diptych`` with no paths lists the bundled articles; choose two."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.engine.model import Article
from tui.safetext import one_line


def article_label(article: Article) -> Text:
    bits = [b for b in (article.outlet, article.date.isoformat() if article.date else "") if b]
    bits.append(f"{article.word_count:,} words")
    text = Text(one_line(article.display_name), style="bold", no_wrap=True)
    text.append("  " + " · ".join(bits), style="dim")
    return text


class PickerScreen(Screen):
    """Pick two articles to compare (the first two are ticked)."""

    BINDINGS = [
        Binding("enter,o", "open", "Compare the two ticked", id="picker.open", priority=True,
                tooltip="Open the two ticked articles side by side"),
        Binding("j", "cursor(1)", "Down", show=False, id="picker.down", tooltip="Next article"),
        Binding("k", "cursor(-1)", "Up", show=False, id="picker.up", tooltip="Previous article"),
    ]

    def __init__(self, articles: list[tuple[Path, Article]]) -> None:
        super().__init__()
        self.articles = articles

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(Text("Bundled sample articles — tick two (Space), then Enter", style="bold"),
                         id="picker-title")
            yield SelectionList[int](
                *[Selection(article_label(a), i, i < 2) for i, (_, a) in enumerate(self.articles)],
                id="picker-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_cursor(self, step: int) -> None:
        olist = self.query_one(SelectionList)
        olist.action_cursor_down() if step > 0 else olist.action_cursor_up()

    def action_open(self) -> None:
        chosen = sorted(self.query_one(SelectionList).selected)
        if len(chosen) != 2:
            self.notify(f"Tick exactly two articles ({len(chosen)} ticked).", severity="warning")
            return
        from tui.screens.comparison import ComparisonScreen

        left, right = (self.articles[i][1] for i in chosen)
        self.app.push_screen(ComparisonScreen(left, right))
