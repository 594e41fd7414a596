"""Entities across a set: one per real-world thing, its outlets and mentions, and its spellings
by outlet."""

from __future__ import annotations

from tui.coverage import build_coverage
from tui.coverage.entities import link_entities
from tui.coverage.model import Outlet
from tui.engine.pipeline import prepare

from coveragetexts import STORY


def _entities(make_article, texts: list[str]):
    articles = [make_article(t) for t in texts]
    prepared = [prepare(a) for a in articles]
    outlets = [Outlet(k, f"o{k}", a, len(a.text)) for k, a in enumerate(articles)]
    return link_entities(outlets, prepared)


def _named(entities, name: str):
    found = [e for e in entities if name in {f for forms in e.forms.values() for f in forms}]
    assert len(found) == 1, [(e.name, e.forms) for e in found]
    return found[0]


def test_spelling_variants_by_outlet(make_article):
    cov = build_coverage([make_article(t, path=n, fmt="md") for n, t in STORY.items()], workers=1)
    kyiv = _named(cov.entities, "Kyiv")
    assert kyiv.type == "GPE" and kyiv.name == "Kyiv"
    assert kyiv.outlets == [0, 1, 2]
    assert kyiv.forms == {0: ["Kyiv"], 1: ["Kyiv"], 2: ["Kiev"]}
    assert kyiv.spelled_differently
    assert [(s.form, s.outlets) for s in kyiv.variants] == [("Kyiv", [0, 1]), ("Kiev", [2])]
    lisbon = _named(cov.entities, "Lisbon")
    assert lisbon.outlets == [0, 1, 2] and not lisbon.spelled_differently


def test_people_spelled_two_ways_are_one_person(make_article):
    ents = _entities(make_article, [
        "Harbour master Ilse Brandvik said the wreck would be moved. Brandvik spoke in Varnholm.",
        "Harbour master Ilse Brandvick said the wreck would be moved.",
        "Harbour master Ilse Brandvik said the wreck would be moved.",
    ])
    person = _named(ents, "Ilse Brandvick")
    assert person.type == "PERSON" and person.outlets == [0, 1, 2]
    assert person.mentions == {0: 2, 1: 1, 2: 1}
    assert [(s.form, s.outlets) for s in person.variants] == [("Ilse Brandvik", [0, 2]), ("Ilse Brandvick", [1])]


def test_a_shorter_name_or_an_abbreviation_is_no_other_spelling(make_article):
    ents = _entities(make_article, [
        "Mayor Ilse Brandvik met officials from the United States in Varnholm on Monday.",
        "Brandvik met US officials in Varnholm on Monday, the mayor's office said.",
    ])
    assert not _named(ents, "Ilse Brandvik").spelled_differently
    us = _named(ents, "US")
    assert us.outlets == [0, 1] and not us.spelled_differently


def test_two_people_one_outlet_keeps_apart_stay_apart(make_article):
    ents = _entities(make_article, [
        "Harbour master Ilse Brandvik and her brother, pilot Anders Brandvik, were at the quay.",
        "The pilot, Anders Brandvik, said the channel was safe.",
    ])
    ilse, anders = _named(ents, "Ilse Brandvik"), _named(ents, "Anders Brandvik")
    assert ilse is not anders
    assert anders.outlets == [0, 1] and ilse.outlets == [0]


def test_an_ambiguous_name_joins_one_person_only(make_article):
    """Outlet #1 names two Brandviks; a lone "Brandvik" elsewhere may be either, so it joins at
    most one of them and the two stay two."""
    from tui.coverage.entities import _Sets

    sets = _Sets([0, 0, 1])  # nodes: Ilse (#1), Anders (#1), Brandvik (#2)
    sets.join(2, 0, exclusive=True)
    sets.join(2, 1, exclusive=True)
    assert sets.find(0) == sets.find(2) != sets.find(1)


def test_entities_are_ordered_and_numbered(make_article):
    cov = build_coverage([make_article(t, path=n, fmt="md") for n, t in STORY.items()], workers=1)
    assert [e.id for e in cov.entities] == [f"x{k}" for k in range(1, len(cov.entities) + 1)]
    widths = [len(e.outlets) for e in cov.entities]
    assert widths == sorted(widths, reverse=True)
    assert {e.type for e in cov.entities} <= {"PERSON", "ORG", "GPE", "LOC"}
