"""The two ends of a change told as one ("cut the term from nine years to six years"): the end
is about what the start is about, and a start is compared with a start, an end with an end.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_the_ends_of_a_reduced_sentence_differ(run):
    c = run("The Court of Appeal in Velstad on Tuesday reduced the prison sentence of former mayor Henrik "
            "Aalto, 61, from nine years to six years, but upheld his conviction for taking bribes.",
            "Velstad's appeal court on Tuesday cut former mayor Henrik Aalto's prison term from nine years "
            "to five years while confirming his bribery conviction.")
    assert numbers(c) == [("six years", "five years")]


def test_the_same_change_is_no_contradiction(run):
    c = run("The Court of Appeal in Velstad on Tuesday reduced the prison sentence of former mayor Henrik "
            "Aalto from nine years to six years, but upheld his conviction.",
            "Velstad's appeal court on Tuesday cut former mayor Henrik Aalto's prison term from nine years "
            "to six years while confirming his bribery conviction.")
    assert numbers(c) == []


def test_the_start_of_a_change_is_not_compared_with_its_end(run):
    c = run("The board of Tarnow Mills raised the price of a loaf from 80 cents to 95 cents on Monday.",
            "Tarnow Mills raised the price of a loaf to 95 cents on Monday, the board said.")
    assert numbers(c) == []


def test_the_starts_of_a_change_differ(run):
    c = run("Brenmoor Foods cut its workforce from 4,200 employees to 3,600 employees last month.",
            "Brenmoor Foods cut its workforce from 4,800 employees to 3,600 employees last month.")
    assert numbers(c) == [("4,200 employees", "4,800 employees")]
