"""A crowd's size told as fans, spectators or supporters, or after the word for it ("a crowd of
21,000", "in front of 18,400"): one count of one crowd, whichever team or party is named near it.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_fans_and_a_crowd_of_are_one_count(run):
    c = run("Harlow Athletic went top of the Northern League on Saturday after beating Dunmere Rovers in "
            "front of 18,400 fans at Castle Park.",
            "Harlow Athletic beat Dunmere Rovers at Castle Park on Saturday to move to the top of the Northern "
            "League, watched by a crowd of 21,000.")
    assert numbers(c) == [("18,400 fans", "21,000")]


def test_the_same_crowd_told_two_ways_agrees(run):
    c = run("Harlow Athletic beat Dunmere Rovers at Castle Park on Saturday in front of 18,400 spectators.",
            "Harlow Athletic beat Dunmere Rovers on Saturday before a Castle Park crowd of 18,400.")
    assert numbers(c) == []


def test_an_audience_of_differs(run):
    c = run("The Tarnow Philharmonic played to an audience of about 2,000 at the Velmora Arena on Friday.",
            "The Tarnow Philharmonic played to 3,500 spectators at the Velmora Arena on Friday night.")
    assert numbers(c) == [("2,000", "3,500 spectators")]
