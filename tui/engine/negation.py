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


_NORM_FACTS: dict[str, tuple[bool, bool]] = {}
"""norm -> (a negation, can be a predicate): what the scan below asks of every word."""


def _norm_facts(norm: str) -> tuple[bool, bool]:
    if len(_NORM_FACTS) >= 1 << 18:
        _NORM_FACTS.clear()
    facts = _NORM_FACTS[norm] = (
        norm in lexicon.NEGATIONS or norm.endswith("n't"),
        not (norm in _AUXILIARIES or norm[:1].isdigit() or len(norm) < 4),
    )
    return facts


def _scan(segments: list[Segment]) -> list[tuple[int, str, int, int, bool]]:
    """Every predicate, denied or affirmed, in order: (segment, stem, start, end, negated)."""
    out: list[tuple[int, str, int, int, bool]] = []
    get = _NORM_FACTS.get
    for si, seg in enumerate(segments):
        if seg.kind != "sentence":
            continue
        toks: list[Token] = seg.tokens
        denied_until = -1
        neg_start = 0
        for k, t in enumerate(toks):
            negation, eligible = get(t.norm) or _norm_facts(t.norm)
            if negation:
                if k + 1 < len(toks) and toks[k + 1].norm in _NOT_PREDICATES:
                    continue
                denied_until, neg_start = k + REACH, t.start
                continue
            if not eligible or t.stop or not t.text[:1].islower():
                continue
            if k <= denied_until:
                out.append((si, stem(t.norm), neg_start, t.end, True))
                denied_until = -1  # a negation denies its first predicate only
            else:
                out.append((si, stem(t.norm), t.start, t.end, False))
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
    # only verbs denied somewhere can be contradicted (one scan a side finds both kinds)
    lscan, rscan = _scan(ctx.left_segments), _scan(ctx.right_segments)
    denied = {p[1] for scan in (lscan, rscan) for p in scan if p[4]}
    if not denied:
        return []
    left = [Predicate(si, key, Span(a, b), neg) for si, key, a, b, neg in lscan if neg or key in denied]
    right = [Predicate(si, key, Span(a, b), neg) for si, key, a, b, neg in rscan if neg or key in denied]
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
