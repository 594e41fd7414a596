"""Recall of negations on wording the detectors were not tuned on: a thing said to be so in one
article and not so in the other, in sentences worded apart. Every text here is invented. Each
test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def negations(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


LEFT = ("A Corvane rocket exploded two minutes after lift-off from Telmar on Thursday.\n\n"
        "The satellite, which cost 310 million euros, was insured, the company said.\n\n"
        "An inquiry board will report within six weeks.")


def test_a_thing_affirmed_and_denied_past_a_relative_clause(run):
    right = ("A Corvane rocket blew up shortly after launch from Telmar on Thursday.\n\n"
             "The satellite was not insured, according to two people familiar with the matter.\n\n"
             "An inquiry board will report within six weeks.")
    assert negations(run(LEFT, right)) == [
        ("The satellite, which cost 310 million euros, was insured, the company said.",
         "The satellite was not insured, according to two people familiar with the matter.")]


def test_another_thing_denied_is_no_contradiction(run):
    right = ("A Corvane rocket blew up shortly after launch from Telmar on Thursday.\n\n"
             "The launch pad was not insured, according to two people familiar with the matter.\n\n"
             "An inquiry board will report within six weeks.")
    assert negations(run(LEFT, right)) == []


def test_subject_words_skip_a_relative_clause():
    from tui.engine.negation import _subject_words
    from tui.engine.tokens import tokenize

    text = "The satellite, which cost 310 million euros, was insured, the company said."
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.norm == "insured")
    assert _subject_words(text, toks, k) == {"satellit"}
    text = "After the launch, the rocket exploded, officials said."
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.norm == "exploded")
    assert _subject_words(text, toks, k) == {"rocket"}


STORY = ("A Corvane rocket exploded two minutes after lift-off from Telmar on Thursday, destroying the "
         "Halo-2 satellite.\n\nAn inquiry board will report within six weeks, the agency said.\n\n")


def test_a_state_told_once_each_way_in_one_story(run):
    c = run(STORY + "The satellite was not insured, a common practice for government payloads.",
            STORY + "Unlike most government payloads, Halo-2 was insured by a Telmar broker.")
    assert negations(c) == [("The satellite was not insured, a common practice for government payloads.",
                             "Unlike most government payloads, Halo-2 was insured by a Telmar broker.")]


def test_a_state_told_twice_is_not_read_alone(run):
    c = run(STORY + "The satellite was not insured. The launch pad was insured.",
            STORY + "Unlike most government payloads, Halo-2 was insured by a Telmar broker.")
    assert negations(c) == []


def test_no_one_denies_the_verb_of_its_clause(run):
    c = run(STORY + "No one was injured.", STORY + "No one on the ground was hurt.")
    assert negations(c) == []


def test_no_one_and_a_noun_after_it():
    from tui.engine.negation import _scan
    from tui.engine.segmenting import segment

    text = "No one on the ground was hurt."
    assert [(key, negated) for _, key, _, _, negated, _ in _scan(segment(text))] == [("ground", False), ("injur", True)]


def test_a_not_that_sets_two_things_apart_denies_nothing(run):
    c = run('"This is an attack on the patients of the Pellin clinic, not on its computers," the minister said.',
            '"This is an attack on the patients of the Pellin clinic," the minister said on Monday.')
    assert negations(c) == []
