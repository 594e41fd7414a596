"""Themes: the bundled YAML themes load, read well (WCAG contrast, colour-blind distance) and work in
Textual; broken theme files give one-line errors naming the file and are never executed."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
import yaml
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Static

from tui.resources import themes_dir
from tui.theming import (
    DEFAULT_THEME,
    DOMAIN_VARIABLES,
    LIGHT_DOMAIN_VARIABLES,
    THEME_KEYS,
    ThemeError,
    discover_themes,
    domain_defaults,
    load_theme_file,
    load_themes,
    theme_directories,
)

BUNDLED = {"dark.yaml": "diptych-dark", "light.yaml": "diptych-light", "contrast.yaml": "diptych-contrast"}
BACKGROUND_VARIABLES = [
    "finding-verbatim", "finding-paraphrase", "finding-contradiction", "finding-selected", "finding-search",
]
TEXT_VARIABLES = [name for name in DOMAIN_VARIABLES if name not in BACKGROUND_VARIABLES]
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}


# --- colour arithmetic (WCAG 2 contrast; Machado et al. 2009 dichromacy; CIELAB distance) ---------

def _linear(color: Color) -> tuple[float, float, float]:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return channel(color.r), channel(color.g), channel(color.b)


def relative_luminance(colour: str) -> float:
    r, g, b = _linear(Color.parse(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


DICHROMACY = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


def _lab(colour: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(Color.parse(colour))
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in DICHROMACY[vision])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def distance(a: str, b: str, vision: str) -> float:
    """CIE76 colour difference of ``a`` and ``b`` as seen with ``vision``."""
    return math.dist(_lab(a, vision), _lab(b, vision))


def test_colour_helpers_match_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # protanopes and deuteranopes see pure red and green as much the same
    assert distance("#cc0000", "#008800", "normal") > 100
    assert distance("#cc0000", "#008800", "deuteranopia") < distance("#cc0000", "#008800", "normal") / 2


# --- the bundled themes ----------------------------------------------------------------------------

def bundled_themes():
    return {name: load_theme_file(themes_dir() / file) for file, name in BUNDLED.items()}


def bundled_raw(file: str) -> dict:
    return yaml.safe_load((themes_dir() / file).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def themes():
    return bundled_themes()


THEME_NAMES = list(BUNDLED.values())


def test_bundled_files_are_the_three_themes():
    assert sorted(p.name for p in themes_dir().glob("*.yaml")) == sorted(BUNDLED)
    assert DEFAULT_THEME in THEME_NAMES


@pytest.mark.parametrize("file", list(BUNDLED))
def test_bundled_file_is_complete_and_says_what_it_is_for(file):
    text = (themes_dir() / file).read_text(encoding="utf-8")
    assert text.startswith("# "), "a comment at the top says what the theme is for"
    raw = bundled_raw(file)
    assert raw["name"] == BUNDLED[file]
    assert isinstance(raw["dark"], bool)
    for key in ("primary", "secondary", "accent", "foreground", "background", "surface", "panel",
                "warning", "error", "success"):
        assert key in raw, key
    assert set(raw["variables"]) == set(DOMAIN_VARIABLES), "every domain variable is set explicitly"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_bundled_theme_loads_with_all_domain_variables(themes, name):
    theme = themes[name]
    assert theme.name == name
    assert set(theme.variables) == set(DOMAIN_VARIABLES)
    for value in theme.variables.values():
        Color.parse(value)


def test_the_defaults_are_the_dark_and_light_themes_values(themes):
    assert themes["diptych-dark"].variables == DOMAIN_VARIABLES
    assert themes["diptych-light"].variables == LIGHT_DOMAIN_VARIABLES
    assert themes["diptych-dark"].dark and not themes["diptych-light"].dark
    assert domain_defaults(True) == DOMAIN_VARIABLES
    assert domain_defaults(False) == LIGHT_DOMAIN_VARIABLES
    domain_defaults(True)["finding-verbatim"] = "red"
    assert DOMAIN_VARIABLES["finding-verbatim"] != "red", "domain_defaults returns a copy"


def test_domain_variable_names_are_exactly_the_agreed_ones():
    assert list(DOMAIN_VARIABLES) == [
        "finding-verbatim", "finding-paraphrase", "finding-contradiction", "finding-selected",
        "finding-unreported", "finding-search", "entity-person", "entity-org", "entity-gpe",
        "entity-loc", "entity-date", "entity-time", "entity-number",
    ]
    assert set(LIGHT_DOMAIN_VARIABLES) == set(DOMAIN_VARIABLES)


@pytest.mark.parametrize(("name", "variable"), itertools.product(THEME_NAMES, BACKGROUND_VARIABLES))
def test_foreground_text_on_finding_backgrounds_is_readable(themes, name, variable):
    """The convention: finding backgrounds at full strength, the theme's foreground as text."""
    theme = themes[name]
    ratio = contrast(theme.foreground, theme.variables[variable])
    assert ratio >= 4.5, f"{name}: foreground on {variable} is only {ratio:.2f}:1"


@pytest.mark.parametrize(("name", "variable"), itertools.product(THEME_NAMES, BACKGROUND_VARIABLES))
def test_finding_backgrounds_softened_with_alpha_stay_readable(themes, name, variable):
    """``$finding-verbatim 45%`` over the background or the surface: Textual blends toward that colour."""
    theme = themes[name]
    for base in (theme.background, theme.surface):
        for alpha in (0.25, 0.5, 0.75):
            blended = Color.parse(base).blend(Color.parse(theme.variables[variable]), alpha).hex
            ratio = contrast(theme.foreground, blended)
            assert ratio >= 4.5, f"{name}: foreground on {variable} at {alpha:.0%} over {base} is {ratio:.2f}:1"


@pytest.mark.parametrize(("name", "variable"), itertools.product(THEME_NAMES, TEXT_VARIABLES))
def test_text_colours_are_readable_on_background_surface_and_panel(themes, name, variable):
    theme = themes[name]
    for level in ("background", "surface", "panel"):
        ratio = contrast(theme.variables[variable], getattr(theme, level))
        assert ratio >= 4.5, f"{name}: {variable} on {level} is only {ratio:.2f}:1"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_unreported_is_muted_but_not_the_same_as_the_text(themes, name):
    theme = themes[name]
    assert contrast(theme.variables["finding-unreported"], theme.background) < contrast(theme.foreground,
                                                                                          theme.background)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_contradiction_is_the_strongest_finding_colour(themes, name):
    """It stands out from the background more than the overlaps and the selection do (CIELAB distance)."""
    theme = themes[name]
    strength = {v: distance(theme.variables[v], theme.background, "normal") for v in BACKGROUND_VARIABLES}
    del strength["finding-search"]  # a transient highlight while searching may be as loud
    assert max(strength, key=lambda v: strength[v]) == "finding-contradiction", strength


@pytest.mark.parametrize(("name", "vision"), itertools.product(THEME_NAMES, DICHROMACY))
def test_overlap_and_contradiction_differ_for_colour_blind_readers(themes, name, vision):
    """Not red against green alone: far apart (CIELAB) even as a protanope, deuteranope or tritanope sees them."""
    v = themes[name].variables
    for overlap in ("finding-verbatim", "finding-paraphrase"):
        assert distance(v[overlap], v["finding-contradiction"], vision) >= 30, (name, overlap, vision)


@pytest.mark.parametrize(("name", "vision"), itertools.product(THEME_NAMES, DICHROMACY))
def test_finding_backgrounds_are_told_apart_from_each_other_and_the_background(themes, name, vision):
    theme = themes[name]
    colours = {v: theme.variables[v] for v in BACKGROUND_VARIABLES} | {"background": theme.background}
    for (a, x), (b, y) in itertools.combinations(colours.items(), 2):
        assert distance(x, y, vision) >= 9, f"{name}: {a} and {b} look alike with {vision}"


def test_contrast_theme_is_high_contrast_and_uses_okabe_ito(themes):
    theme = themes["diptych-contrast"]
    assert contrast(theme.foreground, theme.background) >= 20
    for variable in BACKGROUND_VARIABLES:
        assert contrast(theme.foreground, theme.variables[variable]) >= 5, variable
    for variable in TEXT_VARIABLES:
        if variable.startswith("entity-"):
            assert theme.variables[variable].upper() in OKABE_ITO, variable
    for key in ("primary", "secondary", "accent", "warning", "error", "success"):
        assert getattr(theme, key).upper() in OKABE_ITO, key


def test_light_theme_suits_printing(themes):
    theme = themes["diptych-light"]
    assert relative_luminance(theme.background) >= 0.95, "a white page"
    assert contrast(theme.foreground, theme.background) >= 12
    for variable in BACKGROUND_VARIABLES:
        assert relative_luminance(theme.variables[variable]) >= 0.3, f"{variable} too dark to print as a tint"


# --- Textual accepts them ----------------------------------------------------------------------------

class ThemedApp(App):
    """A tiny app using the domain variables the way diptych's stylesheet does."""

    CSS = """
    #contradiction { background: $finding-contradiction; color: $foreground; }
    #person { color: $entity-person; }
    """

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return domain_defaults(self.current_theme.dark)

    def compose(self) -> ComposeResult:
        yield Static("four million euros", id="contradiction")
        yield Static("Ana Souza", id="person")


@pytest.mark.parametrize("name", THEME_NAMES)
async def test_textual_registers_and_applies_each_bundled_theme(themes, name):
    theme = themes[name]
    app = ThemedApp()
    app.register_theme(theme)
    async with app.run_test() as pilot:
        app.theme = name
        await pilot.pause()
        assert app.current_theme.name == name
        for variable, value in theme.variables.items():
            assert app.theme_variables[variable] == value
        contradiction = Color.parse(theme.variables["finding-contradiction"])
        assert app.query_one("#contradiction").styles.background == contradiction
        assert app.query_one("#person").styles.color == Color.parse(theme.variables["entity-person"])


@pytest.mark.parametrize(("builtin", "defaults"), [("textual-dark", DOMAIN_VARIABLES), ("textual-light",
                                                                                          LIGHT_DOMAIN_VARIABLES)])
async def test_textual_builtin_themes_get_the_domain_defaults(builtin, defaults):
    app = ThemedApp()
    async with app.run_test() as pilot:
        app.theme = builtin
        await pilot.pause()
        assert app.query_one("#person").styles.color == Color.parse(defaults["entity-person"])


# --- loading user themes --------------------------------------------------------------------------

def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_minimal_theme_gets_every_domain_variable(tmp_path):
    theme = load_theme_file(write(tmp_path, "mini.yaml", 'name: mini\nprimary: "#ff8800"\n'))
    assert theme.name == "mini" and theme.primary == "#ff8800"
    assert theme.dark is True
    assert theme.variables == DOMAIN_VARIABLES


def test_a_light_theme_gets_the_light_defaults_and_keeps_its_own(tmp_path):
    theme = load_theme_file(write(tmp_path, "paper.yaml", """
name: paper
dark: false
primary: "#0b5cad"
background: "#fffff8"
variables:
  entity-person: "#7a3300"
"""))
    assert theme.dark is False
    assert theme.background == "#fffff8"
    assert theme.variables == {**LIGHT_DOMAIN_VARIABLES, "entity-person": "#7a3300"}


def test_dark_follows_the_background_when_left_out(tmp_path):
    light = load_theme_file(write(tmp_path, "a.yaml", 'name: a\nprimary: blue\nbackground: "#f0f0f0"\n'))
    dark = load_theme_file(write(tmp_path, "b.yaml", 'name: b\nprimary: blue\nbackground: "#101010"\n'))
    assert (light.dark, dark.dark) == (False, True)
    assert light.variables == LIGHT_DOMAIN_VARIABLES


def test_every_optional_key_is_passed_to_textual(tmp_path):
    text = 'name: full\ndark: true\nluminosity_spread: 0.2\ntext_alpha: 1\nboost: "#ffffff10"\n' + "".join(
        f'{key}: "#123456"\n' for key in THEME_KEYS if key not in {"name", "dark", "luminosity_spread", "text_alpha",
                                                                   "boost", "variables"})
    theme = load_theme_file(write(tmp_path, "full.yaml", text))
    assert theme.luminosity_spread == 0.2 and theme.text_alpha == 1.0 and theme.boost == "#ffffff10"
    assert theme.panel == "#123456"


BROKEN = {
    "bad colour": ('name: my\nprimary: blurple\n', "'primary' is not a colour: 'blurple' (did you mean 'purple'?)"),
    "unknown key": ('name: my\nprimary: "#fff"\nprimry: "#000"\n', "unknown key 'primry' (did you mean 'primary'?)"),
    "not YAML": ('name: my\nprimary: "#fff"\nvariables: [a\n  b: c\n', "not valid YAML (line "),
    "python tag": ('name: my\nprimary: !!python/object/apply:os.system ["true"]\n',
                   "a !!python/object/apply:os.system tag is not allowed"),
    "repeated key": ('name: my\nprimary: "#fff"\nvariables:\n  entity-org: red\nvariables:\n  entity-loc: blue\n',
                     "key 'variables' appears twice (lines 3 and 5)"),
    "alias": ('name: my\nprimary: &blue "#0072b2"\naccent: *blue\n', "uses a YAML alias of the value on line 2"),
    "a list": ("- name: my\n", "a theme must be a mapping"),
    "empty": ("# nothing here\n", "the file is empty"),
    "no name": ('primary: "#fff"\n', "'name' is missing"),
    "bad name": ('name: My Theme\nprimary: "#fff"\n', "'name' must be lower-case letters"),
    "no primary": ("name: my\n", "'primary' is missing"),
    "unquoted hash": ("name: my\nprimary: #ff0000\n",
                      "'primary' has no value (a colour starting with # must be quoted"),
    "number colour": ("name: my\nprimary: 255\n", "'primary' is not a colour: 255"),
    "dark not bool": ('name: my\nprimary: "#fff"\ndark: "very"\n', "'dark' must be true or false"),
    "unknown variable": ('name: my\nprimary: "#fff"\nvariables:\n  finding-overlap: "#123"\n',
                         "unknown variable 'finding-overlap'"),
    "textual variable": ('name: my\nprimary: "#fff"\nvariables:\n  footer-key-foreground: "#123"\n',
                         "unknown variable 'footer-key-foreground'"),
    "bad variable colour": ('name: my\nprimary: "#fff"\nvariables:\n  entity-org: "#12345"\n',
                            "'variables.entity-org' is not a colour: '#12345'"),
    "variables not a mapping": ('name: my\nprimary: "#fff"\nvariables: red\n', "'variables' must be a mapping"),
    "fraction out of range": ('name: my\nprimary: "#fff"\ntext_alpha: 2\n',
                              "'text_alpha' must be a number from 0 to 1"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_theme_gives_one_line_naming_the_file(tmp_path, case):
    text, expected = BROKEN[case]
    path = write(tmp_path, "my.yaml", text)
    with pytest.raises(ThemeError) as info:
        load_theme_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    assert expected in message


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "my.yaml", 'name: my\nprimary: "#fff"\nsecondary: "#000\n')
    with pytest.raises(ThemeError, match=r"my\.yaml: not valid YAML \(line \d+\)"):
        load_theme_file(path)


def test_a_python_tag_is_refused_and_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    path = write(tmp_path, "evil.yaml",
                 f'name: evil\nprimary: !!python/object/apply:os.system ["touch {marker}"]\n')
    with pytest.raises(ThemeError, match="tag is not allowed"):
        load_theme_file(path)
    themes, errors = discover_themes([tmp_path])
    assert themes == [] and len(errors) == 1 and "tag is not allowed" in errors[0]
    assert not marker.exists()


def test_unreadable_and_odd_files(tmp_path):
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"name: x\nprimary: \xff\xfe\n")
    with pytest.raises(ThemeError, match=r"binary\.yaml: not UTF-8"):
        load_theme_file(binary)
    huge = write(tmp_path, "huge.yaml", "# " + "x" * 300_000 + "\n")
    with pytest.raises(ThemeError, match=r"huge\.yaml: larger than"):
        load_theme_file(huge)
    with pytest.raises(ThemeError, match=r"gone\.yaml: no such file"):
        load_theme_file(tmp_path / "gone.yaml")


def test_discover_returns_good_themes_and_errors_for_bad_ones(tmp_path):
    write(tmp_path, "good.yaml", 'name: good\nprimary: "#336699"\n')
    write(tmp_path, "also-good.YML", 'name: also-good\nprimary: "#336699"\n')
    write(tmp_path, "bad.yaml", "name: bad\nprimary: blurple\n")
    write(tmp_path, "worse.yaml", "name: [\n")
    write(tmp_path, "notes.txt", "not a theme")
    write(tmp_path, ".hidden.yaml", "name: hidden\nprimary: red\n")
    (tmp_path / "folder.yaml").mkdir()
    themes, errors = discover_themes([tmp_path, tmp_path / "missing"])
    assert [t.name for t in themes] == ["also-good", "good"]
    assert len(errors) == 2
    assert errors[0].startswith(f"{tmp_path / 'bad.yaml'}: 'primary' is not a colour")
    assert errors[1].startswith(f"{tmp_path / 'worse.yaml'}: not valid YAML")


def test_a_user_theme_replaces_a_bundled_one_of_the_same_name(tmp_path):
    user = tmp_path / "themes"
    write(user, "mine.yaml", 'name: diptych-dark\nprimary: "#ff00ff"\n')
    write(user, "extra.yaml", 'name: extra\nprimary: "#00ffff"\n')
    themes, errors = discover_themes([themes_dir(), user])
    assert errors == []
    by_name = {t.name: t for t in themes}
    assert by_name["diptych-dark"].primary == "#ff00ff"
    assert by_name["diptych-dark"].variables == DOMAIN_VARIABLES
    assert [t.name for t in themes] == ["diptych-contrast", "diptych-dark", "diptych-light", "extra"]


def test_two_files_with_one_name_in_a_folder_keep_the_first(tmp_path):
    write(tmp_path, "a.yaml", 'name: twin\nprimary: "#111111"\n')
    write(tmp_path, "b.yaml", 'name: twin\nprimary: "#222222"\n')
    themes, errors = discover_themes([tmp_path])
    assert [t.primary for t in themes] == ["#111111"]
    assert errors == [f"{tmp_path / 'b.yaml'}: the name 'twin' is already used by a.yaml"]


def test_a_themes_path_that_is_a_file_is_reported(tmp_path):
    not_a_folder = write(tmp_path, "themes", "")
    themes, errors = discover_themes([not_a_folder])
    assert themes == [] and errors == [f"{not_a_folder}: not a folder, so no themes were read from it"]


def test_theme_directories_are_bundled_then_user(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path))
    assert theme_directories() == [themes_dir(), tmp_path / "themes"]
    write(tmp_path / "themes", "diptych-light.yaml", 'name: diptych-light\ndark: false\nprimary: "#000000"\n')
    themes, errors = load_themes()
    assert errors == []
    assert {t.name: t.primary for t in themes}["diptych-light"] == "#000000"
    assert len(themes) == 3


def test_the_bundled_themes_load_without_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path))
    themes, errors = load_themes()
    assert errors == []
    assert sorted(t.name for t in themes) == sorted(THEME_NAMES)
