"""Names a list of members needs recognised: an acronym with its country's own name ("CERT
Tarvania"), an unknown name listed with organisations, a region named with its head word before
one named with a plural kind. Every text here is invented."""

from __future__ import annotations

from test_entities_more import names  # name -> type of what the extractor finds


def test_an_acronym_with_a_name_after_it_is_one_body(make_article):
    found = names(make_article, "The case is handled by CERT Tarvania and the State Security Agency, officials said.")
    assert found.get("CERT Tarvania") == "ORG"
    assert "CERT" not in found


def test_an_acronym_before_an_office_keeps_the_place_apart(make_article):
    found = names(make_article, "The VMA Tarvik director said patrol boats were out.")
    assert "VMA Tarvik" not in found


def test_an_acronym_before_a_weekday_or_a_known_place_is_alone(make_article):
    found = names(make_article, "The OSCE Monday statement was read out. The OSCE Austria office was closed.")
    assert "OSCE Monday" not in found and "OSCE Austria" not in found


def test_an_unknown_name_listed_with_organisations_is_one(make_article):
    found = names(make_article, "The board opened an inquiry together with Kestrel and Finland's Transport Safety "
                                "Bureau on Sunday.")
    assert found.get("Kestrel") == "ORG"
    found = names(make_article, "The inquiry thanked the Velmoran Tax Office, Kestrel and the police.")
    assert found.get("Kestrel") == "ORG"


def test_an_unknown_name_listed_with_no_organisation_is_left_alone(make_article):
    found = names(make_article, "The inquiry thanked Kestrel and the police for their help on Sunday.")
    assert "Kestrel" not in found


def test_a_model_number_makes_no_person(make_article):
    found = names(make_article, "The Kestrel K320neo, a six-year-old jet, took off. The board opened an inquiry "
                                "with Kestrel and Finland's Transport Safety Bureau.")
    assert found.get("Kestrel") == "ORG"


def test_a_region_with_its_head_word_and_one_with_a_plural_kind(make_article):
    found = names(make_article, "It was to spend six years imaging the Tarvik Basin and the Ossing wetlands.")
    assert found.get("Tarvik Basin") == "LOC"
    assert found.get("Ossing") == "LOC"


def test_an_of_complement_stops_before_another_countrys_name(make_article):
    found = names(make_article, "The satellites came from the Federal University of Tarsa and Argentina's National "
                                "University of Velmora.")
    assert found.get("Federal University of Tarsa") == "ORG"
    assert found.get("National University of Velmora") == "ORG"
    found = names(make_article, "The Ministry of Trade and Industry said so.")
    assert found.get("Ministry of Trade and Industry") == "ORG"


def test_an_author_listed_with_others_by_their_works_is_a_person(make_article):
    found = names(make_article, "The stolen works are Pieter Vantongeren's Harbour at Dusk (1641), Anouk Varga's "
                                "Girl with a Basket (1650) and Frans Hals's Boy with a Lute (c.1630).")
    assert found.get("Pieter Vantongeren") == "PERSON"


def test_a_short_name_given_in_brackets_is_the_organisation_wherever_written(make_article):
    from tui.engine.entities import extract
    from tui.engine.segmenting import segment

    a = make_article("A spokeswoman for the VFO spoke first. The Velmoran Fraud Office (VFO) leads the inquiry.")
    ents = extract(a, segment(a.text))
    keys = {(m.text, m.key) for ms in ents.mentions.values() for m in ms}
    full = next(key for text, key in keys if text == "Velmoran Fraud Office")
    assert {key for text, key in keys if text == "VFO"} == {full}
