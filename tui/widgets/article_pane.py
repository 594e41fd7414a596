"""One article's column: a header (title, outlet, date, word count) over its text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tui.engine.model import Article
from tui.safetext import one_line
from tui.widgets.article_view import ArticleView


def header_text(article: Article, side: str) -> Text:
    """The header line of an article's pane (text from the article is data, not markup)."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(f"{side.upper()} ", style="bold reverse")
    text.append(" ")
    text.append(one_line(article.display_name), style="bold")
    bits = [b for b in (article.outlet, article.date.isoformat() if article.date else "") if b]
    bits.append(f"{article.word_count:,} words")
    text.append("  " + " · ".join(one_line(b) for b in bits), style="dim")
    return text


class ArticlePane(Vertical):
    """The header and the scrollable text of one article."""

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="article-pane")
        self.side = side

    def compose(self) -> ComposeResult:
        yield Static("", classes="article-header", id=f"{self.side}-header")
        yield ArticleView(self.side, id=f"{self.side}-view")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def set_article(self, article: Article) -> None:
        self.query_one(".article-header", Static).update(header_text(article, self.side))
