"""Crowd estimates and who gives them: "organisers said 200,000 people took part" and "organizers
claimed about 150,000" are two counts by one source of one crowd; the police's count and the
organisers' are two sources, which news reports side by side without contradiction.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_the_organisers_count_in_two_articles(run):
    c = run("The regional government in Velmora put the turnout at 30,000, while organisers said 120,000 people "
            "took part.",
            "Police estimated the crowd at 30,000; organizers claimed about 90,000. It was the largest march in "
            "the city in years.")
    assert numbers(c) == [("120,000 people", "90,000")]


def test_the_police_count_and_the_organisers_count_are_two_sources(run):
    c = run("The regional government in Velmora put the turnout at 30,000, while organisers said 120,000 people "
            "took part.",
            "Police estimated the crowd at 30,000 and said the march was peaceful. It was the largest march in "
            "the city in years, police said, and 120,000 people took part according to organisers.")
    assert numbers(c) == []
