"""A person's age set off by commas after the name ("Tomas Ostby, 58, the former port director")
is an age, compared with "the 61-year-old Ostby" and "Ostby, aged 58".

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_an_age_after_a_name_and_an_age_before_it(run):
    c = run("Judges in Larvik sentenced Tomas Ostby, 58, the former port director, to six years in prison on "
            "Wednesday.",
            "The 61-year-old Ostby, who ran the port for a decade, was sentenced to six years in prison on "
            "Wednesday.")
    assert numbers(c) == [("58", "61-year-old")]


def test_the_same_age_written_two_ways_agrees(run):
    c = run("Judges in Larvik sentenced Tomas Ostby, 58, the former port director, to six years in prison on "
            "Wednesday.",
            "The 58-year-old Ostby, who ran the port for a decade, was sentenced to six years in prison on "
            "Wednesday.")
    assert numbers(c) == []


def test_a_count_after_a_place_is_no_age(run):
    c = run("In Larvik, 58 people were injured when the roof of the market hall collapsed on Wednesday.",
            "The 61-year-old market hall in Larvik collapsed on Wednesday, injuring dozens of people.")
    assert numbers(c) == []


def test_an_age_at_the_end_of_a_sentence(run):
    c = run('"It was terrifying," said Ioana Pavel, 34. She was travelling to visit her sister in Larsk.',
            '"It was terrifying," said Ioana Pavel, a 36-year-old teacher travelling to visit her sister in Larsk.')
    assert numbers(c) == [("34", "36-year-old")]


def test_a_digit_that_is_no_number_is_no_age(run):
    # a superscript is a digit to str.isdigit(), not to int()
    c = run("The The Lt.", "The ² Lt.")
    assert numbers(c) == []
