"""Everyone on board, counted two ways: "219 people on board" is the sum of "212 passengers and
seven crew"; an article that gives the parts and one that gives the whole are compared.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_passengers_and_crew_make_the_people_on_board(run):
    c = run("Flight KX 410, bound for Larsk with 186 people on board, departed at 9:32 p.m. local time.",
            "The Tellan Airways jet, ten years old, took off shortly afterwards with 181 passengers and nine crew "
            "members on board.")
    assert numbers(c) == [("186 people", "181 passengers and nine crew members")]


def test_the_same_total_told_in_parts_agrees(run):
    c = run("Flight KX 410, bound for Larsk with 190 people on board, departed at 9:32 p.m. local time.",
            "The Tellan Airways jet, ten years old, took off shortly afterwards with 181 passengers and nine crew "
            "members on board.")
    assert numbers(c) == []


def test_passengers_alone_are_not_everyone_on_board(run):
    c = run("Flight KX 410, bound for Larsk with 186 people on board, departed at 9:32 p.m. local time.",
            "The Tellan Airways jet, ten years old, took off shortly afterwards with 181 passengers on "
            "board.")
    assert numbers(c) == []
