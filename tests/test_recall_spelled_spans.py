"""A span whose number is spelled out and hyphenated to its unit ("a two-day state visit", "a
three-week strike", "a five-year term") is a figure, compared like "a 2-day visit".

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_a_two_day_and_a_three_day_visit(run):
    c = run("Ostrian President Johan Reitz arrived in Velmora on Monday for a two-day state visit.",
            "Ostrian President Johan Reitz began a three-day state visit to Velmora on Monday.")
    assert numbers(c) == [("two-day", "three-day")]


def test_a_strike_in_weeks_and_in_days_agrees(run):
    c = run("Nurses at Velmora General Hospital began a two-week strike on Monday over pay.",
            "Nurses at Velmora General Hospital began a 14-day strike on Monday over pay.")
    assert numbers(c) == []


def test_a_word_that_only_ends_in_a_unit_is_no_figure(run):
    c = run("Nurses at Velmora General Hospital walked out on a weekday, and someday the talks will resume.",
            "Nurses at Velmora General Hospital walked out on Monday, and talks will resume next week.")
    assert numbers(c) == []
