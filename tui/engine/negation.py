"""Negation contradictions: one article denies what the other affirms.

A verb right after a negation ("never testified", "did not attend", "was not
injured") is a denied predicate; the same verb without one in the other article
("testified for three days", "attended") affirms it. When the two sentences are about
the same person or organisation (a linked entity in both) or closely related, the
articles contradict each other. "Not only", "no longer" and questions are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine import lexicon
from tui.engine.context import PairContext
from tui.engine.model import Finding, Segment, Span, Token, Why
from tui.engine.quantities import stem

REACH = 3
"""Words after a negation that it can deny."""
RELATED = 0.3
"""Without a shared subject, sentences must be this alike to compare their predicates."""
SHARED_RELATED = 0.18
"""With a shared subject (a linked person or organisation), this alike."""
_AUXILIARIES = frozenset("""do does did have has had be is are was were will would can could should may
might must been being get got""".split())
_NOT_PREDICATES = frozenset("only longer just even yet also".split())


@dataclass(slots=True)
class Predicate:
    segment: int
    stem: str
    span: Span
    negated: bool


def _predicates(segments: list[Segment], wanted: set[str] | None = None) -> list[Predicate]:
    """Denied and affirmed predicates; with ``wanted``, affirmed ones only of those stems."""
    out: list[Predicate] = []
    for si, seg in enumerate(segments):
        if seg.kind != "sentence":
            continue
        toks: list[Token] = seg.tokens
        denied_until = -1
        neg_start = 0
        for k, t in enumerate(toks):
            if t.norm in lexicon.NEGATIONS or t.norm.endswith("n't"):
                if k + 1 < len(toks) and toks[k + 1].norm in _NOT_PREDICATES:
                    continue
                denied_until, neg_start = k + REACH, t.start
                continue
            if t.stop or t.norm in _AUXILIARIES or not t.text[:1].islower() or t.norm[:1].isdigit() \
                    or len(t.norm) < 4:
                continue
            negated = k <= denied_until
            if not negated and wanted is not None and not wanted:
                continue  # the first pass only looks for what is denied
            key = stem(t.norm)
            if not negated and wanted is not None and key not in wanted:
                continue
            span = Span(neg_start, t.end) if negated else Span(t.start, t.end)
            out.append(Predicate(si, key, span, negated))
            if negated:
                denied_until = -1  # a negation denies its first predicate only
    return out


def _subjects(ents, segments: list[Segment], key_of) -> dict[int, set[str]]:
    """segment -> the people and organisations it names (one key per real-world thing)."""
    starts = [s.start for s in segments]
    import bisect

    out: dict[int, set[str]] = {}
    for key, ms in ents.mentions.items():
        if ents.types.get(key) not in ("PERSON", "ORG"):
            continue
        for m in ms:
            out.setdefault(max(0, bisect.bisect_right(starts, m.start) - 1), set()).add(key_of(key))
    return out


def find_negation_conflicts(ctx: PairContext) -> list[Finding]:
    right_to_left = {rk: link.left_keys[0] for link in ctx.linked if link.left_keys for rk in link.right_keys}
    lsub = _subjects(ctx.left_entities, ctx.left_segments, lambda k: k)
    rsub = _subjects(ctx.right_entities, ctx.right_segments, lambda k: right_to_left.get(k, k))
    # only verbs denied somewhere can be contradicted: find those first
    denied = {p.stem for segs in (ctx.left_segments, ctx.right_segments)
              for p in _predicates(segs, set()) if p.negated}
    if not denied:
        return []
    left, right = _predicates(ctx.left_segments, denied), _predicates(ctx.right_segments, denied)
    by_place: dict[tuple[int, str], list[Predicate]] = {}
    for p in right:
        by_place.setdefault((p.segment, p.stem), []).append(p)
    # a sentence that both affirms and denies a verb ("has reached ... not yet been reached")
    # says nothing clear about it
    polarity: dict[tuple[str, int, str], set[bool]] = {}
    for side, preds in (("left", left), ("right", right)):
        for p in preds:
            polarity.setdefault((side, p.segment, p.stem), set()).add(p.negated)
    partners = ctx.partners("left")
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for a in left:
        near = partners.get(a.segment, {})
        for b in (b for seg in sorted(near) for b in by_place.get((seg, a.stem), ())):
            if a.negated == b.negated or (a.segment, b.segment) in seen:
                continue
            if len(polarity[("left", a.segment, a.stem)]) > 1 or len(polarity[("right", b.segment, b.stem)]) > 1:
                continue
            shared = lsub.get(a.segment, set()) & rsub.get(b.segment, set())
            related = ctx.related(a.segment, b.segment)
            if related < (SHARED_RELATED if shared else RELATED):
                continue
            seen.add((a.segment, b.segment))
            lw = ctx.left.text[a.span.start:a.span.end]
            rw = ctx.right.text[b.span.start:b.span.end]
            findings.append(ctx.finding(
                "contradiction", "negation", ctx.left_segments[a.segment].span,
                ctx.right_segments[b.segment].span,
                Why("negation", f"“{lw}”", f"“{rw}”", "one article denies what the other affirms"),
                0.85, [a.span], [b.span]))
    return findings
