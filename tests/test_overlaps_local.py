"""Passages two related sentences share in other words (overlaps._local_paraphrases): the
words are matched by their stems ("fined" / "fine"), and a passage needs two rare words, or
three words with a rare one among them; a common word or two in common is chance."""

from __future__ import annotations

from tui.engine import article_from_text
from tui.engine.aligning import Aligner
from tui.engine.context import PairContext
from tui.engine.diffing import pair_diffs
from tui.engine.entities import ArticleEntities
from tui.engine.overlaps import _local_paraphrases, _telling
from tui.engine.segmenting import segment
from tui.engine.tokens import tokenize

LEFT = """Shareholders of Norvel Bank met in Aarden on Thursday.
The regulator fined two suppliers of the bank in March, and the chief executive resigned weeks later.
The bank said its profits fell for a third year.
"""
RIGHT = """Norvel Bank held its annual meeting on Thursday.
Both suppliers were ordered to pay a fine by the regulator last spring.
The bank said it would open new branches next year.
"""


def _local(left: str, right: str):
    a, b = article_from_text(left, "a.txt"), article_from_text(right, "b.txt")
    ls, rs = segment(a.text), segment(b.text)
    aligner = Aligner(ls, rs)
    alignment = aligner.align()
    diffs = pair_diffs([(p.left, p.right) for p in alignment], [s.tokens for s in ls], [s.tokens for s in rs])
    ctx = PairContext(a, b, ls, rs, aligner, alignment, diffs, ArticleEntities(), ArticleEntities(), [])
    return _local_paraphrases(ctx, set())  # (every related pair searched, aligned or not)


def test_inflected_words_make_a_shared_passage():
    found = [(f.left_text, f.right_text) for f in _local(LEFT, RIGHT)]
    assert ("regulator fined two suppliers", "suppliers were ordered to pay a fine by the regulator") in found


def test_words_every_sentence_uses_are_no_shared_passage():
    """"The bank said" stands in several sentences of both articles: not a passage they share."""
    found = [(f.left_text, f.right_text) for f in _local(LEFT, RIGHT)]
    assert not any("profits" in a or "branches" in b for a, b in found), found


def test_a_passage_needs_two_rare_words_or_three_with_a_rare_one():
    words = tokenize("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima")
    assert _telling([(0, 0, True), (3, 2, True)], words, words)
    assert _telling([(0, 0, True), (1, 4, False), (3, 2, False)], words, words)
    assert not _telling([(0, 0, True), (3, 2, False)], words, words)
    assert not _telling([(0, 0, False), (4, 1, False), (9, 8, False)], words, words)  # common words, far apart
    # ... or three words, however common, in the same order and close together on both sides
    assert _telling([(0, 0, False), (1, 1, False), (3, 2, False)], words, words)
    assert not _telling([(0, 0, False), (1, 2, False), (3, 1, False)], words, words)  # not in the same order


def test_common_words_close_together_in_order_are_a_shared_phrase():
    """Words the whole story uses ("fire", "engine") still make a passage when they stand as one
    phrase on both sides; a name between them on one side only makes two things."""
    left = ("The crew of the Kestrel Air jet reported a fire warning in the left engine soon after take-off.\n"
            "The fire in the left engine was put out on the ground and the engine was removed.\n"
            "Firefighters sprayed the left engine with foam after the fire.\n")
    right = ("The jet turned back after the pilots received a fire alarm from the left engine, the airline said.\n"
             "Investigators will examine the left engine and the fire damage at a hangar in Velmora.\n"
             "The engine maker has sent a team to look at the fire and the left engine.\n")
    found = [(f.left_text, f.right_text) for f in _local(left, right)]
    assert ("fire warning in the left engine", "fire alarm from the left engine") in found, found
    # (a name between the shared words on one side only: "at Kestrel Bank" / "at Velmora Bank")
    left, right = tokenize("chief economist at Kestrel Bank"), tokenize("chief economist at Velmora Bank")
    assert not _telling([(0, 0, False), (1, 1, False), (4, 4, False)], left, right)
    assert _telling([(0, 0, False), (1, 1, False), (3, 3, False), (4, 4, False)], left, left)


def test_a_figure_written_with_its_unit_in_one_word_is_shared():
    """"The 18-month inquiry" and "the inquiry ... lasted 18 months": the figure and its unit."""
    left = ("The inquiry into the harbour contract, which opened in May, lasted 18 months and heard 90 witnesses.\n"
            "The mayor resigned in March.\n")
    right = ("The 18-month inquiry, in which some 85 witnesses testified, was followed closely in the port city.\n"
             "Officials said the mayor had stepped down.\n")
    found = [(f.left_text, f.right_text) for f in _local(left, right)]
    assert any("18 months" in a and "18-month inquiry" in b for a, b in found), found


def test_in_a_short_pair_a_word_each_article_says_once_is_rare():
    """Most words of a short pair stand in one sentence only, so "rarer than three words in
    four" would leave no shared word rare: a word in one sentence of each article is."""
    left = ("Ministers of five states met in Velara on Wednesday and pledged cooperation on rivers, glaciers, "
            "dams, canals, reservoirs and irrigation.\n"
            "The council will have its secretariat in Dorvik and meet twice yearly, according to the text.\n")
    right = ("Negotiators, hydrologists and diplomats from four capitals agreed on a council with a secretariat in "
             "Dorvik, alongside joint monitoring stations, shared forecasts and emergency hotlines.\n"
             "The fifth government declined to sign, citing neutrality.\n")
    found = [(f.left_text, f.right_text) for f in _local(left, right)]
    assert any("secretariat in Dorvik" in a and "secretariat in Dorvik" in b for a, b in found), found
