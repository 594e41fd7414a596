"""Deaths told as killed, died, dead or fatalities are one count; a sentence that opens on the
year it is set in ("In November 2017, ...") tells of then, not of the story's event.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_killed_and_died_are_one_count(run):
    c = run("A wildfire in the hills north of Castellum has forced about 8,000 people to leave their homes, "
            "regional officials said on Thursday. The fire broke out on Monday afternoon near the village of "
            "Orsa and spread quickly in strong winds. Two firefighters have been killed and 17 people were "
            "treated in hospital for smoke inhalation. Regional governor Paola Benedetti said 650 firefighters were "
            "battling the blaze.",
            "A wildfire raging north of Castellum has forced 8,000 residents to evacuate, officials said on "
            "Thursday. The blaze started on Monday near the village of Orsa. Three firefighters have died and "
            "17 people needed hospital treatment for smoke inhalation. Regional governor Paola Benedetti said 650 "
            "firefighters were fighting the fire.")
    assert numbers(c) == [("Two firefighters", "Three firefighters")]


def test_the_same_deaths_told_two_ways_agree(run):
    c = run("Two firefighters have been killed in the Orsa blaze, regional officials said on Thursday.",
            "Two firefighters died in the Orsa blaze, regional officials said on Thursday.")
    assert numbers(c) == []


def test_a_sentence_set_in_an_earlier_year_is_background(run):
    c = run("A magnitude 6.2 earthquake struck Velmora province before dawn on Tuesday, killing 214 people "
            "and injuring nearly 1,300, the Red Crescent said.",
            "A strong earthquake struck Velmora province on Tuesday. In November 2017, a magnitude 7.3 "
            "earthquake in neighbouring Tarsk province killed more than 600 people, many of them in one town.")
    assert numbers(c) == []
