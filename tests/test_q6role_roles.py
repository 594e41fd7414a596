"""Roles: two posts at one organisation ("chief economist" and "senior analyst" at one bank), an
organisation written as an acronym on one side and in full on the other, titles in more forms
("KBA president X", "X, the Velmora Port Authority's director", "X, who heads Y"), and what is
still one office (synonyms, a former or acting office, one title inside the other).

Every text here is invented. Each comparison runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from tui.engine import people


def roles(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "role"]


def notes(c):
    return [f.why.note for f in c.findings if f.kind == "contradiction" and f.type == "role"]


# -- two posts at one organisation ----------------------------------------------------------

def test_two_posts_at_one_bank(run):
    c = run("Ana Ruiz, chief economist at Kestrel Bank, said rates would fall in March.",
            "Ana Ruiz, a senior analyst at Kestrel Bank, said rates would fall in March.")
    assert roles(c) == [("Ana Ruiz, chief economist at Kestrel Bank", "Ana Ruiz, a senior analyst at Kestrel Bank")]
    assert notes(c) == ["Ana Ruiz: a different office"]


def test_a_treasurer_is_not_the_secretary(run):
    c = run("Ana Ruiz, treasurer of the Velmora Party, said the accounts were in order.",
            "Ana Ruiz, secretary of the Velmora Party, said the accounts were in order.")
    assert len(roles(c)) == 1


def test_an_adviser_is_not_the_chief_executive(run):
    c = run("Olof Brandt, an adviser to Kestrel Bank, announced the closure of the branch.",
            "Olof Brandt, chief executive of Kestrel Bank, announced the closure of the branch.")
    assert len(roles(c)) == 1


def test_a_profession_without_a_grade_describes_the_person(run):
    c = run("Ana Ruiz, an analyst at Kestrel Capital, said the shares were cheap.",
            "Ana Ruiz, a strategist at Kestrel Capital, said the shares were cheap.")
    assert roles(c) == []
    c = run("Ana Ruiz, an economist at Kestrel Bank, said rates would fall.",
            "Ana Ruiz, chief economist at Kestrel Bank, said rates would fall.")
    assert roles(c) == []


def test_one_profession_at_two_employers(run):
    c = run("Ana Ruiz, a Kestrel Bank economist, said rates would fall.",
            "Ana Ruiz, an economist at Velmora Capital, said rates would fall.")
    assert notes(c) == ["Ana Ruiz: a different remit"]


def test_two_grades_of_one_profession(run):
    c = run("Ana Ruiz, a senior economist at Kestrel Bank, said rates would fall.",
            "Ana Ruiz, chief economist at Kestrel Bank, said rates would fall.")
    assert notes(c) == ["Ana Ruiz: a different rank"]


def test_the_head_of_research_may_be_the_chief_economist(run):
    c = run("Ana Ruiz, Kestrel Bank's head of research, said rates would fall.",
            "Ana Ruiz, chief economist at Kestrel Bank, said rates would fall.")
    assert roles(c) == []


def test_a_founder_who_runs_the_bank(run):
    c = run("Olof Brandt, founder of Kestrel Bank, announced the closure of the branch.",
            "Olof Brandt, chief executive of Kestrel Bank, announced the closure of the branch.")
    assert roles(c) == []


def test_a_professor_who_is_dean(run):
    c = run("Olof Brandt, a professor at Kestrel University, said the talks would resume.",
            "Olof Brandt, dean of Kestrel University, said the talks would resume.")
    assert roles(c) == []


def test_a_spokesman_is_not_the_head_of_the_authority(run):
    c = run("\"We will rebuild,\" said Tomas Brel, a spokesman for the Velmora Port Authority.",
            "\"We will rebuild,\" said Tomas Brel, head of the Velmora Port Authority.")
    assert len(roles(c)) == 1


def test_the_head_of_an_authority_is_its_director(run):
    c = run("\"We will rebuild,\" said Tomas Brel, director of the Velmora Port Authority.",
            "\"We will rebuild,\" said Tomas Brel, head of the Velmora Port Authority.")
    assert roles(c) == []


def test_the_head_of_an_authority_and_its_deputy(run):
    c = run("Olof Brandt, deputy head of the Velmora Port Authority, said the port would reopen.",
            "Olof Brandt, head of the Velmora Port Authority, said the port would reopen.")
    assert notes(c) == ["Olof Brandt: a different rank"]


def test_a_rank_both_sides_give_does_not_hide_two_offices(run):
    c = run("Colonel Ivo Brant, the launch director, said telemetry was lost after two minutes.",
            "Colonel Ivo Brant, commander of the Velmora Launch Centre, said telemetry was lost after two minutes.")
    assert roles(c) == [("Ivo Brant, the launch director", "Ivo Brant, commander of the Velmora Launch Centre")]


def test_an_army_chief_is_its_commander(run):
    c = run("Lieutenant General Ivo Brant, commander of the Velmora Army, said the troops had withdrawn.",
            "General Ivo Brant, the Velmora Army chief, said the troops had withdrawn.")
    assert roles(c) == []


# -- an acronym on one side, the full name on the other -------------------------------------

def test_an_acronym_is_the_initials_of_the_name(run):
    c = run("Rita Moss, a senior analyst at the KBA, said the rocket was lost.",
            "Rita Moss, chief economist at the Kestrel Bureau of Aeronautics, said the rocket was lost.")
    assert len(roles(c)) == 1


def test_an_acronym_of_another_organisation(run):
    c = run("Rita Moss, a senior analyst at the KBA, said the rocket was lost.",
            "Rita Moss, chief economist at Velmora Bank, said the rocket was lost.")
    assert roles(c) == []


def test_an_acronym_before_the_title(run):
    c = run("\"We will fly again,\" KBA chief Rita Moss told reporters.",
            "\"We will fly again,\" said Rita Moss, a spokeswoman for the Kestrel Bureau of Aeronautics.")
    assert roles(c) == [("KBA chief Rita Moss", "Rita Moss, a spokeswoman for the Kestrel Bureau of Aeronautics")]


def test_the_chief_of_an_agency_is_its_director_general(run):
    c = run("\"We will fly again,\" KBA chief Rita Moss told reporters.",
            "\"We will fly again,\" said Rita Moss, director-general of the Kestrel Bureau of Aeronautics.")
    assert roles(c) == []


def test_an_acronym_defined_in_the_article(run):
    c = run("The Kestrel Space Office (AEV) lost the rocket. \"We will fly again,\" AEV chief Rita Moss said.",
            "\"We will fly again,\" said Rita Moss, a spokeswoman for the Kestrel Space Office.")
    assert len(roles(c)) == 1


def test_a_president_is_not_the_director_general(run):
    c = run("\"We will fly again,\" KBA president Rita Moss told reporters.",
            "\"We will fly again,\" said Rita Moss, director-general of the Kestrel Bureau of Aeronautics.")
    assert roles(c) == [("KBA president Rita Moss",
                         "Rita Moss, director-general of the Kestrel Bureau of Aeronautics")]


# -- titles in more forms ---------------------------------------------------------------------

def test_a_post_written_as_a_verb(run):
    c = run("\"We will fly again,\" said Rita Moss, who heads the Kestrel Bureau of Aeronautics.",
            "\"We will fly again,\" said Rita Moss, a spokeswoman for the Kestrel Bureau of Aeronautics.")
    assert roles(c) == [("Rita Moss, who heads the Kestrel Bureau of Aeronautics",
                         "Rita Moss, a spokeswoman for the Kestrel Bureau of Aeronautics")]


def test_who_heads_is_its_director(run):
    c = run("\"We will fly again,\" said Rita Moss, who heads the Kestrel Bureau of Aeronautics.",
            "\"We will fly again,\" said Rita Moss, the bureau's director.")
    assert roles(c) == []


def test_who_runs_a_company_with_someone(run):
    c = run("Ana Ruiz, who runs Kestrel Holdings with her brother, said the plant would close.",
            "Ana Ruiz, chief executive of Kestrel Holdings, said the plant would close.")
    assert roles(c) == []


def test_who_chairs_is_not_the_chief_executive(run):
    c = run("Ana Ruiz, chief executive of Kestrel Holdings, said the plant would close.",
            "Ana Ruiz, who chairs Kestrel Holdings, said the plant would close.")
    assert len(roles(c)) == 1


def test_an_organisation_of_several_words_in_the_possessive(run):
    c = run("\"The lane is closed,\" said Mei Tan, the Velmora Port and Harbour Authority's director of "
            "port operations.",
            "\"The lane is closed,\" Velmora Port and Harbour Authority chief executive Mei Tan told reporters.")
    assert len(roles(c)) == 1


def test_the_organisations_title_before_the_name(run):
    c = run("\"We will fly again,\" said the Kestrel Bureau's president, Rita Moss.",
            "\"We will fly again,\" said Rita Moss, treasurer of the Kestrel Bureau.")
    assert len(roles(c)) == 1


def test_a_profession_before_the_name(run):
    c = run("Kestrel Bank chief economist Ana Ruiz said rates would fall in March.",
            "Ana Ruiz, a senior analyst at Kestrel Bank, said rates would fall in March.")
    assert roles(c) == [("Kestrel Bank chief economist Ana Ruiz", "Ana Ruiz, a senior analyst at Kestrel Bank")]


def test_a_vice_president_written_with_a_hyphen(run):
    c = run("Olof Brandt, Vice-President of Kestrel Holdings, said the talks would resume on Monday.",
            "Olof Brandt, President of Kestrel Holdings, said the talks would resume on Monday.")
    assert notes(c) == ["Olof Brandt: a different rank"]


def test_a_director_general_is_the_director(run):
    c = run("Director General Olof Brandt of the Velmora Agency said the talks would resume.",
            "Olof Brandt, director of the Velmora Agency, said the talks would resume.")
    assert roles(c) == []


def test_a_secretary_general_is_not_a_spokesman(run):
    c = run("Olof Brandt, secretary-general of the Velmora Union, said the talks would resume.",
            "Olof Brandt, a spokesman for the Velmora Union, said the talks would resume.")
    assert len(roles(c)) == 1


def test_a_name_spelt_two_ways_with_two_titles(run):
    # (the linker does not join the two names; the near spelling does, and then their titles)
    c = run("No arrests have been made, said Jarosław Wendt, a spokesman for the Velmora Cyber Bureau.",
            "No one has been detained, said Jaroslaw Wandt, head of the Velmora Cyber Bureau.")
    assert roles(c) == [("Jarosław Wendt, a spokesman for the Velmora Cyber Bureau",
                         "Jaroslaw Wandt, head of the Velmora Cyber Bureau")]


# -- still one office -------------------------------------------------------------------------

def test_an_organisations_legal_form_and_city(run):
    c = run("Ana Ruiz, chief economist at Kestrel Bank AG, said rates would fall in March.",
            "Ana Ruiz, chief economist at Velmora-based Kestrel Bank, said rates would fall in March.")
    assert roles(c) == []


def test_a_remit_and_a_region_at_one_bank(run):
    c = run("Ana Ruiz, chief economist for Europe at Kestrel Bank, said rates would fall.",
            "Ana Ruiz, chief economist at Kestrel Bank, said rates would fall.")
    assert roles(c) == []


def test_the_head_of_an_acronym_and_of_the_name(run):
    c = run("Olof Brandt, head of the VPA, said the port would reopen on Monday.",
            "Olof Brandt, head of the Velmora Port Authority, said the port would reopen on Monday.")
    assert roles(c) == []


@pytest.mark.parametrize("left, right", [
    ("Olof Brandt, president and chief executive of Kestrel Holdings, announced the cuts.",
     "Olof Brandt, president of Kestrel Holdings, announced the cuts."),
    ("Olof Brandt, president and chief executive of Kestrel Holdings, announced the cuts.",
     "Olof Brandt, chief executive of Kestrel Holdings, announced the cuts."),
    ("Olof Brandt, chief executive of Kestrel Holdings and chairman of Velmora Bank, announced the cuts.",
     "Olof Brandt, chairman of Velmora Bank, announced the cuts."),
])
def test_one_title_inside_the_other(run, left, right):
    assert roles(run(left, right)) == []


def test_an_office_serving_two_people_is_one_office(run):
    c = run("Ana Ruiz, spokeswoman for the president and prime minister, said the talks would resume.",
            "Ana Ruiz, an adviser to the prime minister, said the talks would resume.")
    assert roles(c) == []


def test_a_former_office_and_a_present_one(run):
    c = run("Olof Brandt, the former chief executive of Kestrel Holdings, announced the cuts.",
            "Olof Brandt, chairman of Kestrel Holdings, announced the cuts.")
    assert roles(c) == []
    c = run("Ana Ruiz, the bank's former chief economist, said rates would fall.",
            "Ana Ruiz, a senior analyst at Kestrel Bank, said rates would fall.")
    assert roles(c) == []
    c = run("Olof Brandt, the ex-chairman of Kestrel Holdings, announced the cuts.",
            "Olof Brandt, chief executive of Kestrel Holdings, announced the cuts.")
    assert roles(c) == []


@pytest.mark.parametrize("left, right", [
    ("Olof Brandt, the acting director of the Kestrel Museum, announced the closure.",
     "Olof Brandt, director of the Kestrel Museum, announced the closure."),
    ("Interim chief executive Ana Ruiz said the plant in Velmora would close.",
     "Chief executive Ana Ruiz said the plant in Velmora would close."),
])
def test_an_acting_office_is_the_office(run, left, right):
    assert roles(run(left, right)) == []


@pytest.mark.parametrize("left", [
    "Olof Brandt, a veteran of the Kestrel Museum, announced the closure.",
    "Olof Brandt, a Kestrel Museum official, announced the closure.",
])
def test_descriptions_are_not_posts(run, left):
    assert roles(run(left, "Olof Brandt, director of the Kestrel Museum, announced the closure.")) == []


@pytest.mark.parametrize("other", [
    "Ana Ruiz, the Velmora Interior Ministry's press secretary, said the border was shut.",
    "Ana Ruiz, director of communications at the Velmora Interior Ministry, said the border was shut.",
    "Ana Ruiz, head of media relations at the Velmora Interior Ministry, said the border was shut.",
])
def test_a_spokesperson_by_other_names(run, other):
    c = run("Ana Ruiz, a spokeswoman for the Velmora Interior Ministry, said the border was shut.", other)
    assert roles(c) == []


def test_spokespeople_of_two_organisations(run):
    c = run("Ana Ruiz, a spokeswoman for Kestrel Airways, said the flight was cancelled.",
            "Ana Ruiz, a spokeswoman for Velmora Rail, said the flight was cancelled.")
    assert len(roles(c)) == 1


# -- the parts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, head, ranks", [
    ("director-general of the Kestrel Bureau", "director", set()),
    ("Director General", "director", set()),
    ("deputy director-general", "director", {"deputy"}),
    ("Vice-President", "president", {"vice"}),
    ("secretary-general", "secretary-general", set()),
    ("chief economist", "economist", {"chief"}),
    ("senior analyst at Kestrel Bank", "analyst", set()),
    ("press secretary", "spokesperson", set()),
    ("deputy head of the Velmora Port Authority", "head of authority port velmora", {"deputy"}),
])
def test_parse_title(text, head, ranks):
    t = people.parse_title(text, (0, len(text)))
    assert t is not None and t.head == head and set(t.ranks) == ranks


def test_parse_title_former_and_acting():
    assert people.parse_title("former chief executive", (0, 22)).former
    assert people.parse_title("ex-chairman", (0, 11)).former
    acting = people.parse_title("acting director", (0, 15))
    assert not acting.former and not acting.ranks


def test_initials():
    assert "kba" in people._initials("kestrel bureau of aeronautics")
    assert "mpa" in people._initials("maritime and port authority of velmora")
    assert people._initials("kestrel") == set()


def test_an_acronym_is_one_organisation_with_its_initials():
    full = people.Org(frozenset({"kestrel bureau of aeronautics"}), frozenset(), frozenset({"kba"}))
    short = people.Org(frozenset({"kba"}), frozenset({"kba"}), frozenset())
    other = people.Org(frozenset({"kestrel bank association"}), frozenset(), frozenset({"kba"}))
    assert full.same(short) and short.same(full)
    assert not full.same(other)  # (two names with the same initials, neither written as an acronym)


# -- a body named by its remit, not as an organisation ----------------------------------------

def test_a_police_chief_is_not_its_spokeswoman(run):
    c = run("Ana Ruiz, a Velmora police spokeswoman, said two men were arrested.",
            "Velmora police chief Ana Ruiz said two men were arrested.")
    assert roles(c) == [("Ana Ruiz, a Velmora police spokeswoman", "Velmora police chief Ana Ruiz")]


def test_a_police_chief_is_its_commissioner(run):
    c = run("Velmora police commissioner Ana Ruiz said two men were arrested.",
            "Velmora police chief Ana Ruiz said two men were arrested.")
    assert roles(c) == []


def test_the_head_of_a_society_is_its_president(run):
    c = run("Ana Ruiz, head of the Velmora Red Cross, said aid was arriving.",
            "Ana Ruiz, president of the Velmora Red Cross, said aid was arriving.")
    assert roles(c) == []


def test_a_finance_director_is_the_chief_financial_officer(run):
    c = run("Ana Ruiz, Kestrel's chief financial officer, said the results were strong.",
            "Ana Ruiz, Kestrel's finance director, said the results were strong.")
    assert roles(c) == []


def test_a_head_coach_is_not_the_assistant(run):
    c = run("Ana Ruiz, the team's head coach, said the players were tired.",
            "Ana Ruiz, the team's assistant coach, said the players were tired.")
    assert notes(c) == ["Ana Ruiz: a different rank"]


# -- an acronym in the remit; more ways of writing a title -------------------------------------

@pytest.mark.parametrize("office", ["director of", "a spokesman for"])
def test_one_office_at_an_acronym_and_its_name(run, office):
    c = run(f"\"We are sorry,\" said Piet Vos, {office} the VTA.",
            f"\"We are sorry,\" said Piet Vos, {office} the Velmora Transport Authority.")
    assert roles(c) == []


def test_one_office_at_two_organisations(run):
    c = run("\"We are sorry,\" said Piet Vos, director of the Kestrel Museum.",
            "\"We are sorry,\" said Piet Vos, director of the Velmora Transport Authority.")
    assert notes(c) == ["Piet Vos: a different remit"]


def test_an_age_before_the_title(run):
    c = run("Ana Ruiz, 54, chief economist at Kestrel Bank, said rates would fall.",
            "Ana Ruiz, a senior analyst at Kestrel Bank, said rates would fall.")
    assert len(roles(c)) == 1


def test_an_office_held_until_a_date_is_past(run):
    c = run("Ana Ruiz, who was chief executive of Kestrel Bank until 2020, said rates would fall.",
            "Ana Ruiz, chairman of Kestrel Bank, said rates would fall.")
    assert roles(c) == []


def test_a_former_office_joined_to_another_is_past_too(run):
    c = run("Olof Brandt, the former chairman and chief executive of Kestrel Holdings, announced the cuts.",
            "Olof Brandt, president of Kestrel Holdings, announced the cuts.")
    assert roles(c) == []


def test_a_day_before_a_chief_is_not_the_body(run):
    c = run("Velmora police chief Ana Ruiz said two men were arrested.",
            "The arrests were announced on Monday police chief Ana Ruiz said.")
    assert roles(c) == []


def test_the_next_person_of_a_list_is_not_a_title(run):
    c = run("Han was accompanied by Trade Minister Mira Solt, Foreign Minister Ivo Brant and the heads of 30 firms.",
            "Han's delegation included Trade Minister Mira Solt, Land Minister Cora Velt and 30 executives.")
    assert roles(c) == []
