"""The matrix: every pair of articles compared with the engine's ``compare``, on every core.

Each article is prepared once (segments, names, values: ``pipeline.prepare``) and each pair
compared from the prepared halves, so a set of n articles costs n preparations and
n(n-1)/2 pair stages, not n(n-1) preparations. Two articles without a single content word
in common cannot have an aligned sentence, so no finding: their cell is filled in without
comparing them. The pairs are shared out among worker processes (a ``ProcessPoolExecutor``;
forked where that is safe, so the workers inherit the prepared articles without copying
them); each worker sends back a small ``PairCell``, never the whole comparison. The cells
are the same whatever the number of workers (``DIPTYCH_WORKERS=1``: one process).
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tui.coverage.model import PairCell, PairContradiction
from tui.engine.model import Comparison, Span
from tui.engine.pipeline import Prepared, compare
from tui.engine.tokens import concept

MIN_PARALLEL_PAIRS = 16
"""Fewer pairs than this are compared in this process: starting workers would cost more."""

PairProgress = Callable[[int, int], None]
"""Called with the number of pairs compared so far and the number of pairs."""


def content_keys(p: Prepared) -> frozenset[str]:
    """Every content word of an article (as the aligner keys it): two articles sharing none of
    them have no sentence pair to align, so no finding."""
    return frozenset(concept(t.norm) for s in p.segments for t in s.tokens if not t.stop)


def text_chars(p: Prepared) -> int:
    """The characters of an article's segments (the text without the blank space between)."""
    return sum(s.end - s.start for s in p.segments)


def _covered(spans: Iterable[Span]) -> int:
    """Characters inside the union of the spans."""
    total, end = 0, -1
    for s in sorted(spans):
        if s.end <= end:
            continue
        total += s.end - max(s.start, end)
        end = s.end
    return total


def _segment_at(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def summarise(c: Comparison, i: int, j: int, chars: tuple[int, int]) -> PairCell:
    """A comparison of outlets i (left) and j (right) as a matrix cell."""
    overlaps = [f for f in c.findings if f.kind == "overlap"]
    covered_l, covered_r = _covered(f.left for f in overlaps), _covered(f.right for f in overlaps)
    lstarts = [s.start for s in c.left_segments]
    rstarts = [s.start for s in c.right_segments]
    contradictions = tuple(
        PairContradiction(f.type, f.why.label, f.why.left, f.why.right, f.why.note, f.explanation,
                          f.significance, f.left, f.right, _segment_at(lstarts, f.left.start),
                          _segment_at(rstarts, f.right.start), f.left_text, f.right_text)
        for f in sorted((f for f in c.findings if f.kind == "contradiction"),
                        key=lambda f: (f.left.start, f.right.start, f.type, f.id)))
    cl, cr = chars
    return PairCell(
        left=i, right=j,
        left_share=round(covered_l / cl, 4) if cl else 0.0,
        right_share=round(covered_r / cr, 4) if cr else 0.0,
        share=round((covered_l + covered_r) / (cl + cr), 4) if cl + cr else 0.0,
        overlaps=len(overlaps), contradictions=len(contradictions),
        aligned=tuple((p.left, p.right, p.score) for p in c.alignment),
        contradiction_list=contradictions,
    )


def compare_pair(prepared: Sequence[Prepared], keys: Sequence[frozenset[str]], i: int, j: int) -> PairCell:
    """The cell of outlets i and j (i < j)."""
    pl, pr = prepared[i], prepared[j]
    chars = (text_chars(pl), text_chars(pr))
    if keys[i].isdisjoint(keys[j]):
        return PairCell(i, j, 0.0, 0.0, 0.0, 0, 0, compared=False)
    return summarise(compare(pl.article, pr.article, prepared=(pl, pr)), i, j, chars)


# -- the worker processes ------------------------------------------------------------------

_WORKER: tuple[Sequence[Prepared], Sequence[frozenset[str]]] | None = None
"""In a worker process: the prepared articles and their content words."""


def _start_worker(prepared: Sequence[Prepared], keys: Sequence[frozenset[str]]) -> None:
    global _WORKER
    _WORKER = (prepared, keys)
    # what the worker inherited (or received) is only read: the collector need never walk it
    # (nor, in a forked worker, write to its pages and so copy them)
    gc.freeze()


def _work(pair: tuple[int, int]) -> PairCell:
    assert _WORKER is not None
    return compare_pair(*_WORKER, *pair)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def worker_count(pairs: int) -> int:
    """How many processes compare this many pairs: one per core when there are enough pairs;
    ``DIPTYCH_WORKERS``: ``1`` one process, a number that many, ``force`` at least two (tests)."""
    setting = os.environ.get("DIPTYCH_WORKERS", "").strip()
    if setting == "1" or pairs < 2:
        return 1
    if setting.isdigit() and int(setting) > 0:
        wanted = int(setting)
    elif setting == "force":
        wanted = max(2, _cores())
    elif pairs < MIN_PARALLEL_PAIRS:
        return 1
    else:
        wanted = _cores()
    return max(1, min(wanted, pairs))


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, no other thread in this process: a fork copies only the
    calling thread), so the workers share the prepared articles; else start fresh ones."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def compare_pairs(prepared: Sequence[Prepared], workers: int | None = None,
                  progress: PairProgress | None = None) -> tuple[dict[tuple[int, int], PairCell], int]:
    """Every pair (i < j) compared: the cells, and how many processes compared them."""
    n = len(prepared)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    keys = [content_keys(p) for p in prepared]
    workers = worker_count(len(pairs)) if workers is None else max(1, min(workers, len(pairs) or 1))
    cells: dict[tuple[int, int], PairCell] = {}
    if workers > 1:
        chunk = max(1, min(16, len(pairs) // (workers * 8)))
        try:
            with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker,
                                     initargs=(prepared, keys)) as pool:
                for cell in pool.map(_work, pairs, chunksize=chunk):
                    cells[(cell.left, cell.right)] = cell
                    if progress:
                        progress(len(cells), len(pairs))
            return cells, workers
        except (BrokenProcessPool, OSError):
            pass  # no processes to be had, or one died: the rest is compared here (the same cells)
    pooled = bool(cells)
    for i, j in pairs:
        if (i, j) not in cells:
            cells[(i, j)] = compare_pair(prepared, keys, i, j)
            if progress:
                progress(len(cells), len(pairs))
    return dict(sorted(cells.items())), workers if pooled else 1
