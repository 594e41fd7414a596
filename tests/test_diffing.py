"""The word diff of two token lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.engine import diffing
from tui.engine.diffing import DELETE, EQUAL, INSERT, replacements, word_diff
from tui.engine.tokens import tokenize

VOCAB = ["the", "ferry", "sank", "off", "Calder", "on", "Monday", "120", "150", "people", "were",
         "rescued", "not", "defence", "defense", "harbour", "harbor", "a thousand", "1,000", "U.S.", "US"]


def check_round_trip(a, b, ops) -> None:
    """EQUAL+DELETE runs cover the left tokens once, in order; EQUAL+INSERT the right ones."""
    left_cover, right_cover = [], []
    for op in ops:
        assert op.op in (EQUAL, DELETE, INSERT)
        assert 0 <= op.a0 <= op.a1 <= len(a) and 0 <= op.b0 <= op.b1 <= len(b)
        if op.op == EQUAL:
            assert op.a1 - op.a0 == op.b1 - op.b0 > 0
            assert [t.norm for t in a[op.a0:op.a1]] == [t.norm for t in b[op.b0:op.b1]]
            left_cover.extend(range(op.a0, op.a1))
            right_cover.extend(range(op.b0, op.b1))
        elif op.op == DELETE:
            assert op.b0 == op.b1 and op.a1 > op.a0
            left_cover.extend(range(op.a0, op.a1))
        else:
            assert op.a0 == op.a1 and op.b1 > op.b0
            right_cover.extend(range(op.b0, op.b1))
    assert left_cover == list(range(len(a)))
    assert right_cover == list(range(len(b)))


sentences = st.lists(st.sampled_from(VOCAB), max_size=25).map(" ".join)


@given(sentences, sentences)
def test_word_diff_round_trips(left, right):
    a, b = tokenize(left), tokenize(right)
    check_round_trip(a, b, word_diff(a, b))


@given(sentences, sentences)
def test_difflib_fallback_round_trips(left, right):
    a, b = tokenize(left), tokenize(right)
    sa, sb = diffing._encode(a, b)
    check_round_trip(a, b, diffing._difflib_ops(sa, sb))


@given(sentences)
def test_identical_token_lists_are_one_equal_run(text):
    a = tokenize(text)
    ops = word_diff(a, list(a))
    if a:
        assert [(o.op, o.a0, o.a1, o.b0, o.b1) for o in ops] == [(EQUAL, 0, len(a), 0, len(a))]
    else:
        assert ops == []


def test_normalised_words_are_equal():
    a = tokenize("The Defence programme to organise the harbour centre cost 1,000 euros.")
    b = tokenize("the defense program to organize the harbor center cost a thousand euros")
    ops = word_diff(a, b)
    assert [(o.op, o.a0, o.a1, o.b0, o.b1) for o in ops] == [(EQUAL, 0, len(a), 0, len(b))]


def test_a_changed_figure_is_a_replacement():
    a = tokenize("The quake killed 120 people in Calder on Monday")
    b = tokenize("The quake killed 150 people in Calder on Monday")
    ops = word_diff(a, b)
    check_round_trip(a, b, ops)
    assert replacements(ops) == [(3, 4, 3, 4)]
    assert a[3].text == "120" and b[3].text == "150"


def test_insertion_alone_is_not_a_replacement():
    a = tokenize("The ferry sank off Calder")
    b = tokenize("The old ferry sank off Calder")
    ops = word_diff(a, b)
    check_round_trip(a, b, ops)
    assert [o.op for o in ops if o.op != EQUAL] == [INSERT]
    assert replacements(ops) == []


def test_empty_sides():
    a = tokenize("The ferry sank")
    assert word_diff([], []) == []
    assert [(o.op, o.a0, o.a1) for o in word_diff(a, [])] == [(DELETE, 0, 3)]
    assert [(o.op, o.b0, o.b1) for o in word_diff([], a)] == [(INSERT, 0, 3)]
