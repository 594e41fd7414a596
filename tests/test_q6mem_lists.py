"""Lists of participants told in other shapes: places that are not countries, members with a
short name in brackets, members added after the list ("assisted by"), and members who take
part with the clause's subject ("X leads it, with help from A"; "It will be joined by B").

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def memberships(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "membership"]


def test_regions_that_are_no_countries_disagree(run):
    c = run("The Velmora-3 satellite, a 300-kg craft built by Kestrel Orbital, was designed to monitor logging in "
            "the Tarvik Basin and the Morrow Plateau.\n",
            "The 660-pound Velmora-3 satellite, built by Kestrel Orbital, was to spend six years imaging the "
            "Tarvik Basin and the Ossing wetlands.\n")
    assert len(memberships(c)) == 1
    assert "Morrow Plateau" in memberships(c)[0][0] and "Ossing" in memberships(c)[0][1]


def test_the_same_regions_agree(run):
    c = run("The Velmora-3 satellite, a 300-kg craft built by Kestrel Orbital, was designed to monitor logging in "
            "the Tarvik Basin and the Morrow Plateau.\n",
            "The 660-pound Velmora-3 satellite, built by Kestrel Orbital, was to spend six years imaging the "
            "Morrow Plateau and the Tarvik Basin.\n")
    assert memberships(c) == []


LED = ("The inquiry is being led by the Velmoran Fraud Office (VFO), CERT Tarvania and the State Security "
       "Agency (SSA), said Anouk Varga, a spokeswoman for the VFO.\n")


def test_short_names_in_brackets_stay_inside_the_list(run):
    c = run(LED, "The inquiry is being led by the Velmoran Fraud Office (VFO), CERT Tarvania and the Harbour "
                 "Police Directorate, said Anouk Varga, a spokeswoman for the VFO.\n")
    assert len(memberships(c)) == 1
    assert "State Security Agency" in memberships(c)[0][0]


def test_a_member_assisted_by_another_is_one_of_the_list(run):
    c = run(LED, "The case is being handled by the Velmoran Fraud Office (VFO) and CERT Tarvania, assisted by "
                 "Europol, said Anouk Varga, head of the VFO.\n")
    assert len(memberships(c)) == 1
    assert memberships(c)[0][1].endswith("assisted by Europol")


def test_a_list_and_a_part_of_it_agree(run):
    c = run(LED, "The case is being handled by the Velmoran Fraud Office (VFO) and CERT Tarvania, said Anouk "
                 "Varga, head of the VFO.\n")
    assert memberships(c) == []


OPENED = ("Estonia's Air Accident Investigation Board (AAIB) has opened an investigation together with Kestrel "
          "and Finland's Transport Safety Bureau, which represents the country where the jet was built.\n")


def test_who_helps_the_subject_takes_part(run):
    c = run(OPENED, "Estonia's Air Accident Investigation Board (AAIB) is leading the investigation, with help "
                    "from Latvia's Aviation Safety Office.\n")
    assert len(memberships(c)) == 1


def test_a_pronoun_joined_by_others_takes_its_subject_from_the_sentence_before(run):
    c = run(OPENED, "Estonia's Air Accident Investigation Board (AAIB) has opened an investigation. It will be "
                    "joined by Latvia's Aviation Safety Office, which represents the country where the jet was "
                    "designed, and by engine maker Morrow Turbines.\n")
    assert len(memberships(c)) == 1


def test_the_same_helpers_agree(run):
    c = run(OPENED, "Estonia's Air Accident Investigation Board (AAIB) is leading the investigation, with help "
                    "from Finland's Transport Safety Bureau and Kestrel.\n")
    assert memberships(c) == []


def test_one_helper_named_of_two_is_an_omission(run):
    c = run(OPENED, "Estonia's Air Accident Investigation Board (AAIB) is leading the investigation, with help "
                    "from Finland's Transport Safety Bureau.\n")
    assert memberships(c) == []


def test_a_member_named_with_its_country_possessive(run):
    c = run("Two small satellites built by students at the Federal University of Tarsa and the University of "
            "Velmora were also on board.\n",
            "It shared the ride with two small satellites built by students at the Federal University of Tarsa and "
            "Argentina's National University of Morrow.\n")
    assert len(memberships(c)) == 1
    assert "National University of Morrow" in memberships(c)[0][1]


CUTS = "The decision follows rate cuts this month by the central banks of Poland and the Czech Republic.\n"


def test_bodies_named_one_per_country_are_those_countries(run):
    c = run(CUTS, "The decision follows cuts this month by the Czech National Bank and the National Bank of "
                  "Romania.\n")
    assert len(memberships(c)) == 1
    assert "Romania" in memberships(c)[0][1]


def test_the_same_countries_bodies_agree(run):
    c = run(CUTS, "The decision follows cuts this month by the Czech National Bank and the National Bank of "
                  "Poland.\n")
    assert memberships(c) == []


def test_places_that_stand_for_no_bodies_are_not_compared_with_bodies(run):
    c = run("The decision follows rate cuts this month in Poland and the Czech Republic.\n",
            "The decision follows cuts this month by the Czech National Bank and the National Bank of Romania.\n")
    assert memberships(c) == []


MISSING = "The two missing sailors, both Estonian nationals, were from the Kestrel Dawn, the coastguard said.\n"


def test_all_of_one_nationality_against_another_named(run):
    c = run(MISSING, "Two crew members of the Kestrel Dawn, a Filipino and an Estonian, remain missing, the "
                     "coastguard said.\n")
    assert memberships(c) == [("both Estonian", "a Filipino and an Estonian")]


def test_the_same_nationality_agrees(run):
    c = run(MISSING, "Two crew members of the Kestrel Dawn, two Estonians, remain missing, the coastguard said.\n")
    assert memberships(c) == []


def test_people_named_one_by_one_disagree(run):
    c = run("Two Danes and a Swede were hurt when the Kestrel Dawn ran aground, the coastguard said.\n",
            "A Dane, a Swede and a Norwegian were hurt when the Kestrel Dawn ran aground, the coastguard said.\n")
    assert len(memberships(c)) == 1


def test_fewer_people_of_the_same_nationalities_is_an_omission(run):
    c = run("A Dane and a Swede were hurt when the Kestrel Dawn ran aground, the coastguard said.\n",
            "A Dane, a Swede and a Norwegian were hurt when the Kestrel Dawn ran aground, the coastguard said.\n")
    assert memberships(c) == []


BOARD = ("Two small satellites built by students at the Federal University of Tarsa and the University of Velmora "
         "were also on board.\n")


def test_a_counted_list_that_is_part_of_the_other_disagrees(run):
    c = run(BOARD, "The small satellites on board came from the Federal University of Tarsa, the University of "
                   "Velmora and the Morrow Institute of Technology (MIT).\n")
    assert len(memberships(c)) == 1


def test_an_uncounted_list_that_is_part_of_the_other_is_an_omission(run):
    c = run("Small satellites built by students at the Federal University of Tarsa and the University of Velmora "
            "were also on board.\n",
            "The small satellites on board came from the Federal University of Tarsa, the University of "
            "Velmora and the Morrow Institute of Technology (MIT).\n")
    assert memberships(c) == []


def test_a_list_that_defines_the_group_and_is_part_of_the_other_disagrees(run):
    c = run("The suspects are lawyer Anouk Varga, accountant Rafe Tollund and businessman Corin Mazzel, the police "
            "said.\n",
            "The suspects are lawyer Anouk Varga, accountant Rafe Tollund, banker Ilse Brandt and businessman Corin "
            "Mazzel, the police said.\n")
    assert len(memberships(c)) == 1


def test_counted_lists_sharing_one_member_disagree(run):
    c = run(BOARD, "The small satellites on board came from the Federal University of Tarsa, the Morrow Institute of "
                   "Technology and the Ossing Polytechnic University.\n")
    assert len(memberships(c)) == 1


STOLEN = ('The stolen works are "Harbour at Dusk" by Pieter Vantongeren, "Girl with a Basket" by Anouk Varga and '
          '"The Chess Players" by Corin Mazzel, the museum said.\n')


def test_works_listed_with_their_authors_disagree(run):
    c = run(STOLEN, "The stolen works are Pieter Vantongeren's Harbour at Dusk (1641), Anouk Varga's Girl with a "
                    "Basket (1650) and Ilse Brandt's Boy with a Lute (c.1630), the museum said.\n")
    assert len(memberships(c)) == 1
    assert memberships(c)[0][0].startswith('"Harbour at Dusk" by')


def test_works_in_quotes_after_their_authors_agree(run):
    c = run(STOLEN, 'The stolen works are Pieter Vantongeren\'s "Harbour at Dusk", Anouk Varga\'s "Girl with a '
                    'Basket" and Corin Mazzel\'s "The Chess Players", the museum said.\n')
    assert memberships(c) == []


NAMED = ("The case is being handled by the Velmoran Fraud Office (VFO) and CERT Tarvania, assisted by Europol, said "
         "Anouk Varga, head of the VFO.\n")


def test_a_body_described_not_named_may_be_any_one_the_other_names(run):
    c = run(NAMED, "The police fraud unit, CERT Tarvania and the State Security Agency are investigating, said Anouk "
                   "Varga, a spokeswoman for the Velmoran Fraud Office.\n")
    assert len(memberships(c)) == 1
    assert memberships(c)[0][1].startswith("The police fraud unit")


def test_a_body_described_not_named_is_no_member_the_other_lacks(run):
    c = run("The case is being handled by the Velmoran Fraud Office (VFO) and CERT Tarvania, said Anouk Varga, head "
            "of the VFO.\n",
            "The police fraud unit, CERT Tarvania and the State Security Agency are investigating, said Anouk "
            "Varga, a spokeswoman for the Velmoran Fraud Office.\n")
    assert memberships(c) == []


MET = "Delegations from Turkey, the United States and Russia met in Velmora on Friday to discuss a ceasefire.\n"


def test_countries_told_by_their_adjectives_are_a_list(run):
    c = run(MET, "Turkish, American and Ukrainian officials met in Velmora on Friday to discuss a ceasefire.\n")
    assert memberships(c) == [("Turkey, the United States and Russia", "Turkish, American and Ukrainian")]


def test_the_same_countries_told_by_their_adjectives_agree(run):
    c = run(MET, "Russian, American and Turkish officials met in Velmora on Friday to discuss a ceasefire.\n")
    assert memberships(c) == []


def test_one_name_met_with_is_no_list(run):
    c = run("Estonia's foreign minister held talks with Latvia on Monday about the new border crossing.\n",
            "Estonia's foreign minister held talks with Finland on Monday about the new border crossing.\n")
    assert memberships(c) == []


def test_a_count_of_people_says_nothing_of_the_places_listed(run):
    c = run("Two residents were killed when the storm hit the towns of Tarvik and Ossing on Monday, the police said.\n",
            "The storm hit the towns of Tarvik, Ossing and Brell on Monday, killing two residents, the police said.\n")
    assert memberships(c) == []


def test_short_names_one_article_gives_alone_are_the_same_members(run):
    c = run("The inquiry is being led by the Velmoran Fraud Office (VFO), CERT Tarvania, the Harbour Police "
            "Directorate and the State Security Agency (SSA), said Anouk Varga, a spokeswoman for the VFO.\n",
            "The inquiry is being led by the VFO, CERT Tarvania, the Harbour Police Directorate and the SSA, said "
            "Anouk Varga, a spokeswoman for the fraud office.\n")
    assert memberships(c) == []
