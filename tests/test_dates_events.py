"""The day of one event in sentences worded apart: "the court sentenced him on Wednesday" /
"on Tuesday, the court sentenced the former minister to six years" put one event on two days,
though the rest of the two sentences differs. The words around each day say what happened on it.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def dates(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "date"]


LEFT = ("The Larvik fraud trial ended last month.\n\n"
        "Judges at the district court sentenced the former port director to six years in prison on Wednesday, "
        "after a trial that heard evidence from 140 witnesses over eleven months.\n\n"
        "His lawyers said they would appeal.\n")


def test_one_event_on_two_days_in_sentences_worded_apart(run):
    right = ("The Larvik fraud trial ended last month.\n\n"
             "On Tuesday the court sentenced Ostby, who ran the port for a decade and denied every charge, "
             "to six years.\n\n"
             "His lawyers said they would appeal.\n")
    c = run(LEFT, right)
    (f,) = dates(c)
    assert "Wednesday" in f.explanation and "Tuesday" in f.explanation


def test_two_events_on_two_days(run):
    right = ("The Larvik fraud trial ended last month.\n\n"
             "On Tuesday the former port director's lawyers, who said he denied every charge, filed papers to "
             "appeal against a six-year term.\n\n"
             "His lawyers said they would appeal.\n")
    c = run(LEFT, right)
    assert dates(c) == []


def test_an_appeal_on_two_days_in_sentences_worded_apart(run):
    left = ("Former port director jailed for fraud\n\n"
            "LARVIK — A former port director was sentenced to six years in prison on Wednesday for taking bribes "
            "from shipping firms.\n\n"
            "The Larvik fraud trial heard evidence from 140 witnesses over eleven months.\n\n"
            "Prosecutors said the director, Ostby, had taken 4 million crowns from three companies. Ostby's "
            "lawyers filed an appeal on Friday, calling the verdict a travesty.\n")
    right = ("Larvik port chief gets six years for bribery\n\n"
             "A court in Larvik on Wednesday sentenced Ostby, the former director of the town's port, to six "
             "years in prison for accepting bribes.\n\n"
             "The trial lasted eleven months and heard 140 witnesses.\n\n"
             "He denied every charge throughout. On Thursday Ostby's defence team appealed against the verdict, "
             "arguing that the court had ignored key evidence.\n")
    c = run(left, right)
    (f,) = dates(c)
    assert "Friday" in f.explanation and "Thursday" in f.explanation


def test_other_things_on_other_days_in_sentences_worded_apart(run):
    left = ("Former port director jailed for fraud\n\n"
            "LARVIK — A former port director was sentenced to six years in prison on Wednesday for taking bribes "
            "from shipping firms.\n\n"
            "Ostby's lawyers said on Friday that the verdict was a travesty.\n")
    right = ("Larvik port chief gets six years for bribery\n\n"
             "A court in Larvik on Wednesday sentenced Ostby, the former director of the town's port, to six "
             "years in prison for accepting bribes.\n\n"
             "On Thursday the port's new director announced a review of all contracts signed under Ostby.\n")
    c = run(left, right)
    assert dates(c) == []
