"""A list of members described by what they are ("downstream A, B and C need the water") names
some of them, not who took part: it is not compared with a list of participants.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

SIGNED = ("Austria, Hungary, Slovakia and Slovenia signed a joint statement on sharing river data in Velmora "
          "on Wednesday, and agreed to create a water council.\n")


def memberships(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "membership"]


def test_a_described_group_is_no_list_of_participants(run):
    c = run("Austria, Hungary, Slovakia and Slovenia agreed to create a regional water council and to cut "
            "irrigation losses by a quarter.\n",
            "Upstream Slovakia and Hungary want the rivers for hydropower, while downstream Slovenia, Austria and "
            "Croatia need the water in summer to irrigate their crops.\n")
    assert memberships(c) == []


def test_participants_named_differently_still_disagree(run):
    c = run(SIGNED, "Slovenia, Austria and Croatia signed a joint statement on sharing river data in Velmora on "
                    "Wednesday, and agreed to create a water council.\n")
    assert len(memberships(c)) == 1
