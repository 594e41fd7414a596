"""Recall of role contradictions on wording the detectors were not tuned on: a spokesman is not
the head of what he speaks for, a commander not its director. Every text here is invented. Each
test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def roles(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "role"]


def test_a_spokesman_is_not_the_head(run):
    c = run("No arrests have been made, said Tomasz Wirski, a spokesman for the Tarn cybercrime bureau.",
            "The case is being handled by the Tarn cybercrime bureau, said Tomasz Wirski, head of the bureau.")
    assert roles(c) == [("Tomasz Wirski, a spokesman for the Tarn cybercrime bureau",
                         "Tomasz Wirski, head of the bureau")]


def test_a_spokesman_and_a_spokeswoman_hold_one_office(run):
    c = run("No arrests have been made, said Alex Wirski, a spokesman for the Tarn cybercrime bureau.",
            "No one has been detained, said Alex Wirski, a spokeswoman for the Tarn cybercrime bureau.")
    assert roles(c) == []


def test_a_minister_of_state_is_not_the_minister(run):
    c = run("Minister of State for Transport Alan Vesk said the Tarn strait would reopen on Monday.",
            "Tarn's Transport Minister Alan Vesk said the strait would reopen on Monday.")
    assert roles(c) == [("Minister of State for Transport Alan Vesk", "Transport Minister Alan Vesk")]


def test_a_minister_of_state_named_twice_alike(run):
    c = run("Minister of State for Transport Alan Vesk said the Tarn strait would reopen on Monday.",
            "Alan Vesk, Minister of State for Transport, said the Tarn strait would reopen on Monday.")
    assert roles(c) == []
