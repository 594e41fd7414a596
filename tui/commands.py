"""Command palette providers: every action of the screen by name, and each finding and
entity of the comparison (Ctrl+P, then type)."""

from __future__ import annotations

from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.safetext import one_line


def _bindings_of(screen) -> list[tuple[Binding, object]]:
    """(binding, the node that runs it) for the screen, its panes and sidebar, and the app."""
    from tui.screens.comparison import ComparisonScreen
    from tui.widgets.article_view import ArticleView

    out: list[tuple[Binding, object]] = []
    seen: set[str] = set()

    def add(bindings, node) -> None:
        for item in bindings:
            b = item if isinstance(item, Binding) else Binding(*item)
            if not b.tooltip or b.action in seen or b.action.startswith("focus_"):
                continue
            seen.add(b.action)
            out.append((b, node))

    add(screen.BINDINGS, screen)
    if isinstance(screen, ComparisonScreen):
        add(ArticleView.BINDINGS, screen.view(screen.focused_side()))
    add(screen.app.BINDINGS, screen.app)
    return out


def highlight(matcher, candidate: str) -> Content:
    """``candidate`` with the matched letters styled, as plain text: unlike
    ``Matcher.highlight``, nothing in it is parsed as markup (article text is data)."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ActionsProvider(Provider):
    """Every bound action of the current screen, by its description."""

    def _commands(self):
        from tui.screens.help import key_label

        for binding, node in _bindings_of(self.screen):
            title = binding.tooltip
            yield title, partial(node.run_action, binding.action), f"key: {key_label(binding)}"

    async def discover(self) -> Hits:
        for title, run, help_text in self._commands():
            yield DiscoveryHit(title, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight(matcher, title), run, text=title, help=help_text)


class FindingsProvider(Provider):
    """Go to a finding ("finding 3", "date", "Thursday") or show an entity's mentions."""

    def _commands(self):
        from tui.reading import position_order
        from tui.screens.comparison import ComparisonScreen

        screen = self.screen
        if not isinstance(screen, ComparisonScreen) or screen.comparison is None:
            return
        findings = screen.comparison.findings
        for n, i in enumerate(position_order(findings), 1):
            f = findings[i]
            title = one_line(f"Finding {n}: {f.kind} · {f.type} — {f.explanation}")
            yield title, partial(screen.select_finding, i)
        for i, e in enumerate(screen.comparison.entities):
            title = one_line(f"Entity: {e.name} ({e.type.lower()})")
            yield title, partial(screen.show_entity, i)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight(matcher, title), run, text=title)
