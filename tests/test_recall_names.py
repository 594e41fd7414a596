"""Recall of names spelled two ways that the detectors were not tuned on: a surname a letter
apart, where the given name differs only by a letter written without its stroke (Polish ł, Danish
ø). Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def names(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "name"]


def test_a_surname_misspelt_where_the_given_name_drops_its_stroke(run):
    c = run("The attack on the Pellin clinic was confirmed by Władysław Dorocki, a spokesman for the regional "
            "police.\n\nThe clinic said on Monday that no patient data had been published.",
            "Investigators are examining the servers, said Wladyslaw Dorecki, a spokesman for the regional "
            "police.\n\nThe clinic said on Monday that no patient data had been published.")
    assert names(c) == [("Władysław Dorocki", "Wladyslaw Dorecki")]


def test_a_name_without_its_stroke_is_a_convention(run):
    c = run("The attack on the Pellin clinic was confirmed by Władysław Dorocki, a spokesman for the regional "
            "police.",
            "Investigators are examining the servers, said Wladyslaw Dorocki, a spokesman for the regional "
            "police.")
    assert names(c) == []


def test_two_people_with_other_given_names_are_not_one(run):
    c = run("The attack on the Pellin clinic was confirmed by Henryk Dorocki, a spokesman for the regional "
            "police.",
            "Investigators are examining the servers, said Zofia Dorecka, the clinic's head of security.")
    assert names(c) == []


def test_plain_letters():
    from tui.engine.people import _plain

    assert _plain("Mirosław") == _plain("Miroslaw") == "miroslaw"
    assert _plain("Søren") == _plain("Soren")
