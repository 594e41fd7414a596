"""Review sessions: ids, verdicts, notes, rules, manual findings, saving, loading, re-attaching."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from tui.engine import Span, compare
from tui.engine.identity import content_id
from tui.engine.model import Finding, Why
from tui.review import Review, SessionError, find_session, list_sessions, load_session, rule_matches
from tui.review.attach import locate
from tui.review.session import Passage

from apptexts import FERRY_LEFT as LEFT
from apptexts import FERRY_RIGHT as RIGHT


@pytest.fixture(autouse=True)
def _own_data(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPTYCH_DATA_DIR", str(tmp_path / "data"))


class Clock:
    """A clock that ticks a second per reading (timestamps are predictable)."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"2026-12-02T10:{self.n // 60:02d}:{self.n % 60:02d}Z"


@pytest.fixture
def pair(make_article):
    def build(left: str = LEFT, right: str = RIGHT):
        return compare(make_article(left, path="/news/left.txt", title="Ferry talks"),
                       make_article(right, path="/news/right.txt", title="Ferry deal"))

    return build


def index_of(comparison, type_: str, left_value: str) -> int:
    for i, f in enumerate(comparison.findings):
        if f.type == type_ and f.why.left == left_value:
            return i
    raise AssertionError(f"no {type_} finding with {left_value!r}: {[str(f.why) for f in comparison.findings]}")


def test_ids_are_content_derived_stable_and_the_same_in_either_order(pair, make_article):
    first, again = pair(), pair()
    assert [f.id for f in first.findings] == [f.id for f in again.findings]
    assert len({f.id for f in first.findings}) == len(first.findings)
    swapped = compare(make_article(RIGHT, path="/news/right.txt"), make_article(LEFT, path="/news/left.txt"))
    assert {f.id for f in swapped.findings} == {f.id for f in first.findings}
    assert all(f.id[0] == {"overlap": "o", "contradiction": "c"}[f.kind] for f in first.findings)


def test_ids_survive_an_edit_elsewhere_and_re_wrapping(pair):
    before = pair()
    edited = LEFT.replace("Ferry talks in Valmora\n", "Ferry talks in Valmora\n\nA first paragraph, on the weather.\n")
    edited = edited.replace("said crews had not been consulted", "said crews had\n  not been consulted")
    after = pair(edited)
    number = before.findings[index_of(before, "number", "12 sailings")].id
    assert number in {f.id for f in after.findings}
    year = before.findings[index_of(before, "date", "2026")].id
    assert year in {f.id for f in after.findings}


def test_the_same_words_in_two_sentences_make_two_ids(pair):
    comparison = pair()
    names = [f for f in comparison.findings if f.type == "name" and f.why.left == "Oyelaran"]
    assert len(names) == 2 and names[0].id != names[1].id
    assert content_id("overlap", "verbatim", "a  b", "c") == content_id("overlap", "verbatim", "c", "a b")


def test_session_round_trip(pair, tmp_path):
    path = tmp_path / "s.diptych.yaml"
    comparison = pair()
    review = Review.open(comparison, path=path, reviewer="Ana", clock=Clock())
    number = index_of(comparison, "number", "12 sailings")
    year = index_of(comparison, "date", "2026")
    review.set_verdict(number, "disputed")
    review.set_note(number, "The company's timetable says 14.\nChecked by phone | Ana")
    review.set_verdict(year, "confirmed")
    manual = review.add_manual("contradiction", "other", Span(0, 22), Span(0, 25), note="Headlines differ")
    review.set_draft(year, "half a thought")
    review.set_cursor(number, 120, 80)
    state = {f.id: (review.verdict(i), review.note(i)) for i, f in enumerate(review.findings)}

    loaded = load_session(path)
    again = Review(pair(), loaded, path, "Ben")
    assert {f.id: (again.verdict(i), again.note(i)) for i, f in enumerate(again.findings)} == state
    assert again.findings[again.index[review.findings[manual].id]].origin == "manual"
    assert again.draft(again.index[comparison.findings[year].id]) == "half a thought"
    assert again.cursor_finding() == again.index[comparison.findings[number].id]
    assert (loaded.cursor.left, loaded.cursor.right) == (120, 80)
    assert str(again.progress()) == str(review.progress())
    record = loaded.reviews[comparison.findings[number].id]
    assert record.reviewer == "Ana" and record.created and record.updated >= record.created
    assert loaded.left.text == LEFT and loaded.left.sha256 == comparison.left.sha256
    assert not again.report.summary  # nothing changed, nothing to say


def test_the_file_is_readable_yaml_with_the_decisions_before_the_texts(pair, tmp_path):
    path = tmp_path / "s.diptych.yaml"
    review = Review.open(pair(), path=path, reviewer="Ana")
    review.set_verdict(0, "confirmed")
    text = path.read_text(encoding="utf-8")
    assert text.index("reviews:") < text.index("articles:") < text.index("text: |")
    data = yaml.safe_load(text)
    assert data["format"] == "diptych-session" and data["progress"]["reviewed"] == 1


def test_an_unreviewed_finding_without_note_leaves_no_record(pair, tmp_path):
    review = Review.open(pair(), path=tmp_path / "s.yaml", reviewer="Ana")
    review.set_verdict(0, "dismissed")
    review.set_verdict(0, "unreviewed")
    assert review.session.reviews == {} and review.progress().reviewed == 0
    with pytest.raises(ValueError):
        review.set_verdict(0, "maybe")


def test_progress_counts_verdicts(pair, tmp_path):
    review = Review.open(pair(), path=tmp_path / "s.yaml", reviewer="Ana")
    total = len(review.findings)
    review.set_verdict(0, "confirmed")
    review.set_verdict(1, "disputed")
    progress = review.progress()
    assert (progress.reviewed, progress.total) == (2, total)
    assert str(progress) == f"2 of {total} reviewed"
    assert progress.by_verdict["confirmed"] == 1 and progress.by_verdict["disputed"] == 1


def test_an_ignore_rule_hides_the_twins_and_can_be_undone(pair, tmp_path):
    comparison = pair()
    review = Review.open(comparison, path=tmp_path / "s.yaml", reviewer="Ana")
    names = [i for i, f in enumerate(comparison.findings) if f.type == "name" and f.why.left == "Oyelaran"]
    rule = review.add_rule(names[0])
    assert rule is not None and rule.label == "Oyelaran / Oyelarin"
    assert review.verdict(names[0]) == "dismissed"
    assert review.hidden == set(names[1:]) and names[0] not in review.hidden
    assert review.progress().hidden == len(names) - 1
    assert review.add_rule(names[0]) is rule  # the same variant: no second rule
    assert load_session(tmp_path / "s.yaml").rules[0].label == "Oyelaran / Oyelarin"
    review.remove_rule(rule.id)
    assert review.hidden == set() and review.session.rules == []
    overlap = next(i for i, f in enumerate(comparison.findings) if f.kind == "overlap")
    assert review.add_rule(overlap) is None  # nothing to ignore in an overlap


def test_a_rule_matches_either_order_and_case(pair, tmp_path):
    comparison = pair()
    review = Review.open(comparison, path=tmp_path / "s.yaml", reviewer="Ana")
    first = index_of(comparison, "name", "Marta Oyelaran")
    rule = review.add_rule(first)
    assert rule is not None
    why = Why("name", "MARTA OYELARIN", "marta oyelaran")
    mirrored = Finding("contradiction", "name", Span(0, 1), Span(0, 1), why, 0)
    assert rule_matches(rule, mirrored)


def test_manual_findings_are_kept_and_marked(pair, tmp_path):
    comparison = pair()
    review = Review.open(comparison, path=tmp_path / "s.yaml", reviewer="Ana")
    left = Span(LEFT.index("Later"), LEFT.index("fares.") + 6)
    right = Span(RIGHT.index("Later"), RIGHT.index("fares.") + 6)
    index = review.add_manual("overlap", "paraphrase", left, right, note="same meeting")
    finding = review.findings[index]
    assert finding.origin == "manual" and finding.id.startswith("m")
    assert review.verdict(index) == "confirmed" and review.note(index) == "same meeting"
    saved = load_session(tmp_path / "s.yaml").reviews[finding.id]
    assert saved.manual and saved.left.text.startswith("Later, Oyelaran")
    assert review.remove_manual(index) and finding.id not in review.index
    assert not review.remove_manual(0)  # an engine finding can only be dismissed


def test_a_write_interrupted_half_way_leaves_the_previous_file_intact(pair, tmp_path, monkeypatch):
    path = tmp_path / "s.yaml"
    review = Review.open(pair(), path=path, reviewer="Ana")
    review.set_verdict(0, "confirmed")
    before = path.read_bytes()

    def crash(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(SessionError, match="cannot be saved"):
        review.set_verdict(1, "disputed")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.yaml"]  # no temporary file left behind
    assert review.unsaved and review.verdict(1) == "disputed"  # kept in memory, saved with the next change
    monkeypatch.undo()
    review.set_note(1, "retry")
    assert load_session(path).reviews[review.findings[1].id].verdict == "disputed"


def test_a_kill_during_a_save_leaves_the_previous_file(pair, tmp_path):
    """A child process killed in the middle of writing a session leaves the old one whole."""
    path = tmp_path / "s.yaml"
    Review.open(pair(), path=path, reviewer="Ana").set_verdict(0, "confirmed")
    before = path.read_bytes()
    code = f"""
import os, signal
from tui.atomic import write_text_atomic
import tui.atomic as atomic
real = os.fsync
def die(fd):
    os.kill(os.getpid(), signal.SIGKILL)
os.fsync = die
write_text_atomic({str(path)!r}, "half" * 100000)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert run.returncode != 0
    assert path.read_bytes() == before
    load_session(path)


@pytest.mark.parametrize("content, problem", [
    ("format: diptych-session\nversion: 1\nreviews: [unclosed\n", "not valid YAML (line"),
    ("!!python/object:os.system {}\n", "tag is not allowed"),
    ("theme: diptych-dark\n", "not a diptych session"),
    ("format: diptych-session\nversion: 99\n", "newer diptych"),
    ("format: diptych-session\nversion: 1\narticles: {left: {sha256: a}, right: {sha256: b}}\n"
     "reviews: {x: {kind: contradiction, verdict: maybe, left: {start: 0, end: 1}, right: {start: 0, end: 1}}}\n",
     "verdict is 'maybe'"),
])
def test_a_corrupt_or_foreign_file_is_reported_and_left_alone(tmp_path, content, problem):
    path = tmp_path / "s.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SessionError) as caught:
        load_session(path)
    message = str(caught.value)
    assert problem in message and "s.yaml" in message and "\n" not in message
    assert path.read_text(encoding="utf-8") == content


def test_binary_and_missing_files(tmp_path):
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\x00\x01\x02format")
    with pytest.raises(SessionError, match="binary"):
        load_session(binary)
    with pytest.raises(SessionError, match="no such session"):
        load_session(tmp_path / "nope.yaml")


def test_an_article_edited_after_review_re_attaches_what_it_can(pair, tmp_path):
    path = tmp_path / "s.yaml"
    comparison = pair()
    review = Review.open(comparison, path=path, reviewer="Ana")
    number = index_of(comparison, "number", "12 sailings")
    year = index_of(comparison, "date", "2026")
    member = index_of(comparison, "membership", "Greece")
    for index in (number, year, member):
        review.set_verdict(index, "confirmed")
    review.set_note(member, "Italy's embassy confirms")
    # the left article is edited: a paragraph added on top, the membership sentence removed,
    # and the pier sentence reworded a little (the year stays)
    edited = LEFT.replace("Officials from Malta and Greece attended the meeting in Valmora.\n", "")
    edited = edited.replace("Ferry talks in Valmora\n", "Ferry talks in Valmora\n\nUpdated at noon with reactions.\n")
    after = pair(edited)
    resumed = Review(after, load_session(path), path, "Ana")
    report = resumed.report
    assert report.changed == ["left"]
    assert resumed.verdict(resumed.index[comparison.findings[number].id]) == "confirmed"
    assert resumed.verdict(resumed.index[comparison.findings[year].id]) == "confirmed"
    assert [r.id for r in report.detached] == [comparison.findings[member].id]
    assert "left passage is no longer" in report.detached[0].detached_reason
    assert "1 could not be re-attached" in report.summary and "left article changed" in report.summary
    saved = load_session(path) if resumed.save() is None else None
    assert saved.detached[0].note == "Italy's embassy confirms"
    assert saved.left.sha256 == after.left.sha256


def test_a_reviewed_finding_the_engine_no_longer_reports_is_kept_at_its_passages(pair, tmp_path):
    path = tmp_path / "s.yaml"
    comparison = pair()
    review = Review.open(comparison, path=path, reviewer="Ana")
    review.set_verdict(0, "disputed")
    session = load_session(path)
    record = next(iter(session.reviews.values()))
    record.id = "c000000000000"  # an engine upgrade renamed it, and no longer finds it
    record.kind, record.type = "overlap", "paraphrase"
    session.reviews = {record.id: record}
    resumed = Review(pair(), session, path, "Ana")
    kept = resumed.findings[resumed.index["c000000000000"]]
    assert kept.origin == "kept" and resumed.verdict(resumed.index["c000000000000"]) == "disputed"
    assert resumed.report.kept == ["c000000000000"]


def test_locate_finds_moved_rewrapped_and_lightly_edited_passages():
    text = "Intro.\nThe mayor said the bridge\nwould reopen in May after repairs to its deck.\nEnd."
    passage = Passage(0, 60, "The mayor said the bridge would reopen in May after repairs to its deck.")
    found = locate(text, passage)
    assert found and text[found.start:found.end].startswith("The mayor")
    edited = text.replace("repairs to its deck", "repairs to the deck")
    fuzzy = locate(edited, passage)
    assert fuzzy and "mayor" in edited[fuzzy.start:fuzzy.end]
    assert locate("Nothing like it here at all, not a word of it.", passage) is None
    assert locate("x 2026 y 2026", Passage(9, 13, "2026")) == Span(9, 13)


def test_sessions_are_found_by_pair_in_either_order_and_listed(pair):
    comparison = pair()
    review = Review.open(comparison, reviewer="Ana")
    review.set_verdict(0, "confirmed")
    assert review.path is not None and review.path.exists()
    assert find_session("/news/left.txt", "/news/right.txt") == review.path
    assert find_session("/news/right.txt", "/news/left.txt") == review.path
    moved = find_session("/elsewhere/a.txt", "/elsewhere/b.txt", comparison.right.sha256, comparison.left.sha256)
    assert moved == review.path
    assert find_session("/elsewhere/a.txt", "/elsewhere/b.txt", "x", "y") is None
    [summary] = list_sessions()
    assert (summary.reviewed, summary.findings) == (1, len(comparison.findings))
    assert summary.left_title == "Ferry talks" and summary.right_title == "Ferry deal"


def test_the_review_modules_do_not_import_textual():
    code = "import sys, tui.review, tui.review.store, tui.review.attach; assert 'textual' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
