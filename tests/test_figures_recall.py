"""Figures compared across differently worded sentences: the word a figure counts stops at
punctuation, British and American spellings of one word, a figure after its qualifier.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def numbers(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "number"]


def contradictions(c):
    return [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"]


def test_the_word_after_a_semicolon_is_not_what_a_figure_counts(run):
    c = run("Police in Velmora estimated the crowd at 30,000; organizers claimed about 120,000.",
            "Police in Velmora estimated the crowd at 30,000; organisers claimed 90,000.")
    assert numbers(c) == [("120,000", "90,000")]


def test_organiser_and_organizer_are_one_word():
    from tui.engine.tokens import normalise_word

    assert normalise_word("organisers") == normalise_word("organizers")
    assert normalise_word("organiser") == normalise_word("organizer")
    assert normalise_word("adviser") != normalise_word("advizer")  # "advise" is not an -ise verb


def test_a_figure_after_its_qualifier_counts_the_word_before_it(run):
    c = run("Rain fell over Velmora all afternoon. Turnout at the rally: police said 9,000; organisers claimed 25,000.",
            "Thousands marched through Velmora in the rain, and organizers claimed about 40,000 by evening.")
    assert numbers(c) == [("25,000", "40,000")]
