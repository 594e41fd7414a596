"""A chief officer's title written before the name ("Chief medical officer X") is read whole,
not as "officer" alone. Every text here is invented; each test runs in both orders."""

from __future__ import annotations


def roles(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "role"]


def test_a_chief_officer_written_before_the_name(run):
    c = run("Chief scientific officer Tove Marken said the Velkor results were a turning point.",
            "Tove Marken, Velkor's head of clinical research, said few patients had stopped treatment.")
    (f,) = roles(c)
    assert f.left_text == "Chief scientific officer Tove Marken"
    assert "a different office" in f.explanation


def test_a_chief_officer_written_before_the_name_is_the_same_office(run):
    c = run("Chief scientific officer Tove Marken said the Velkor results were a turning point.",
            "Tove Marken, Velkor's chief scientific officer, said few patients had stopped treatment.")
    assert roles(c) == []
