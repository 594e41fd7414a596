"""Lists of participants: a place written with where it is ("Graz, Austria") is no list of
two. Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def memberships(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "membership"]


def test_a_city_and_its_country_are_no_list(run):
    c = run("The gang has hit hospitals in Germany and the Czech Republic this year, the Tarn agency said.",
            "The gang hit a clinic in Graz, Austria, this year, the Tarn agency said.")
    assert memberships(c) == []


def test_two_lists_of_two_still_disagree(run):
    c = run("The gang has hit hospitals in Germany and the Czech Republic this year, the Tarn agency said.",
            "The gang has hit hospitals in Germany and Austria this year, the Tarn agency said.")
    assert memberships(c) == [("Germany and the Czech Republic", "Germany and Austria")]
