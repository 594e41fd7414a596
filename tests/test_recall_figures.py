"""Recall of figure contradictions on wording the detectors were not tuned on: dozens, figures
converted between units, counts of a group's members, the one count of a thing in two reports of
one story. Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def numbers(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "number"]


def test_two_dozen_is_twenty_four(run):
    c = run("By Saturday two dozen computer systems at the Pellin clinic had been taken offline.",
            "By the weekend 24 computer systems at the Pellin clinic had been shut down.")
    assert numbers(c) == []


def test_four_dozen_is_not_forty(run):
    c = run("Some 40 ambulances were diverted from the Pellin clinic to other hospitals, the trust said.",
            "Four dozen ambulances were diverted from the Pellin clinic to other hospitals, the trust said.")
    assert numbers(c) == [("40 ambulances", "Four dozen ambulances")]


def test_half_a_dozen_is_six():
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    text = "Half a dozen trawlers sank off Qirvik."
    claims = figure_claims(text, segment(text), [])
    assert [(c.written, c.low) for c in claims] == [("dozen trawlers", 6.0)]


def test_a_converted_figure_rounded_agrees(run):
    c = run("The Tessaly freighter struck rocks in winds of up to 90 km/h, the coastguard said.",
            "The Tessaly freighter struck rocks in winds gusting to 56 miles per hour, the coastguard said.")
    assert numbers(c) == []


def test_figures_in_two_units_that_differ_beyond_rounding_still_disagree(run):
    c = run("The Tessaly freighter sank in water about 400 metres deep, the coastguard said.",
            "The Tessaly freighter sank in water about 2,000 feet deep, the coastguard said.")
    assert numbers(c) == [("400 metres", "2,000 feet")]


def test_crew_members_count_the_crew(run):
    c = run("A freighter with 22 crew members ran aground near Qirvik late on Tuesday, officials said.\n\n"
            "The owners, Dorran Lines, blamed an engine failure for the grounding near Qirvik.",
            "A freighter ran aground near Qirvik on Tuesday night, officials said.\n\n"
            "The owners, Dorran Lines, blamed an engine failure. It had 25 crew on board.")
    assert numbers(c) == [("22 crew", "25 crew")]


def test_the_one_count_of_a_thing_in_one_story_is_compared_however_told(run):
    left = ("Two men broke into the Tarvel gallery in Qirvik early on Monday and took a sculpture.\n\n"
            "The alarm sounded at once and police arrived within minutes, the gallery said.\n\n"
            "The gallery will stay closed until Friday while police search the building.")
    right = ("Thieves took a sculpture from the Tarvel gallery in Qirvik early on Monday.\n\n"
             "Three masked men had forced a side door, police said.\n\n"
             "The alarm sounded at once and police arrived within minutes, the gallery said.\n\n"
             "The gallery will stay closed until Friday while police search the building.")
    assert numbers(run(left, right)) == [("Two men", "Three masked men")]


def test_the_one_count_of_a_thing_in_two_unrelated_stories_is_not_compared(run):
    c = run("Two men broke into the Tarvel gallery in Qirvik early on Monday and took a sculpture.",
            "The Ostrava city council approved a budget on Thursday. Three men were appointed to its board.")
    assert numbers(c) == []


def test_the_one_sum_in_a_currency_in_sentences_sharing_several_words(run):
    left = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
            "The trust's chief information officer, Tomas Vilder, said the hackers had demanded a ransom "
            "of $4 million in bitcoin.")
    right = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
             "The trust's chief executive, Tomas Vilder, told reporters the attackers wanted a $6 million "
             "payment in cryptocurrency.")
    assert numbers(run(left, right)) == [("4 million", "6 million")]


def test_a_figure_in_a_relative_clause_is_about_what_the_clause_describes(run):
    left = ("A Corvane rocket exploded two minutes after lift-off from Telmar on Thursday.\n\n"
            "The satellite, which cost 310 million euros, was insured, the company said.")
    right = ("A Corvane rocket exploded after lift-off from Telmar on Thursday, destroying a weather "
             "satellite worth 390 million euros.")
    assert numbers(run(left, right)) == [("310 million euros", "390 million euros")]


def test_two_sums_of_different_things_are_not_compared(run):
    left = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
            "The clinic spent $4 million on new scanners last spring.")
    right = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
             "The attackers wanted a $6 million payment in cryptocurrency.")
    assert numbers(run(left, right)) == []
