"""Entities by what surrounds them: a place named by the kind of site after it ("Velmora
prison", "Atocha train station", "the Torrenza neighbourhood"), squares named in Spanish or
Italian, long organisation names across "and" and "of", a name after a kind of organisation
("the data firm Quorva"), where a person is from, a person in apposition after an occupation;
and units of power that are no organisations ("3 GW").

Every text here is invented."""

from __future__ import annotations

from tui.engine.entities import extract
from tui.engine.segmenting import segment


def entities(make_article, text):
    a = make_article(text)
    ents = extract(a, segment(a.text))
    return {ents.names[k]: (ents.types[k], len(ents.mentions[k])) for k in ents.mentions}


def test_a_site_named_by_its_kind_is_a_place_and_its_bare_name_too(make_article):
    found = entities(make_article, "The former mayor was taken to Velmora prison after a hearing at the "
                                   "Stenbrook court complex. His lawyers visited him in Velmora on Tuesday. "
                                   "Protesters marched to Ostberg train station.")
    assert found.get("Velmora prison") == ("LOC", 2)  # the later bare "Velmora" is the prison
    assert found.get("Stenbrook court complex") == ("LOC", 1)
    assert found.get("Ostberg train station") == ("LOC", 1)


def test_a_company_s_plant_is_not_a_place(make_article):
    """A "plant" (or "field", "base", "camp") is a site only after a word that says which kind:
    "Dalvik power plant" is one, "Korvex plant" is a company's own."""
    found = entities(make_article, "Korvex Industries said its Korvex plant would close. Workers at the "
                                   "Dalvik power plant went on strike.")
    assert "Korvex plant" not in found
    assert found.get("Dalvik power plant") == ("LOC", 1)


def test_squares_named_in_other_languages(make_article):
    found = entities(make_article, "Crowds gathered in Plaza de la Libertad and later in Piazza del Duomo.")
    assert found.get("Plaza de la Libertad") == ("LOC", 1)
    assert found.get("Piazza del Duomo") == ("LOC", 1)
    assert "Piazza" not in found and "Duomo" not in found


def test_units_of_power_are_no_organisations(make_article):
    found = entities(make_article, "The wind farm will produce 3 GW of power, the old one 450 MW.")
    assert "GW" not in found and "MW" not in found


def test_an_organisation_s_name_runs_across_and_to_its_head_word(make_article):
    found = entities(make_article, "The Transport Safety Investigation and Analysis Centre opened an inquiry. "
                                   "Russia and Ukraine Said Nothing.")
    assert found.get("Transport Safety Investigation and Analysis Centre") == ("ORG", 1)
    assert "Analysis Centre" not in found and "Transport Safety" not in found


def test_an_international_airport_is_a_place_not_an_organisation(make_article):
    found = entities(make_article, "The plane landed at Vardel International Airport at dawn.")
    assert found.get("Vardel International Airport") == ("LOC", 1)
    assert "Vardel International" not in found


def test_where_a_person_comes_from_is_a_place(make_article):
    found = entities(make_article, "Ana Moraru, a 34-year-old teacher from Dravesti, said the crew was calm.")
    assert found.get("Dravesti") == ("GPE", 1)


def test_an_organisation_s_name_takes_its_of_and_for_complements(make_article):
    found = entities(make_article, "The Three-Member Court of Appeal for Felonies upheld the verdict.")
    assert found.get("Three-Member Court of Appeal for Felonies") == ("ORG", 1)


def test_a_name_after_a_kind_of_organisation_is_one(make_article):
    found = entities(make_article, "A count by the data firm Quorva, based on aerial images, put it at 92,000.")
    assert found.get("Quorva") == ("ORG", 1)


def test_a_neighbourhood_is_a_place_and_a_specialist_is_from_one(make_article):
    found = entities(make_article, "Marta Iglesias lives in the Torrenza neighbourhood. Stamatakis, a former "
                                   "cardiologist from Velioni, entered Parliament in 2015.")
    assert found.get("Torrenza") == ("LOC", 1)
    assert found.get("Velioni") == ("GPE", 1)


def test_a_person_named_in_apposition_after_an_occupation(make_article):
    found = entities(make_article, "The company's owner, Kostis Dravonas, was sentenced to seven years.")
    assert found.get("Kostis Dravonas") == ("PERSON", 1)


def test_an_organisation_with_two_head_words_is_one_name(make_article):
    """"Aviation" is a head word too, but the name goes on to "Center": one organisation."""
    found = entities(make_article, "The Civil Aviation Safety Investigation and Analysis Center opened an inquiry.")
    assert found == {"Civil Aviation Safety Investigation and Analysis Center": ("ORG", 1)}


def test_a_possessive_inside_an_organisation_s_name(make_article):
    found = entities(make_article, "The European Public Prosecutor's Office charged him, and the People's Party "
                                   "objected. Russia's Foreign Ministry said nothing.")
    assert found.get("European Public Prosecutor's Office") == ("ORG", 1)
    assert found.get("People's Party") == ("ORG", 1)
    assert found.get("Russia") == ("GPE", 1) and "Office" not in found


def test_a_name_after_by_is_a_person(make_article):
    found = entities(make_article, "The thieves took two paintings by Mirela Dostana. The report was written by "
                                   "Anders Kellvik.")
    assert found.get("Mirela Dostana") == ("PERSON", 1)
    assert found.get("Anders Kellvik") == ("PERSON", 1)


def test_a_name_with_a_particle_after_said(make_article):
    """"de" stands in lower case elsewhere in the article: inside a name it is still the name's."""
    found = entities(make_article, "The paintings were taken to order, said Maren de Vliet, a spokeswoman for the "
                                   "regional police. Officers searched de facto every barn in the area.")
    assert found.get("Maren de Vliet") == ("PERSON", 1)


def test_a_name_whose_revenue_or_employees_are_spoken_of_is_a_company(make_article):
    found = entities(make_article, "Analysts said Korvelt's revenue fell by a third. The strike began after "
                                   "Brandomar's employees walked out.")
    assert found.get("Korvelt") == ("ORG", 1)
    assert found.get("Brandomar") == ("ORG", 1)


def test_a_sentence_may_open_on_a_company_s_possessive(make_article):
    found = entities(make_article, "Brandomar's employees walked out on Monday. Today's strike was the first.")
    assert found.get("Brandomar") == ("ORG", 1)
    assert "Today" not in found


def test_a_name_described_as_a_kind_of_place_in_apposition(make_article):
    found = entities(make_article, "A third man waited in a car on the Verbeek, the canal that runs past the "
                                   "museum. The convoy reached Harvalo, a town in the hills, at dawn.")
    assert found.get("Verbeek") == ("LOC", 1)
    assert found.get("Harvalo") == ("GPE", 1)


def test_a_sentence_after_a_dateline_with_its_date_starts_anew(make_article):
    """"BUCHAREST, Oct 17 - A Vela Air jet ...": "A" opens the story's first sentence."""
    found = entities(make_article, "VELMORA, Oct 17 - A Norlen Air jet returned to the airport on Saturday. "
                                   "Norlen Air said the crew was safe.")
    assert "A Norlen Air" not in found
    assert found.get("Norlen Air", ("ORG", 0))[1] == 2


def test_a_place_in_a_dateline_is_shown_as_written_in_the_text(compare_texts):
    """The sidebar names a place "Bucharest", not its dateline capitals, whichever article is left."""
    a = "VELMORA, Oct 17 - A jet returned to Velmora airport on Saturday.\n"
    b = "The jet landed in Velmora on Saturday after an engine warning.\n"
    for left, right in ((a, b), (b, a)):
        names = {e.name for e in compare_texts(left, right).entities if e.type == "GPE"}
        assert "Velmora" in names and "VELMORA" not in names, names


def test_a_place_named_with_and_without_its_kind_words_is_one_entity(compare_texts):
    c = compare_texts("The jet landed at Velmora Ionescu International Airport on Saturday.\n",
                      "The jet returned to Velmora Ionescu airport on Saturday evening.\n")
    places = [e for e in c.entities if e.type == "LOC"]
    assert len(places) == 1 and places[0].presence == "both", [(e.name, e.presence) for e in places]
    assert places[0].spelled_differently


def test_a_candidate_named_after_incumbent_or_challenger(make_article):
    found = entities(make_article, "The count showed incumbent Marek Horvane ahead of challenger Ilka Sorbel.")
    assert found.get("Marek Horvane") == ("PERSON", 1)
    assert found.get("Ilka Sorbel") == ("PERSON", 1)
