"""Who or what a figure is of, read further away: the organisation a sentence opens with
("Kestrel's shares fell 4.2 per cent to $78.15 in early New York trading") and the state of a
group told after an apposition ("Two crew members of the Sea Lark, a cook and a deckhand, remain
missing"). Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_the_organisation_a_sentence_opens_with_is_its_figures_subject(run):
    left = ("Kestrel Holdings agreed on Wednesday to buy Dorran Therapeutics for $62 a share in cash.\n\n"
            "Dorran shares jumped 31% to $58.90 in early trading, while Kestrel shares fell 4.2%.")
    right = ("Kestrel Holdings agreed on Wednesday to buy Dorran Therapeutics for $62 a share in cash.\n\n"
             "Kestrel's shares fell 4.2 per cent to $78.15 in early New York trading, while Dorran jumped "
             "31 per cent.")
    assert numbers(run(left, right)) == []


def test_a_groups_state_after_an_apposition(run):
    left = ("The trawler Sea Lark sank off Qirvik on Sunday, and three crew members were missing, "
            "the coastguard said.")
    right = ("The trawler Sea Lark sank off Qirvik on Sunday, the coastguard said.\n\n"
             "Two crew members of the Sea Lark, a cook and a deckhand, remain missing. Four other crew "
             "members were rescued.")
    assert numbers(run(left, right)) == [("three crew", "Two crew")]
