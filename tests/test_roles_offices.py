"""Roles: the same person given offices one person does not hold at once, titles written
before a name in apposition, "head of ..." titles, and what is not a different role.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from tui.engine.people import parse_title


def roles(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "role"]


@pytest.mark.parametrize("text, head, ranks", [
    ("chief medical officer", "chief medical officer", set()),
    ("Deputy Prime Minister", "prime minister", {"deputy"}),
    ("head of the anti-corruption prosecutors' office", "prosecutor", {"chief"}),
    ("museum's chief curator", "curator", {"chief"}),
])
def test_parse_title(text, head, ranks):
    t = parse_title(text, (0, len(text)))
    assert t is not None and t.head == head and set(t.ranks) == ranks


def test_head_of_a_department_is_an_office():
    t = parse_title("head of clinical development", (0, 28))
    assert t is not None and t.head.startswith("head of ")


def test_president_against_prime_minister(run):
    c = run("Norland's Prime Minister Tomas Ekwall arrived in Brenholt on Monday for two days of talks.",
            "Norland's President Tomas Ekwall arrived in Brenholt on Monday for two days of talks.")
    (f,) = roles(c)
    assert "a different office" in f.explanation


def test_two_chief_officers(run):
    c = run("Chief executive Mara Lindqvist said the results of the Vexol trial were encouraging.",
            "Mara Lindqvist, the company's chief medical officer, said the results of the Vexol trial were "
            "encouraging.")
    (f,) = roles(c)
    assert "Mara Lindqvist" in f.explanation


def test_a_title_in_apposition_before_the_name(run):
    c = run("\"We were targeted,\" said the gallery's director, Piet Ranveld, outside the building.",
            "\"We were targeted,\" said Piet Ranveld, the gallery's chief curator, outside the building.")
    assert len(roles(c)) == 1


def test_head_of_an_office_against_its_deputy(run):
    c = run("The head of the financial crimes prosecutors' office, Maria Moska, asked for a ten-year term.",
            "Deputy financial crimes prosecutor Maria Moska asked for a ten-year term.")
    (f,) = roles(c)
    assert "a different rank" in f.explanation


def test_two_offices_on_one_side_and_one_on_the_other(run):
    c = run("The company's chairman and chief executive, Olof Brandt, announced the cuts in Malmhaven.",
            "Chief executive Olof Brandt announced the cuts in Malmhaven on Tuesday.")
    assert roles(c) == []


def test_an_organisation_named_with_its_city_is_the_same_remit(run):
    c = run("Ana Ferreira, a spokeswoman for the tenants' union, said the march was peaceful.",
            "Ana Ferreira, a spokeswoman for the Lisbon Tenants' Union, said the march was peaceful.")
    assert roles(c) == []


def test_a_founder_who_runs_the_company(run):
    c = run("Founder Olof Brandt said the company would keep its plant in Malmhaven.",
            "Chief executive Olof Brandt said the company would keep its plant in Malmhaven.")
    assert roles(c) == []


def test_british_and_american_spellings_of_an_office_are_one_office(run):
    c = run("The delegation was led by Defense Minister Halvard Restel, who arrived in Kessmar on Monday.",
            "The delegation was headed by Defence Minister Halvard Restel, who arrived in Kessmar on Monday.")
    assert roles(c) == []
    other = run("The delegation was led by Defense Minister Halvard Restel, who arrived in Kessmar on Monday.",
                "The delegation was headed by Interior Minister Halvard Restel, who arrived in Kessmar on Monday.")
    assert len(roles(other)) == 1
