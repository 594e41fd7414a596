"""The ``diptych compare`` command line, in process and as a subprocess."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import pytest
import yaml

from tui import __version__
from tui.cli import main
from tui.resources import sample_paths

LEFT = """Ferry Fire Off Calder

A fire broke out on the ferry Northern Star near Calder on Tuesday, killing twelve passengers.
Captain Ivar Dahl said the fire started in the engine room at 4:15 a.m.
Coast guard boats from Norway, Sweden and Denmark joined the rescue.
"""
RIGHT = """Ferry Fire Off Calder

A fire broke out on the ferry Northern Star near Calder on Tuesday, killing fifteen passengers.
Captain Ivar Dahl said the fire started in the engine room at 5:40 a.m.
Coast guard boats from Norway, Sweden and Finland joined the rescue.
"""


@pytest.fixture
def pair(write_pair):
    return write_pair(LEFT, RIGHT)


def run_main(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diptych: ")
    assert "Traceback" not in err


# -- JSON and YAML ---------------------------------------------------------------------------

def check_contract(data: dict, left_path: str, right_path: str) -> None:
    assert data["left"]["path"] == left_path and data["right"]["path"] == right_path
    left_text, right_text = data["left"]["text"], data["right"]["text"]
    assert left_text == LEFT and right_text == RIGHT
    assert data["findings"]
    for f in data["findings"]:
        assert f["kind"] in ("overlap", "contradiction")
        assert isinstance(f["type"], str) and f["type"]
        for side, text in (("left", left_text), ("right", right_text)):
            span = f[side]
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert span["text"] == text[span["start"]:span["end"]]
    assert data["entities"]
    for e in data["entities"]:
        assert e["name"] and e["type"] in ("PERSON", "ORG", "GPE", "LOC", "DATE", "TIME", "NUMBER")
        for side, text in (("left", left_text), ("right", right_text)):
            assert isinstance(e[side], list)
            for start, end in e[side]:
                assert text[start:end] in e["forms"][side]
    summary = data["summary"]
    assert summary["contradictions"] == sum(f["kind"] == "contradiction" for f in data["findings"])
    assert summary["overlaps"] == sum(f["kind"] == "overlap" for f in data["findings"])
    assert summary["entities"] == len(data["entities"])


def contradiction_pairs(data: dict) -> set[tuple[str, str, str]]:
    return {(f["type"], f["left"]["text"], f["right"]["text"])
            for f in data["findings"] if f["kind"] == "contradiction"}


def test_json_output_follows_the_contract(capsys, pair):
    code, out, err = run_main(capsys, "compare", *pair, "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    check_contract(data, *pair)
    assert data["tool"] == {"name": "diptych", "version": __version__}
    expected = {("number", "twelve passengers", "fifteen passengers"), ("time", "4:15 a.m.", "5:40 a.m.")}
    assert expected <= contradiction_pairs(data)
    assert any(t == "membership" for t, _, _ in contradiction_pairs(data))
    people = [e for e in data["entities"] if e["type"] == "PERSON"]
    assert [(e["name"], e["presence"]) for e in people] == [("Ivar Dahl", "both")]


def test_yaml_output_parses_and_matches_json(capsys, pair):
    code, out, _ = run_main(capsys, "compare", *pair, "-f", "yaml")
    assert code == 0
    data = yaml.safe_load(out)
    check_contract(data, *pair)
    _, json_out, _ = run_main(capsys, "compare", *pair, "-f", "json")
    expected = json.loads(json_out)
    for d in (data, expected):
        d.pop("timings_ms")
    assert data == expected


def test_text_output_has_the_counts_line(capsys, pair):
    code, out, err = run_main(capsys, "compare", *pair)
    assert (code, err) == (0, "")
    data = json.loads(run_main(capsys, "compare", *pair, "-f", "json")[1])
    s = data["summary"]
    counts = f"{s['contradictions']} contradictions · {s['overlaps']} overlaps · {s['entities']} entities"
    assert counts in out
    assert "Contradictions" in out and "Overlaps" in out and "Entities" in out
    assert "twelve" in out and "fifteen" in out


def test_paths_without_the_compare_word(capsys, pair):
    code, out, _ = run_main(capsys, *pair, "-f", "json")
    assert code == 0
    assert json.loads(out)["left"]["path"] == pair[0]


def test_stdin_as_one_article(capsys, pair, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RIGHT.encode("utf-8")), encoding="utf-8"))
    code, out, _ = run_main(capsys, "compare", pair[0], "-", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["right"]["path"] == "<stdin>" and data["right"]["text"] == RIGHT


@pytest.mark.parametrize("fmt", ["json", "yaml", "text"])
def test_output_file(capsys, pair, tmp_path, fmt):
    target = tmp_path / f"report.{fmt}"
    code, out, err = run_main(capsys, "compare", *pair, "-f", fmt, "-o", str(target))
    assert (code, out, err) == (0, "", "")
    written = target.read_text(encoding="utf-8")
    if fmt == "json":
        check_contract(json.loads(written), *pair)
    elif fmt == "yaml":
        check_contract(yaml.safe_load(written), *pair)
    else:
        assert re.search(r"\d+ contradictions · \d+ overlaps · \d+ entities", written)
        assert "\x1b" not in written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".diptych-")] == []


def test_output_file_replaces_an_old_one(capsys, pair, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old contents", encoding="utf-8")
    assert run_main(capsys, "compare", *pair, "-f", "json", "-o", str(target))[0] == 0
    check_contract(json.loads(target.read_text(encoding="utf-8")), *pair)


# -- version, help, samples --------------------------------------------------------------------

def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"diptych {__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["compare", "--help"]])
def test_help(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: diptych" in out
    if argv[0] == "compare":
        assert "--format" in out and "--output" in out


@pytest.mark.skipif(len(sample_paths()) < 2, reason="the bundled samples are missing")
def test_no_paths_piped_prints_the_samples_coverage(capsys):
    code, out, err = run_main(capsys)
    assert (code, err) == (0, "")
    assert "Matrix" in out and "Claims" in out and f"{len(sample_paths())} articles" in out


@pytest.mark.skipif(len(sample_paths()) < 2, reason="the bundled samples are missing")
def test_compare_without_paths_compares_the_first_two_samples(capsys):
    argv = ["compare"]
    code, out, err = run_main(capsys, *argv)
    assert (code, err) == (0, "")
    assert re.search(r"\d+ contradictions · \d+ overlaps · \d+ entities", out)
    code, out, _ = run_main(capsys, *argv, "-f", "json")
    assert code == 0
    data = json.loads(out)
    first, second = sample_paths()[:2]
    assert (data["left"]["path"], data["right"]["path"]) == (str(first), str(second))
    assert data["summary"]["aligned_pairs"] > 0 and data["findings"]


@pytest.mark.skipif(len(sample_paths()) < 2, reason="the bundled samples are missing")
def test_samples_command_lists_the_samples(capsys):
    code, out, _ = run_main(capsys, "samples")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == [str(p) for p in sample_paths()]


# -- bad input ---------------------------------------------------------------------------------

@pytest.fixture
def bad_inputs(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ", encoding="utf-8")
    bad_yaml = tmp_path / "bad.md"
    bad_yaml.write_text("---\ntitle: [oops\n---\nThe dam burst.\n", encoding="utf-8")
    return {
        "missing": str(tmp_path / "nowhere.txt"),
        "directory": str(tmp_path),
        "binary": str(binary),
        "empty": str(empty),
        "blank": str(blank),
        "bad-front-matter": str(bad_yaml),
    }


@pytest.mark.parametrize("which", ["missing", "directory", "binary", "empty", "blank", "bad-front-matter"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_bad_input_is_one_line_and_exit_2(capsys, pair, bad_inputs, which, side):
    bad = bad_inputs[which]
    argv = ["compare", bad, pair[1]] if side == "left" else ["compare", pair[0], bad]
    code, out, err = run_main(capsys, *argv, "-f", "json")
    assert code == 2
    assert out == ""
    assert_one_line_error(err)
    assert bad in err


def test_one_path_only_is_bad_input(capsys, pair):
    code, _, err = run_main(capsys, "compare", pair[0])
    assert code == 2
    assert_one_line_error(err)


def test_stdin_twice_is_bad_input(capsys):
    code, _, err = run_main(capsys, "compare", "-", "-")
    assert code == 2
    assert_one_line_error(err)


def test_max_size(capsys, pair):
    code, _, err = run_main(capsys, "compare", *pair, "--max-size", "0.0001")
    assert code == 2
    assert_one_line_error(err)
    assert "--max-size" in err
    assert run_main(capsys, "compare", *pair, "--max-size", "1", "-f", "json")[0] == 0


def test_unwritable_output_is_one_line(capsys, pair, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "out.json"
    code, _, err = run_main(capsys, "compare", *pair, "-f", "json", "-o", str(target))
    assert code == 2
    assert_one_line_error(err)


def test_unwritable_output_names_the_requested_path(capsys, pair, tmp_path):
    target = tmp_path / "missing-dir" / "out.json"
    _, _, err = run_main(capsys, "compare", *pair, "-f", "json", "-o", str(target))
    assert str(target) in err and ".diptych-" not in err


def test_unexpected_failure_is_one_line_and_exit_1(capsys, pair, monkeypatch):
    import tui.engine

    def broken(left, right, progress=None):
        raise RuntimeError("the aligner fell over")

    monkeypatch.setattr(tui.engine, "compare", broken)
    monkeypatch.delenv("DIPTYCH_DEBUG", raising=False)
    code, out, err = run_main(capsys, "compare", *pair)
    assert code == 1
    assert_one_line_error(err)
    assert "internal error" in err and "the aligner fell over" in err


# -- as a separate process -------------------------------------------------------------------------

def subprocess_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TERM", "COLUMNS")}
    env.update(DIPTYCH_NO_SPACY="1", **extra)
    return env


def test_python_dash_m_tui_json(pair):
    proc = subprocess.run([sys.executable, "-m", "tui", "compare", *pair, "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", env=subprocess_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    check_contract(json.loads(proc.stdout), *pair)


def test_python_dash_m_tui_bad_input(tmp_path, pair):
    proc = subprocess.run([sys.executable, "-m", "tui", "compare", str(tmp_path / "nowhere.txt"), pair[1]],
                          capture_output=True, text=True, encoding="utf-8", env=subprocess_env(), timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert_one_line_error(proc.stderr)


def test_no_color_text_output_has_no_escape_characters(pair):
    proc = subprocess.run([sys.executable, "-m", "tui", "compare", *pair],
                          capture_output=True, env=subprocess_env(NO_COLOR="1"), timeout=60)
    assert proc.returncode == 0
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert re.search(r"\d+ contradictions · \d+ overlaps · \d+ entities", out)


HOSTILE = ("The mayor of Calder wrote [bold]x[/bold] and [@click=app.quit] on the wall \x1b[2J of the "
           "town hall on {day}, officials said.\n")


@pytest.mark.parametrize("in_process", [True, False], ids=["in-process", "subprocess"])
def test_markup_and_escape_sequences_in_articles_are_shown_literally(tmp_path, capsys, in_process):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(HOSTILE.format(day="Monday"), encoding="utf-8")
    right.write_text(HOSTILE.format(day="Tuesday"), encoding="utf-8")
    if in_process:
        code, out, _ = run_main(capsys, "compare", str(left), str(right))
    else:
        proc = subprocess.run([sys.executable, "-m", "tui", "compare", str(left), str(right)],
                              capture_output=True, env=subprocess_env(NO_COLOR="1"), timeout=60)
        code, out = proc.returncode, proc.stdout.decode("utf-8")
    assert code == 0
    assert "[bold]x[/bold]" in out
    assert "[@click=app.quit]" in out
    assert "\x1b" not in out
    assert "␛[2J" in out  # the ESC made visible, the rest as written


def test_a_file_name_with_control_characters_is_told_in_one_safe_line(capsys, pair, tmp_path):
    """A hostile file name (escape sequences, a bell, a newline) cannot clear the screen, retitle the
    terminal or split the message: its control characters are shown as symbols."""
    evil = str(tmp_path / "evil\x1b[2J\x1b]0;pwned\x07\nname.txt")
    code, out, err = run_main(capsys, "compare", evil, pair[1])
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert "\x1b" not in err and "\x07" not in err
    assert "␛[2J␛]0;pwned␇ name.txt: no such file" in err


def test_argument_errors_are_told_in_one_safe_line(capsys, pair):
    with pytest.raises(SystemExit) as info:
        main(["compare", *pair, "\x1b]52;c;cGF3bmVk\x07"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "␛]52;c;cGF3bmVk␇" in err
