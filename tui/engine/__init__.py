"""The comparison engine: plain Python, no Textual.

    from tui.engine import load_article, compare
    result = compare(load_article("a.txt"), load_article("b.txt"))
"""

from tui.engine.errors import InputError
from tui.engine.loading import article_from_text, load_article
from tui.engine.model import Article, Comparison, Entity, Finding, Segment, Span
from tui.engine.pipeline import compare

__all__ = [
    "Article", "Comparison", "Entity", "Finding", "InputError", "Segment", "Span",
    "article_from_text", "compare", "load_article",
]
