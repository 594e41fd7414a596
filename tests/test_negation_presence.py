"""A person one article says did not travel to a place and the other puts there.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def negations(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


def test_did_not_travel_against_told_reporters_there(run):
    c = run("Finance Minister Tomas Brell did not travel to Velmora; his deputy signed the accord for him.",
            "Tomas Brell told reporters in Velmora on Monday evening that grain prices would fall sharply next "
            "spring after a record harvest.")
    assert negations(c) == [("Tomas Brell did not travel to Velmora", "Tomas Brell told reporters in Velmora")]


def test_someone_else_was_there(run):
    c = run("Finance Minister Tomas Brell did not travel to Velmora; his deputy signed the accord for him.",
            "Foreign Minister Anja Rudel told reporters in Velmora that the accord was fair to both sides.")
    assert negations(c) == []


def test_somewhere_else(run):
    c = run("Finance Minister Tomas Brell did not travel to Velmora; his deputy signed the accord for him.",
            "Finance Minister Tomas Brell told reporters in Ostrava that the accord was fair to both sides.")
    assert negations(c) == []
