"""Entities: people, organisations and places, typed, linked within and across articles."""

from __future__ import annotations

import pytest

from tui.engine import compare

FERRY = """Ferry Fire Investigation

Background and Context

Despite the rain, firefighters from Oslo reached the burning ferry near the Black Sea coast on Tuesday.
Earlier, Judge Ingrid Solberg of the Norwegian Maritime Court said the fire started in the engine room.
Solberg said the crew had been evacuated. The United Nations offered help.
The Lindenfeld Shipping Company thanked the rescuers.
Russian and Greek sailors were among the crew. The ferry had left Istanbul on Monday.
Meanwhile, Prime Minister Ivar Dahl promised an inquiry. Dahl told reporters the ferry was twenty years old.
"""


@pytest.fixture
def ferry(make_article):
    a = make_article(FERRY, path="ferry.txt")
    return compare(a, make_article("The storm closed the harbour.\n", path="other.txt"))


def by_name(c):
    return {e.name: e for e in c.entities}


@pytest.mark.parametrize("name, type_", [
    ("Ingrid Solberg", "PERSON"),
    ("Ivar Dahl", "PERSON"),
    ("Norwegian Maritime Court", "ORG"),
    ("United Nations", "ORG"),
    ("Lindenfeld Shipping Company", "ORG"),
    ("Oslo", "GPE"),
    ("Istanbul", "GPE"),
    ("Black Sea", "LOC"),
])
def test_entities_are_typed(ferry, name, type_):
    entities = by_name(ferry)
    assert name in entities, sorted(entities)
    assert entities[name].type == type_


def test_entity_spans_index_the_text(ferry):
    text = ferry.left.text
    for e in ferry.entities:
        assert e.left, e
        assert not e.right and e.presence == "left"
        for s in e.left:
            assert text[s.start:s.end] in e.left_forms


def test_surname_alone_joins_the_full_name(ferry):
    text = ferry.left.text
    for full, surname in (("Ingrid Solberg", "Solberg"), ("Ivar Dahl", "Dahl")):
        e = by_name(ferry)[full]
        assert sorted(e.left_forms) == sorted({full, surname})
        assert [text[s.start:s.end] for s in e.left] == [full, surname]
        assert not any(x.name == surname for x in ferry.entities)


def test_titles_are_not_part_of_the_name(ferry):
    names = {e.name for e in ferry.entities if e.type == "PERSON"}
    assert names == {"Ingrid Solberg", "Ivar Dahl"}


@pytest.mark.parametrize("word", ["Despite", "Earlier", "Meanwhile", "Background", "Context", "Ferry",
                                  "Investigation", "Russian", "Greek"])
def test_sentence_initial_words_headings_and_nationalities_are_not_entities(ferry, word):
    for e in ferry.entities:
        if e.type in ("DATE", "TIME", "NUMBER"):
            continue
        assert word not in e.name.split(), e
        assert not any(word in form.split() for form in e.left_forms), e


def test_nationalities_are_not_places(ferry):
    places = {e.name for e in ferry.entities if e.type in ("GPE", "LOC")}
    assert "Russia" not in places and "Greece" not in places
    assert places == {"Oslo", "Istanbul", "Black Sea"}


def test_values_are_entities_too(ferry):
    days = {e.name for e in ferry.entities if e.type == "DATE"}
    assert days == {"Monday", "Tuesday"}
    numbers = [e for e in ferry.entities if e.type == "NUMBER"]
    assert [n.left_forms for n in numbers] == [["twenty years"]]


@pytest.mark.parametrize("left_form, right_form, type_", [
    ("Kyiv", "Kiev", "GPE"),
    ("Turkey", "Türkiye", "GPE"),
    ("Zelensky", "Zelenskyy", "PERSON"),
])
def test_spellings_are_linked_across_articles(compare_texts, left_form, right_form, type_):
    template = ("President Volodymyr {person} arrived in {city} on Monday after talks in {country}.\n"
                "{person} said the talks in {country} were useful.\n")
    left = template.format(person="Zelensky", city="Kyiv", country="Turkey")
    right = template.format(person="Zelenskyy", city="Kiev", country="Türkiye")
    for c, (lf, rf) in ((compare_texts(left, right), (left_form, right_form)),
                        (compare_texts(right, left), (right_form, left_form))):
        matches = [e for e in c.entities
                   if any(lf in f.split() for f in e.left_forms)
                   or any(rf in f.split() for f in e.right_forms)]
        assert len(matches) == 1, [(e.name, e.left_forms, e.right_forms) for e in matches]
        e = matches[0]
        assert e.type == type_
        assert e.presence == "both"
        assert any(lf in f.split() for f in e.left_forms)
        assert any(rf in f.split() for f in e.right_forms)
        assert e.spelled_differently


def test_entity_names_do_not_depend_on_the_order(compare_texts):
    left = "President Volodymyr Zelensky arrived in Kyiv on Monday after talks in Turkey.\n"
    right = "President Volodymyr Zelenskyy arrived in Kiev on Monday after talks in Türkiye.\n"
    assert sorted(e.name for e in compare_texts(left, right).entities) == \
        sorted(e.name for e in compare_texts(right, left).entities)


def test_same_name_in_both_articles_is_one_entity(compare_texts):
    c = compare_texts("Judge Ingrid Solberg fined the Lindenfeld Shipping Company on Monday.",
                      "The Lindenfeld Shipping Company was fined by Judge Ingrid Solberg.")
    solberg = [e for e in c.entities if e.type == "PERSON"]
    assert len(solberg) == 1 and solberg[0].name == "Ingrid Solberg"
    assert solberg[0].presence == "both" and not solberg[0].spelled_differently
    company = [e for e in c.entities if e.type == "ORG"]
    assert [e.name for e in company] == ["Lindenfeld Shipping Company"]
    assert len(company[0].left) == len(company[0].right) == 1


def test_different_people_with_one_surname_are_not_merged(compare_texts):
    c = compare_texts("Judge Ingrid Solberg opened the hearing in Oslo.",
                      "Captain Tomas Solberg said the hearing in Oslo was delayed.")
    people = {(e.name, e.presence) for e in c.entities if e.type == "PERSON"}
    assert people == {("Ingrid Solberg", "left"), ("Tomas Solberg", "right")}
    assert not [f for f in c.findings if f.type == "name"]


# -- engine bugs ---------------------------------------------------------------------------------

def test_ministry_of_foreign_affairs_is_one_organisation(make_article):
    a = make_article("The Ministry of Foreign Affairs said the ferry crew would be flown home.")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    assert [(e.type, e.name) for e in c.entities if e.type != "NUMBER"] == \
        [("ORG", "Ministry of Foreign Affairs")]


def test_portfolio_in_a_title_is_not_a_person(make_article):
    a = make_article("Deputy Energy Minister Pavel Orlov said the pipeline would reopen within a week.")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    assert [e.name for e in c.entities if e.type == "PERSON"] == ["Pavel Orlov"]


def test_title_missing_from_the_lexicon_does_not_split_a_person(compare_texts):
    c = compare_texts("Prosecutor Ingrid Solberg told the court in Lindenfeld that the magnate hid four "
                      "million euros.",
                      "Ingrid Solberg told the court in Lindenfeld that the magnate hid four million euros.")
    people = [e for e in c.entities if e.type == "PERSON"]
    assert [(e.name, e.presence) for e in people] == [("Ingrid Solberg", "both")]


def test_headline_words_are_not_a_place(make_article):
    a = make_article("Court Upholds Fine Against Harbour Operator\n\nThe court upheld the fine on Monday.\n")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    assert [e.name for e in c.entities if e.type in ("PERSON", "ORG", "GPE", "LOC")] == []


# -- names the gazetteer does not know, typed by their context -------------------------------------

def _typed(make_article, text):
    c = compare(make_article(text), make_article("The storm closed the harbour.", path="other.txt"))
    return {(e.type, e.name) for e in c.entities if e.type in ("PERSON", "ORG", "GPE", "LOC")}


def test_world_places_and_natural_features_are_known(make_article):
    found = _typed(make_article, "Ministers met in Dushanbe and Karlsruhe after floods on the Danube, "
                                 "the Volga and the Syrdarya. Snow fell on the Himalayas.")
    assert {("GPE", "Dushanbe"), ("GPE", "Karlsruhe"), ("LOC", "Danube"), ("LOC", "Volga"),
            ("LOC", "Syrdarya"), ("LOC", "Himalayas")} <= found


def test_spelling_variants_of_a_place_are_one_entity(compare_texts):
    c = compare_texts("The court in Frankfurt am Main ruled on Monday.",
                      "The court in Frankfurt ruled on Monday.")
    places = [e for e in c.entities if e.type == "GPE"]
    assert len(places) == 1 and places[0].presence == "both"


@pytest.mark.parametrize("text, place", [
    ("Floods hit the village of Kessdorf on Monday.", "Kessdorf"),
    ("Rescuers reached the provincial capital, Halvarsk, by noon.", "Halvarsk"),
    ("The injured were flown to hospitals in Torvald and Meriden.", "Meriden"),
    ("The factory near Oskeby will close next year.", "Oskeby"),
    ("The plant, in Brannock, Ireland, employs 300 people.", "Brannock"),
    ("The Velsby-based insurer said profits rose.", "Velsby"),
])
def test_unknown_places_are_typed_by_their_context(make_article, text, place):
    assert ("GPE", place) in _typed(make_article, text)


def test_a_place_learnt_from_context_is_that_place_everywhere(make_article):
    a = make_article("Kessdorf Counts Its Losses\n\nThe water rose in Kessdorf overnight. "
                     "Kessdorf residents were evacuated by boat.")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    place = next(e for e in c.entities if e.name == "Kessdorf")
    assert place.type == "GPE" and len(place.left) == 3


@pytest.mark.parametrize("text", [
    "The talks were held in March and presented to Parliament in June.",
    "The fund invested in Brekka last year.",
    "The book was published in English on Tuesday.",
    "The court heard the case between Haag and Lorenz. Michael Haag and Dieter Lorenz denied it.",
    "Talks between Varga and Molnar ended. Varga said no deal was possible.",
])
def test_context_does_not_make_places_of_months_languages_or_people(make_article, text):
    assert not {name for type_, name in _typed(make_article, text) if type_ == "GPE"}


@pytest.mark.parametrize("text, name, type_", [
    ("Villagers fled the Kalva mountains as the Orsk river rose.", "Kalva", "LOC"),
    ("Villagers fled the Kalva mountains as the Orsk river rose.", "Orsk", "LOC"),
    ("Work on the Veslo dam has stopped.", "Veslo", "LOC"),
    ("Schools in Tarvan province were closed.", "Tarvan", "GPE"),
])
def test_a_name_before_its_kind_of_place(make_article, text, name, type_):
    assert (type_, name) in _typed(make_article, text)


# -- people, companies and organisations ------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Marta Lindqvist, a 41-year-old teacher, watched the water rise.", "Marta Lindqvist"),
    ("Gunnar Holt, Nordvik's chief financial officer, will join the board.", "Gunnar Holt"),
    ('"We lost everything," said Oskar Brenner, who runs a bakery.', "Oskar Brenner"),
    ("According to Irma Kovacevic the damage is severe.", "Irma Kovacevic"),
    ("The region's rescue chief, Vahid Soltani, visited the site.", "Vahid Soltani"),
    ("Two managers, Dieter Falk and Tobias Rehm, were acquitted.", "Dieter Falk"),
    ("Local councillor Ciarán Brennock called the closure a blow.", "Ciarán Brennock"),
])
def test_people_in_apposition_after_speech_and_with_given_names(make_article, text, person):
    assert ("PERSON", person) in _typed(make_article, text)


def test_a_company_and_its_short_name_are_one_organisation(make_article):
    a = make_article("Brekka Minerals Ltd said it would cut 400 jobs. Brekka shares fell 3%. "
                     "Analysts at Hadwell Securities said Brekka had little choice.")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    orgs = {e.name: e for e in c.entities if e.type == "ORG"}
    assert set(orgs) == {"Brekka Minerals Ltd", "Hadwell Securities"}
    assert len(orgs["Brekka Minerals Ltd"].left) == 3


def test_legal_form_suffixes_do_not_split_a_company(compare_texts):
    c = compare_texts("Nordlicht Energie AG filed for insolvency.", "Nordlicht Energie filed for insolvency.")
    orgs = [e for e in c.entities if e.type == "ORG"]
    assert len(orgs) == 1 and orgs[0].presence == "both"


@pytest.mark.parametrize("text, org", [
    ("The Velmar Institute for Coastal Studies said the sea was rising.",
     "Velmar Institute for Coastal Studies"),
    ("The Ministry of Water Resources said reservoirs were low.", "Ministry of Water Resources"),
    ("The Norwegian Seismological Centre recorded the quake.", "Norwegian Seismological Centre"),
    ("Members of the Revolutionary Guards cleared the roads.", "Revolutionary Guards"),
    ("Scientists at Oslo University disagreed.", "Oslo University"),
    ("The regulator BaFin declined to comment.", "BaFin"),
])
def test_organisation_heads_complements_and_mixed_case_names(make_article, text, org):
    found = _typed(make_article, text)
    assert ("ORG", org) in found
    assert ("GPE", "Oslo") not in found


def test_minister_of_a_portfolio_is_a_title_not_an_organisation(make_article):
    a = make_article("Minister of Water Resources Aziz Karimov opened the dam.")
    c = compare(a, make_article("The storm closed the harbour.", path="other.txt"))
    found = [(e.type, e.name) for e in c.entities if e.type in ("PERSON", "ORG")]
    assert found == [("PERSON", "Aziz Karimov")]


def test_centre_and_center_are_one_organisation(compare_texts):
    c = compare_texts("The Norwegian Seismological Centre measured 6.1.",
                      "The Norwegian Seismological Center measured 6.1.")
    orgs = [e for e in c.entities if e.type == "ORG"]
    assert len(orgs) == 1 and orgs[0].presence == "both"


def test_a_given_name_that_is_also_a_place_starts_a_person(make_article):
    found = _typed(make_article, "Sofia Marinova sang in Sofia on Friday.")
    assert ("PERSON", "Sofia Marinova") in found and ("GPE", "Sofia") in found


def test_known_names_quick_rejection_changes_nothing():
    """known() answers most longer names from their first word; it must agree with a full
    lookup (the gazetteer's names of several words, variants, and names learnt locally)."""
    import random

    from tui.engine import entities, gazetteer
    from tui.engine.model import Article

    ex = entities._Extractor(Article("x.txt", "text"), [])
    ex._set_local("carrow pharmaceuticals", ("Carrow Pharmaceuticals", "ORG"))
    ex._set_local("dorud", ("Dorud", "GPE"))

    def reference(words):
        form = " ".join(w.text for w in words)
        hit = ex.local.get(entities.fold(form)) if ex.local else None
        return hit or gazetteer.lookup(form)

    names = [f for table in (gazetteer.COUNTRY_BY_FORM, gazetteer.CITY_BY_FORM, gazetteer.ORG_BY_FORM,
                             gazetteer.LOC_BY_FORM) for f in table]
    rng = random.Random(7)
    extra = ["The", "the", "U.S.", "New", "Carrow", "Pharmaceuticals", "Dorud", "Smith", "of", "U.N."]
    for _ in range(3000):
        pick = rng.choice(names).split() + (rng.sample(extra, rng.randint(0, 2)) if rng.random() < 0.5 else [])
        if rng.random() < 0.3:
            pick = rng.sample(extra, rng.randint(2, 3))
        texts = [w.title() if rng.random() < 0.5 else w for w in pick if w]
        words = [entities._word(0, len(t), t) for t in texts]
        if words:
            assert ex.known(words) == reference(words), texts
