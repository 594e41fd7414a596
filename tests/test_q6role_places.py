"""Roles tied to a place: offices written with a place and no organisation ("Velmora District
Collector", "the development officer in Velmora") are of one administration when the place is the
same; a minister's portfolio written between the place and the office ("Velmora Fisheries
Minister"); words of a title that say nothing of the office (an age, a legal form, where a company
is based); and names of short parts spelled two ways.

Every text here is invented. Each comparison runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from tui.engine import people


def roles(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "role"]


def notes(c):
    return [f.why.note for f in c.findings if f.kind == "contradiction" and f.type == "role"]


def names(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "name"]


# -- two offices in one place's administration ----------------------------------------------

def test_the_collector_is_not_the_development_officer_of_the_same_district(run):
    c = run("The fire was brought under control on Saturday, Velmora District Collector Anouk Varga told reporters.",
            "The fire burned for hours, said Anouk Varga, the district development officer in Velmora.")
    assert roles(c) == [("Collector Anouk Varga", "Anouk Varga, the district development officer in Velmora")]
    assert notes(c) == ["Anouk Varga: a different office"]


def test_a_mayor_is_not_the_returning_officer_of_the_city(run):
    c = run("The port reopened, Velmora Mayor Anouk Varga said on Monday. The city of Velmora was calm.",
            "The port reopened, said Anouk Varga, the returning officer in Velmora.")
    assert notes(c) == ["Anouk Varga: a different office"]


def test_one_office_with_and_without_its_district(run):
    c = run("The fire was doused on Saturday, Velmora Collector Anouk Varga said.",
            "The fire was brought under control on Saturday, Velmora District Collector Anouk Varga told reporters.")
    assert roles(c) == []


def test_an_officer_written_as_one_of_several_is_a_description(run):
    c = run("The fire was doused on Saturday, Velmora Collector Anouk Varga said. Villages near Velmora were cleared.",
            "The fire burned for hours, said Anouk Varga, a development officer in Velmora.")
    assert roles(c) == []
    c = run("The fire was doused on Saturday, Velmora police chief Anouk Varga said.",
            "The fire burned for hours, said Anouk Varga, a senior police officer in Velmora.")
    assert roles(c) == []


def test_one_of_several_advisers_in_a_place(run):
    c = run("Velmora Finance Minister Anouk Varga said the budget was sound. Velmora's economy grew.",
            "The budget was sound, said Anouk Varga, an adviser in Velmora.")
    assert roles(c) == []


def test_the_senior_officer_of_a_police_force_may_be_its_chief(run):
    c = run("The fire was doused on Saturday, Velmora police chief Anouk Varga said.",
            "The fire burned for hours, said Anouk Varga, the senior police officer in Velmora.")
    assert roles(c) == []


def test_the_head_of_a_district_administration_may_be_its_collector(run):
    c = run("The fire was doused on Saturday, Velmora Collector Anouk Varga said. Villages near Velmora were cleared.",
            "The fire was doused, said Anouk Varga, head of the district administration in Velmora.")
    assert roles(c) == []


def test_an_art_collector_holds_no_office(run):
    c = run("The painting was sold on Saturday, art collector Anouk Varga said.",
            "The painting was sold on Saturday, said Anouk Varga, director of the Kestrel Museum.")
    assert roles(c) == []


def test_one_office_under_another_countrys_name(run):
    c = run("Velmora Foreign Minister Anouk Varga visited the port on Saturday.",
            "Velmora's Foreign Secretary Anouk Varga visited the port in Velmora on Saturday.")
    assert roles(c) == []
    c = run("Velmora Finance Minister Anouk Varga visited the port on Saturday.",
            "Velmora Treasurer Anouk Varga visited the port in Velmora on Saturday.")
    assert roles(c) == []


# -- portfolios of one government -----------------------------------------------------------

def test_two_portfolios_written_after_the_place(run):
    c = run("Velmora Fisheries Minister Anouk Varga visited the port on Saturday.",
            "Velmora Labour Minister Anouk Varga visited the port in Velmora on Saturday.")
    assert roles(c) == [("Fisheries Minister Anouk Varga", "Labour Minister Anouk Varga")]
    assert notes(c) == ["Anouk Varga: a different remit"]


def test_a_portfolio_read_as_an_organisation(run):
    # ("Velmora Industries" is read as a company's name by the entities' reader)
    c = run("Velmora Industries Minister Anouk Varga visited the port on Saturday.",
            "Velmora Labour Minister Anouk Varga visited the port in Velmora on Saturday.")
    assert notes(c) == ["Anouk Varga: a different remit"]


def test_one_portfolio_with_and_without_its_place(run):
    c = run("Velmora Labour Minister Anouk Varga visited the port on Saturday.",
            "Labour Minister Anouk Varga visited the port in Velmora on Saturday.")
    assert roles(c) == []


# -- words that say nothing of the office ---------------------------------------------------

def test_an_age_a_legal_form_and_a_base_are_no_remit(run):
    c = run("Police detained Tran Minh Thang, the 52-year-old director of Kestrel Trading Co., on Monday.",
            "Police arrested Tran Minh Thang, director of the Velmora-based importer Kestrel Trading, on Monday.")
    assert roles(c) == []


def test_incidental_words():
    assert people._incidental("52-year-old") and people._incidental("velmora-based") and people._incidental("ltd.")
    assert not people._incidental("trading") and not people._incidental("labour")


def test_a_place_is_compared_without_its_jurisdiction():
    assert people._place_name("Velmora District") == people._place_name("Velmora") == "velmora"
    assert people._place_name("the Kestria County") == "kestria"


# -- names of short parts --------------------------------------------------------------------

def test_a_letter_changed_in_a_short_given_name_is_a_misspelling(run):
    c = run("Police detained the importer, Tran Minh Thang, the director of Kestrel Trading, on Monday.",
            "Police arrested Tran Minh Thanh, 48, the director of Kestrel Trading, on Monday, officials said.")
    assert len(names(c)) == 1


def test_dropped_diacritics_are_a_convention_a_changed_letter_is_not(run):
    c = run("Police detained the importer, Tran Minh Thanh, the director of Kestrel Trading, on Monday.",
            "Police have detained the company's director, Trần Minh Thắng, 52, on Monday.")
    assert len(names(c)) == 1
    c = run("Police detained the importer, Tran Minh Thang, the director of Kestrel Trading, on Monday.",
            "Police have detained the company's director, Trần Minh Thắng, 52, on Monday.")
    assert names(c) == []
