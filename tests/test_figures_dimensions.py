"""Lengths by dimension and small units: "300 metres wide and 500 metres long" are two things, a
width and a length, each compared with the other article's figure of its own dimension; and
centimetres, millimetres and inches are lengths, compared with metres and feet.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_a_width_is_compared_with_the_other_articles_width(run):
    c = run("The landslide near Orvane was about 300 metres wide and 500 metres long, with mud up to four "
            "metres deep in places, the mayor said.",
            "The landslide near Orvane was some 400 metres wide, the mayor said.")
    assert numbers(c) == [("300 metres", "400 metres")]


def test_the_same_width_agrees(run):
    c = run("The landslide near Orvane was about 400 metres wide and 500 metres long, the mayor said.",
            "The landslide near Orvane was some 1,300 feet wide, the mayor said.")
    assert numbers(c) == []


def test_a_width_and_a_length_are_not_compared(run):
    c = run("The landslide near Orvane was about 300 metres wide, the mayor said.",
            "The landslide near Orvane was some 500 metres long, the mayor said.")
    assert numbers(c) == []


def test_centimetres_are_compared_with_metres(run):
    c = run("Up to 80 centimetres of fresh snow fell on the Orvane pass overnight, the weather service said.",
            "Up to 1.2 metres of fresh snow fell on the Orvane pass overnight, the weather service said.")
    assert numbers(c) == [("80 centimetres", "1.2 metres")]


def test_centimetres_and_metres_of_one_amount_agree(run):
    c = run("Up to 80 centimetres of fresh snow fell on the Orvane pass overnight, the weather service said.",
            "Up to 0.8 metres of fresh snow fell on the Orvane pass overnight, the weather service said.")
    assert numbers(c) == []
