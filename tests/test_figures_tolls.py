"""A toll counted in people of any kind: "killing three climbers" is a count of the dead just as
"four people were killed" is, and a nationality named beside a toll ("A Velmoran woman is among
four people killed") is who one of the dead was, not what the figure is about.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_dead_counted_as_climbers_and_as_people_disagree(run):
    c = run("A rockslide struck a marked trail above the Orvane hut in Kessdal on Sunday, killing three "
            "climbers and injuring one, police said.",
            "Four people were killed when a rockslide hit a trail above the Orvane hut in Kessdal on Sunday, "
            "police said.")
    assert numbers(c) == [("three climbers", "Four people")]


def test_dead_workers_counted_two_ways_disagree(run):
    c = run("The blast at the Marrick solvent plant killed six workers on Tuesday, the company said.",
            "Four contract workers were killed in the blast at the Marrick solvent plant on Tuesday, the "
            "company said.")
    assert numbers(c) == [("six workers", "Four contract workers")]


def test_a_nationality_beside_the_toll_does_not_set_it_apart(run):
    c = run("A rockslide struck a marked trail above the Orvane hut in Kessdal on Sunday, killing three "
            "climbers, police said.",
            "A Velmoran woman is among four people killed when a rockslide hit a trail above the Orvane hut "
            "in Kessdal on Sunday, police said.")
    assert numbers(c) == [("three climbers", "four people")]


def test_the_same_toll_counted_in_climbers_agrees(run):
    c = run("A rockslide struck a marked trail above the Orvane hut in Kessdal on Sunday, killing three "
            "climbers, police said.",
            "Three people were killed when a rockslide hit a trail above the Orvane hut in Kessdal on Sunday, "
            "police said.")
    assert numbers(c) == []


def test_climbers_counted_without_a_death_are_no_toll(run):
    c = run("Three climbers were on the trail above the Orvane hut in Kessdal when the rockslide struck on "
            "Sunday, police said.",
            "Four people were killed when a rockslide hit a trail above the Orvane hut in Kessdal on Sunday, "
            "police said.")
    assert numbers(c) == []
