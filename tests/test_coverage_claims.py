"""Claims across a set: who states a claim, who states it differently, who is silent; versions
with their counts; the grouping's linkage."""

from __future__ import annotations

import pytest

from tui.coverage import build_coverage
from tui.coverage.claims import group_claims, points
from tui.coverage.model import Outlet, PairCell, PairContradiction
from tui.engine.model import Span
from tui.engine.segmenting import segment

from coveragetexts import STORY


@pytest.fixture
def cov(make_article):
    return build_coverage([make_article(text, path=name, fmt="md") for name, text in STORY.items()], workers=1)


def _claim_with(cov, words: str):
    found = [c for c in cov.claims if any(words in s.text for s in c.sentences)]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def test_a_different_day_is_disagreeing_and_no_report_is_silent(cov):
    c = _claim_with(cov, "ran aground")
    assert c.outlets == [0, 1, 2]
    assert c.differing == [2]            # Thursday
    assert c.agreeing == [0, 1]          # Friday
    assert c.silent == [3]               # says nothing of the grounding
    assert c.disputed
    (point,) = c.points
    assert point.type == "date"
    assert [(v.value, v.count, v.outlets) for v in point.variants] == [("Friday", 2, [0, 1]), ("Thursday", 1, [2])]
    assert point.majority is point.variants[0]


def test_a_claim_every_outlet_states(cov):
    c = _claim_with(cov, "rescued")
    assert c.outlets == [0, 1, 2, 3]
    assert c.silent == [] and c.differing == [] and not c.disputed
    assert {s.outlet for s in c.sentences} == {0, 1, 2, 3}


def test_claims_of_two_outlets_and_single_sourced_sentences(cov):
    c = _claim_with(cov, "towed away")
    assert c.outlets == [0, 3] and c.silent == [1, 2]
    # a sentence only one outlet has is no claim
    assert not any("fishermen" in s.text for c in cov.claims for s in c.sentences)
    assert not any("regional council" in s.text for c in cov.claims for s in c.sentences)


def test_disputed_claims_come_first_and_ids_follow_the_order(cov):
    assert cov.claims[0].disputed
    assert [c.id for c in cov.claims] == [f"c{k}" for k in range(1, len(cov.claims) + 1)]
    disputed = [c.disputed for c in cov.claims]
    assert disputed == sorted(disputed, reverse=True)


def _contradiction(left: str, right: str, type_: str = "date", label: str = "day") -> PairContradiction:
    return PairContradiction(type_, label, left, right, "", f"{label}: {left} vs {right}", 0.9, Span(0, 1),
                             Span(0, 1), 0, 0, "x", "y")


def test_versions_group_a_value_inside_another():
    found = [(0, 3, _contradiction("Friday 16 May 2025", "Thursday")),
             (1, 3, _contradiction("Friday", "Thursday")),
             (2, 3, _contradiction("Friday", "Thursday"))]
    ((point, used),) = points(found)
    assert [(v.value, v.outlets) for v in point.variants] == [("Friday", [0, 1, 2]), ("Thursday", [3])]
    assert point.variants[0].forms == ["Friday", "Friday 16 May 2025"]
    assert used == [0, 1, 2]


def test_values_the_engine_reads_alike_are_no_dispute():
    found = [(0, 1, _contradiction("Defence Minister", "Defense Minister", "role", "role")),
             (0, 2, _contradiction("three years", "three years", "number", "number"))]
    assert points(found) == []


def test_contradicting_values_stay_apart_even_when_one_contains_the_other():
    found = [(0, 1, _contradiction("Deputy Foreign Minister", "First Deputy Foreign Minister", "role", "role"))]
    ((point, _),) = points(found)
    assert sorted(v.value for v in point.variants) == ["Deputy Foreign Minister", "First Deputy Foreign Minister"]
    assert point.majority is None  # one against one


def test_unrelated_disputes_are_separate_points():
    found = [(0, 1, _contradiction("214 people", "241 people", "number", "number")),
             (0, 1, _contradiction("50 boats", "55 boats", "number", "number"))]
    assert sorted(sorted(v.value for v in p.variants) for p, _ in points(found)) == [
        ["214 people", "241 people"], ["50 boats", "55 boats"]]


def _outlets(make_article, n: int):
    texts = [f"Sentence one of outlet {k}. Sentence two of outlet {k}." for k in range(n)]
    articles = [make_article(t) for t in texts]
    return [Outlet(k, f"o{k}", a, len(a.text)) for k, a in enumerate(articles)], [segment(a.text) for a in articles]


def _cell(i, j, aligned):
    return PairCell(i, j, 0.5, 0.5, 0.5, 1, 0, aligned=tuple(aligned))


def test_a_chain_of_look_alikes_is_not_one_claim(make_article):
    """A~B and C~D strongly, B~C once: two claims, not one (average linkage)."""
    outlets, segs = _outlets(make_article, 4)
    cells = {(0, 1): _cell(0, 1, [(0, 0, 0.9)]), (2, 3): _cell(2, 3, [(0, 0, 0.9)]),
             (1, 2): _cell(1, 2, [(0, 0, 0.5)]), (0, 2): _cell(0, 2, []), (0, 3): _cell(0, 3, []),
             (1, 3): _cell(1, 3, [])}
    claims = group_claims(outlets, segs, cells)
    assert sorted(c.outlets for c in claims) == [[0, 1], [2, 3]]


def test_look_alikes_that_are_all_alike_are_one_claim(make_article):
    outlets, segs = _outlets(make_article, 4)
    cells = {(i, j): _cell(i, j, [(0, 0, 0.6)]) for i in range(4) for j in range(i + 1, 4)}
    cells[(0, 3)] = _cell(0, 3, [])  # one missing link does not split it
    (claim,) = group_claims(outlets, segs, cells)
    assert claim.outlets == [0, 1, 2, 3] and claim.silent == []


def _between(ls: int, rs: int, left: str, right: str, type_: str = "membership") -> PairContradiction:
    return PairContradiction(type_, type_, left, right, "", f"{type_}: {left} vs {right}", 0.8, Span(0, 1),
                             Span(0, 1), ls, rs, "x", "y")


def test_a_dispute_from_another_sentence_joins_the_claim_that_disputes_it(make_article):
    """#1 and #2 disagree inside a claim; #3 says what #1 says in a sentence of its own, at odds
    with #2's: one point, two versions, three outlets."""
    outlets, segs = _outlets(make_article, 4)
    cells = {(i, j): _cell(i, j, []) for i in range(4) for j in range(i + 1, 4)}
    cells[(0, 1)] = PairCell(0, 1, 0.5, 0.5, 0.5, 1, 1, aligned=((0, 0, 0.7),),
                             contradiction_list=(_between(0, 0, "Ukraine", "Russia"),))
    cells[(1, 2)] = PairCell(1, 2, 0.1, 0.1, 0.1, 0, 1, contradiction_list=(_between(0, 1, "Russia", "Ukraine"),))
    (claim,) = group_claims(outlets, segs, cells)
    assert claim.outlets == [0, 1, 2] and claim.silent == [3]
    (point,) = claim.points
    assert [(v.value, v.outlets) for v in point.variants] == [("Ukraine", [0, 2]), ("Russia", [1])]
    assert claim.differing == [1]


def test_an_article_wide_dispute_is_a_claim_of_its_own(make_article):
    """Outlets that give the main event's day in sentences that are not alike otherwise."""
    outlets, segs = _outlets(make_article, 4)
    cells = {(i, j): _cell(i, j, []) for i in range(4) for j in range(i + 1, 4)}
    for i in (0, 1, 2):
        cells[(i, 3)] = PairCell(i, 3, 0.1, 0.1, 0.1, 0, 1,
                                 contradiction_list=(_between(i % 2, 1, "Friday", "Thursday", "date"),))
    (claim,) = group_claims(outlets, segs, cells)
    assert claim.outlets == [0, 1, 2, 3] and claim.silent == [] and claim.differing == [3]
    assert claim.outlet == 3  # the sentence all the others contradict
    (point,) = claim.points
    assert [(v.value, v.count) for v in point.variants] == [("Friday", 3), ("Thursday", 1)]


def test_subheadings_and_date_lines_alike_are_no_claim_but_headlines_are(make_article):
    story = {
        "one.txt": "Ferry service to Lindholm resumes after storm\n\nTuesday, 3 March 2026\n\n"
                   "The ferry service between Kastrup harbour and Lindholm island resumed on Tuesday after a "
                   "three-day suspension caused by the storm, the operator Nordlys Ferries said.\n\n"
                   "Background\n\nThe island has about 900 residents and no bridge to the mainland.\n",
        "two.txt": "Ferry service to Lindholm resumes after storm\n\nTuesday, 3 March 2026\n\n"
                   "Nordlys Ferries said the ferry service between Kastrup harbour and Lindholm island resumed on "
                   "Tuesday after a suspension of three days caused by the storm.\n\n"
                   "Background\n\nAbout 900 people live on the island, which has no bridge to the mainland.\n",
    }
    cov = build_coverage([make_article(text, path=name) for name, text in story.items()], workers=1)
    texts = [c.text for c in cov.claims]
    assert not [t for t in texts if t.startswith(("Tuesday, 3 March", "Background"))], texts
    assert "Ferry service to Lindholm resumes after storm" in texts  # the headline states something
    assert any(t.startswith(("The ferry service", "Nordlys Ferries said")) for t in texts)
