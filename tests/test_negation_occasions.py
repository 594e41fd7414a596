"""A denial and an affirmation are one disagreement only when both tell of the story's own
occasion: a sentence about another one ("In March, another carrier's plane ...; no one was hurt")
neither contradicts nor is contradicted by the story's.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

STORY = ("A Norlen Air jet returned to Velmora airport on Saturday after an engine failed, and nine "
         "passengers were hurt during the evacuation, the airline said.\n")


def negations(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


def test_the_same_occasion_denied_and_affirmed(run):
    c = run(STORY, "A Norlen Air jet returned to Velmora airport on Saturday after an engine failed; no one "
                   "was hurt during the evacuation.\n", date="2026-10-17")
    assert len(negations(c)) == 1


def test_another_occasion_opened_by_another_month(run):
    c = run(STORY, "In March, a plane of a different carrier returned to Velmora airport after an engine "
                   "failed; no one was hurt during the evacuation.\n", date="2026-10-17")
    assert negations(c) == []


def test_another_occasion_called_so(run):
    c = run(STORY, "Last spring another jet returned to Velmora airport after an engine failed; no one was "
                   "hurt during the evacuation.\n", date="2026-10-17")
    assert negations(c) == []
