"""Two figures of one thing that went opposite ways ("shares rose 6%" / "shares fell 6%",
"raised its forecast to $11.5 billion" / "cut its forecast to $11.5 billion") contradict each
other, whatever their values.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_shares_that_rose_and_fell(run):
    c = run("Norvale Systems reported results on Tuesday. Norvale shares rose 6% in after-hours trading.",
            "Norvale Systems reported results on Tuesday. Its shares fell 6% in after-hours trading.")
    assert numbers(c) == [("6", "6")]


def test_a_forecast_raised_and_cut(run):
    c = run("Norvale Systems raised its full-year revenue forecast to $11.5 billion on Tuesday.",
            "Norvale Systems cut its full-year revenue forecast to $11.5 billion on Tuesday.")
    assert numbers(c) == [("11.5 billion", "11.5 billion")]


def test_a_rise_told_as_a_noun_and_a_verb_agrees(run):
    c = run("Norvale Systems said its third-quarter net profit rose 18% to $412 million on Tuesday.",
            "Norvale Systems reported an 18% rise in third-quarter net profit to $412 million on Tuesday.")
    assert numbers(c) == []


def test_a_fall_told_two_ways_agrees(run):
    c = run("Norvale shares dropped 6% in after-hours trading on Tuesday, the exchange said.",
            "Norvale shares were down 6% in after-hours trading on Tuesday, the exchange said.")
    assert numbers(c) == []


def test_two_companies_going_opposite_ways_are_not_compared(run):
    c = run("Shares of Carrow and Medivance moved on the deal. Carrow shares fell 4% in early trading on "
            "Wednesday after the deal was announced.",
            "Shares of Carrow and Medivance moved on the deal. Medivance shares jumped 4% in early trading on "
            "Wednesday after the deal was announced.")
    assert numbers(c) == []
