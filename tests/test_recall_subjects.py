"""A name that opens a sentence is the subject of its figures when the article capitalises the
same word inside a sentence elsewhere ("Athletic are now three points clear"): figures of one
team, company or person are compared, figures of two are not.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_a_lead_told_from_a_sentence_opening_name(run):
    c = run("Harlow Athletic won on Saturday. The result leaves Athletic two points clear of Brampton City "
            "with eight games remaining.",
            "Harlow Athletic won on Saturday. Athletic are now three points clear of Brampton City with eight "
            "games remaining.")
    assert numbers(c) == [("two points", "three points")]


def test_figures_of_two_companies_are_not_compared(run):
    c = run("Analysts said on Monday that revenue at Talbrook Foods rose 12% in the third quarter.",
            "Brenmoor revenue rose 8% in the third quarter, analysts said on Monday. Shares in Brenmoor "
            "were little changed.")
    assert numbers(c) == []


def test_a_sentence_opening_word_that_is_no_name_stays_none(run):
    c = run("Revenue at Talbrook Foods rose 12% in the third quarter, the company said on Monday.",
            "Talbrook Foods said on Monday that its revenue rose 9% in the third quarter.")
    assert numbers(c) == [("12", "9")]
