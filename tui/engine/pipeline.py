"""The comparison pipeline: segment, align, diff, classify, extract entities.

``compare(left, right)`` is the one entry point. It is deterministic and symmetric:
the pair is always analysed in one canonical order (by the texts' hashes) and the
result mirrored when the caller's order is the other one, so swapping the two
articles swaps the findings and nothing else.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tui.engine import entities as entity_stage
from tui.engine import parallel
from tui.engine.aligning import Aligner
from tui.engine.classifying import TEXT_DETECTORS, classify, detect
from tui.engine.context import PairContext
from tui.engine.diffing import pair_diffs
from tui.engine.entities import ArticleEntities
from tui.engine.model import Article, Comparison, Entity, Segment, Span
from tui.engine.nlp import merge as merge_ner
from tui.engine.nlp import spacy_ner
from tui.engine.segmenting import segment
from tui.engine.temporal import clear_article_times
from tui.engine.tokens import fold

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction of the work done (0..1)."""

STAGES = ("segment", "align", "diff", "entities", "classify")


def _longest(forms: list[str]) -> str:
    """The most complete form; of forms as long, one not in capitals ("Bucharest", not a
    dateline's "BUCHAREST")."""
    return min(forms, key=lambda f: (-len(f), f.isupper() and not f.isdigit(), f))


def _display_name(ent: Entity, relation: str) -> str:
    """The name shown for an entity, the same whichever article is on the left: the most
    complete form; where the two articles write it differently (Kyiv / Kiev, United States /
    US), both forms, longest first."""
    lforms = [f.removeprefix("the ").removeprefix("The ") for f in ent.left_forms]
    rforms = [f.removeprefix("the ").removeprefix("The ") for f in ent.right_forms]
    if lforms and rforms:
        a, b = _longest(lforms), _longest(rforms)
        if fold(a) != fold(b) and (ent.type != "PERSON" or relation == "variant"):
            return " / ".join(sorted((a, b), key=lambda f: (-len(f), f)))
    forms = lforms + rforms
    return _longest(forms) if forms else ent.name


def _entities(values_left, values_right, linked) -> list[Entity]:
    """The pair's entities: linked names, then dates, times and numbers, in sidebar order."""
    out: list[Entity] = []
    for link in linked:
        ent = link.entity
        ent.name = _display_name(ent, link.relation)
        out.append(ent)
    for key in sorted(set(values_left.mentions) | set(values_right.mentions)):
        lms = values_left.mentions.get(key, [])
        rms = values_right.mentions.get(key, [])
        name = values_left.names.get(key) or values_right.names[key]
        etype = (values_left.types.get(key) or values_right.types[key])
        out.append(Entity(name, etype, [Span(m.start, m.end) for m in lms],
                          [Span(m.start, m.end) for m in rms],
                          sorted({m.text for m in lms}), sorted({m.text for m in rms})))
    order = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 3, "DATE": 4, "TIME": 5, "NUMBER": 6}
    out.sort(key=lambda e: (order.get(e.type, 9), -(len(e.left) + len(e.right)), e.name))
    for k, e in enumerate(out):
        e.id = f"e{k + 1}"
    return out


class _Names:
    """The names (people, organisations, places) of both articles: a picklable task."""

    def __init__(self, left: Article, lsegs: list[Segment], right: Article, rsegs: list[Segment]):
        self.args = (left, lsegs, right, rsegs)

    def __call__(self) -> tuple[ArticleEntities, ArticleEntities]:
        left, lsegs, right, rsegs = self.args
        return entity_stage.extract(left, lsegs), entity_stage.extract(right, rsegs)


@dataclass(slots=True)
class Prepared:
    """What the engine works out for one article on its own, whatever it is compared with: its
    segments, its names (people, organisations, places) and its values (dates, times, numbers).
    Comparing one article with many others prepares it once (``prepare``) and hands the result
    to ``compare(..., prepared=...)``; the comparison is the same as without. It is only read."""

    article: Article
    segments: list[Segment]
    names: ArticleEntities
    values: ArticleEntities
    memo: dict[Any, Any] = field(default_factory=dict)
    """What the pair stages work out from this article alone, kept for its next pairs
    (``Aligner``, ``PairContext.per_article``)."""


def prepare(article: Article) -> Prepared:
    """The per-article stages of a comparison, done once."""
    segments = segment(article.text)
    names = entity_stage.extract(article, segments)
    ner = spacy_ner()
    if ner is not None:
        merge_ner(article, segments, names, ner)
    return Prepared(article, segments, names, entity_stage.extract_values(article, segments))


def _compare(left: Article, right: Article, progress: Progress | None,
             prepared: tuple[Prepared, Prepared] | None = None) -> Comparison:
    if prepared is not None:
        return _compare_prepared(*prepared, progress)
    timings: dict[str, float] = {}
    clear_article_times()  # a cache for one comparison, so repeated runs are measured honestly

    def stage(name: str, t0: float, done: float, before: float = 0.0) -> float:
        now = time.perf_counter()
        timings[name] = round((now - t0) * 1000 + before, 3)
        if progress:
            progress(name, done)
        return now

    t = time.perf_counter()
    cpu = parallel.cpu_times()  # how busy the machine is meanwhile decides on forking
    lsegs, rsegs = segment(left.text), segment(right.text)
    t = stage("segment", t, 0.2)
    # The names of both articles (the costliest per-side stage) are extracted in a forked
    # child while this process aligns, diffs and runs the detectors that need no names;
    # small pairs (or a busy machine) do it all here, in the same order (parallel.py).
    words = sum(len(s.tokens) for s in lsegs) + sum(len(s.tokens) for s in rsegs)
    names = _Names(left, lsegs, right, rsegs)
    forking = parallel.enabled(words, cpu)
    job = parallel.Forked(names) if forking else None
    cpu = parallel.cpu_times()
    try:
        aligner = Aligner(lsegs, rsegs)
        alignment = aligner.align()
        t = stage("align", t, 0.4)
        diffs = pair_diffs([(p.left, p.right) for p in alignment], [s.tokens for s in lsegs],
                           [s.tokens for s in rsegs])
        t = stage("diff", t, 0.55)
        # (the entities are filled in below; these detectors never read them)
        ctx = PairContext(left, right, lsegs, rsegs, aligner, alignment, diffs, ArticleEntities(),
                          ArticleEntities(), [])
        early = detect(ctx, TEXT_DETECTORS)
        now = time.perf_counter()
        early_ms, t = (now - t) * 1000, now
        lvals = entity_stage.extract_values(left, lsegs)
        rvals = entity_stage.extract_values(right, rsegs)
        lents, rents = job.result() if job else names()
    finally:
        if job:
            job.cancel()
    ner = spacy_ner()
    if ner is not None:  # the optional statistical recogniser adds what the rules missed
        merge_ner(left, lsegs, lents, ner)
        merge_ner(right, rsegs, rents, ner)
    linked = entity_stage.link(lents, rents, left.text, right.text)
    t = stage("entities", t, 0.8)
    ctx.left_entities, ctx.right_entities, ctx.linked = lents, rents, linked
    # (while the child ran, the machine was busy with it: the first judgement of a spare
    # core stands, the memory is judged again)
    findings = classify(ctx, fork=parallel.enabled(words, cpu, spare=True if forking else None), done=early)
    entities = _entities(lvals, rvals, linked)
    result = Comparison(left, right, lsegs, rsegs, alignment, findings, entities, timings)
    stage("classify", t, 1.0, before=early_ms)
    return result


def _compare_prepared(pl: Prepared, pr: Prepared, progress: Progress | None) -> Comparison:
    """``_compare`` of two prepared articles: the pair stages only, in one process (the costly
    per-article stage, the names, is already done)."""
    timings: dict[str, float] = {"segment": 0.0}
    left, right, lsegs, rsegs = pl.article, pr.article, pl.segments, pr.segments
    t = time.perf_counter()

    def stage(name: str, done: float) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[name] = round((now - t) * 1000, 3)
        t = now
        if progress:
            progress(name, done)

    memos = (pl.memo, pr.memo)
    aligner = Aligner(lsegs, rsegs, memos)
    alignment = aligner.align()
    stage("align", 0.4)
    diffs = pair_diffs([(p.left, p.right) for p in alignment], [s.tokens for s in lsegs],
                       [s.tokens for s in rsegs])
    stage("diff", 0.55)
    linked = entity_stage.link(pl.names, pr.names, left.text, right.text)
    stage("entities", 0.8)
    ctx = PairContext(left, right, lsegs, rsegs, aligner, alignment, diffs, pl.names, pr.names, linked,
                      memos=memos)
    findings = classify(ctx)
    entities = _entities(pl.values, pr.values, linked)
    result = Comparison(left, right, lsegs, rsegs, alignment, findings, entities, timings)
    stage("classify", 1.0)
    return result


def compare(left: Article, right: Article, progress: Progress | None = None, *,
            prepared: tuple[Prepared, Prepared] | None = None) -> Comparison:
    """Compare two articles: findings (overlaps, contradictions) and linked entities.

    ``prepared``: the two articles' ``prepare`` results (in the same order), when the caller
    compares each article with several others."""
    # The cyclic garbage collector is paused meanwhile: a comparison creates millions of
    # small objects (tokens, words, pairs) and almost no cycles, and each full collection
    # would walk all of them again -- a fifth of the time of a large pair. Whatever cycles
    # there are are collected as usual afterwards.
    paused = gc.isenabled()
    gc.disable()
    try:
        if (right.sha256, right.path) < (left.sha256, left.path) and left.text != right.text:
            swapped = _compare(right, left, progress, prepared[::-1] if prepared else None)
            return mirror(swapped)
        return _compare(left, right, progress, prepared)
    finally:
        if paused:
            gc.enable()


def mirror(c: Comparison) -> Comparison:
    """The comparison seen from the other side."""
    from tui.engine.model import AlignedPair

    return Comparison(
        left=c.right, right=c.left, left_segments=c.right_segments, right_segments=c.left_segments,
        alignment=sorted((AlignedPair(p.right, p.left, p.score) for p in c.alignment),
                         key=lambda p: (p.left, p.right)),
        findings=[f.mirrored() for f in c.findings],
        entities=[e.mirrored() for e in c.entities],
        timings=c.timings,
    )
