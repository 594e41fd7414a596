"""How many took part: a list of members against a stated count ("all five countries"), or two
stated counts ("four of the region's five states" / "all five countries").

Every text here is invented (the countries are only list members). Each test runs in both orders."""

from __future__ import annotations


def memberships(c):
    return [(f.left_text, f.right_text) for f in c.findings
            if f.kind == "contradiction" and f.type == "membership"]


def test_a_list_of_four_against_all_five(run):
    c = run("Greece, Italy, Spain and Portugal signed a joint statement on fishing quotas in Valletta on Monday.",
            "After a long night of talks in Valletta, the statement was signed by all five countries.")
    assert memberships(c) == [("Greece, Italy, Spain and Portugal", "all five countries")]


def test_four_of_five_against_all_five(run):
    c = run("Four of the region's five states signed a joint statement on fishing quotas on Monday.",
            "After a long night of talks in Valletta, the statement was signed by all five countries.")
    assert memberships(c) == [("Four of the region's five states", "all five countries")]


def test_a_list_that_spells_out_its_count_agrees(run):
    c = run("Greece, Italy, Spain, Malta and Portugal signed a joint statement on fishing quotas on Monday.",
            "The statement was signed by all five countries, Greece, Italy, Spain, Malta and Portugal, "
            "after a long night of talks.")
    assert memberships(c) == []


def test_a_list_of_examples_is_not_a_count(run):
    c = run("The trial enrolled 4,100 patients in 31 countries, including Greece, Italy, Spain and Portugal.",
            "The study enrolled 4,100 patients in 31 countries over three years, its sponsor said.")
    assert memberships(c) == []


def test_the_group_a_count_belongs_to_is_not_who_took_part(run):
    c = run("Ministers of the five Baltic and Nordic states met in Valletta and adopted a statement on quotas.",
            "Greece, Italy, Spain and Portugal adopted a statement on quotas in Valletta on Monday.")
    assert memberships(c) == []


def test_a_listed_member_that_the_other_article_says_stayed_away(run):
    c = run("The march in Velmora was backed by the Ostmark Dockers Union and the Velmora Teachers Union "
            "and set off at noon from the station.",
            "The Velmora Teachers Union joined the march, which set off at noon from the station, but the "
            "Ostmark Dockers Union stayed away.")
    assert memberships(c) == [("Ostmark Dockers Union and the Velmora Teachers Union",
                               "Ostmark Dockers Union stayed away")]


def test_a_member_both_articles_say_stayed_away(run):
    c = run("The march in Velmora was backed by the Ostmark Dockers Union and the Velmora Teachers Union, "
            "though in the end the Ostmark Dockers Union stayed away.",
            "The Velmora Teachers Union joined the march, which set off at noon from the station, but the "
            "Ostmark Dockers Union stayed away.")
    assert memberships(c) == []
