"""Reviewing a whole set: a verdict and note per claim, saved at once, resumed, re-attached when
the articles change; in the app, the claims view's keys."""

from __future__ import annotations

import pytest

from tui.app import DiptychApp
from tui.coverage.build import build_coverage
from tui.coverage.sources import load_articles
from tui.review import SessionError
from tui.review.sets import SetReview, claim_id, load_set_session, set_session_path
from tui.screens.coverage import CoverageScreen
from tui.screens.note import NoteScreen
from tui.widgets.coverage_views import ClaimsView

from coveragetexts import GAZETTE, write_story


@pytest.fixture
def story(tmp_path):
    return write_story(tmp_path / "story")


def coverage_of(folder):
    return build_coverage(load_articles([str(folder)]), workers=1)


def disputed(coverage) -> int:
    return next(i for i, c in enumerate(coverage.claims) if c.disputed)


def test_verdicts_and_notes_are_saved_at_once_and_resumed(story):
    coverage = coverage_of(story)
    review = SetReview.open(coverage, reviewer="Ana")
    index = disputed(coverage)
    review.set_verdict(index, "confirmed")
    review.set_note(index, "The coast guard log says Friday | checked")
    assert review.path == set_session_path(coverage) and review.path.exists()
    saved = load_set_session(review.path)
    record = saved.claims[claim_id(coverage.claims[index])]
    assert (record.verdict, record.note, record.reviewer) == ("confirmed", "The coast guard log says Friday | checked",
                                                               "Ana")
    again = SetReview.open(coverage_of(story), reviewer="Ben")
    assert again.verdict(index) == "confirmed" and str(again.progress()).startswith("1 of ")
    again.set_verdict(index, "unreviewed")
    again.set_note(index, "")
    assert load_set_session(again.path).claims == {}


def test_claim_ids_are_content_derived(story):
    first, second = coverage_of(story), coverage_of(story)
    assert [claim_id(c) for c in first.claims] == [claim_id(c) for c in second.claims]
    assert len({claim_id(c) for c in first.claims}) == len(first.claims)


def test_a_review_follows_its_claim_when_an_outlet_is_added_and_is_detached_when_it_is_gone(story, tmp_path):
    coverage = coverage_of(story)
    review = SetReview.open(coverage, path=tmp_path / "set.yaml", reviewer="Ana")
    index = disputed(coverage)
    review.set_verdict(index, "disputed")
    sentences = set(coverage.claims[index].sentences[0].text.split())
    (story / "e-extra.md").write_text(GAZETTE.replace("Harbour Gazette", "Extra Wire"), encoding="utf-8")
    grown = coverage_of(story)
    resumed = SetReview.open(grown, path=tmp_path / "set.yaml", reviewer="Ana")
    assert sum(resumed.verdict(i) == "disputed" for i in range(len(grown.claims))) == 1
    assert not resumed.newly_detached
    for f in story.iterdir():  # every sentence of the claim gone
        text = f.read_text(encoding="utf-8")
        f.write_text("\n".join(line for line in text.splitlines() if not set(line.split()) >= sentences)
                     + "\n", encoding="utf-8")
    shrunk = coverage_of(story)
    last = SetReview.open(shrunk, path=tmp_path / "set.yaml", reviewer="Ana")
    assert [r.verdict for r in last.session.detached] == ["disputed"]
    assert "could not be re-attached" in last.summary


def test_a_corrupt_set_session_is_reported_and_left_alone(story, tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text("format: diptych-set-session\nversion: 1\nclaims: {k1: {verdict: maybe}}\n", encoding="utf-8")
    with pytest.raises(SessionError, match="verdict is 'maybe'"):
        SetReview.open(coverage_of(story), path=path)
    assert "maybe" in path.read_text(encoding="utf-8")


async def test_claim_keys_in_the_app(story):
    app = DiptychApp(articles=load_articles([str(story)]), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, CoverageScreen) and screen.review is not None
        await pilot.press("y")  # on the matrix: a hint, nothing changes
        assert screen.review.progress().reviewed == 0
        await pilot.press("2", "d")
        view = screen.query_one(ClaimsView)
        assert screen.review.verdict(view.current) == "disputed"
        assert "1 of" in str(screen.query_one("#coverage-status").content)
        await pilot.press("i", *"ask the port", "ctrl+s")
        await pilot.pause()
        assert screen.review.note(view.current) == "ask the port"
        await pilot.press("i", "x")
        assert isinstance(pilot.app.screen, NoteScreen)
        await pilot.press("escape")
        saved = load_set_session(screen.review.path)
        assert [r.verdict for r in saved.claims.values()] == ["disputed"] and saved.drafts == {}
        await pilot.press("backspace")
        assert screen.review.verdict(view.current) == "unreviewed"


def test_diptych_sessions_lists_set_reviews(story, capsys):
    from tui.cli import main

    coverage = coverage_of(story)
    SetReview.open(coverage, reviewer="Ana").set_verdict(0, "confirmed")
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert f"1 of {len(coverage.claims)}" in out and "claims reviewed" in out and "a set of 4 articles" in out


async def test_the_set_is_exported_from_the_coverage_screen(story, tmp_path):
    from tui.screens.export import ExportScreen

    app = DiptychApp(articles=load_articles([str(story)]), remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        await pilot.press("2", "d")
        for key, fmt in (("h", "html"), ("m", "md"), ("s", "svg")):
            await pilot.press("E")
            dialog = pilot.app.screen
            assert isinstance(dialog, ExportScreen)
            await pilot.press(key)
            dialog.query_one("#export-path").value = str(tmp_path / f"set.{fmt}")
            await pilot.press("enter")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            assert pilot.app.screen is screen
        html = (tmp_path / "set.html").read_text(encoding="utf-8")
        assert "Harbour Gazette" in html and "Daily Ledger" in html and "Disputed" in html
        assert "Harbour Gazette" in (tmp_path / "set.md").read_text(encoding="utf-8")
        assert (tmp_path / "set.svg").read_text(encoding="utf-8").startswith("<svg")
