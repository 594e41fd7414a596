"""A forked child changes when work is done, never what it gives (parallel.py)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tui.engine import compare, load_article, parallel
from tui.engine.serialise import comparison_dict

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
forking = pytest.mark.skipif(not (sys.platform.startswith("linux") and hasattr(os, "fork")),
                             reason="forking is used on Linux only")


def stable(c) -> str:
    d = comparison_dict(c)
    d.pop("timings_ms")
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


@forking
@pytest.mark.parametrize("pair", [(0, 1), (3, 2)])
def test_forked_comparison_is_identical_to_serial(monkeypatch, pair):
    left, right = load_article(str(SAMPLES[pair[0]])), load_article(str(SAMPLES[pair[1]]))
    monkeypatch.setenv("DIPTYCH_WORKERS", "1")
    serial = stable(compare(left, right))
    monkeypatch.setenv("DIPTYCH_WORKERS", "force")
    assert parallel.enabled(1)
    assert stable(compare(left, right)) == serial


@forking
def test_forked_result_comes_back():
    job = parallel.Forked(lambda: {"pid": os.getpid(), "data": list(range(100_000))})
    out = job.result()
    assert out["pid"] != os.getpid()  # computed in the child
    assert out["data"] == list(range(100_000))


@forking
def test_a_failing_child_is_recomputed_here():
    parent = os.getpid()

    def task():
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return "computed here"

    assert parallel.Forked(task).result() == "computed here"


@forking
def test_cancel_stops_the_child():
    import time

    job = parallel.Forked(lambda: time.sleep(30))
    job.cancel()
    assert job.pid == -1


def test_a_busy_machine_stays_in_process(monkeypatch):
    monkeypatch.delenv("DIPTYCH_WORKERS", raising=False)
    monkeypatch.setattr(parallel, "_spare_core", lambda since=None: False)
    assert not parallel.enabled(10**9)


def test_switched_off_and_small_pairs_stay_in_process(monkeypatch):
    monkeypatch.setenv("DIPTYCH_WORKERS", "1")
    assert not parallel.enabled(10**9)
    monkeypatch.delenv("DIPTYCH_WORKERS")
    assert not parallel.enabled(parallel.MIN_WORDS - 1)


def test_spare_core_is_judged_from_idle_time(monkeypatch):
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    monkeypatch.setattr(parallel, "cpu_times", lambda: (1100, 2000))
    assert parallel._spare_core((1000, 1800))  # 100 of 200 ticks idle: one core free
    assert not parallel._spare_core((1090, 1800))  # 10 of 200: both busy


@pytest.mark.parametrize("pair", [(0, 1), (2, 4)])
def test_text_detectors_read_no_entities(pair):
    """The detectors run before the names are known (classifying.TEXT_DETECTORS) find the
    same with and without the entities."""
    from tui.engine import entities
    from tui.engine.aligning import Aligner
    from tui.engine.classifying import TEXT_DETECTORS
    from tui.engine.context import PairContext
    from tui.engine.diffing import pair_diffs
    from tui.engine.segmenting import segment

    left, right = load_article(str(SAMPLES[pair[0]])), load_article(str(SAMPLES[pair[1]]))
    ls, rs = segment(left.text), segment(right.text)
    aligner = Aligner(ls, rs)
    alignment = aligner.align()
    diffs = pair_diffs([(p.left, p.right) for p in alignment], [s.tokens for s in ls], [s.tokens for s in rs])
    le, re_ = entities.extract(left, ls), entities.extract(right, rs)
    full = PairContext(left, right, ls, rs, aligner, alignment, diffs, le, re_,
                       entities.link(le, re_, left.text, right.text))
    empty = PairContext(left, right, ls, rs, aligner, alignment, diffs, entities.ArticleEntities(),
                        entities.ArticleEntities(), [])
    assert TEXT_DETECTORS
    for detect in TEXT_DETECTORS:
        assert detect(empty) == detect(full), detect.__name__


def test_a_large_process_does_not_fork(monkeypatch):
    monkeypatch.delenv("DIPTYCH_WORKERS", raising=False)
    monkeypatch.setattr(parallel, "_spare_core", lambda since=None: True)
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    monkeypatch.setattr(parallel, "_rss_mb", lambda: parallel.MAX_RSS_MB + 1.0)
    assert not parallel.enabled(10**9)
    monkeypatch.setattr(parallel, "_rss_mb", lambda: 10.0)
    assert parallel.enabled(10**9) == (sys.platform.startswith("linux") and hasattr(os, "fork"))
