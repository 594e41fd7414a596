"""Codes written with other digits (a flight number), and the same office with another
portfolio in closely matching sentences.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def contradictions(c):
    return [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"]


def test_a_flight_number_with_two_digits_swapped(run):
    c = run("Flight NX4318, bound for Harwick with 180 people on board, turned back after takeoff.",
            "Flight NX 4381 was bound for Harwick when the crew turned back shortly after takeoff.")
    assert ("number", "NX4318", "NX 4381") in contradictions(c)


def test_two_different_codes_are_not_one_written_differently(run):
    c = run("Flight NX4318, bound for Harwick with 180 people on board, turned back after takeoff.",
            "Flight NX 2907 was bound for Harwick when the crew turned back shortly after takeoff.")
    assert not any(t == "number" and "NX" in lt for t, lt, _ in contradictions(c))


def test_the_same_office_with_another_portfolio(run):
    c = run("The two leaders first met in a restricted format, joined only by their foreign ministers, before "
            "the full talks.",
            "The two leaders first met in a restricted format, joined only by their trade ministers, before "
            "the full talks.")
    assert contradictions(c) == [("membership", "foreign ministers", "trade ministers")]


def test_the_same_portfolio_is_not_flagged(run):
    c = run("The two leaders first met in a restricted format, joined only by their foreign ministers.",
            "The two leaders first met in a restricted format, joined by their foreign ministers only.")
    assert contradictions(c) == []
