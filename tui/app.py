"""The diptych app: registers the themes, opens the comparison (or the coverage of several articles), and
offers every action in the command palette. The screens and widgets do the rest."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.theme import Theme

from tui.commands import ActionsProvider, FindingsProvider
from tui.engine.model import Article, Comparison
from tui.review import Review
from tui.review.resolve import Opened
from tui.theming import DEFAULT_THEME, discover_themes, domain_defaults, theme_directories


def binding_ids() -> set[str]:
    """The ids of every binding of the app's screens and widgets (what ``keys:`` in the settings can remap)."""
    from tui.screens.comparison import ComparisonScreen
    from tui.screens.export import ExportScreen
    from tui.screens.findings import FindingsScreen
    from tui.screens.flag import FlagScreen
    from tui.screens.help import HelpScreen
    from tui.screens.note import NoteScreen
    from tui.screens.rules import RulesScreen
    from tui.widgets.article_view import ArticleView
    from tui.widgets.entity_sidebar import EntitySidebar

    ids: set[str] = set()
    from tui.screens.coverage import CoverageScreen

    owners = (DiptychApp, ComparisonScreen, FindingsScreen, HelpScreen, CoverageScreen, ArticleView, EntitySidebar,
              NoteScreen, FlagScreen, RulesScreen, ExportScreen)
    for owner in owners:
        ids.update(b.id for b in owner.BINDINGS if isinstance(b, Binding) and b.id)
    return ids


class DiptychApp(App):
    """Two articles side by side: what they share, where they disagree, who they mention."""

    TITLE = "diptych"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    COMMANDS = App.COMMANDS | {ActionsProvider, FindingsProvider}
    BINDING_GROUP_TITLE = "diptych"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", id="app.help", tooltip="Every key, and the legend"),
        Binding("t", "change_theme", "Theme", show=False, id="app.theme", tooltip="Choose a colour theme"),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit diptych"),
    ]

    def __init__(self, left: Article | None = None, right: Article | None = None, *,
                 comparison: Comparison | None = None, articles: list[Article] | None = None,
                 theme: str | None = None, themes: tuple[list[Theme], list[str]] | None = None,
                 remember_theme: bool = True, opened: Opened | None = None, review: Review | None = None) -> None:
        """``comparison``: the two articles already compared (small pairs are compared before
        the app starts, so the first frame is the finished one); otherwise a worker does it.
        ``themes``: the themes and theme-file errors already found (by the command line), else
        they are read here. ``articles``: several articles (without ``left`` and ``right``): their
        coverage screen. ``opened``: the review session the command line resolved for the pair;
        ``review``: a review already open on ``comparison`` (for a screenshot)."""
        super().__init__()
        self.left_article = left
        self.right_article = right
        self.comparison = comparison
        self.opened = opened
        self.review = review
        self.articles = articles or []
        self.requested_theme = theme
        self.remember = remember_theme
        self.theme_errors: list[str] = []
        self._themes_ready = False
        self._register_themes(themes)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return domain_defaults(self.current_theme.dark)

    def _register_themes(self, found: tuple[list[Theme], list[str]] | None) -> None:
        from tui.config import load_config

        themes, errors = found if found is not None else discover_themes(theme_directories())
        for theme in themes:
            self.register_theme(theme)
        config, warnings = load_config()
        self.theme_errors = errors + warnings
        self.keymap = self._valid_keymap(config.keys or {})
        if self.keymap:
            self.set_keymap(self.keymap)
        wanted = self.requested_theme or config.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            self.theme_errors.append(f"theme {wanted!r} is not installed; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self.theme = wanted
        self._themes_ready = True

    def _valid_keymap(self, keys: dict[str, str]) -> dict[str, str]:
        """The user's key overrides whose binding ids exist; a warning for each that does not."""
        if not keys:  # (the ids are collected by importing every screen: only when there is a keymap)
            return {}
        from tui.config import config_path, display_path, suggestion

        known = binding_ids()
        valid = {}
        for binding_id, key in keys.items():
            if binding_id in known:
                valid[binding_id] = key
            else:
                self.theme_errors.append(f"{display_path(config_path())}: keys: no binding {binding_id!r} (ignored)"
                                         f"{suggestion(binding_id, sorted(known))}")
        return valid

    def on_mount(self) -> None:
        if self.theme_errors:
            self.notify("\n".join(self.theme_errors), title="Themes and settings", severity="warning", timeout=12,
                        markup=False)
        if self.left_article is not None and self.right_article is not None:
            from tui.screens.comparison import ComparisonScreen

            self.push_screen(ComparisonScreen(self.left_article, self.right_article, self.comparison, self.opened,
                                              review=self.review))
        else:
            from tui.screens.coverage import CoverageScreen

            self.push_screen(CoverageScreen(self.articles))

    def watch_theme(self, theme: str) -> None:
        if self._themes_ready and self.remember and self.is_running:
            from tui.config import remember_theme

            error = remember_theme(theme)
            if error:
                self.notify(error, severity="warning", markup=False)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
