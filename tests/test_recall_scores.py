"""Scores and tallies written as two figures with a dash ("a 3-1 win", "beat Rovers 3-2", "a
5-4 ruling"): one figure of two parts, the higher first, compared across the two articles.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_a_final_score_told_two_ways_differs(run):
    c = run("Harlow Athletic went top of the Northern League on Saturday after a 3-1 win over Dunmere "
            "Rovers at Castle Park.",
            "Harlow Athletic beat Dunmere Rovers 3-2 at Castle Park on Saturday to move to the top of the "
            "Northern League.")
    assert numbers(c) == [("3-1", "3-2")]


def test_a_win_and_a_defeat_by_one_score_agree(run):
    c = run("Harlow Athletic went top of the Northern League on Saturday after a 3–1 win over Dunmere Rovers.",
            "Dunmere Rovers lost 1-3 to Harlow Athletic on Saturday, who went top of the Northern League.")
    assert numbers(c) == []


def test_a_court_split_differs(run):
    c = run("The Velmoran Supreme Court upheld the ban on Thursday in a 5-4 ruling written by the chief justice.",
            "The Velmoran Supreme Court upheld the ban on Thursday in a 6-3 ruling written by the chief justice.")
    assert numbers(c) == [("5-4", "6-3")]


def test_a_half_time_score_is_not_the_final_score(run):
    c = run("Dunmere Rovers led 1-0 at half-time but Harlow Athletic won 3-1 at Castle Park on Saturday.",
            "Harlow Athletic won 3-1 at Castle Park on Saturday after Dunmere Rovers had led at the break.")
    assert numbers(c) == []


def test_a_range_with_a_dash_is_no_score(run):
    c = run("Between 20-25 people were hurt when the stand collapsed at Castle Park on Saturday.",
            "Between 20-30 people were hurt when the stand collapsed at Castle Park on Saturday.")
    assert all("-" not in left for left, _ in numbers(c))
