"""diptych's colour themes: YAML files checked and turned into Textual ``Theme`` objects.

Colour convention (what the bundled themes are designed for and ``tests/test_theming.py`` checks):

- ``finding-verbatim``, ``finding-paraphrase``, ``finding-contradiction``, ``finding-selected`` and
  ``finding-search`` are **background** colours, made to be used at full strength with the theme's
  ``foreground`` as the text colour on them; each gives that text a WCAG contrast of at least 4.5:1.
  Softening one with alpha over ``background`` or ``surface`` (``$finding-verbatim 45%``) keeps at
  least that contrast (checked at 25%, 50% and 75%). They are not text colours: used as ``color``,
  or with ``reverse``, they are too dark in a dark theme (and too pale in a light one) to read.
- ``finding-unreported`` and every ``entity-*`` variable are **text** colours, on the theme's
  ``background``, ``surface`` or ``panel`` (at least 4.5:1 on each), e.g. ``color: $entity-person``
  or a swatch in the sidebar. They are not backgrounds. Inside a highlighted finding the text stays
  ``foreground``; mark an entity there by style (bold, underline), not by colour.
- Overlaps and contradictions never differ by red/green alone: they stay far apart (CIELAB) under
  simulated protanopia, deuteranopia and tritanopia.

Domain variables are the only variables a theme file may set; Textual's own variables (``footer-*``,
``block-cursor-*``...) are refused, so a typo cannot pass silently. The app should return
``domain_defaults(self.current_theme.dark)`` from ``App.get_theme_variable_defaults`` so that
Textual's built-in themes work too.

Importing this module imports Textual's ``Theme`` and ``Color`` (the app needs them anyway), never the app.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.config import ConfigError, config_dir, display_path, read_yaml_file, suggestion
from tui.resources import themes_dir

DEFAULT_THEME = "diptych-dark"
"""The theme used when neither ``--theme`` nor the settings choose one."""

THEME_SUFFIXES = (".yaml", ".yml")
"""File suffixes that ``discover_themes`` reads (case-insensitive)."""

DOMAIN_VARIABLES: dict[str, str] = {
    "finding-verbatim": "#1f4a78",  # background: text both articles share word for word
    "finding-paraphrase": "#2c3350",  # background: text both articles share in other words
    "finding-contradiction": "#a3301f",  # background: the differing words of a contradiction (strongest)
    "finding-selected": "#5a5a5a",  # background: the passage of the selected finding
    "finding-unreported": "#8d949e",  # text: sentences the other article does not report (muted)
    "finding-search": "#7a1fb0",  # background: search matches
    "entity-person": "#f0a35e",  # text: people
    "entity-org": "#6cb6ff",  # text: organisations
    "entity-gpe": "#5fc584",  # text: countries, cities, states
    "entity-loc": "#3fc1b5",  # text: other places (rivers, regions, buildings)
    "entity-date": "#d2a8ff",  # text: dates
    "entity-time": "#f48fc0",  # text: times of day
    "entity-number": "#e3d26f",  # text: numbers and quantities
}
"""Every domain variable with its default for dark themes (the values of ``diptych-dark``)."""

LIGHT_DOMAIN_VARIABLES: dict[str, str] = {
    "finding-verbatim": "#a9c9ef",
    "finding-paraphrase": "#e6e0f5",
    "finding-contradiction": "#ff8e7e",
    "finding-selected": "#b9bec8",
    "finding-unreported": "#5e6670",
    "finding-search": "#ffe066",
    "entity-person": "#8a4800",
    "entity-org": "#0b58c0",
    "entity-gpe": "#176d34",
    "entity-loc": "#00707a",
    "entity-date": "#6c3fb0",
    "entity-time": "#a82a66",
    "entity-number": "#7a5c00",
}
"""The domain variables' defaults for light themes (the values of ``diptych-light``)."""

BASE_COLOURS = (
    "primary", "secondary", "accent", "foreground", "background", "surface", "panel",
    "warning", "error", "success", "boost",
)
"""The Textual base colours a theme file may set (``primary`` is required)."""

_FRACTIONS = ("luminosity_spread", "text_alpha")
THEME_KEYS = ("name", "dark", *BASE_COLOURS, *_FRACTIONS, "variables")
"""Every top-level key a theme file may have."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MAX_NAME = 40


class ThemeError(Exception):
    """A theme file that cannot be used; the message is one line naming the file and the problem."""


def domain_defaults(dark: bool) -> dict[str, str]:
    """A fresh copy of the domain variables' defaults for a dark or a light theme."""
    return dict(DOMAIN_VARIABLES if dark else LIGHT_DOMAIN_VARIABLES)


def _colour(where: str, key: str, value: Any) -> str:
    """``value`` if ``Color.parse`` accepts it, else ``ThemeError``."""
    if value is None:
        raise ThemeError(f"{where}: {key!r} has no value (a colour starting with # must be quoted: \"#1f4a78\")")
    if not isinstance(value, str):
        raise ThemeError(f"{where}: {key!r} is not a colour: {value!r} (write colours in quotes, like \"#1f4a78\")")
    text = value.strip()
    try:
        Color.parse(text)
    except ColorParseError as exc:
        hint = f" (did you mean {exc.suggested_color!r}?)" if exc.suggested_color else ""
        raise ThemeError(f"{where}: {key!r} is not a colour: {value!r}{hint}") from None
    return text


def _fraction(where: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ThemeError(f"{where}: {key!r} must be a number from 0 to 1, not {value!r}")
    return float(value)


def _name(where: str, value: Any) -> str:
    if value is None:
        raise ThemeError(f"{where}: 'name' is missing (a name like 'my-theme' is required)")
    if not isinstance(value, str) or not _SLUG.fullmatch(value) or len(value) > _MAX_NAME:
        raise ThemeError(
            f"{where}: 'name' must be lower-case letters, digits and hyphens, like 'my-theme', not {value!r}"
        )
    return value


def _variables(where: str, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ThemeError(f"{where}: 'variables' must be a mapping of variable names to colours")
    variables = {}
    for key, colour in value.items():
        if key not in DOMAIN_VARIABLES:
            hint = suggestion(str(key), list(DOMAIN_VARIABLES))
            raise ThemeError(f"{where}: unknown variable {str(key)!r}{hint}")
        variables[key] = _colour(where, f"variables.{key}", colour)
    return variables


def load_theme_file(path: Path) -> Theme:
    """The theme in the YAML file ``path``, checked; ``ThemeError`` (one line naming the file) if unusable.

    Rules: the document is a mapping with only the keys in ``THEME_KEYS``; ``name`` (a slug such as
    ``my-theme``) and ``primary`` are required; every colour must parse with ``textual.color.Color``;
    ``dark`` is true or false (if absent, it follows the ``background``'s brightness, else true);
    ``variables`` may set only the domain variables (``DOMAIN_VARIABLES``), and those not set take the
    defaults for a dark or light theme. The file is parsed with ``yaml.safe_load``, so tags such as
    ``!!python/object`` are refused, never run.
    """
    where = display_path(path)
    try:
        data = read_yaml_file(path)
    except FileNotFoundError:
        raise ThemeError(f"{where}: no such file") from None
    except ConfigError as exc:
        raise ThemeError(str(exc)) from None
    if data is None:
        raise ThemeError(f"{where}: the file is empty (a theme needs at least 'name' and 'primary')")
    if not isinstance(data, dict):
        raise ThemeError(f"{where}: a theme must be a mapping of keys to values")
    for key in data:
        if key not in THEME_KEYS:
            raise ThemeError(f"{where}: unknown key {str(key)!r}{suggestion(str(key), list(THEME_KEYS))}")

    name = _name(where, data.get("name"))
    if "primary" not in data:
        raise ThemeError(f"{where}: 'primary' is missing (every theme needs a primary colour)")
    colours: dict[str, Any] = {key: _colour(where, key, data[key]) for key in BASE_COLOURS if key in data}
    fractions: dict[str, Any] = {key: _fraction(where, key, data[key]) for key in _FRACTIONS if key in data}
    dark = data.get("dark")
    if dark is None:
        dark = Color.parse(colours["background"]).brightness < 0.5 if "background" in colours else True
    elif not isinstance(dark, bool):
        raise ThemeError(f"{where}: 'dark' must be true or false, not {dark!r}")
    variables = {**domain_defaults(dark), **_variables(where, data.get("variables"))}
    return Theme(name=name, dark=dark, variables=variables, **colours, **fractions)


def _theme_files(directory: Path, errors: list[str]) -> list[Path]:
    """The theme files in ``directory``, sorted by name; a missing directory has none."""
    try:
        if not directory.exists():
            return []
        if not directory.is_dir():
            errors.append(f"{display_path(directory)}: not a folder, so no themes were read from it")
            return []
        entries = sorted(directory.iterdir(), key=lambda path: path.name)
    except OSError as exc:
        errors.append(f"{display_path(directory)}: cannot be read ({exc.strerror or exc})")
        return []
    return [
        path for path in entries
        if path.suffix.lower() in THEME_SUFFIXES and not path.name.startswith(".") and path.is_file()
    ]


def discover_themes(directories: list[Path]) -> tuple[list[Theme], list[str]]:
    """The themes in every ``*.yaml``/``*.yml`` file of ``directories``, and one line per file that failed.

    Never raises. A theme in a later directory replaces an earlier one of the same name (a user's
    theme can replace a bundled one); within one directory the first file (by name) keeps a name.
    """
    themes: dict[str, Theme] = {}
    errors: list[str] = []
    for directory in directories:
        owners: dict[str, Path] = {}
        for path in _theme_files(directory, errors):
            try:
                theme = load_theme_file(path)
            except ThemeError as exc:
                errors.append(str(exc))
                continue
            if theme.name in owners:
                errors.append(
                    f"{display_path(path)}: the name {theme.name!r} is already used by {owners[theme.name].name}"
                )
                continue
            owners[theme.name] = path
            themes[theme.name] = theme
    return list(themes.values()), errors


def theme_directories() -> list[Path]:
    """Where themes are looked for, in order: the bundled themes, then ``config_dir() / "themes"``."""
    return [themes_dir(), config_dir() / "themes"]


def load_themes() -> tuple[list[Theme], list[str]]:
    """``discover_themes(theme_directories())``: every bundled and user theme, and the errors."""
    return discover_themes(theme_directories())
