"""Quotes: a short quoted phrase given to the same person worded differently, a speaker the
other article also names around its quote, and what is not a different wording.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def quotes(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "quote"]


def test_a_short_phrase_worded_differently(run):
    c = run('Professor Martin Kessler, a cardiologist in Lindenfeld, said the benefit was "solid but modest" '
            "and that doctors would want more data.",
            'Professor Martin Kessler, a cardiologist in Lindenfeld, called the benefit "real but modest" and '
            "said he wanted more data.")
    (f,) = quotes(c)
    assert "Martin Kessler" in f.explanation


def test_a_short_phrase_differing_by_a_function_word(run):
    c = run('Interior Minister Fernando Arrieta said the violence was the work of a "small minority" of '
            "protesters in the capital.",
            'Interior Minister Fernando Arrieta said the violence was the work of "a small minority" of '
            "protesters in the capital.")
    assert quotes(c) == []


def test_short_phrases_of_two_people_are_not_compared(run):
    c = run('Professor Martin Kessler, a cardiologist in Lindenfeld, said the benefit was "solid but modest".',
            'Professor Anna Berg, a cardiologist in Lindenfeld, said the benefit was "real but modest".')
    assert quotes(c) == []


def test_a_speaker_named_with_an_organisation_before_the_name(run):
    c = run('"Our crew did exactly what they were trained to do, and every passenger left the ferry safely," '
            "Norsk Ferries chief executive Ingrid Dahl told reporters.",
            '"Our crew did exactly what they are trained to do, and all our passengers were evacuated safely," '
            "said Ingrid Dahl, the chief executive of Norsk Ferries.")
    assert len(quotes(c)) == 1


def test_a_part_of_the_utterance_quoted_word_for_word_is_no_other_wording(run):
    c = run('"This is a dark day for the valley and for the whole country," Governor Anouk Varga said after '
            "flying to the resort.",
            'Governor Anouk Varga called it "a dark day for the valley". Prosecutors in Tarsa opened an inquiry.')
    assert quotes(c) == []


def test_a_word_missing_inside_the_quote_is_another_wording(run):
    c = run('"We will not pay the ransom to the criminals," chief executive Anouk Varga said on Monday.',
            '"We will pay the ransom to the criminals," chief executive Anouk Varga said on Monday.')
    assert len(quotes(c)) == 1
