"""A verb that denies the verb its "to" governs ("refused to concede", "failed to appear",
"declined to sign") is a negation of that verb.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def negations(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "negation"]


def test_refused_to_concede_denies_conceded(run):
    c = run("The mayor, Marko Horvat, conceded defeat in a brief statement on Monday morning.",
            "The mayor, Marko Horvat, refused to concede defeat in a statement on Monday morning.")
    assert len(negations(c)) == 1


def test_failed_to_appear_denies_appeared(run):
    c = run("The defendant, Piet Vermaas, appeared in court in Velstad on Tuesday for the ruling.",
            "The defendant, Piet Vermaas, failed to appear in court in Velstad on Tuesday for the ruling.")
    assert len(negations(c)) == 1


def test_the_same_refusal_on_both_sides_agrees(run):
    c = run("The mayor, Marko Horvat, refused to concede defeat in a brief statement on Monday morning.",
            "The mayor, Marko Horvat, refused to concede defeat in a statement on Monday morning.")
    assert negations(c) == []


def test_declined_as_a_fall_is_no_refusal(run):
    c = run("Norvale shares declined 5% on Tuesday and the company announced a buyback.",
            "Norvale shares fell 5% on Tuesday and the company announced a buyback.")
    assert negations(c) == []


def test_no_reason_to_doubt_is_no_doubt(run):
    c = run('"The court finds no reason to doubt the defendant\'s guilt, but the punishment must be '
            'proportionate," presiding judge Marta Lind said on Tuesday.',
            '"The court has no doubts about the guilt of the accused, but the sentence has to be '
            'proportionate," presiding judge Marta Lind said on Tuesday.')
    assert negations(c) == []


def test_no_reason_to_doubt_denies_doubting(run):
    c = run("Presiding judge Marta Lind said the court saw no reason to doubt the witness on Tuesday.",
            "Presiding judge Marta Lind said the court doubted the witness on Tuesday.")
    assert len(negations(c)) == 1
