"""The command line on the hostile corpus (``tests/hostile.py``): every input that must work is
decoded exactly and compared with offsets into its text; every input that must be refused is one
line on stderr naming the file and the reason, exit status 2, no traceback; nothing in an
article reaches the terminal as a command, the HTML export stays inert, and a ``!!python`` tag in
a session, theme or settings file is refused with a clear message."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import hostile
import pytest
import yaml

from tui.cli import main
from tui.safetext import one_line

DIPTYCH = str(Path(sys.executable).with_name("diptych"))
"""The installed console script: the real entry point."""


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_script(*argv: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TERM", "COLUMNS")}
    return subprocess.run([DIPTYCH, *argv], capture_output=True, env={**clean, "DIPTYCH_NO_SPACY": "1", **env},
                          timeout=120)


def assert_refusal(code: int, out: str, err: str, path: Path | str, reason: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr naming the file and the reason, no traceback, and
    nothing in the line that a terminal would run."""
    assert code == 2, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diptych: ") and "Traceback" not in err
    assert one_line(str(path)) in lines[0]
    assert reason.lower() in lines[0].lower(), lines[0]
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", err)


def check_offsets(data: dict) -> None:
    """Every finding's and entity's offsets index its article's text, and the texts are the slices."""
    texts = {side: data[side]["text"] for side in ("left", "right")}
    for f in data["findings"]:
        for side, text in texts.items():
            span = f[side]
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert span["text"] == text[span["start"]:span["end"]]
            for start, end in f[f"{side}_marks"]:
                assert span["start"] <= start <= end <= span["end"]
    for e in data["entities"]:
        for side, text in texts.items():
            for start, end in e[side]:
                assert 0 <= start < end <= len(text)
                assert text[start:end] in e["forms"][side]


@pytest.fixture
def corpus(tmp_path):
    """``corpus(name)`` -> (sample, partner path), written into this test's folder."""
    return lambda name: hostile.write_pair(name, tmp_path / "corpus")


# --- inputs that must work -----------------------------------------------------------------------


@pytest.mark.parametrize("name", hostile.LOADED)
def test_json_decodes_exactly_and_offsets_index_the_text(capsys, corpus, name):
    sample, partner = corpus(name)
    code, out, err = run_main(capsys, "compare", str(sample.path), str(partner), "--format", "json")
    assert (code, err) == (0, "")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", out)  # escaped: safe on a terminal
    data = json.loads(out)
    expected = hostile.loaded_text(sample)
    if expected is not None:
        assert data["left"]["text"] == expected
    assert data["right"]["text"] == sample.partner
    check_offsets(data)


@pytest.mark.parametrize("name", hostile.LOADED)
def test_text_report_shows_no_control_character(capsys, corpus, name):
    sample, partner = corpus(name)
    code, out, err = run_main(capsys, "compare", str(sample.path), str(partner))
    assert (code, err) == (0, "")
    assert re.search(r"\d+ contradictions · \d+ overlaps · \d+ entities", out)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


@pytest.mark.parametrize("name", ["utf8-ru", "cp1251-uk", "koi8r-ru", "cp1252-fr", "utf16le-bom-uk", "crlf-en",
                                  "script-all"])
def test_a_contradiction_survives_decoding(capsys, corpus, name):
    """The number both versions of the story give differently is found, whatever the bytes were."""
    sample, partner = corpus(name)
    data = json.loads(run_main(capsys, "compare", str(sample.path), str(partner), "-f", "json")[1])
    numbers = {(f["left"]["text"], f["right"]["text"]) for f in data["findings"]
               if f["kind"] == "contradiction" and f["type"] == "number"}
    assert any("214" in a and "241" in b for a, b in numbers) or any("12" in a and "15" in b for a, b in numbers), \
        numbers


@pytest.mark.parametrize("name", [n for n in hostile.ENCODINGS if not n.startswith(("crlf-en", "lone", "mixed"))])
def test_encoding_option_overrides_detection(capsys, corpus, name):
    """``--encoding`` names the encoding of both articles (the partner is written in it too)."""
    sample, partner = corpus(name)
    data = sample.path.read_bytes()
    bom = next((b for b in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff") if data.startswith(b)), b"")
    codec = {b"\xef\xbb\xbf": "utf-8-sig", b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}.get(bom, sample.encoding)
    partner.write_bytes(bom + sample.partner.encode(sample.encoding))
    code, out, err = run_main(capsys, "compare", str(sample.path), str(partner), "-f", "json", "--encoding", codec)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["left"]["text"] == hostile.loaded_text(sample)
    assert data["right"]["text"] == sample.partner


def test_a_wrong_encoding_option_is_obeyed_not_fatal(capsys, corpus):
    """KOI8-R bytes read as Windows-1251 are the wrong letters, as asked: compared all the same."""
    sample, partner = corpus("koi8r-ru")
    code, out, _ = run_main(capsys, "compare", str(sample.path), str(partner), "-f", "json", "--encoding", "cp1251")
    assert code == 0
    data = json.loads(out)
    assert data["left"]["text"] == sample.path.read_bytes().decode("cp1251").replace("\r\n", "\n")
    check_offsets(data)


def test_stdin_in_a_legacy_encoding(corpus):
    sample, partner = corpus("cp1251-uk")
    proc = subprocess.run([DIPTYCH, "compare", "-", str(partner), "-f", "json"], input=sample.path.read_bytes(),
                          capture_output=True, env={**os.environ, "DIPTYCH_NO_SPACY": "1"}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["left"]["text"] == hostile.UK


def test_both_sides_hostile(capsys, tmp_path):
    """Two hostile articles at once, each the other's partner, in both orders."""
    left = hostile.write("everything", tmp_path / "a").path
    right = hostile.write("koi8u-uk", tmp_path / "b").path
    for pair in ((left, right), (right, left)):
        code, out, err = run_main(capsys, "compare", *map(str, pair), "-f", "json")
        assert (code, err) == (0, "")
        check_offsets(json.loads(out))


def test_identical_files_agree_everywhere(capsys, corpus):
    sample, partner = corpus("identical")
    data = json.loads(run_main(capsys, "compare", str(sample.path), str(partner), "-f", "json")[1])
    assert data["summary"]["contradictions"] == 0 and data["summary"]["overlaps"] > 0
    assert all(e["presence"] == "both" for e in data["entities"])


def test_the_same_file_twice(capsys, corpus):
    sample, _ = corpus("script-all")
    data = json.loads(run_main(capsys, "compare", str(sample.path), str(sample.path), "-f", "json")[1])
    assert data["summary"]["contradictions"] == 0
    check_offsets(data)


def test_unrelated_files_share_nothing(capsys, corpus):
    sample, partner = corpus("unrelated")
    data = json.loads(run_main(capsys, "compare", str(sample.path), str(partner), "-f", "json")[1])
    assert data["findings"] == []


def test_yaml_output_of_hostile_text_round_trips(capsys, corpus):
    sample, partner = corpus("everything")
    code, out, _ = run_main(capsys, "compare", str(sample.path), str(partner), "-f", "yaml")
    assert code == 0
    assert yaml.safe_load(out)["left"]["text"] == sample.text


# --- inputs that must be refused -----------------------------------------------------------------


def refused(sample: hostile.Sample, partner: Path, side: str) -> list[str]:
    return [str(sample.path), str(partner)] if side == "left" else [str(partner), str(sample.path)]


def culprit(sample: hostile.Sample, argv: list[str]) -> Path:
    """The file the refusal names: the input, or the first of the two when an option (an encoding)
    refuses both."""
    return Path(argv[0]) if sample.name == "bad-encoding-name" else sample.path


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("name", hostile.REFUSALS)
def test_refusals_are_one_line_naming_the_file_and_exit_2(capsys, corpus, name, side):
    sample, partner = corpus(name)
    argv = refused(sample, partner, side)
    code, out, err = run_main(capsys, "compare", *argv, "-f", "json", *sample.options)
    assert_refusal(code, out, err, culprit(sample, argv), sample.reason)


@pytest.mark.parametrize("name", hostile.REFUSALS)
def test_refusals_stop_the_app_before_it_starts(capsys, corpus, launched, name):
    """``diptych LEFT RIGHT`` on a terminal: the same line, and no app. (A folder with another
    file is a set of articles to the app: an empty one is refused as such.)"""
    sample, partner = corpus(name)
    argv = refused(sample, partner, "left")
    code, out, err = run_main(capsys, *argv, *sample.options)
    reason = "no articles in this folder" if name == "directory" else sample.reason
    assert_refusal(code, out, err, culprit(sample, argv), reason)
    assert launched == []


@pytest.mark.parametrize("name", ["binary-png", "control-in-filename"])
def test_refusals_from_the_installed_command(corpus, name):
    sample, partner = corpus(name)
    for argv in (["compare", str(sample.path), str(partner)], ["export", str(partner), str(sample.path)]):
        proc = run_script(*argv)
        assert_refusal(proc.returncode, proc.stdout.decode(), proc.stderr.decode("utf-8"), sample.path, sample.reason)


def test_the_default_size_limit_is_50_mb(capsys, tmp_path, write_pair):
    _, right = write_pair("x", hostile.EN)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:  # sparse: no disk is used, and nothing is read
        fh.truncate(50 * 1024 * 1024 + 1)
    code, out, err = run_main(capsys, "compare", str(huge), right)
    assert_refusal(code, out, err, huge, "over the 50 MB limit (--max-size)")
    code, out, err = run_main(capsys, "compare", str(huge), right, "--max-size", "51")  # read: all zero bytes
    assert_refusal(code, out, err, huge, "binary")


def test_max_size_is_in_megabytes_either_side_of_the_limit(capsys, tmp_path, write_pair):
    left, right = write_pair(hostile.EN * 20, hostile.EN_OTHER)
    size = Path(left).stat().st_size
    under, over = f"{(size + 1) / 1024 / 1024:.6f}", f"{(size - 1) / 1024 / 1024:.6f}"
    assert run_main(capsys, "compare", left, right, "-f", "json", "--max-size", under)[0] == 0
    code, out, err = run_main(capsys, "compare", left, right, "-f", "json", "--max-size", over)
    assert_refusal(code, out, err, left, "--max-size")


@pytest.mark.parametrize("value", ["0", "-1", "lots", "nan"])
def test_a_bad_max_size_is_refused(capsys, write_pair, value):
    left, right = write_pair(hostile.EN, hostile.EN_OTHER)
    with pytest.raises(SystemExit) as info:
        main(["compare", left, right, "--max-size", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.splitlines()[-1].startswith("diptych: ")


# --- hostile content -----------------------------------------------------------------------------

SGR = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("name", ["everything", "hostile-html"])
def test_coloured_report_on_a_terminal_has_only_diptychs_own_colour_codes(corpus, name):
    """With colours forced on, the escape sequences in the output are diptych's own colour codes
    (SGR, ``ESC [ … m``) and nothing else: no screen clear, title, clipboard write, link or bell."""
    sample, partner = corpus(name)
    proc = run_script("compare", str(sample.path), str(partner), TERM="xterm-256color", FORCE_COLOR="1",
                      COLUMNS="120")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert SGR.search(out), "colours were not forced on"
    rest = SGR.sub(b"", out)
    assert b"\x1b" not in rest and b"\x07" not in rest and b"\x08" not in rest
    assert "\x9b" not in rest.decode("utf-8") and b"\x7f" not in rest
    assert proc.stderr == b""


def test_markup_is_shown_literally_in_the_text_report(capsys, corpus):
    sample, partner = corpus("markup")
    code, out, _ = run_main(capsys, "compare", str(sample.path), str(partner))
    assert code == 0
    unwrapped = re.sub(r"\s+", " ", out)  # (the report wraps long passages)
    shared = hostile.MARKUP[:hostile.MARKUP.rindex("]")]  # the passage both carry, up to the last word
    assert re.sub(r"\s+", " ", shared) in unwrapped


def test_control_sequences_are_visible_symbols_in_the_text_report(capsys, corpus):
    sample, partner = corpus("control")
    out = run_main(capsys, "compare", str(sample.path), str(partner))[1]
    assert "␛[2J␛[H" in out and "␛]52;c;cGF3bmVk␇" in out and "back␈␈spaces" in out


def test_text_report_written_to_a_file_is_plain(capsys, corpus, tmp_path):
    sample, partner = corpus("everything")
    target = tmp_path / "report.txt"
    assert run_main(capsys, "compare", str(sample.path), str(partner), "-o", str(target))[0] == 0
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", target.read_text(encoding="utf-8"))


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside ``<style>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def export_html(capsys, sample: Path, partner: Path) -> str:
    code, out, err = run_main(capsys, "export", str(sample), str(partner), "--format", "html")
    assert code == 0, err
    return out


@pytest.mark.parametrize("name", ["html-text", "everything", "markup", "hostile-markdown", "hostile-html"])
def test_html_export_stays_inert(capsys, corpus, name):
    sample, partner = corpus(name)
    page = export_html(capsys, sample.path, partner)
    parser = _Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "form", "svg", "base", "link"}
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for attr in {"href", "src", "action", "formaction", "xlink:href", "style"} & set(attrs):
            value = (attrs[attr] or "").strip().lower()
            assert "javascript:" not in value and not value.startswith(("data:", "vbscript:")), (tag, attrs)
            assert attr != "href" or value.startswith(("#", "http://", "https://")), (tag, attrs)
        if tag == "meta":  # the report's own policy: nothing is loaded or run
            assert (attrs.get("http-equiv") or "content-security-policy").lower() == "content-security-policy"
            assert "default-src 'none'" in (attrs.get("content") or "") or "http-equiv" not in attrs
    assert page.lower().count("<style") == page.lower().count("</style") == 1
    assert "<script" not in page.lower()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", page)


def test_html_export_keeps_the_hostile_text_as_text(capsys, corpus):
    sample, partner = corpus("html-text")
    page = export_html(capsys, sample.path, partner)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;/style&gt;" in page and "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "javascript:alert(3)" in page  # as text, not in a link


def test_other_exports_carry_no_control_character(capsys, corpus):
    sample, partner = corpus("everything")
    for fmt in ("md", "csv", "json", "yaml"):
        code, out, err = run_main(capsys, "export", str(sample.path), str(partner), "--format", fmt)
        assert code == 0, err
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", out), fmt
        if fmt == "md":
            assert "<script>" not in out


# --- YAML files with a !!python tag -----------------------------------------------------------------

PYTHON_TAG = '!!python/object/apply:os.system ["touch {marker}"]'


@pytest.fixture
def marker(tmp_path):
    """A file that exists only if a !!python tag were run."""
    path = tmp_path / "pwned"
    yield path
    assert not path.exists(), "a !!python tag was run"


def test_a_session_with_a_python_tag_is_refused(capsys, corpus, tmp_path, marker, launched):
    sample, partner = corpus("utf8-ru")
    session = tmp_path / "evil.diptych.yaml"
    session.write_text(f"version: 1\nleft: {PYTHON_TAG.format(marker=marker)}\n", encoding="utf-8")
    before = session.read_bytes()
    for argv in (["--session", str(session), str(sample.path), str(partner)], ["--session", str(session)],
                 ["export", str(session)], ["export", str(sample.path), str(partner), "--session", str(session)]):
        code, out, err = run_main(capsys, *argv)
        assert_refusal(code, out, err, session, "a !!python/object/apply:os.system tag is not allowed")
    assert launched == [] and session.read_bytes() == before


def test_a_python_tag_in_a_found_session_is_listed_not_run(capsys, corpus, marker, tmp_path):
    sessions = Path(os.environ["DIPTYCH_DATA_DIR"]) / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "evil.diptych.yaml").write_text(f"version: 1\nleft: {PYTHON_TAG.format(marker=marker)}\n",
                                                encoding="utf-8")
    code, out, err = run_main(capsys, "sessions")
    assert code == 0
    assert "evil.diptych.yaml" in out and "tag is not allowed" in out


def test_a_theme_with_a_python_tag_is_refused_by_name(capsys, corpus, marker, launched):
    themes = Path(os.environ["DIPTYCH_CONFIG_DIR"]) / "themes"
    themes.mkdir(parents=True)
    (themes / "evil.yaml").write_text(f"name: evil\nprimary: {PYTHON_TAG.format(marker=marker)}\n", encoding="utf-8")
    sample, partner = corpus("utf8-ru")
    code, out, err = run_main(capsys, str(sample.path), str(partner), "--theme", "evil")
    assert_refusal(code, out, err, themes / "evil.yaml", "a !!python/object/apply:os.system tag is not allowed")
    assert "no theme named 'evil'" in err and launched == []


def test_settings_with_a_python_tag_are_told_and_ignored(capsys, corpus, marker, launched):
    config = Path(os.environ["DIPTYCH_CONFIG_DIR"])
    config.mkdir(parents=True)
    (config / "config.yaml").write_text(f"reviewer: {PYTHON_TAG.format(marker=marker)}\n", encoding="utf-8")
    sample, partner = corpus("utf8-ru")
    code, out, err = run_main(capsys, "export", str(sample.path), str(partner), "--format", "json")
    assert code == 0
    assert json.loads(out)["left"]["text"] == hostile.RU
    assert err.splitlines() == [f"diptych: {config / 'config.yaml'}: a !!python/object/apply:os.system tag is not "
                                "allowed; using the default settings"]
    assert run_main(capsys, str(sample.path), str(partner))[0] == 0  # the app starts, and says so in it
    assert any("tag is not allowed" in e for e in launched[0].theme_errors)


def test_front_matter_with_a_python_tag_is_refused(capsys, corpus, marker):
    sample, partner = corpus("utf8-ru")
    evil = sample.path.with_name("evil.md")
    evil.write_text(f"---\ntitle: {PYTHON_TAG.format(marker=marker)}\n---\n{hostile.RU}", encoding="utf-8")
    code, out, err = run_main(capsys, "compare", str(evil), str(partner))
    assert_refusal(code, out, err, evil, "the front matter: a !!python/object/apply:os.system tag is not allowed")


# --- a story's coverage (matrix) of hostile articles ---------------------------------------------


@pytest.fixture
def hostile_folder(tmp_path):
    """A folder of articles in legacy encodings and with hostile content, telling one story."""
    folder = tmp_path / "story"
    for name in ("cp1251-ru", "koi8u-uk", "cp1252-fr", "markup", "html-text", "script-all", "crlf-en"):
        hostile.write(name, folder)
    hostile.write_pair("control", folder)  # the escape sequences in a sentence two outlets share: a claim
    return folder


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_matrix_of_hostile_articles(capsys, hostile_folder, fmt):
    extra = ["--table", "claims"] if fmt == "csv" else []
    code, out, err = run_main(capsys, "matrix", str(hostile_folder), "--format", fmt, *extra)
    assert (code, err) == (0, "")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", out)
    if fmt == "json":
        data = json.loads(out)
        assert len(data["articles"]) == 9
        titles = {a["title"] for a in data["articles"]}
        assert {"Наводнение в Заречье", "Повінь у Заріччі", "Crue à Saint-Rémy-sur-Orne"} <= titles, titles
    else:
        assert "␛[2J" in out


def test_set_export_of_hostile_articles_is_inert(capsys, hostile_folder):
    for fmt in ("html", "csv", "md", "json", "yaml"):
        code, out, err = run_main(capsys, "export", str(hostile_folder), "--format", fmt)
        assert code == 0, err
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", out), fmt
        assert "<script" not in out.lower(), fmt


# --- scale -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_files(tmp_path_factory):
    """A 5 MB article on one line (a PDF copied whole) and a 200,000-word article, written once."""
    folder = tmp_path_factory.mktemp("big")
    one_line, words = folder / "one-line.txt", folder / "words.txt"
    one_line.write_text(hostile.one_line_text(5 * 1024 * 1024), encoding="utf-8")
    words.write_text(hostile.many_words(200_000), encoding="utf-8")
    partner = folder / "partner.txt"
    partner.write_text(hostile.EN, encoding="utf-8")
    return one_line, words, partner


@pytest.mark.parametrize("which", ["5 MB on one line", "200,000 words"])
def test_big_articles_are_compared(capsys, big_files, which):
    big = big_files[0] if which.startswith("5") else big_files[1]
    code, out, err = run_main(capsys, "compare", str(big), str(big_files[2]), "-f", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["left"]["text"] == big.read_text(encoding="utf-8")
    if which.startswith("2"):
        assert data["left"]["words"] >= 185_000
    else:
        assert "\n" not in data["left"]["text"] and len(data["left"]["text"]) == 5 * 1024 * 1024
    assert data["findings"]
    check_offsets(data)
