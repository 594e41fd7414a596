"""``diptych matrix``: text, JSON and CSV output, bad input, determinism, and no Textual."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import textwrap

import pytest

from tui.cli import main

from coveragetexts import GAZETTE, STORY, write_story


@pytest.fixture
def story_dir(tmp_path):
    return write_story(tmp_path / "story")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report(capsys, story_dir):
    code, out, err = _run(capsys, "matrix", str(story_dir))
    assert code == 0, err
    assert "4 articles · 6 pairs" in out
    for name in ("Harbour Gazette", "Coastal Times", "Daily Ledger", "Evening Post"):
        assert name in out
    assert "Friday — 2 outlets (#1, #2)" in out and "Thursday — 1 outlet (#3)" in out
    assert "silent: #4" in out
    assert "Kiev (#3)" in out
    assert "\x1b[" not in out  # piped: no colours


def test_text_report_to_a_file(capsys, story_dir, tmp_path):
    target = tmp_path / "report.txt"
    code, out, _ = _run(capsys, "matrix", str(story_dir), "-o", str(target))
    assert code == 0 and out == ""
    text = target.read_text(encoding="utf-8")
    assert "Matrix" in text and "Claims" in text and "\x1b[" not in text


def test_files_instead_of_a_folder(capsys, story_dir):
    files = [str(story_dir / n) for n in STORY][:3]
    code, out, err = _run(capsys, "matrix", *files, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [a["name"] for a in data["articles"]] == ["Harbour Gazette", "Coastal Times", "Daily Ledger"]
    assert data["summary"]["pairs"] == 3


def test_json(capsys, story_dir):
    code, out, err = _run(capsys, "matrix", str(story_dir), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["summary"]["articles"] == 4 and data["summary"]["pairs"] == 6
    assert [a["number"] for a in data["articles"]] == [1, 2, 3, 4]
    pairs = {(p["left"], p["right"]): p for p in data["matrix"]}
    assert set(pairs) == {(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)}
    assert pairs[(1, 3)]["contradictions"] >= 1 and pairs[(1, 2)]["contradictions"] == 0
    assert all(0 <= p["left_share"] <= 1 and 0 <= p["right_share"] <= 1 for p in data["matrix"])
    (day,) = [c for c in data["claims"] if "ran aground" in c["text"]]
    assert (day["agreeing"], day["differing"], day["silent"]) == ([1, 2], [3], [4])
    assert [(v["value"], v["count"]) for v in day["points"][0]["variants"]] == [("Friday", 2), ("Thursday", 1)]
    (kyiv,) = [e for e in data["entities"] if e["name"] == "Kyiv"]
    assert kyiv["variants"] == [{"form": "Kyiv", "outlets": [1, 2]}, {"form": "Kiev", "outlets": [3]}]


@pytest.mark.parametrize("table", ["pairs", "claims", "entities"])
def test_csv_tables_parse(capsys, story_dir, table):
    args = ["matrix", str(story_dir), "--format", "csv"] + (["--table", table] if table != "pairs" else [])
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    if table == "pairs":
        assert len(rows) == 6
        assert {(r["left"], r["right"]) for r in rows} == {("1", "2"), ("1", "3"), ("1", "4"), ("2", "3"),
                                                           ("2", "4"), ("3", "4")}
        assert all(0 <= float(r["share"]) <= 1 for r in rows)
    elif table == "claims":
        day = [r for r in rows if "ran aground" in r["claim_text"]]
        assert [r["status"] for r in day] == ["states", "states", "differs", "silent"]
        assert day[2]["version"].endswith("Thursday") and day[3]["sentence"] == ""
    else:
        kyiv = [r for r in rows if r["name"] == "Kyiv"]
        assert [(r["outlet"], r["forms"]) for r in kyiv] == [("1", "Kyiv"), ("2", "Kyiv"), ("3", "Kiev")]


def test_output_is_deterministic(capsys, story_dir):
    outs = []
    for _ in range(2):
        code, out, _ = _run(capsys, "matrix", str(story_dir), "--format", "json")
        data = json.loads(out)
        data.pop("timings_ms"), data.pop("workers")
        outs.append(data)
    assert outs[0] == outs[1]


def _bad(capsys, *argv: str) -> str:
    code, out, err = _run(capsys, *argv)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert lines[-1].startswith("diptych: ")
    return lines[-1]


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no articles" in _bad(capsys, "matrix", str(empty))
    one = write_story(tmp_path / "one", {"a.md": GAZETTE})
    assert "at least two" in _bad(capsys, "matrix", str(one))
    assert "no such file" in _bad(capsys, "matrix", str(tmp_path / "missing"), str(one / "a.md"))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    assert "binary" in _bad(capsys, "matrix", str(binary), str(one / "a.md"))
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n")
    assert "empty" in _bad(capsys, "matrix", str(blank), str(one / "a.md"))
    assert "--table" in _bad(capsys, "matrix", str(one), "--table", "claims")
    with pytest.raises(SystemExit) as exc:  # argparse's own errors: usage, then one line
        main(["matrix", str(one), "--format", "yaml"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("diptych: argument --format")


def test_no_paths_means_the_bundled_samples(capsys):
    from tui.resources import sample_paths

    code, out, err = _run(capsys, "matrix", "--format", "json")
    assert code == 0, err
    n = len(sample_paths())
    data = json.loads(out)
    assert data["summary"]["articles"] == n and data["summary"]["pairs"] == n * (n - 1) // 2


def test_matrix_leaves_textual_out(story_dir):
    code = textwrap.dedent(f"""
        import sys, io, contextlib
        import tui.coverage, tui.coverage.build, tui.coverage.matrix, tui.coverage.claims
        import tui.coverage.entities, tui.coverage.model, tui.coverage.serialise, tui.coverage.sources
        import tui.coverage.report, tui.cli
        for fmt in ("text", "json", "csv"):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                assert tui.cli.main(["matrix", {str(story_dir)!r}, "--format", fmt]) == 0
            assert buf.getvalue()
        assert "textual" not in sys.modules, sorted(m for m in sys.modules if m.startswith("textual"))
        print("headless ok")
    """)
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "headless ok"


def test_many_outlets_are_listed_by_pair(capsys, tmp_path):
    """From 13 outlets on, the matrix is a list of pairs (a grid would not fit)."""
    texts = {}
    for k in range(13):
        name, text = list(STORY.items())[k % 4]
        texts[f"{k:02d}-{name}"] = text.replace("outlet: ", f"outlet: No {k:02d} ", 1)
    code, out, err = _run(capsys, "matrix", str(write_story(tmp_path / "many", texts)))
    assert code == 0, err
    assert "13 articles · 78 pairs" in out
    assert "#1 · #3" in out and "more pairs (--format csv lists all)" in out


def test_progress_line(capsys):
    from tui.cli import _progress_line

    show = _progress_line()
    show("prepare", 1.0)
    for k in range(1, 201):
        show("pairs", k / 200)
    show("entities", 1.0)
    err = capsys.readouterr().err
    assert err.count("\rdiptych matrix: pairs") == 101  # each whole per cent once
    assert err.endswith("\r\x1b[K")
