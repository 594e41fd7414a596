"""Classifying: every detector's findings, merged, identified and ordered."""

from __future__ import annotations

from tui.engine import identity, parallel
from tui.engine.context import PairContext
from tui.engine.dating import find_date_conflicts
from tui.engine.membership import find_membership_conflicts, find_portfolio_conflicts
from tui.engine.model import Finding
from tui.engine.negation import find_negation_conflicts
from tui.engine.overlaps import find_overlaps
from tui.engine.people import find_people_conflicts, find_spelling_in_diff
from tui.engine.quantities import find_quantity_conflicts
from tui.engine.quotes import find_quote_conflicts
from tui.engine.values import find_code_conflicts, find_value_conflicts

DETECTORS = (
    find_overlaps,
    find_value_conflicts,
    find_quantity_conflicts,
    find_people_conflicts,
    find_spelling_in_diff,
    find_quote_conflicts,
    find_membership_conflicts,
    find_date_conflicts,
    find_negation_conflicts,
    find_code_conflicts,
    find_portfolio_conflicts,
)


def _sentence_pairs(ctx: PairContext, f: Finding) -> list[tuple[int, int]]:
    """Each (left sentence, right sentence) a finding's two passages lie in (almost always one)."""
    def spanned(side: str, span) -> range:
        return range(ctx.segment_at(side, span.start), ctx.segment_at(side, max(span.start, span.end - 1)) + 1)

    return [(li, ri) for li in spanned("left", f.left) for ri in spanned("right", f.right)]


def _dedupe(findings: list[Finding], ctx: PairContext) -> list[Finding]:
    """Drop a finding that repeats a stronger one of the same kind and type on both sides.

    Findings are compared only with those in the same left sentence and the same right sentence
    (a repeat overlaps it on both sides), so this stays linear in the number of findings, also
    when one sentence is aligned with thousands on the other side (a 5 MB article)."""
    kept: list[Finding] = []
    buckets: dict[tuple[str, str, int, int], list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (-f.significance, f.left.start, f.right.start,
                                             f.left.end, f.right.end, f.type)):
        pairs = _sentence_pairs(ctx, f)
        near = [k for li, ri in pairs for k in buckets.get((f.kind, f.type, li, ri), ())]
        if any(k.left.contains(f.left) and k.right.contains(f.right) for k in near):
            continue
        if f.kind == "overlap" and f.type == "paraphrase" and any(
                k.left.contains(f.left) and k.right.contains(f.right)
                for li, ri in pairs for k in buckets.get((f.kind, "verbatim", li, ri), ())):
            continue  # a passage inside words the two share verbatim
        if f.kind == "contradiction" and any(k.left.overlaps(f.left) and k.right.overlaps(f.right)
                                             for k in near):
            continue  # the same disagreement seen by two detectors (a surname and the full name)
        kept.append(f)
        for li, ri in pairs:
            buckets.setdefault((f.kind, f.type, li, ri), []).append(f)
    return kept


def _in_twins(ctx: PairContext, f: Finding) -> bool:
    """A contradiction resting on a sentence the other article also carries word for word:
    that article states it too, so the two articles do not disagree about it."""
    left_twins, right_twins = ctx.aligner.twins()
    li, ri = ctx.segment_at("left", f.left.start), ctx.segment_at("right", f.right.start)
    return li in left_twins or ri in right_twins


TEXT_DETECTORS = frozenset((find_overlaps, find_value_conflicts, find_spelling_in_diff, find_date_conflicts,
                            find_code_conflicts, find_portfolio_conflicts))
"""Detectors that read the texts, the alignment and the diffs, never the entities: they can
run while the names are still being extracted (pipeline.py)."""
_IN_PARENT = frozenset((find_overlaps, find_quantity_conflicts, find_people_conflicts))
"""With a forked child, the detectors this process runs (about half the work)."""


class _Detect:
    """Some detectors run on one context: a picklable task for a forked child."""

    def __init__(self, ctx: PairContext, detectors):
        self.ctx, self.detectors = ctx, detectors

    def __call__(self) -> list[list[Finding]]:
        return [d(self.ctx) for d in self.detectors]


def detect(ctx: PairContext, detectors) -> dict:
    """The findings of some detectors: detector -> findings."""
    return {d: d(ctx) for d in DETECTORS if d in detectors}


def classify(ctx: PairContext, fork: bool = False, done: dict | None = None) -> list[Finding]:
    """Every detector's findings, merged; ``done``: findings of detectors already run
    (``detect``). With ``fork``, part of the detectors run in a forked child while this
    process runs the others (parallel.py): the same findings, in the same order."""
    done = dict(done or {})
    todo = [d for d in DETECTORS if d not in done]
    if fork and todo:
        ctx.partners("left"), ctx.partners("right")  # worked out once, for both processes
        here = [d for d in todo if d in _IN_PARENT]
        there = [d for d in todo if d not in _IN_PARENT]
        job = parallel.Forked(_Detect(ctx, there))
        try:
            done.update((d, d(ctx)) for d in here)
            done.update(zip(there, job.result(), strict=True))
        finally:
            job.cancel()
    else:
        done.update((d, d(ctx)) for d in todo)
    found = [done[d] for d in DETECTORS]
    findings: list[Finding] = [f for part in found for f in part]
    findings = [f for f in findings if f.kind != "contradiction" or not _in_twins(ctx, f)]
    findings = _dedupe(findings, ctx)
    identity.assign(findings, (ctx.left.text, ctx.right.text), (ctx.left_segments, ctx.right_segments),
                    left_first=ctx.left.sha256 <= ctx.right.sha256)
    findings.sort(key=lambda f: (-f.significance, f.left.start, f.right.start, f.kind, f.type, f.id))
    return findings
