"""A deal one article says was not signed and the other reports among those signed.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def negations(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


def test_not_signed_against_listed_among_the_signed(run):
    c = run("The two governments signed nine agreements in Velmora. However, they did not sign a long-awaited "
            "cobalt export agreement, which officials said needed more work.",
            "Norland and Ostmark signed nine agreements on Tuesday. Among the agreements was a five-year cobalt "
            "export agreement between the two state mining companies.")
    assert negations(c) == [("did not sign a long-awaited cobalt export agreement",
                             "a five-year cobalt export agreement")]


def test_a_deal_that_was_not_signed_in_the_passive(run):
    c = run("A cobalt export deal, which both sides had hoped to sign during the visit, was not signed.",
            "The ministers also signed a cobalt export agreement worth $2 billion, officials in Velmora said.")
    assert len(negations(c)) == 1


def test_another_deal_was_signed(run):
    c = run("The two governments did not sign a long-awaited cobalt export agreement in Velmora.",
            "Among the agreements signed in Velmora was a ten-year grain supply agreement.")
    assert negations(c) == []


def test_both_say_it_was_not_signed(run):
    c = run("The two governments did not sign a long-awaited cobalt export agreement in Velmora.",
            "A cobalt export deal, which both sides had hoped to sign, was not signed in Velmora.")
    assert negations(c) == []
