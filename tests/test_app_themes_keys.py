"""Themes in the app (chosen, remembered, user files, broken files) and key remapping."""

from __future__ import annotations

import pytest
import yaml

from tui.app import DiptychApp
from tui.engine import article_from_text
from tui.screens.comparison import ComparisonScreen

from apptexts import LEFT, RIGHT


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    path = tmp_path / "config"
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(path))
    return path


def make_app(**kwargs) -> DiptychApp:
    return DiptychApp(article_from_text(LEFT, "left.txt"), article_from_text(RIGHT, "right.txt"), **kwargs)


async def test_default_theme_is_diptych_dark(config_dir):
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "diptych-dark"


async def test_theme_option_and_the_choice_is_remembered(config_dir):
    app = make_app(theme="diptych-light")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "diptych-light"
        app.theme = "diptych-contrast"  # as the theme picker does
        await pilot.pause()
    saved = yaml.safe_load((config_dir / "config.yaml").read_text(encoding="utf-8"))
    assert saved["theme"] == "diptych-contrast"
    again = make_app()
    async with again.run_test() as pilot:
        await pilot.pause()
        assert again.theme == "diptych-contrast"


async def test_a_users_theme_file_is_picked_up(config_dir):
    (config_dir / "themes").mkdir(parents=True)
    (config_dir / "themes" / "newsroom.yaml").write_text(
        'name: newsroom\ndark: false\nprimary: "#004488"\nbackground: "#fffff0"\n', encoding="utf-8")
    app = make_app(theme="newsroom")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "newsroom"
        assert app.theme_variables["finding-contradiction"]  # domain colours filled in from defaults


async def test_a_broken_theme_file_is_reported_not_fatal(config_dir):
    (config_dir / "themes").mkdir(parents=True)
    (config_dir / "themes" / "broken.yaml").write_text("name: broken\nprimary: blurple\n", encoding="utf-8")
    (config_dir / "themes" / "evil.yaml").write_text("!!python/object/apply:os.system ['true']\n",
                                                       encoding="utf-8")
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "diptych-dark"
        messages = " ".join(n.message for n in app._notifications)
        assert "broken.yaml" in messages and "blurple" in messages and "evil.yaml" in messages
        assert isinstance(app.screen, ComparisonScreen)


async def test_keys_in_the_settings_remap_bindings(config_dir):
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "config.yaml").write_text("keys:\n  finding.next: ctrl+n\n  no.such.binding: z\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        await pilot.press("ctrl+n")
        assert screen.selected >= 0
        messages = " ".join(n.message for n in app._notifications)
        assert "no.such.binding" in messages
