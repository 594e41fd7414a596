"""Figures read as claims: scales written onto a figure, strict qualifiers, what a figure
counts past a modifier, the person it is about, and figures the other article confirms.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from findings import numbers


def contradictions(c):
    return [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"]


def test_a_scale_written_onto_a_figure_is_the_same_amount(run):
    c = run("Trade between Norland and Ostmark was worth $1.1 billion last year, the customs office said.",
            "Trade between Norland and Ostmark was worth $1.1bn last year, the customs office said.")
    assert contradictions(c) == []


def test_a_scale_written_onto_a_figure_differs_from_another_amount(run):
    c = run("Trade between Norland and Ostmark was worth $4.7bn last year, the customs office said.",
            "Trade between Norland and Ostmark was worth $7.4 billion last year, the customs office said.")
    assert numbers(c) == [("4.7bn", "7.4 billion")]


def test_pound_millions_written_as_m(run):
    c = run("The Harwick council will spend £12m on flood defences along the river, its leader said.",
            "The Harwick council will spend £12 million on flood defences along the river, its leader said.")
    assert contradictions(c) == []


@pytest.mark.parametrize("a, b, conflict", [
    ("nearly 140", "more than 140", True),
    ("nearly 140", "143", True),
    ("about 140", "143", False),
    ("more than 140", "143", False),
    ("no more than 140", "150", True),
    ("at least 140", "140", False),
    ("over 140", "140", False),
])
def test_qualified_figures_are_ranges(run, a, b, conflict):
    c = run(f"The fraud trial in Lindenfeld heard {a} witnesses over two years, court records show.",
            f"The fraud trial in Lindenfeld heard {b} witnesses over two years, court records show.")
    assert bool(numbers(c)) is conflict, contradictions(c)


def test_what_a_figure_counts_past_a_modifier(run):
    c = run("Police said three masked men broke into the Kessling gallery through a side door before dawn.",
            "Police said two men broke into the Kessling gallery through a side door before dawn.")
    assert numbers(c) == [("three masked men", "two men")]


def test_a_figure_about_a_person_named_in_full_and_by_surname(run):
    c = run("The court sentenced the shipping magnate Henrik Aalvik to six years in prison for fraud.",
            "Aalvik, the shipping magnate, was sentenced to seven years in prison for fraud by the court.")
    assert numbers(c) == [("six years", "seven years")]


def test_figures_about_two_people_are_not_compared(run):
    c = run("The court sentenced the shipping magnate Henrik Aalvik to six years in prison for fraud.",
            "The court sentenced his accountant, Mira Solberg, to three years in prison for fraud.")
    assert numbers(c) == []


def test_a_figure_the_other_article_confirms_is_not_contradicted(run):
    c = run("Police arrested 23 people during the march in Harwick, and 15 people were injured.",
            "Twenty-three people were detained during the march in Harwick, police said, and 15 were hurt.")
    assert numbers(c) == []


def test_closely_matching_sentences_need_one_word_in_common(run):
    c = run("Under the new agreement, citizens of both countries may stay visa-free for up to 60 days.",
            "The new agreement lets citizens of both countries travel visa-free for up to 90 days.")
    assert numbers(c) == [("60 days", "90 days")]


def test_a_distinctive_count_given_once_by_each_article(run):
    c = run("Thieves escaped from the Kessling gallery with four paintings, police said on Monday.\n\n"
            "The gallery reopened to visitors in the afternoon.",
            "The gallery stayed closed all day.\n\n"
            "Security footage showed the thieves running from the gallery with three paintings under their arms.")
    assert numbers(c) == [("four paintings", "three paintings")]


def test_a_count_given_twice_is_not_paired_across_the_articles(run):
    c = run("The Kessling gallery owns 40 paintings by local artists.\n\n"
            "Thieves escaped with four paintings, police said.",
            "The building was closed all day.\n\n"
            "The thieves were seen running from the gallery with three paintings under their arms.")
    assert numbers(c) == []


def test_closed_up_is_a_rise_not_a_limit(run):
    c = run("Shares in Norsk Cargo closed up 14 percent in Oslo after the results, traders said.",
            "Shares in Norsk Cargo jumped 12% in Oslo after the results, traders said.")
    assert numbers(c) == [("14 percent", "12")]


def test_as_much_as_is_a_limit(run):
    c = run("Shares in Norsk Cargo rose as much as 19 percent in Oslo after the results, traders said.",
            "Shares in Norsk Cargo jumped 12% in Oslo after the results, traders said.")
    assert numbers(c) == []


def test_a_year_relative_to_the_story_meets_a_written_year(run):
    c = run("Trade between Norland and Ostmark reached $4.7bn last year, according to customs data.",
            "Trade between Norland and Ostmark reached $7.4 billion in 2025, according to customs data.")
    assert numbers(c) == [("4.7bn", "7.4 billion")]


def test_the_person_a_sentence_opens_with_is_its_figures_subject(run):
    c = run("Henrik Aalvik, the founder and chairman of the Norsk Cargo shipping group, was sentenced to "
            "six years in prison.",
            "Mira Solberg, the chief financial officer of the Norsk Cargo shipping group, was sentenced to "
            "eight years in prison.")
    assert numbers(c) == []


def test_words_of_when_do_not_make_two_figures_one(run):
    c = run("Cardexa accounted for about a third of last year's sales at Norsk Pharma, its filings show.",
            "Cancer medicines accounted for roughly 40% of biotech deal value last year, according to industry "
            "data.")
    assert numbers(c) == []


def test_a_change_and_a_share_are_two_kinds_of_percentage(run):
    c = run("The pill cut the risk of death or hospital stays for heart failure by 25 percent in the trial.",
            "Death or a hospital stay for heart failure occurred in 14.1% of patients taking the pill in the trial.")
    assert numbers(c) == []


def test_two_changes_are_compared(run):
    c = run("The pill cut the risk of death or hospital stays for heart failure by 25 percent in the trial.",
            "The pill reduced the risk of death or hospital stays for heart failure by 22% in the trial.")
    assert numbers(c) == [("25 percent", "22")]


def overlaps(c):
    return [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "overlap"]


def test_the_same_figure_written_two_ways_is_an_overlap(run):
    c = run("The court in Lindenfeld also fined the shipping magnate €150,000 for the fraud.\n\n"
            "His lawyers said he would appeal.",
            "His lawyers said he would appeal.\n\n"
            "He was also ordered by the judges to pay a fine of 150,000 euros, the court said.")
    assert any(t == "paraphrase" and "150,000" in lt and "150,000 euros" in rt for t, lt, rt in overlaps(c))
    assert numbers(c) == []


def test_the_same_figure_in_otherwise_different_sentences(run):
    c = run("Average rents in Harwick have risen 48% over the past decade, a housing study found.",
            "The study, by a group of researchers at the city's university, said rents had risen 48% in "
            "ten years while wages stagnated.")
    assert any(t == "paraphrase" and "48" in lt and "48" in rt for t, lt, rt in overlaps(c))


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("about 10,000 feet", "about 1,500 metres", True),
    ("about 10,000 feet", "about 3,000 metres", False),  # 3,048 m: the same depth
    ("12 miles", "about 19 kilometres", False),
    ("12 miles", "40 kilometres", True),
])
def test_lengths_in_two_units_are_compared_as_one_measure(run, a, b, conflict):
    c = run(f"The Calder ferry sank {a} off the coast, the coastguard said on Monday.",
            f"The Calder ferry sank {b} off the coast, the coastguard said on Monday.")
    assert bool(numbers(c)) is conflict


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("two years", "18 months", True),
    ("two years", "24 months", False),
    ("three weeks", "21 days", False),
    ("more than two years", "20 months", True),
])
def test_durations_in_two_units_are_compared_as_one_measure(run, a, b, conflict):
    c = run(f"The strike at the Brixham plant lasted {a}, union leaders said.",
            f"The strike at the Brixham plant lasted {b}, union leaders said.")
    assert bool(numbers(c)) is conflict


def test_a_planned_time_neither_confirms_nor_contradicts_what_happened(run):
    # the right article gives the planned time and the actual one; the left's actual time
    # disagrees with the actual one (the planned time agreeing with it changes nothing)
    c = run("Judge Marta Ilves read out the verdict in the Kessler case at 14:30 local time on Friday.",
            "The verdict in the Kessler case, which had been expected at 2.30pm, was read by Judge "
            "Marta Ilves at around 4.30pm on Friday.")
    times = [(f.left_text, f.right_text) for f in c.findings if f.type == "time"]
    assert times == [("14:30", "4.30pm")]


@pytest.mark.parametrize("planned", ["was expected to reach", "is forecast to reach", "was due to reach"])
def test_a_forecast_figure_is_not_contradicted_by_the_outcome(run, planned):
    c = run(f"Exports from the Varna terminal {planned} $4.1 billion last year, the port authority said.",
            "Exports from the Varna terminal reached $3.2 billion last year, the port authority said.")
    assert numbers(c) == []


def test_two_forecasts_of_one_figure_are_compared(run):
    c = run("Exports from the Varna terminal are expected to reach $4.1 billion next year, the port said.",
            "Exports from the Varna terminal are forecast to reach $2.5 billion next year, the port said.")
    assert numbers(c) == [("4.1 billion", "2.5 billion")]
