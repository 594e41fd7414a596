"""Counts told as "as many as" (how many there were, near that figure) and exact counts of the
same thing well under it. Every text here is invented; each test runs in both orders."""

from __future__ import annotations

from findings import numbers

EXACT = "Thirty fire engines from Velmora and Orvan fought the blaze through the night, officials said."


def test_an_exact_count_far_under_as_many_as_disagrees(run):
    c = run(EXACT, "As many as 48 fire engines from Velmora and Orvan were rushed to the blaze, officials said.")
    assert len(numbers(c)) == 1


def test_an_exact_count_near_as_many_as_agrees(run):
    c = run(EXACT.replace("Thirty", "Forty-five"),
            "As many as 48 fire engines from Velmora and Orvan were rushed to the blaze, officials said.")
    assert numbers(c) == []


def test_up_to_is_a_limit_not_a_count(run):
    c = run(EXACT, "Up to 48 fire engines from Velmora and Orvan could be sent to the blaze, officials said.")
    assert numbers(c) == []


def test_the_injured_told_twice_are_still_the_storys_one_count(run):
    c = run("A rockslide hit a hiking trail above Velmora on Sunday, killing four hikers and seriously injuring "
            "two, police said. The two injured, a guide and a student, were flown to hospital in Orvan.",
            "The rockslide struck shortly before noon, according to the mountain rescue service. Three others "
            "were injured and one walked away unhurt.")
    assert len(numbers(c)) == 1


def test_a_changed_limit_does_not_stop_the_one_count(run):
    c = run("The strike by Velmora's teachers shut schools for nine days, keeping about 900,000 pupils out of "
            "class. The deal lowers the maximum class size to 24 pupils from 26 and funds new assistants.",
            "Teachers in Velmora reached a deal with the government on Tuesday after a nine-day strike. "
            "About 600,000 pupils had stayed home, the education ministry said in a statement.")
    assert len(numbers(c)) == 1


def test_under_before_a_determiner_is_a_preposition_not_a_bound(run):
    c = run("Under the four-year contract, teachers in Velmora will receive raises of 9 per cent, the union said.",
            "The union signed a four-year contract with the Velmora government on Monday, ending the strike.")
    assert numbers(c) == []
