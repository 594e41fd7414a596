"""Exports of a set's review: the made-up story by four outlets (``coveragetexts``), with claim
verdicts and notes in the set's session and one pair reviewed in a session of its own. Every
format carries every outlet and claim with its review; nothing from an article runs or loads;
sessions are read, never written."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from test_export_html import Page
from test_export_markdown import table_rows

from tui import __version__
from tui.cli import main
from tui.coverage import build_coverage
from tui.coverage.serialise import coverage_dict
from tui.coverage.sources import load_articles
from tui.engine import compare
from tui.export.common import VERDICT_LABELS
from tui.export.sets import SET_FORMATS, find_pair_reviews, open_set_review, render_set
from tui.export.sets.common import stance
from tui.export.sets.csvfile import HEADER
from tui.review import Review, SessionError, sessions_dir
from tui.review.sets import ClaimRecord, SetReview, SetSession, session_yaml, set_session_path

from coveragetexts import GAZETTE, LEDGER, STORY, write_story

EXPORTED = "2026-03-04T05:06:07Z"
CLOCK = "2026-03-01T09:00:00Z"
NOTE = "Coast guard log: Friday | called twice\nThe Ledger ran a correction."
PAIR_NOTE = "Called the coast guard: it was Friday."


def _clock() -> str:
    return CLOCK


def coverage_of(folder: Path):
    return build_coverage(load_articles([str(folder)]), workers=1)


def review_story(folder: Path) -> tuple[SetReview, Review]:
    """The story's set reviewed (3 of its 4 claims, a note on the disputed one), and the pair
    Harbour Gazette / Daily Ledger reviewed on its own (the day of the grounding confirmed)."""
    cov = coverage_of(folder)
    set_review = SetReview.open(cov, reviewer="Ana", clock=_clock)
    disputed = next(i for i, c in enumerate(cov.claims) if c.disputed)
    set_review.set_verdict(disputed, "disputed")
    set_review.set_note(disputed, NOTE)
    others = [i for i in range(len(cov.claims)) if i != disputed]
    set_review.set_verdict(others[0], "confirmed")
    set_review.set_verdict(others[1], "dismissed")
    set_review.set_note(others[1], "=1+1 is not a formula <b>here</b>")
    gazette, ledger = cov.outlets[0].article, cov.outlets[2].article
    pair = Review.open(compare(gazette, ledger), reviewer="Ana", clock=_clock)
    day = next(i for i, f in enumerate(pair.findings) if f.kind == "contradiction")
    pair.set_verdict(day, "confirmed")
    pair.set_note(day, PAIR_NOTE)
    return set_review, pair


@pytest.fixture
def story(tmp_path) -> Path:
    return write_story(tmp_path / "story")


@pytest.fixture
def reviewed(story):
    """The story's set review as an export opens it (read-only), and the pair's review."""
    set_review, pair = review_story(story)
    return open_set_review(set_review.coverage, reviewer="Ana"), pair


def session_files() -> dict[str, tuple[bytes, int]]:
    folder = sessions_dir()
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())} if folder.is_dir() \
        else {}


def squeeze(text: str) -> str:
    return " ".join(text.split())


# --- HTML ---------------------------------------------------------------------------------------


def test_html_has_every_outlet_claim_verdict_note_and_the_matrix(reviewed):
    set_review, _ = reviewed
    cov = set_review.coverage
    out = render_set(set_review, "html", exported_at=EXPORTED)
    page = Page(out)
    text = squeeze(page.text)
    outlets = squeeze(page.ids["outlets"])
    for o in cov.outlets:
        a = o.article
        for needle in (o.name, a.title, a.sha256, a.path, str(a.word_count)):
            assert needle in outlets, needle
    for i, claim in enumerate(cov.claims):
        block = squeeze(page.ids[f"claim-{claim.id}"])
        assert squeeze(claim.text) in block
        assert VERDICT_LABELS[set_review.verdict(i)] in block
        assert squeeze(set_review.note(i)) in block
        for s in claim.sentences:
            assert squeeze(s.text) in block
    # the disputed claim: each version with its outlets and count, agree / differ / silent apart
    disputed = squeeze(page.ids[f"claim-{next(c for c in cov.claims if c.disputed).id}"])
    assert re.search(r"Friday\s*2 outlets: #1 Harbour Gazette, #2 Coastal Times\s*"
                     r"Thursday\s*1 outlet: #3 Daily Ledger", disputed)
    assert re.search(r"Agree\s*#1 Harbour Gazette, #2 Coastal Times\s*Differ\s*#3 Daily Ledger\s*"
                     r"Silent\s*#4 Evening Post", disputed)
    assert '<mark>Thursday</mark>' in out and '<mark>Friday</mark>' in out
    assert NOTE.split("\n")[0] in text
    # the matrix: a row per outlet, a cell per other outlet with its share and contradictions
    matrix = squeeze(page.ids["matrix"])
    n = len(cov.outlets)
    for i in range(n):
        cells = ["·" if i == j else f"{cov.cell(i, j).share_of(i):.0%}{cov.cell(i, j).contradictions}"
                 for j in range(n)]
        assert f"#{i + 1} {cov.outlets[i].name}" + "".join(cells) in matrix
    assert out.count('<td style="background:#') == len(cov.outlets) * (len(cov.outlets) - 1)
    assert "Review progress: 3 of 4 claims reviewed" in text
    for needle in (f"diptych {__version__}", EXPORTED, "Ana", str(set_session_path(cov))):
        assert needle in squeeze(page.ids["provenance"]), needle


def test_html_names_are_spelled_by_outlet(reviewed):
    set_review, _ = reviewed
    page = Page(render_set(set_review, "html", exported_at=EXPORTED))
    names = squeeze(page.ids["names"])
    assert "Kyiv (#1, #2)" in names and "Kiev (#3)" in names and "spelled differently" in names
    kyiv = names[names.index("Kyiv"):]
    assert kyiv.index("Kyiv (#1, #2)") < kyiv.index("Lisbon") or kyiv.index("Kiev (#3)") < kyiv.index("Lisbon")


def test_html_shows_the_pairs_reviewed_in_their_own_sessions(reviewed):
    set_review, pair = reviewed
    before = session_files()
    out = render_set(set_review, "html", exported_at=EXPORTED)
    assert session_files() == before  # the pair's session (and the set's) read, not written
    pairs = squeeze(Page(out).ids["pairs"])
    assert "#1 Harbour Gazette⇄#3 Daily Ledger" in pairs
    assert f"1 of {pair.progress().total} findings reviewed" in pairs
    assert "Confirmed" in pairs and PAIR_NOTE in pairs
    assert "Friday" in pairs and "Thursday" in pairs and "date" in pairs
    assert str(pair.path) in pairs
    # numbered as in the pair's own export
    from tui.export.common import entries

    number = next(en.number for en in entries(pair) if en.note)
    assert re.search(rf'<tr id="p1-3-f{number}"', out)


def test_html_without_any_review(story):
    cov = coverage_of(story)
    set_review = open_set_review(cov, reviewer="Bo")
    assert set_review.path is None
    page = Page(render_set(set_review, "html", exported_at=EXPORTED))
    text = squeeze(page.text)
    assert "Review progress: 0 of 4 claims reviewed" in text
    assert "No pair of these outlets has a review of its own" in text
    assert "(none saved: no claim reviewed yet)" in text
    assert not sessions_dir().exists()


def test_detached_claim_reviews_are_listed(story, tmp_path):
    cov = coverage_of(story)
    gone = ClaimRecord("kdeadbeef0000", "The ship sank in a storm.", ["The ship sank in a storm."], "disputed",
                       "Nobody reported a storm.", "Ana", CLOCK, CLOCK)
    path = tmp_path / "story.set.diptych.yaml"
    path.write_text(session_yaml(SetSession([], {gone.id: gone}, created=CLOCK, updated=CLOCK)), encoding="utf-8")
    set_review = open_set_review(cov, path, reviewer="Ana")
    page = Page(render_set(set_review, "html", exported_at=EXPORTED, pair_reviews=[]))
    detached = squeeze(page.ids["detached"])
    assert "The ship sank in a storm." in detached and "Nobody reported a storm." in detached
    assert "Disputed" in detached and "no longer stated together" in detached
    data = json.loads(render_set(set_review, "json", exported_at=EXPORTED, pair_reviews=[]))
    assert [d["text"] for d in data["review"]["detached"]] == ["The ship sank in a storm."]
    assert "Nobody reported a storm." in render_set(set_review, "md", exported_at=EXPORTED, pair_reviews=[])


HOSTILE = ("A crowd held a sign reading <script>alert(1)</script> and </style> by the pier at Varnholm, "
           "with <img src=http://x.test/p.gif> and javascript:alert(2) on it.\n")


def test_markup_in_articles_stays_text_and_nothing_loads(tmp_path):
    texts = dict(STORY)
    texts["a-gazette.md"] = GAZETTE.replace("outlet: Harbour Gazette", 'outlet: Harbour <b onclick="x()">Gazette</b>')
    texts["e-wire.txt"] = HOSTILE + LEDGER.split("---\n", 2)[2]
    texts["f-blog.txt"] = HOSTILE + "The cargo ship Marisol ran aground off the port of Varnholm on Friday.\n"
    folder = write_story(tmp_path / "hostile", texts)
    cov = coverage_of(folder)
    assert any("<script>" in c.text for c in cov.claims)
    set_review = open_set_review(cov, reviewer="Ana")
    out = render_set(set_review, "html", exported_at=EXPORTED)
    page = Page(out)
    assert [t for t, _ in page.tags].count("style") == 1
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed", "source", "base"), tag
        assert not any(name.startswith("on") for name in attrs), attrs
        assert not {"src", "srcset", "background", "poster", "data"} & set(attrs), (tag, attrs)
        assert not any((v or "").strip().lower().startswith("javascript:") for v in attrs.values())
    for literal in ("<script>alert(1)</script>", "</style>", "<img src=http://x.test/p.gif>",
                    'Harbour <b onclick="x()">Gazette</b>'):
        assert literal in page.text, literal
    css = out[out.index("<style>"):out.index("</style>")].lower()
    assert "@import" not in css and "url(" not in css and "http" not in css
    assert "default-src 'none'" in out
    assert all(h.startswith("#") for t, a in page.tags if t == "a" and (h := a.get("href")))


def test_it_prints_like_the_pair_report(reviewed):
    out = render_set(reviewed[0], "html", exported_at=EXPORTED)
    css = out[out.index("<style>"):out.index("</style>")]
    assert "size: A4" in css and "section.page { break-before: page; }" in css and "--background: #ffffff;" in css
    assert out.count('<section class="page"') == 7


# --- Markdown, CSV, JSON ------------------------------------------------------------------------


def test_markdown_tables_keep_their_shape(reviewed):
    set_review, pair = reviewed
    cov = set_review.coverage
    out = render_set(set_review, "md", exported_at=EXPORTED)
    lines = out.splitlines()
    assert lines[0] == "# Coverage: one story, 4 outlets"
    assert "3 of 4 claims reviewed" in lines[4] and "disputed 1" in lines[4]
    tables: list[list[list[str]]] = []
    previous = False
    for line in lines:  # consecutive table lines make one table
        if line.startswith("|"):
            if not previous:
                tables.append([])
            tables[-1].append(re.split(r"(?<!\\)\|", line)[1:-1])
        previous = line.startswith("|")
    for table in tables:
        assert len({len(row) for row in table}) == 1, table[0]
    outlets, matrix, claims, names, findings = tables
    assert len(outlets) == 2 + len(cov.outlets) and len(matrix) == 2 + len(cov.outlets)
    assert len(matrix[0]) == 1 + len(cov.outlets)
    assert len(claims) == 2 + len(cov.claims) and len(claims[0]) == 7
    first = claims[2]  # disputed first
    assert "day: **Friday** — 2 (#1, #2); Thursday — 1 (#3)" in first[1]
    assert [c.strip() for c in first[2:5]] == ["#1, #2", "#3", "#4"]
    assert first[5].strip() == "Disputed (Ana)"
    assert first[6].strip() == "Coast guard log: Friday \\| called twice<br>The Ledger ran a correction."
    assert "&lt;b&gt;here&lt;/b&gt;" in out and "<b>" not in out
    kyiv = next(r for r in names if r[0].strip() == "Kyiv")
    assert "**Kyiv** (#1, #2)" in kyiv[3] and "**Kiev** (#3)" in kyiv[3]
    assert "### #1 Harbour Gazette / #3 Daily Ledger" in out
    assert len(findings) == 3 and PAIR_NOTE in findings[2][5]
    assert len(table_rows(out)) == sum(len(t) for t in tables)


def test_csv_has_a_row_per_claim_and_outlet_and_round_trips(reviewed):
    set_review, _ = reviewed
    cov = set_review.coverage
    out = render_set(set_review, "csv", exported_at=EXPORTED)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == HEADER
    assert len(rows) == 1 + len(cov.claims) * len(cov.outlets)
    records = [dict(zip(HEADER, r, strict=True)) for r in rows[1:]]
    for i, claim in enumerate(cov.claims):
        mine = [r for r in records if r["claim"] == claim.id]
        assert [int(r["outlet"]) for r in mine] == [o.index + 1 for o in cov.outlets]
        for r in mine:
            o = int(r["outlet"]) - 1
            assert r["outlet_name"] == cov.outlets[o].name and r["claim_text"] == claim.text
            assert r["stance"] == stance(claim, o)
            assert r["verdict"] == set_review.verdict(i)
            assert r["review_id"] == set_review.ids[i]
            note = set_review.note(i)
            assert r["note"] == ("'" + note if note.startswith("=") else note)  # the formula guard
    ledger = next(r for r in records if r["outlet_name"] == "Daily Ledger" and r["stance"] == "differs")
    assert ledger["versions"] == "day: Thursday" and "Thursday" in ledger["sentence"]
    assert any(r["note"] == NOTE for r in records)  # newlines and pipes survive
    assert {r["stance"] for r in records} == {"states", "differs", "silent"}


def test_json_and_yaml_are_a_superset_of_the_coverage(reviewed):
    set_review, pair = reviewed
    cov = set_review.coverage
    data = json.loads(render_set(set_review, "json", exported_at=EXPORTED))
    base = json.loads(json.dumps(coverage_dict(cov)))
    for key, value in base.items():
        assert data[key] == value, key
    review = data["review"]
    assert [c["claim"] for c in review["claims"]] == [c.id for c in cov.claims]
    for i, c in enumerate(review["claims"]):
        assert (c["verdict"], c["note"], c["review_id"]) == (set_review.verdict(i), set_review.note(i),
                                                             set_review.ids[i])
        assert c["reviewer"] == ("Ana" if c["verdict"] != "unreviewed" else "")
    assert review["progress"] == {"reviewed": 3, "claims": 4, "by_verdict": {"disputed": 1, "confirmed": 1,
                                                                             "dismissed": 1, "unreviewed": 1}}
    assert review["session"] == str(set_session_path(cov)) and review["exported_at"] == EXPORTED
    assert review["detached"] == []
    [p] = data["pairs"]
    assert (p["left"], p["right"], p["left_name"], p["right_name"]) == (1, 3, "Harbour Gazette", "Daily Ledger")
    assert p["session"] == str(pair.path) and p["progress"]["reviewed"] == 1
    [f] = p["findings"]
    assert (f["kind"], f["verdict"], f["note"], f["reviewer"]) == ("contradiction", "confirmed", PAIR_NOTE, "Ana")
    assert "Friday" in f["left"]["text"] and "Thursday" in f["right"]["text"]
    assert yaml.safe_load(render_set(set_review, "yaml", exported_at=EXPORTED)) == data


def test_pairs_are_found_by_their_texts_when_the_articles_moved(reviewed, story, tmp_path):
    _, pair = reviewed
    moved = tmp_path / "moved"
    story.rename(moved)
    found = find_pair_reviews(coverage_of(moved), "Ana")
    assert [(p.left, p.right, p.path) for p in found] == [(0, 2, pair.path)]


def test_a_broken_pair_session_is_listed_not_fatal(reviewed):
    set_review, pair = reviewed
    pair.path.write_text("format: [unclosed", encoding="utf-8")
    [found] = find_pair_reviews(set_review.coverage, "Ana")
    assert found.review is None and found.problem
    assert "⇄" in Page(render_set(set_review, "html", exported_at=EXPORTED, pair_reviews=[found])).ids["pairs"]


def test_the_export_review_is_read_only(reviewed):
    set_review, _ = reviewed
    before = session_files()
    with pytest.raises(SessionError):
        set_review.set_verdict(0, "confirmed")
    assert session_files() == before


def test_unknown_format(reviewed):
    assert "yaml" in SET_FORMATS
    with pytest.raises(ValueError, match="unknown set export format"):
        render_set(reviewed[0], "docx", pair_reviews=[])


# --- the command line ---------------------------------------------------------------------------


def test_cli_exports_a_folder_without_writing_any_session(reviewed, story, tmp_path, capsys):
    set_review, pair = reviewed
    before = session_files()
    assert len(before) == 2  # the set's session and the pair's
    out = tmp_path / "set.html"
    assert main(["export", str(story), "-f", "html", "-o", str(out)]) == 0
    assert session_files() == before
    page = Page(out.read_text(encoding="utf-8"))
    text = squeeze(page.text)
    assert "Review progress: 3 of 4 claims reviewed" in text and NOTE.split("\n")[0] in text and PAIR_NOTE in text
    assert "exported html" in capsys.readouterr().err
    # the set session file itself, in JSON; three files; CSV to a file with a byte order mark
    assert main(["export", str(set_session_path(set_review.coverage)), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["review"]["progress"]["reviewed"] == 3 and data["pairs"][0]["session"] == str(pair.path)
    files = [str(story / name) for name in sorted(STORY)][:3]
    assert main(["export", *files, "-f", "md"]) == 0
    assert "# Coverage: one story, 3 outlets" in capsys.readouterr().out
    csv_out = tmp_path / "set.csv"
    assert main(["export", str(story), "-f", "csv", "-o", str(csv_out)]) == 0
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfclaim,claim_text,")
    assert session_files() == before


def test_cli_pair_export_still_works(story, capsys):
    a, b = str(story / "a-gazette.md"), str(story / "c-ledger.md")
    assert main(["export", a, b, "-f", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Fact-check: Cargo ship runs aground off Varnholm / ")
    assert not sessions_dir().exists()


@pytest.mark.parametrize("args", [
    ["{story}", "-f", "svg"],
    ["{story}/a-gazette.md", "{story}/b-times.md", "{story}/no-such.md"],
    ["{story}/none.set.diptych.yaml"],
    ["{story}/bad.set.diptych.yaml"],
    ["{story}/bad.set.diptych.yaml", "--session", "x.set.diptych.yaml"],
    ["{story}", "--session", "{story}/bad.set.diptych.yaml"],
    ["{story}/empty"],
])
def test_cli_bad_input_is_one_line_and_exit_2(story, capsys, args):
    (story / "bad.set.diptych.yaml").write_text("format: diptych-session\nversion: 1\n", encoding="utf-8")
    (story / "empty").mkdir()
    assert main([a.format(story=story) for a in ["export", *args]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("diptych: ") and err.count("\n") == 1, err
