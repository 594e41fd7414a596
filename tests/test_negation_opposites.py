"""Negation: words that deny another (acquitted, unharmed), a denied act done to the same
thing anywhere in the other article, opposite sides of one thing, and what is not denied.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def negations(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


def test_acquitted_denies_convicted(run):
    c = run("Maria Lindholm, the port's former finance director, was convicted of fraud and given a "
            "suspended sentence.",
            "In a surprise, the court acquitted Maria Lindholm, the port's former finance director, of fraud.")
    assert len(negations(c)) == 1


def test_unharmed_denies_injured(run):
    c = run("One of the two night guards at the Kessling gallery was lightly injured by the thieves.",
            "The two night guards at the Kessling gallery were unharmed, the police said.")
    assert len(negations(c)) == 1


def test_the_same_subject_insured_and_not_insured(run):
    c = run("The stolen paintings were insured, the gallery said, without giving details of the policy.",
            "The stolen paintings were not insured, as is common for small public collections in the region.")
    assert len(negations(c)) == 1


def test_a_denied_act_done_to_the_same_thing_elsewhere(run):
    c = run("The crew of the ferry shut down the damaged engine and declared an emergency off the coast.\n\n"
            "The ferry docked at Harwick an hour later.",
            "The ferry docked at Harwick an hour later.\n\n"
            "The captain did not declare an emergency but asked for a tug, the coast guard said.")
    assert len(negations(c)) == 1


def test_an_adverb_is_not_what_is_denied(run):
    c = run("The result on the trial's main goal was highly statistically significant, the company said.",
            "The fall in deaths from any cause was small, a difference that was not statistically significant.")
    assert negations(c) == []


def test_opposite_sides_of_the_same_thing(run):
    c = run("The pilots received a fire warning from the left engine while climbing after takeoff.",
            "The pilots received a fire warning from the right-hand engine while climbing after takeoff.")
    (f,) = negations(c)
    assert "opposite sides" in f.explanation
    assert f.left_text == "left engine" and f.right_text == "right-hand engine"


def test_sides_of_different_things_are_not_opposites(run):
    c = run("The pilots received a fire warning from the left engine while climbing after takeoff.",
            "The pilots received a fire warning from the engine on the right wing while climbing after takeoff.")
    assert not any("opposite sides" in f.explanation for f in negations(c))


def test_a_currency_that_weakened_and_strengthened(run):
    c = run("The lira weakened 0.8% to 31.20 per dollar after the decision, traders in Velmora said.",
            "The lira strengthened to 30.65 per dollar after the decision, traders in Velmora said.")
    (f,) = negations(c)
    assert "opposite directions" in f.explanation


def test_went_down_in_other_words_agrees(run):
    # "slipped" and "fell" are one way; neither denies the other
    c = run("Kestrel Holdings shares slipped in early trading in Velmora after the profit warning.",
            "Kestrel Holdings shares fell in early trading in Velmora after the profit warning.")
    assert negations(c) == []


def test_two_things_going_two_ways_are_no_contradiction(run):
    c = run("Exports rose sharply in October, the statistics office in Velmora said on Friday.",
            "Imports fell sharply in October, the statistics office in Velmora said on Friday.")
    assert negations(c) == []
