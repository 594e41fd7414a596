"""Aligning: which sentences of the two articles report the same thing."""

from __future__ import annotations

from tui.engine.aligning import BEST_THRESHOLD, Aligner, align
from tui.engine.segmenting import segment


def aligned_texts(left: str, right: str) -> set[tuple[str, str]]:
    ls, rs = segment(left), segment(right)
    return {(left[ls[p.left].start:ls[p.left].end], right[rs[p.right].start:rs[p.right].end])
            for p in align(ls, rs)}


def test_reworded_sentence_aligns():
    # the wording of the issue that asked for paraphrase detection
    left = "The Russian delegation was led by Vladimir Medinsky."
    right = "The Russian delegation is headed by presidential aide Vladimir Medinsky."
    assert aligned_texts(left, right) == {(left, right)}


def test_reordered_and_reworded_sentences_find_their_counterparts():
    left = ("The earthquake destroyed the old lighthouse in Marvel Bay. "
            "Fishermen reported huge waves near the harbour. "
            "The governor visited the shelters on Wednesday.")
    right = ("The governor toured the emergency shelters on Wednesday. "
             "Huge waves were reported by fishermen near the harbor. "
             "The old lighthouse in Marvel Bay was destroyed by the quake.")
    assert aligned_texts(left, right) == {
        ("The earthquake destroyed the old lighthouse in Marvel Bay.",
         "The old lighthouse in Marvel Bay was destroyed by the quake."),
        ("Fishermen reported huge waves near the harbour.",
         "Huge waves were reported by fishermen near the harbor."),
        ("The governor visited the shelters on Wednesday.",
         "The governor toured the emergency shelters on Wednesday."),
    }


def test_unrelated_sentences_do_not_align():
    left = "The central bank raised interest rates by half a point. Shares in Norsk Cargo fell."
    right = "A rare orchid bloomed in the botanical garden. Volunteers counted migrating cranes."
    assert aligned_texts(left, right) == set()


def test_sentence_sharing_only_function_words_does_not_align():
    left = "It was not what they had said it would be."
    right = "The ferry sank in the storm off Calder."
    assert aligned_texts(left, right) == set()


def test_one_sentence_may_align_with_two():
    left = ("The court fined the Lindenfeld shipping company four million euros and banned its chief "
            "executive from trading for five years.")
    right = ("The court fined the Lindenfeld shipping company four million euros. "
             "The court banned its chief executive from trading for five years.")
    assert aligned_texts(left, right) == {
        (left, "The court fined the Lindenfeld shipping company four million euros."),
        (left, "The court banned its chief executive from trading for five years."),
    }


def test_datelines_are_never_aligned():
    left = "MARVEL BAY\nThe dam burst on Monday.\n"
    right = "MARVEL BAY\nA storm hit the coast.\n"
    assert aligned_texts(left, right) == set()


def test_alignment_is_symmetric_sorted_and_scored():
    left = ("Norsk Cargo agreed to buy Brightwater Shipping for 1.2 billion euros. "
            "The deal needs approval from regulators in Oslo. "
            "Brightwater employs 3,000 people.")
    right = ("Regulators in Oslo must still approve the deal. "
             "Norsk Cargo will pay 1.2 billion euros for Brightwater Shipping, the companies said. "
             "The weather was fine.")
    ls, rs = segment(left), segment(right)
    forward = align(ls, rs)
    backward = align(rs, ls)
    assert forward, "the two articles share sentences"
    assert [(p.left, p.right) for p in forward] == sorted((p.left, p.right) for p in forward)
    assert {(p.left, p.right, p.score) for p in forward} == {(p.right, p.left, p.score) for p in backward}
    aligner = Aligner(ls, rs)
    for p in forward:
        assert 0 < p.score <= 1
        assert p.score == round(aligner.score(p.left, p.right), 4)
    assert (0, 1) in {(p.left, p.right) for p in forward}
    assert (1, 0) in {(p.left, p.right) for p in forward}
    assert not any(p.right == 2 for p in forward)


def test_scores_are_in_range():
    ls = segment("The ferry sank off Calder. The crew was rescued.")
    rs = segment("The ferry sank off Calder. Nobody was hurt.")
    aligner = Aligner(ls, rs)
    assert aligner.score(0, 0) == 1.0
    assert aligner.score(1, 1) < BEST_THRESHOLD
    assert aligner.score_within("left", 0, 0) == 1.0
