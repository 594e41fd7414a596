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


def test_outside_a_study_against_one_of_its_investigators(run):
    c = run("Professor Anja Rudel, a cardiologist at Velmora university hospital who was not involved in "
            "the study, said the benefit was modest.",
            "Anja Rudel, a cardiologist in Velmora and one of the trial's lead investigators, said the benefit "
            "was real.")
    (f,) = roles(c)
    assert (f.left_text, f.right_text) == ("who was not involved in the study", "one of the trial's lead investigators")


def test_outside_a_study_on_both_sides(run):
    c = run("Professor Anja Rudel, a cardiologist at Velmora university hospital who was not involved in "
            "the study, said the benefit was modest.",
            "Anja Rudel, a cardiologist in Velmora who was not involved in the trial, called the benefit real.")
    assert roles(c) == []


def test_someone_else_led_the_study(run):
    c = run("Professor Anja Rudel, who was not involved in the study, said the benefit was modest.",
            "Anja Rudel said the benefit was modest. Tomas Brell, who led the study, called it real.")
    assert roles(c) == []
