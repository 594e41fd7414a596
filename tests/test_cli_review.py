"""The review on the command line: ``diptych LEFT RIGHT`` and ``--session`` find the session,
``diptych sessions`` lists them, ``diptych export`` writes snapshots; bad session files are one
line and exit status 2, and are left as they were."""

from __future__ import annotations

import json

import pytest

from tui.cli import main
from tui.engine import compare, load_article
from tui.review import Review, load_session

from apptexts import FERRY_LEFT, FERRY_RIGHT


@pytest.fixture
def pair(write_pair):
    return write_pair(FERRY_LEFT, FERRY_RIGHT)


def reviewed(pair, path=None) -> Review:
    review = Review.open(compare(load_article(pair[0]), load_article(pair[1])), path=path, reviewer="Ana")
    review.set_verdict(0, "disputed")
    review.set_note(0, "Ask the port authority")
    review.set_cursor(0, 0, 0)
    return review


def test_the_app_gets_the_pairs_session(pair, launched):
    review = reviewed(pair)
    assert main(list(pair)) == 0
    (app,) = launched
    assert app.opened.path == review.path and app.opened.session is not None
    assert main([pair[1], pair[0]]) == 0  # the other way round: the same session, in its order
    assert launched[1].opened.path == review.path and launched[1].left_article.path == pair[0]


def test_a_new_pair_gets_a_new_session_path(pair, launched):
    assert main(list(pair)) == 0
    opened = launched[0].opened
    assert opened.session is None and opened.path.name.endswith(".diptych.yaml")
    assert not opened.path.exists()  # written on the first change, not before


def test_session_option_alone_reopens_its_articles_even_when_they_moved(pair, launched, tmp_path):
    path = tmp_path / "mine.diptych.yaml"
    reviewed(pair, path)
    assert main(["--session", str(path)]) == 0
    assert launched[0].left_article.path.endswith("left.txt")
    for p in pair:
        import os

        os.remove(p)
    assert main(["--session", str(path)]) == 0
    app = launched[1]
    assert app.left_article.text == FERRY_LEFT
    assert any("using the text saved in the session" in n for n in app.opened.notes)


def test_session_option_with_a_pair_uses_that_file(pair, launched, tmp_path):
    path = tmp_path / "elsewhere.yaml"
    assert main([*pair, "--session", str(path)]) == 0
    assert launched[0].opened.path == path


@pytest.mark.parametrize("content, needle", [
    ("reviews: [\n", "not valid YAML"),
    ("a: 1\n", "not a diptych session"),
    ("!!python/object/apply:os.system ['echo hi']\n", "tag is not allowed"),
])
def test_a_corrupt_session_is_one_line_exit_2_and_left_untouched(pair, launched, tmp_path, capsys, content, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert main(["--session", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err and "bad.yaml" in err
    assert path.read_text(encoding="utf-8") == content and not launched
    assert main(["export", str(path), "-f", "json"]) == 2


def test_a_corrupt_pair_session_stops_the_app_with_a_hint(pair, launched, capsys):
    review = reviewed(pair)
    review.path.write_text("format: diptych-session\nversion: [\n", encoding="utf-8")
    assert main(list(pair)) == 2
    err = capsys.readouterr().err
    assert "left untouched" in err and "--session" in err and err.count("\n") == 1


def test_sessions_lists_progress(pair, capsys):
    assert main(["sessions"]) == 0
    assert "No review sessions yet" in capsys.readouterr().out
    review = reviewed(pair)
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert f"1 of {review.progress().total}" in out and review.path.name in out


def test_a_missing_session_file_is_one_line(capsys, tmp_path):
    assert main(["--session", str(tmp_path / "none.yaml")]) == 2
    assert "no such session file" in capsys.readouterr().err


def test_export_json_of_a_session_and_of_a_pair(pair, tmp_path, capsys):
    review = reviewed(pair)
    out = tmp_path / "s.json"
    before = review.path.read_bytes()
    assert main(["export", str(review.path), "-f", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(f.get("verdict") == "disputed" and f.get("note") == "Ask the port authority" for f in data["findings"])
    assert review.path.read_bytes() == before  # exporting never writes the session
    assert main(["export", *pair, "-f", "json"]) == 0  # the pair: its saved review is found
    assert '"disputed"' in capsys.readouterr().out


def test_export_svg_from_the_command_line(pair, tmp_path):
    review = reviewed(pair)
    out = tmp_path / "screen.svg"
    assert main(["export", str(review.path), "-f", "svg", "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "DISPUTED" in svg.replace("&#160;", " ")
    assert load_session(review.path).reviews  # untouched


def test_export_bad_input(pair, capsys):
    assert main(["export", pair[0], "/no/such/file.txt"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    with pytest.raises(SystemExit) as stopped:
        main(["export", pair[0], pair[1], "-f", "docx"])
    assert stopped.value.code == 2


def test_export_csv_file_has_a_byte_order_mark_for_spreadsheets(pair, tmp_path, capsys):
    import csv

    review = reviewed(pair)
    out = tmp_path / "findings.csv"
    assert main(["export", str(review.path), "-f", "csv", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(review.findings) and "disputed" in rows[1] + sum(rows[2:], [])
    assert main(["export", str(review.path), "-f", "csv"]) == 0
    assert not capsys.readouterr().out.startswith("\ufeff")  # to a pipe: plain UTF-8
