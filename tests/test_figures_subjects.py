"""What a figure is of, when it is a sentence's complement: "Trade between the two countries was
worth $4.7bn" is a figure of trade however far the word stands from it; two articles that give
the figure of one subject ("trade reached", "trade was worth") give one figure.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_the_subject_of_was_worth_is_what_the_figure_is_of(run):
    c = run("Bilateral trade reached $6.3 billion last year, making Varnia one of Ostrel's biggest partners in Europe.",
            "Trade between the two neighbours was worth $3.6bn last year, according to customs data, mostly grain "
            "and fertiliser.")
    assert numbers(c) == [("6.3 billion", "3.6bn")]


def test_the_head_of_the_subject_not_its_modifiers(run):
    c = run("Exports of wheat from the region reached $2.1 billion last year, officials said on Monday.",
            "Imports of machinery into the region were worth $900 million last year, according to officials.")
    assert numbers(c) == []


def test_different_subjects_are_different_figures(run):
    c = run("Revenue at the Varnia plant reached $6.3 billion last year, officials said.",
            "Trade between the two neighbours was worth $3.6bn last year, officials said.")
    assert numbers(c) == []


def test_a_subject_and_its_figure_in_other_years(run):
    c = run("Bilateral trade reached $6.3 billion in 2019, officials in Varnia said on Monday.",
            "Trade between the two neighbours was worth $3.6bn in 2024, according to customs data.")
    assert numbers(c) == []
