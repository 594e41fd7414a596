"""A person's age set off by commas after the name ("Henrik Aalto, 61,") is that person's age
now: compared with the age the other article gives the same person, in whichever sentence,
whatever years the sentence tells of.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers

LEFT = ("The Court of Appeal in Velstad on Tuesday reduced the prison sentence of former mayor Henrik "
        "Aalto, 61, from nine years to six years. Aalto, who served as mayor from 2011 to 2019, was found "
        "guilty in March 2024 of accepting bribes for city building contracts.")


def test_an_age_given_in_another_sentence_differs(run):
    c = run(LEFT, "Velstad's appeal court on Tuesday cut former mayor Henrik Aalto's prison term from nine "
                  "years to six years. Aalto, 63, mayor between 2011 and 2019, was convicted in March 2024 of "
                  "taking bribes for municipal building contracts.")
    assert numbers(c) == [("61", "63")]


def test_the_same_age_in_another_sentence_agrees(run):
    c = run(LEFT, "Velstad's appeal court on Tuesday cut former mayor Henrik Aalto's prison term from nine "
                  "years to six years. Aalto, 61, mayor between 2011 and 2019, was convicted in March 2024 of "
                  "taking bribes for municipal building contracts.")
    assert numbers(c) == []


def test_the_ages_of_two_people_are_not_compared(run):
    c = run(LEFT, "Velstad's appeal court on Tuesday cut former mayor Henrik Aalto's prison term from nine "
                  "years to six years. His lawyer, Piet Vermaas, 63, said his client would appeal to the "
                  "Supreme Court.")
    assert numbers(c) == []
