"""What a figure measures and who told it: measures of two things ("4 tonnes of saffron" / "2
tonnes of vanilla", "a five-year agreement" / "a 10-day strike") are not compared; a count of
anonymous sources ("two people familiar with the matter") is no figure of the story; and a
figure told once as a limit ("more than 40 tonnes") agrees with the same figure told plainly.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_measures_of_two_substances_are_not_compared(run):
    c = run("Customs officers at Port Velmo seized 4 tonnes of saffron hidden in a shipment of rice, officials said.",
            "Customs officers at Port Velmo seized 2 tonnes of vanilla pods from the shipment of rice, officials "
            "said.")
    assert numbers(c) == []


def test_measures_of_one_substance_are_compared(run):
    c = run("Customs officers at Port Velmo seized 4 tonnes of saffron hidden in a shipment of rice, officials said.",
            "Customs officers at Port Velmo seized 2,500 kilograms of Kashmiri saffron from the shipment of rice, "
            "officials said.")
    assert numbers(c) == [("4 tonnes", "2,500 kilograms")]


def test_an_agreements_term_is_not_a_strikes_length(run):
    c = run("The Velmora government and the nurses' union reached a tentative five-year agreement on Wednesday.",
            "The Velmora government and the nurses' union reached an agreement on Wednesday, ending a 10-day "
            "strike.")
    assert numbers(c) == []


def test_a_contract_is_an_agreement(run):
    c = run("The Velmora government and the nurses' union reached a tentative five-year agreement on Wednesday.",
            "The Velmora government and the nurses' union signed a four-year contract on Wednesday.")
    assert numbers(c) == [("five-year", "four-year")]


def test_anonymous_sources_are_no_count(run):
    c = run("Kestrel Refining, which employs about 2,800 people, said the unit would stay shut for six weeks.",
            "The unit will stay shut for six weeks, according to two people familiar with the matter.")
    assert numbers(c) == []


def test_a_figure_told_as_a_limit_agrees_with_itself(run):
    c = run("Firefighters pumped more than 40 tonnes of foam onto the Kestrel Refining tank on Sunday.",
            "Firefighters pumped 40 tonnes of foam onto the Kestrel Refining tank on Sunday.")
    assert numbers(c) == []


def test_a_limit_still_disagrees_with_a_smaller_figure(run):
    c = run("Firefighters pumped more than 40 tonnes of foam onto the Kestrel Refining tank on Sunday.",
            "Firefighters pumped 30 tonnes of foam onto the Kestrel Refining tank on Sunday.")
    assert numbers(c) == [("40 tonnes", "30 tonnes")]


def test_a_figure_told_with_a_qualifier_agrees_with_itself(run):
    c = run("Pupils in Velmora have lost nearly two weeks of school to the teachers' strike, the union said.",
            "Pupils in Velmora have lost two weeks of school to the teachers' strike, the union said.")
    assert numbers(c) == []


def test_two_qualified_figures_on_either_side_still_disagree(run):
    c = run("Firefighters pumped nearly 40 tonnes of foam onto the Kestrel Refining tank on Sunday.",
            "Firefighters pumped more than 40 tonnes of foam onto the Kestrel Refining tank on Sunday.")
    assert numbers(c) == [("40 tonnes", "40 tonnes")]
