"""What a figure is changed to: "agreed to extend visa-free travel for each other's citizens to 90
days" and "stays will be extended from 30 to 60 days" give the new length of one thing; the verb
that sets a figure ("extend ... to", "raise ... to") says what it is, however far it stands.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_extended_to_two_lengths(run):
    c = run("The two governments agreed to extend visa-free travel for each other's citizens to 90 days, a step "
            "meant to help tourism.",
            "Visa-free travel for citizens of both countries will be extended from 30 to 60 days, according to "
            "the joint statement.")
    assert numbers(c) == [("90 days", "60 days")]


def test_a_length_extended_and_a_length_cut_are_two_things(run):
    c = run("The two governments agreed to extend visa-free travel for each other's citizens to 90 days, a step "
            "meant to help tourism.",
            "Waiting times for visas for citizens of both countries will be cut from 30 to 20 days, according "
            "to the joint statement.")
    assert numbers(c) == []
