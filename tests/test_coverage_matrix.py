"""The coverage matrix: every pair compared, shares and contradiction counts, both orders,
parallel or not, and the prepared comparison the same as the plain one."""

from __future__ import annotations

import itertools

import pytest

from tui.coverage import build_coverage
from tui.coverage.matrix import compare_pairs, summarise, text_chars, worker_count
from tui.engine import compare
from tui.engine.pipeline import prepare

from coveragetexts import GAZETTE, LEDGER, POST, STORY, TIMES, UNRELATED


@pytest.fixture
def story(make_article):
    return [make_article(text, path=name, fmt="md") for name, text in STORY.items()]


def test_every_pair_once(story):
    cov = build_coverage(story, workers=1)
    assert sorted(cov.cells) == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    assert [o.name for o in cov.outlets] == ["Harbour Gazette", "Coastal Times", "Daily Ledger", "Evening Post"]


def test_contradictions_counted_where_the_day_differs(story):
    cov = build_coverage(story, workers=1)
    # only the Ledger (Thursday) disagrees with the two Friday outlets; the Post says nothing of the day
    counts = {k: c.contradictions for k, c in cov.cells.items()}
    assert counts[(0, 2)] >= 1 and counts[(1, 2)] >= 1
    assert counts[(0, 1)] == 0 and counts[(0, 3)] == 0 and counts[(1, 3)] == 0 and counts[(2, 3)] == 0
    days = {(c.left_value, c.right_value) for c in cov.cells[(0, 2)].contradiction_list if c.type == "date"}
    assert ("Friday", "Thursday") in days


def test_cell_is_the_pairs_comparison(story):
    """A cell holds what ``compare`` finds for the pair: its counts, and shares made of its overlaps."""
    cov = build_coverage(story, workers=1)
    for i, j in itertools.combinations(range(4), 2):
        c = compare(story[i], story[j])
        cell = cov.cells[(i, j)]
        assert cell.contradictions == sum(f.kind == "contradiction" for f in c.findings)
        assert cell.overlaps == sum(f.kind == "overlap" for f in c.findings)
        covered = set()
        for f in c.findings:
            if f.kind == "overlap":
                covered.update(range(f.left.start, f.left.end))
        assert cell.left_share == pytest.approx(len(covered) / cov.outlets[i].chars, abs=1e-4)


def test_matrix_is_symmetric(story):
    cov = build_coverage(story, workers=1)
    for i, j in itertools.permutations(range(4), 2):
        a, b = cov.cell(i, j), cov.cell(j, i)
        assert (a.left, a.right) == (i, j)
        assert a.left_share == b.right_share and a.right_share == b.left_share and a.share == b.share
        assert a.contradictions == b.contradictions and a.overlaps == b.overlaps
        assert a.share_of(i) == b.share_of(i)


def test_shares_are_per_article(make_article):
    """A short article wholly inside a long one: all of the short one is shared, about half of
    the long one; the symmetric share lies between."""
    short = make_article(GAZETTE)
    extra = ("\n\nThe coast guard said an oil barrier had been laid around the hull as a precaution.\n\n"
             "Insurers for the owner said a survey of the damage would begin after the storm had passed.\n\n"
             "Port officials said other shipping was not affected and the channel stayed open overnight.\n\n"
             "Weather forecasters expect strong winds along the northern coast until the middle of the week.\n")
    long = make_article(GAZETTE + extra)
    cell = build_coverage([short, long], workers=1).cell(0, 1)
    assert cell.left_share > 0.95
    assert 0.35 < cell.right_share < 0.7
    assert cell.right_share < cell.share < cell.left_share


def test_the_same_article_twice_is_all_shared(make_article):
    cell = build_coverage([make_article(TIMES), make_article(TIMES, path="copy.txt")], workers=1).cell(0, 1)
    assert cell.left_share > 0.95 and cell.right_share > 0.95 and cell.contradictions == 0


def test_unrelated_articles_are_not_compared_and_lose_nothing(make_article):
    a, b = make_article(POST), make_article(UNRELATED)
    cell = build_coverage([a, b], workers=1).cell(0, 1)
    assert not cell.compared
    assert (cell.share, cell.overlaps, cell.contradictions) == (0.0, 0, 0)
    assert compare(a, b).findings == []  # what comparing them would have found


def test_workers_give_the_same_cells(story, monkeypatch):
    prepared = [prepare(a) for a in story]
    alone, one = compare_pairs(prepared, workers=1)
    shared, two = compare_pairs(prepared, workers=2)
    assert (one, two) == (1, 2)
    assert alone == shared


def test_summarise_counts_overlapping_spans_once(story):
    c = compare(story[0], story[2])
    cell = summarise(c, 0, 2, (text_chars(prepare(story[0])), text_chars(prepare(story[2]))))
    assert 0 < cell.left_share <= 1 and 0 < cell.right_share <= 1


@pytest.mark.parametrize(("setting", "pairs", "expected"), [
    ("1", 1000, 1), ("", 3, 1), ("force", 3, 2), ("3", 1000, 3), ("", 1, 1),
])
def test_worker_count(monkeypatch, setting, pairs, expected):
    monkeypatch.setenv("DIPTYCH_WORKERS", setting)
    monkeypatch.setattr("tui.coverage.matrix._cores", lambda: 2)
    assert worker_count(pairs) == expected


def test_fewer_than_two_articles_is_bad_input(make_article):
    from tui.engine import InputError

    with pytest.raises(InputError):
        build_coverage([make_article(LEDGER)])


def test_without_worker_processes_the_pairs_are_compared_here(story, monkeypatch):
    prepared = [prepare(a) for a in story]
    expected, _ = compare_pairs(prepared, workers=1)

    def no_processes(*args, **kwargs):
        raise OSError("no processes")

    monkeypatch.setattr("tui.coverage.matrix.ProcessPoolExecutor", no_processes)
    cells, used = compare_pairs(prepared, workers=2)
    assert used == 1 and cells == expected
