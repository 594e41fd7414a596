"""Figures compared across differently worded sentences: the word a figure counts stops at
punctuation, British and American spellings of one word, a figure after its qualifier.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def contradictions(c):
    return [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"]


def test_the_word_after_a_semicolon_is_not_what_a_figure_counts(run):
    c = run("Police in Velmora estimated the crowd at 30,000; organizers claimed about 120,000.",
            "Police in Velmora estimated the crowd at 30,000; organisers claimed 90,000.")
    assert numbers(c) == [("120,000", "90,000")]


def test_organiser_and_organizer_are_one_word():
    from tui.engine.tokens import normalise_word

    assert normalise_word("organisers") == normalise_word("organizers")
    assert normalise_word("organiser") == normalise_word("organizer")
    assert normalise_word("adviser") != normalise_word("advizer")  # "advise" is not an -ise verb


def test_a_figure_after_its_qualifier_counts_the_word_before_it(run):
    c = run("Rain fell over Velmora all afternoon. Turnout at the rally: police said 9,000; organisers claimed 25,000.",
            "Thousands marched through Velmora in the rain, and organizers claimed about 40,000 by evening.")
    assert numbers(c) == [("25,000", "40,000")]


def test_a_year_in_a_relative_clause_is_not_the_figures_year(run):
    c = run("The Tarnwick fraud trial, which opened in May 2024, lasted two years and heard 212 witnesses.",
            "In the end nearly 200 witnesses testified at the Tarnwick fraud trial before the three judges.")
    assert numbers(c) == [("212 witnesses", "200 witnesses")]


def test_a_year_of_a_coordinated_verb_is_not_the_figures_year(run):
    c = run("The Tarnwick trial opened in May last year and heard more than 200 witnesses in 90 sessions.",
            "The Tarnwick trial, in which nearly 200 witnesses testified, ended on Friday.")
    assert numbers(c) == [("200 witnesses", "200 witnesses")]


def test_a_year_written_with_the_figure_still_counts(run):
    c = run("The Tarnwick plant made 212 turbines in 2019, the company said.",
            "The Tarnwick plant made 180 turbines last week, the company said on Friday.")
    assert numbers(c) == []


def test_an_age_in_words_and_an_age_in_a_relative_clause(run):
    c = run("The ship, which is twelve years old, had been refitted in Port Abell in the spring, the operator said.",
            "The Kestra, a fifteen-year-old vessel, left Port Abell at dawn with 300 people on board.")
    assert numbers(c) == [("twelve years old", "fifteen-year-old")]


def test_ages_of_two_kinds_of_thing_are_not_compared(run):
    c = run("The ship, which is twelve years old, had been refitted in Port Abell in the spring, the operator said.",
            "Its captain, a fifteen-year-old boy's father, left Port Abell at dawn with 300 people on board.")
    assert numbers(c) == []


def test_the_ages_of_one_person(run):
    c = run("The driver, a 45-year-old man from Dunmore, was arrested at the scene on Friday.",
            "The driver, a 47-year-old man from Dunmore, was arrested at the scene on Friday.")
    assert numbers(c) == [("45-year-old", "47-year-old")]


def test_aged_and_year_old_are_one_measure(run):
    c = run("Police said the driver, a man aged 45 from Dunmore, was arrested at the scene on Friday.",
            "The driver, a 47-year-old man from Dunmore, was arrested at the scene on Friday, police said.")
    assert numbers(c) == [("45", "47-year-old")]


def test_what_a_compound_noun_counts_is_its_last_word(run):
    c = run("The airport in Velmora was closed for two hours, disrupting some 40 flights on Sunday.",
            "Investigators in Velmora will analyse the two flight recorders and inspect the damaged engine.")
    assert numbers(c) == []


def test_two_security_guards_against_three_guards(run):
    c = run("Two security guards were on duty at the Brenholt museum when the thieves broke in.",
            "Three guards were on duty at the Brenholt museum when the thieves broke in.")
    assert numbers(c) == [("Two security guards", "Three guards")]


def test_the_only_count_of_a_thing_in_two_loosely_related_sentences(run):
    c = run("Judges in Tarnwick will rule on Friday. The 20-month trial, in which nearly 200 witnesses testified, "
            "was followed closely across the country.",
            "Judges in Tarnwick will rule on Friday. The trial, which opened in May, lasted 20 months and heard "
            "212 witnesses over 87 sessions.")
    assert numbers(c) == [("200 witnesses", "212 witnesses")]


def test_an_estimate_put_at_a_figure_counts_what_was_estimated(run):
    c = run("The interior ministry in Velmora put the turnout at 30,000, while organisers spoke of a record.",
            "The interior ministry in Velmora counted 38,000 marchers, and organisers spoke of a record.")
    assert numbers(c) == [("30,000", "38,000 marchers")]


def test_two_estimates_of_a_crowd_by_other_counters_and_other_things(run):
    c = run("Police put the crowd at 30,000 in Velmora on Saturday.",
            "Police put the damage at 30 million in Velmora on Saturday.")
    assert numbers(c) == []
