"""``diptych [LEFT RIGHT]`` opens the app on a terminal and prints the report otherwise;
its bad input is one line and exit status 2 (the app itself is not run here)."""

from __future__ import annotations

import pytest

from tui.cli import main

from apptexts import LEFT, RIGHT


@pytest.fixture
def pair(write_pair):
    return write_pair(LEFT, RIGHT)


def test_two_paths_open_the_app_with_the_comparison_ready(pair, launched):
    assert main(list(pair)) == 0
    (app,) = launched
    assert app.left_article.path == pair[0] and app.right_article.path == pair[1]
    assert app.comparison is not None  # a small pair is compared before the app starts


def test_no_paths_open_the_samples_coverage(launched):
    assert main([]) == 0
    (app,) = launched
    assert app.left_article is None and len(app.articles) >= 2


def test_theme_option_is_passed_on(pair, launched):
    assert main([*pair, "--theme", "diptych-light"]) == 0
    assert launched[0].requested_theme == "diptych-light"


def test_unknown_theme_is_one_line_and_exit_2(pair, launched, capsys):
    assert main([*pair, "--theme", "no-such-theme"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-theme" in err and "diptych-dark" in err
    assert not launched


@pytest.mark.parametrize("argv,needle", [
    (["{left}"], "two articles"),
    (["-", "{right}"], "standard input"),
    (["{left}", "{missing}"], "missing"),
])
def test_bad_app_input_is_one_line_and_exit_2(argv, needle, pair, launched, capsys, tmp_path):
    names = {"left": pair[0], "right": pair[1], "missing": str(tmp_path / "missing.txt")}
    code = main(["open", *[a.format(**names) for a in argv]])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and needle in err
    assert "Traceback" not in err and not launched


def test_without_a_terminal_the_report_is_printed(pair, capsys):
    assert main(list(pair)) == 0
    out = capsys.readouterr().out
    assert "contradiction" in out and "\x1b" not in out


def test_report_flags_keep_meaning_compare(pair, capsys):
    import json

    assert main([*pair, "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["contradictions"] >= 1


def test_a_theme_whose_file_was_refused_says_why(pair, launched, capsys, tmp_path, monkeypatch):
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "evil.yaml").write_text("name: evil\nprimary: !!python/object/apply:os.system ['true']\n",
                                      encoding="utf-8")
    assert main([*pair, "--theme", "evil"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no theme named 'evil'" in err
    assert f"{themes / 'evil.yaml'}: a !!python/object/apply:os.system tag is not allowed" in err
    assert not launched


def test_export_says_when_the_settings_are_broken(pair, capsys, tmp_path):
    config = tmp_path / "config" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("reviewer: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    assert main(["export", *pair, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{")
    assert err == (f"diptych: {config}: a !!python/object/apply:os.system tag is not allowed; "
                   "using the default settings\n")
