"""Overlap findings: what both articles report.

A run of words the two aligned sentences share (after normalising) is a *verbatim*
overlap when it is long enough to be more than chance; an aligned pair that says the
same thing in other words is a *paraphrase* overlap spanning the two sentences.
"""

from __future__ import annotations

from tui.engine.aligning import is_figure
from tui.engine.context import PairContext
from tui.engine.diffing import EQUAL
from tui.engine.model import Finding, Span, Why

MIN_RUN = 4
"""Words in a shared run before it counts as verbatim (at least two of them content words)."""
PARAPHRASE_THRESHOLD = 0.3
"""Alignment score from which an aligned pair is reported as a paraphrase."""


def find_overlaps(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    for pair in ctx.alignment:
        ls, rs = ctx.left_segments[pair.left], ctx.right_segments[pair.right]
        ops = ctx.diffs.get((pair.left, pair.right), [])
        covered = 0
        content_total = min(sum(not t.stop for t in ls.tokens), sum(not t.stop for t in rs.tokens)) or 1
        for op in ops:
            if op.op != EQUAL:
                continue
            toks = ls.tokens[op.a0:op.a1]
            content = sum(not t.stop for t in toks)
            figure = content >= 2 and any(is_figure(t.norm) for t in toks)
            if (len(toks) >= MIN_RUN and content >= 2) or content >= 3 or figure:
                rt = rs.tokens[op.b0:op.b1]
                left = Span(toks[0].start, toks[-1].end)
                right = Span(rt[0].start, rt[-1].end)
                share = min(1.0, content / 12)
                findings.append(ctx.finding(
                    "overlap", "verbatim", left, right,
                    Why("verbatim", note=f"{len(toks)} words in common"), 0.2 + 0.3 * share))
                covered += content
        if pair.score >= PARAPHRASE_THRESHOLD and covered < 0.6 * content_total \
                and ls.kind == "sentence" and rs.kind == "sentence":
            findings.append(ctx.finding(
                "overlap", "paraphrase", ls.span, rs.span,
                Why("paraphrase", note=f"the two sentences report the same thing, {pair.score:.0%} alike"),
                0.1 + 0.3 * pair.score))
    return findings
