"""Recall of a ship said to fly two flags, a disagreement the detectors were not tuned on. Every
text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def others(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "other"]


def test_one_ship_in_two_flag_states(run):
    c = run("The Liberian-flagged tanker Corvin Star ran aground off Tarn on Tuesday, the coastguard said.",
            "The coastguard said the Panama-registered Corvin Star ran aground off Tarn late on Tuesday.")
    assert others(c) == [("The Liberian-flagged", "Panama-registered")]


def test_a_demonym_and_its_country_are_one_flag(run):
    c = run("The Liberian-flagged tanker Corvin Star ran aground off Tarn on Tuesday, the coastguard said.",
            "The coastguard said the Liberia-registered tanker Corvin Star ran aground off Tarn late on Tuesday.")
    assert others(c) == []


def test_two_ships_in_two_flag_states(run):
    c = run("The Liberian-flagged tanker Corvin Star ran aground off Tarn on Tuesday, the coastguard said.",
            "The Panama-flagged freighter Halden Bay was sent to help the tanker off Tarn on Tuesday.")
    assert others(c) == []
