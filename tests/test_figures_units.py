"""Figures in the forms British, Canadian, Australian and Indian copy writes them: "half a
million", "a quarter of a million", "1.5m people", "3.8pc", "C$4.2 billion" (Canadian, not US,
dollars), "2,000 sq km" (an area, not a length), "12,000 lbs".

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from findings import numbers

FLED = "The floods in the Velmo basin forced {} to flee their homes, the relief agency said on Monday."
COST = "The new Kestrel bridge over the Velmo river will cost {}, the transport ministry said on Monday."
BURNT = "The Orvane wildfire has burnt {} of forest since June, the fire service said on Monday."
RATE = "Inflation in Velmora rose to {} in October, the statistics office said on Monday."


@pytest.mark.parametrize(("template", "left", "right", "found"), [
    (FLED, "half a million people", "500,000 people", []),
    (FLED, "half a million people", "800,000 people", [("half a million people", "800,000 people")]),
    (FLED, "a quarter of a million people", "250,000 people", []),
    (FLED, "1.5m people", "1.5 million people", []),
    (FLED, "1.5m people", "2 million people", [("1.5m people", "2 million people")]),
    (COST, "C$4.2 billion", "C$3.9 billion", [("4.2 billion", "3.9 billion")]),
    (COST, "C$4.2 billion", "US$3.1 billion", []),
    (BURNT, "2,000 sq km", "200,000 hectares", []),
    (BURNT, "2,000 square kilometres", "150,000 hectares", [("2,000 square kilometres", "150,000 hectares")]),
    (RATE, "3.8pc", "4.1 per cent", [("3.8pc", "4.1 per cent")]),
])
def test_figures_in_commonwealth_forms(run, template, left, right, found):
    assert numbers(run(template.format(left), template.format(right))) == found


def test_a_length_in_m_stays_a_length():
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    text = "A 1.5m wall collapsed onto the road."
    claims = figure_claims(text, segment(text), [])
    assert [(c.written, c.unit, c.value) for c in claims] == [("1.5m", "length", 1.5)]


WINDS = "Winds of {} lashed the Velmo coast overnight as the storm made landfall, the weather service said."


@pytest.mark.parametrize(("left", "right", "found"), [
    ("150 km/h", "93 mph", []),
    ("150km/h", "120 mph", [("150km/h", "120 mph")]),
    ("150 kilometres per hour", "81 knots", []),
    ("150 km/h", "110 km/h", [("150 km/h", "110 km/h")]),
])
def test_speeds_in_any_unit(run, left, right, found):
    assert numbers(run(WINDS.format(left), WINDS.format(right))) == found


def test_a_speed_is_not_a_length():
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    text = "Winds of 150 km/h hit the coast, 40 km north of Velmo, at 35,000ft."
    claims = figure_claims(text, segment(text), [])
    assert [(c.written, c.unit) for c in claims] == [("150 km/h", "speed"), ("40 km", "length"),
                                                     ("35,000ft", "length")]
