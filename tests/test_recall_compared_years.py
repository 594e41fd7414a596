"""A year after a figure that belongs to the figure it is compared with ("Turnout was 58%, up
from 55% in 2020") does not date the first figure: that one is today's, compared as such.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_todays_turnout_before_an_earlier_one_differs(run):
    c = run("Ana Kovac won the mayoral election in Dravnik. Turnout was 62%, up from 55% at the last "
            "election in 2020.",
            "Ana Kovac won Dravnik's mayoral election. Turnout was 58%, up from 55% in 2020.")
    assert numbers(c) == [("62", "58")]


def test_the_earlier_figure_keeps_its_year(run):
    c = run("Ana Kovac won the mayoral election in Dravnik. Turnout was 58%, up from 55% in 2020.",
            "Ana Kovac won Dravnik's mayoral election. Turnout in 2020 was 51%, the commission said.")
    assert ("55", "51") in numbers(c)
    assert not any(left == "58" for left, _ in numbers(c))


def test_the_same_turnout_agrees(run):
    c = run("Ana Kovac won the mayoral election in Dravnik. Turnout was 58%, compared with 55% in 2020.",
            "Ana Kovac won Dravnik's mayoral election. Turnout was 58%, up from 55% in 2020.")
    assert numbers(c) == []
