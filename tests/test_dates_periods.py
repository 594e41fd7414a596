"""Parts of a year in sentences worded apart: two articles that say when the same thing will
happen ("the takeover is completed, which it expects by the end of this year" / "after the
transaction is completed, which the companies expect in the first quarter of 2026") disagree
when the two parts of a year do not meet, though the rest of the sentences differ.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def dates(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "date"]


def test_the_same_expected_event_in_sentences_worded_apart(run):
    c = run("Karla Brenn, Voster's finance director, will join the Halden board after the transaction is "
            "completed, which the companies expect in the first quarter of 2026.",
            "The company said on Monday that about 900 jobs would be cut at the Ostrel plant once the takeover "
            "is completed, which it expects by the end of this year.",
            date="2025-06-04")
    (f,) = dates(c)
    assert "first quarter of 2026" in f.explanation and "end of this year" in f.explanation


def test_a_filing_told_in_other_words(run):
    c = run("Norsk Pharma said it would file for approval with the Medicines Board and the Drug Safety Agency "
            "in the second half of 2027, once longer-term data are available.",
            "The chief medical officer praised the staff. The company said it would ask the Drug Safety Agency "
            "to approve the pill early next year.",
            date="2026-11-09")
    assert len(dates(c)) == 1


def test_two_different_things_in_two_parts_of_a_year(run):
    c = run("Norsk Pharma expects to open its new plant in Larvik in the first half of 2027, the company said.",
            "The company said its chief executive would step down at the end of next year after a decade in "
            "the job.",
            date="2026-11-09")
    assert dates(c) == []
