"""Entities: a person named right after an occupation, organisations and places by their head
word (museum, gallery, prison), and members of a list introduced by what they are.

Every text here is invented."""

from __future__ import annotations

from tui.engine.entities import extract
from tui.engine.segmenting import segment


def names(make_article, text):
    a = make_article(text)
    ents = extract(a, segment(a.text))
    return {ents.names[k]: ents.types[k] for k in ents.mentions}


def test_a_person_after_an_occupation(make_article):
    found = names(make_article, "The court acquitted accountant Rafe Tollund and businessman Corin Mazzel on Friday.")
    assert found.get("Rafe Tollund") == "PERSON"
    assert found.get("Corin Mazzel") == "PERSON"


def test_a_museum_and_a_prison_by_their_head_words(make_article):
    found = names(make_article, "Thieves broke into the Kessling Museum overnight. Two suspects were later "
                                "taken to Varrow Prison.")
    assert found.get("Kessling Museum") == "ORG"
    assert found.get("Varrow Prison") == "LOC"


def test_a_list_of_people_introduced_by_what_they_are(run):
    c = run("Two co-defendants, accountant Rafe Tollund and businessman Corin Mazzel, were acquitted.",
                       "The court also acquitted accountant Rafe Tollund and lawyer Davor Kestin.")
    assert [f.type for f in c.findings if f.kind == "contradiction"] == ["membership"]


def test_a_member_named_by_the_end_of_its_name_is_the_same(run):
    c = run("Trade ministers from Korea, Kazakhstan and Mongolia met in Ulaanbaatar on Monday.",
                       "Trade ministers from Kazakhstan, Mongolia and South Korea met in Ulaanbaatar on Monday.")
    assert [f for f in c.findings if f.kind == "contradiction" and f.type == "membership"] == []


def test_a_different_member_is_still_a_conflict(run):
    c = run("Trade ministers from Korea, Kazakhstan and Mongolia met in Ulaanbaatar on Monday.",
                       "Trade ministers from Kazakhstan, Mongolia and Japan met in Ulaanbaatar on Monday.")
    assert [f.type for f in c.findings if f.kind == "contradiction"] == ["membership"]


def test_a_plural_possessive_inside_an_organisation_name(make_article):
    found = names(make_article, "The march was called by the Lisbon Tenants' Union on Saturday.")
    assert found.get("Lisbon Tenants' Union") == "ORG"


def test_organisations_by_more_head_words(make_article):
    found = names(make_article, "Norsk Air chief executive Ingrid Dahl spoke after Halvard Medical Supplies "
                                "and Clean Water International issued statements.")
    assert found.get("Norsk Air") == "ORG"
    assert found.get("Ingrid Dahl") == "PERSON"
    assert found.get("Halvard Medical Supplies") == "ORG"
    assert found.get("Clean Water International") == "ORG"


def test_a_figure_is_named_with_the_noun_it_counts(make_article):
    """A number in the sidebar reads as the article writes it: the figure and the noun it counts,
    past a noun that describes it ("35 fire tenders", "four contract workers"), not a verb after
    it ("3,000 including")."""
    from tui.engine.entities import extract_values

    article = make_article("Some 35 fire tenders and four contract workers were at the Tarvo plant. It employs "
                           "3,000 including contractors, and 12 workers were hurt. Output fell 16.2% on a year "
                           "earlier, and 4.5 per cent on the month.")
    values = extract_values(article, segment(article.text))
    names = sorted(values.names[k] for k in values.mentions if values.types[k] == "NUMBER")
    assert names == ["12 workers", "16.2%", "3,000", "35 fire tenders", "4.5 per cent", "four contract workers"]
