"""User settings: config.yaml is read leniently (warnings, never an exception), written atomically with
unknown keys and comments kept, and never overwritten when it is broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest
import yaml

from tui.config import (
    Config,
    ConfigError,
    config_dir,
    config_path,
    display_path,
    load_config,
    remember_theme,
    save_config,
)


@pytest.fixture
def cfg_dir(tmp_path, monkeypatch) -> Path:
    """An empty config folder that does not exist yet, used through $DIPTYCH_CONFIG_DIR."""
    folder = tmp_path / "config"
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(folder))
    return folder


def write_config(cfg_dir: Path, text: str | bytes) -> Path:
    cfg_dir.mkdir(parents=True, exist_ok=True)
    path = cfg_dir / "config.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def assert_one_line_naming(warnings: list[str], path: Path, fragment: str) -> None:
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f"{path}: "), warnings[0]
    assert "\n" not in warnings[0]
    assert fragment in warnings[0], warnings[0]


def test_config_dir_comes_from_the_environment_or_the_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path))
    assert config_dir() == tmp_path
    assert config_path() == tmp_path / "config.yaml"
    monkeypatch.delenv("DIPTYCH_CONFIG_DIR")
    assert config_dir() == Path(platformdirs.user_config_dir("diptych", appauthor=False))
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", "")
    assert config_dir() == Path(platformdirs.user_config_dir("diptych", appauthor=False))


def test_display_path_shortens_the_home_folder():
    assert display_path(Path.home() / ".config" / "diptych") == os.path.join("~", ".config", "diptych")
    assert display_path("/elsewhere/x.yaml") == "/elsewhere/x.yaml"


def test_a_missing_file_gives_the_defaults_quietly_and_creates_nothing(cfg_dir):
    assert load_config() == (Config(), [])
    assert not cfg_dir.exists()


def test_an_empty_file_gives_the_defaults(cfg_dir):
    write_config(cfg_dir, "# nothing yet\n")
    assert load_config() == (Config(), [])


def test_round_trip(cfg_dir):
    config = Config(theme="diptych-light", reviewer="Ana Souza")
    save_config(config)
    assert load_config() == (config, [])
    assert sorted(os.listdir(cfg_dir)) == ["config.yaml"], "no temporary files left behind"


def test_saving_unset_settings_removes_them(cfg_dir):
    save_config(Config(theme="nord", reviewer="Ana"))
    save_config(Config(theme="nord"))
    data = yaml.safe_load((cfg_dir / "config.yaml").read_text(encoding="utf-8"))
    assert data == {"theme": "nord"}


def test_unknown_keys_are_reported_and_kept(cfg_dir):
    path = write_config(cfg_dir, "themee: nord\nfuture_setting: [1, 2]\n")
    config, warnings = load_config()
    assert config == Config()
    assert len(warnings) == 2
    assert warnings[0] == f"{path}: unknown key 'themee' (ignored) (did you mean 'theme'?)"
    assert warnings[1].startswith(f"{path}: unknown key 'future_setting'")
    save_config(Config(theme="diptych-contrast"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data == {"themee": "nord", "future_setting": [1, 2], "theme": "diptych-contrast"}


def test_a_wrong_type_is_reported_and_the_rest_is_used(cfg_dir):
    path = write_config(cfg_dir, "theme: 5\nreviewer: Ana\n")
    config, warnings = load_config()
    assert config == Config(reviewer="Ana")
    assert_one_line_naming(warnings, path, "'theme' must be text, not a number")


def test_a_multi_line_reviewer_is_refused(cfg_dir):
    path = write_config(cfg_dir, 'reviewer: "Ana\\nSouza"\n')
    config, warnings = load_config()
    assert config == Config()
    assert_one_line_naming(warnings, path, "'reviewer' must be one line")


@pytest.mark.parametrize(("text", "fragment"), [
    ("theme: [nord\n", "not valid YAML (line "),
    ("- theme\n- nord\n", "must be a mapping of settings, not a list"),
    ("just words\n", "must be a mapping of settings, not str"),
    (b"theme: \xff\xfe\n", "not UTF-8 text"),
    ("when: 2024-13-45\n", "not valid YAML"),
    ("theme: nord\nreviewer: Ana\ntheme: gruvbox\n", "key 'theme' appears twice (lines 1 and 3)"),
    ("a: &x [1, 2]\nb: [*x, *x]\n", "uses a YAML alias"),
])
def test_a_corrupt_file_is_reported_and_left_byte_for_byte(cfg_dir, text, fragment):
    path = write_config(cfg_dir, text)
    before = path.read_bytes()
    config, warnings = load_config()
    assert config == Config()
    assert_one_line_naming(warnings, path, fragment)
    assert warnings[0].endswith("using the default settings")
    with pytest.raises(ConfigError, match="not saved, the file was left as it is") as info:
        save_config(Config(theme="nord"))
    assert "\n" not in str(info.value) and str(info.value).startswith(f"{path}: ")
    message = remember_theme("nord")
    assert message is not None and message.startswith(f"{path}: ") and "not saved" in message
    assert path.read_bytes() == before
    assert sorted(os.listdir(cfg_dir)) == ["config.yaml"]


def test_a_python_tag_in_the_config_is_refused_and_not_executed(cfg_dir, tmp_path):
    marker = tmp_path / "pwned"
    path = write_config(cfg_dir, f'theme: !!python/object/apply:os.system ["touch {marker}"]\n')
    before = path.read_bytes()
    config, warnings = load_config()
    assert config == Config()
    assert_one_line_naming(warnings, path, "a !!python/object/apply:os.system tag is not allowed")
    assert remember_theme("nord") is not None
    assert not marker.exists()
    assert path.read_bytes() == before


def test_a_config_that_is_a_folder_is_reported(cfg_dir):
    (cfg_dir / "config.yaml").mkdir(parents=True)
    config, warnings = load_config()
    assert config == Config()
    assert_one_line_naming(warnings, cfg_dir / "config.yaml", "cannot be read")
    assert remember_theme("nord") is not None


def test_remember_theme_creates_the_folder_and_the_file(cfg_dir):
    assert remember_theme("diptych-light") is None
    text = (cfg_dir / "config.yaml").read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert load_config() == (Config(theme="diptych-light"), [])


def test_remember_theme_changes_only_the_theme_and_keeps_comments(cfg_dir):
    original = (
        "# my settings\n"
        "reviewer: Ana   # that's me\n"
        "theme: nord\n"
        "\n"
        "# for a later version\n"
        "export_format: pdf\n"
    )
    path = write_config(cfg_dir, original)
    assert remember_theme("diptych-contrast") is None
    assert path.read_text(encoding="utf-8") == original.replace("theme: nord", "theme: diptych-contrast")
    config, warnings = load_config()
    assert config == Config(theme="diptych-contrast", reviewer="Ana")
    assert len(warnings) == 1 and "export_format" in warnings[0]


def test_remember_theme_appends_when_there_is_no_theme_yet(cfg_dir):
    path = write_config(cfg_dir, "# settings\nreviewer: Ana")  # no final newline
    assert remember_theme("gruvbox") is None
    assert path.read_text(encoding="utf-8") == "# settings\nreviewer: Ana\ntheme: gruvbox\n"


def test_a_value_the_line_edit_cannot_handle_is_rewritten_whole(cfg_dir):
    path = write_config(cfg_dir, "theme: >\n  diptych-\n  dark\nreviewer: Ana\n")
    assert remember_theme("nord") is None
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"theme": "nord", "reviewer": "Ana"}


def test_a_quoted_key_is_not_duplicated(cfg_dir):
    path = write_config(cfg_dir, '# mine\n"theme": nord\n')
    assert remember_theme("gruvbox") is None
    assert load_config() == (Config(theme="gruvbox"), [])
    assert path.read_text(encoding="utf-8").count("theme") == 1


def test_values_that_look_like_other_yaml_types_stay_text(cfg_dir):
    save_config(Config(theme="yes", reviewer="O'Brien: 2024"))
    assert load_config() == (Config(theme="yes", reviewer="O'Brien: 2024"), [])


def test_a_config_folder_that_is_a_file_is_reported(cfg_dir):
    cfg_dir.parent.mkdir(parents=True, exist_ok=True)
    cfg_dir.write_text("a file where the folder should be")
    config, warnings = load_config()
    assert config == Config() and len(warnings) == 1 and "cannot be read" in warnings[0]
    message = remember_theme("nord")
    assert message is not None and "\n" not in message and "not saved" in message
    assert cfg_dir.read_text() == "a file where the folder should be"


def test_remember_theme_reports_a_write_failure(cfg_dir, monkeypatch):
    def refuse(path, text, encoding="utf-8"):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr("tui.config.write_text_atomic", refuse)
    message = remember_theme("nord")
    assert message == f"{cfg_dir / 'config.yaml'}: cannot be written (Permission denied)"
    with pytest.raises(ConfigError, match="cannot be written"):
        save_config(Config(theme="nord"))


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlinked_config_is_written_through(cfg_dir, tmp_path):
    target = tmp_path / "dotfiles" / "diptych.yaml"
    target.parent.mkdir()
    target.write_text("reviewer: Ana\n", encoding="utf-8")
    cfg_dir.mkdir()
    (cfg_dir / "config.yaml").symlink_to(target)
    assert remember_theme("nord") is None
    assert (cfg_dir / "config.yaml").is_symlink()
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == {"reviewer": "Ana", "theme": "nord"}


def test_config_module_does_not_import_textual(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env["DIPTYCH_CONFIG_DIR"] = str(tmp_path)
    code = (
        "import sys, tui.config\n"
        "tui.config.load_config(); tui.config.remember_theme('nord')\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
