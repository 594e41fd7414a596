"""Percentages written "per cent" (British, Canadian, Australian and Indian copy) are read as
"%" and "percent" are, and the words around them are counted from the end of "per cent".

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_per_cent_against_per_cent(run):
    c = run("Under the agreement, Velmora's nurses will receive raises of 14.5 per cent over five years.",
            "Velmora's nurses will get raises of 11.5 per cent over five years, the union said.")
    assert numbers(c) == [("14.5 per cent", "11.5 per cent")]


def test_per_cent_against_the_percent_sign(run):
    c = run("Under the agreement, Velmora's nurses will receive raises of 14.5% over five years.",
            "Velmora's nurses will get raises of 11.5 per cent over five years, the union said.")
    assert numbers(c) == [("14.5", "11.5 per cent")]


def test_the_same_share_written_two_ways_agrees(run):
    c = run("Under the agreement, Velmora's nurses will receive raises of 14.5% over five years.",
            "Velmora's nurses will get raises of 14.5 per cent over five years, the union said.")
    assert numbers(c) == []


def test_a_year_after_per_cent_makes_the_figure_background(run):
    c = run("Under the agreement, Velmora's nurses will receive raises of 14.5 per cent over five years.",
            "Economists said the deal was in line with others. Nurses in Norway received raises of about 11 per "
            "cent over four years in 2025.")
    assert numbers(c) == []
