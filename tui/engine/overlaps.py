"""Overlap findings: what both articles report.

A run of words the two aligned sentences share (after normalising) is a *verbatim*
overlap when it is long enough to be more than chance; an aligned pair that says the
same thing in other words is a *paraphrase* overlap spanning the two sentences.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import accumulate

from tui.engine.aligning import CANDIDATE_FLOOR, is_figure
from tui.engine.context import PairContext
from tui.engine.diffing import EQUAL
from tui.engine.model import Finding, Span, Why
from tui.engine.quantities import stem
from tui.engine.tokens import concept

MIN_RUN = 4
"""Words in a shared run before it counts as verbatim (at least two of them content words)."""
PARAPHRASE_THRESHOLD = 0.22
"""Alignment score from which an aligned pair is reported as a paraphrase: every pair the aligner
keeps as a sentence's best partner (aligning.BEST_THRESHOLD) reports the same thing."""


LOCAL_RELATED = CANDIDATE_FLOOR
"""Sentence pairs from this score on are searched for a paraphrased passage: every pair the
aligner calls related; _telling keeps chance words out."""
LOCAL_WINDOW = 10
"""Shared words at most this many words apart (on both sides) make one passage."""
LOCAL_PER_SENTENCE = 3


def _local_paraphrases(ctx: PairContext, done: set[tuple[int, int]]) -> list[Finding]:
    """Passages two sentences share in other words: two or more rare words they have in
    common, close together on both sides ("the council's secretariat will be based in
    Tashkent" / "with a secretariat in Tashkent"), where the sentences as a whole differ."""
    al = ctx.aligner
    idf = al.idf
    # a rare word: rarer than three in four words of the two articles, or else in no more sentences
    # than a word the two share must be (one on each side: a short pair's words are mostly in one)
    n = len(ctx.left_segments) + len(ctx.right_segments) + 1
    common_idf = min(sorted(idf.values())[len(idf) // 4], math.log(n / 2) + 1.0) if idf else 0.0
    per_left: dict[int, list[tuple[float, int]]] = {}
    for (i, j), s in al.candidate_scores.items():
        if s >= LOCAL_RELATED and (i, j) not in done:
            per_left.setdefault(i, []).append((s, j))
    findings: list[Finding] = []
    # each sentence's words as concepts, worked out once (a sentence meets several others)
    right_concepts: dict[int, list[tuple[int, str, bool]]] = {}
    for i, cands in per_left.items():
        ls = ctx.left_segments[i]
        lpos: dict[str, tuple[int, bool]] | None = None
        for _, j in sorted(cands, reverse=True)[:LOCAL_PER_SENTENCE]:
            rs = ctx.right_segments[j]
            if ls.kind != "sentence" or rs.kind != "sentence":
                continue
            if lpos is None:
                lpos = {}
                for k, key, rare in _content_keys(ls.tokens, idf, common_idf):
                    lpos.setdefault(key, (k, rare))
            rcs = right_concepts.get(j)
            if rcs is None:  # the sentence's content words: (index, key, rare)
                rcs = right_concepts[j] = _content_keys(rs.tokens, idf, common_idf)
            hits = []  # (left index, right index, rare) of shared words
            seen = set()
            for k, c, rare_right in rcs:
                if c in lpos and c not in seen:
                    hits.append((lpos[c][0], k, rare_right or lpos[c][1]))
                    seen.add(c)
            if len(hits) < 2:
                continue
            hits.sort()
            if not any(h[2] for h in hits) and not any(hits[k + PHRASE_WORDS - 1][0] - hits[k][0] <= PHRASE_SPAN
                                                       for k in range(len(hits) - PHRASE_WORDS + 1)):
                continue  # (no group of them can tell: see _telling)
            best: list[tuple[int, int, bool]] = []
            for a in range(len(hits)):
                group = [h for h in hits[a:] if h[0] - hits[a][0] <= LOCAL_WINDOW]
                rights = sorted(h[1] for h in group)
                while group and rights[-1] - rights[0] > LOCAL_WINDOW:
                    group.pop()
                    rights = sorted(h[1] for h in group)
                if len(group) > len(best) and _telling(group, ls.tokens, rs.tokens):
                    best = group
            if not best:
                continue
            l0, l1 = min(h[0] for h in best), max(h[0] for h in best)
            r0, r1 = min(h[1] for h in best), max(h[1] for h in best)
            left = Span(ls.tokens[l0].start, ls.tokens[l1].end)
            right = Span(rs.tokens[r0].start, rs.tokens[r1].end)
            findings.append(ctx.finding(
                "overlap", "paraphrase", left, right,
                Why("paraphrase", note=f"a passage reported in other words ({len(best)} words in common)"),
                0.1 + 0.03 * len(best)))
    return findings


_FIGURE_UNIT = re.compile(r"(\d+(?:\.\d+)?)([a-z]{3,})")
"""A figure and its unit written as one word ("20-month", normalised "20month")."""


@lru_cache(maxsize=65536)
def _norm_keys(norm: str) -> tuple[tuple[str, str | None], ...]:
    """A content word's keys, each with the word whose rarity it has (None: always rare)."""
    if norm[:1].isdigit():
        m = _FIGURE_UNIT.fullmatch(norm)
        if m:
            return ((m.group(1), None if is_figure(m.group(1)) else ""), (_word_key(m.group(2)), ""))
        if is_figure(norm):
            return ((norm, None),)
    if len(norm) > 2:
        return ((_word_key(norm), concept(norm)),)
    return ()


def _content_keys(tokens, idf: dict[str, float], common_idf: float) -> list[tuple[int, str, bool]]:
    """A sentence's content words as (index, key, rare): a word's key is its stem (_word_key), and
    it is rare when few sentences of the two articles have it; a figure with its unit in one word
    ("the 20-month trial") gives the figure (rare) and the unit ("lasted 20 months")."""
    out: list[tuple[int, str, bool]] = []
    get = idf.get
    for k, t in enumerate(tokens):
        if t.stop:
            continue
        for key, rarity in _norm_keys(t.norm):
            out.append((k, key, rarity is None or (rarity != "" and get(rarity, 0) >= common_idf)))
    return out


def _telling(group: list[tuple[int, int, bool]], ltoks, rtoks) -> bool:
    """Whether shared words close together on both sides make a shared passage rather than
    chance: two rare words, or three words with a rare one among them."""
    rare = sum(h[2] for h in group)
    return rare >= 2 or (rare >= 1 and len(group) >= 3) or _phrase(group, ltoks, rtoks)


PHRASE_WORDS = 3
PHRASE_SPAN = 6
"""Shared words that make a phrase on their own, however common each is in the story: this many,
in the same order on both sides, within this many words ("a fire warning in the left engine" /
"a fire alarm from the left engine"), with no name or figure between them on one side only
("chief economist at Kestrel Bank" / "chief economist at Velmora Bank": two people)."""


def _phrase(group: list[tuple[int, int, bool]], ltoks, rtoks) -> bool:
    if len(group) < PHRASE_WORDS:
        return False
    lefts = [h[0] for h in group]
    rights = [h[1] for h in group]
    if rights != sorted(rights) or lefts[-1] - lefts[0] > PHRASE_SPAN or rights[-1] - rights[0] > PHRASE_SPAN:
        return False
    for toks, inside in ((ltoks, lefts), (rtoks, rights)):
        shared = set(inside)
        for k in range(inside[0] + 1, inside[-1]):
            if k not in shared and (toks[k].text[:1].isupper() or toks[k].norm[:1].isdigit()):
                return False
    return True


@lru_cache(maxsize=65536)
def _word_key(norm: str) -> str:
    """What two words share when one says the same as the other: the concept's stem ("fined" and
    "fine", "organisers" and "organizers", "injuries"/"injured" no)."""
    return stem(norm)


def _content_prefix(seg) -> list[int]:
    """prefix[k]: content words among the first k tokens of the segment."""
    return list(accumulate([not t.stop for t in seg.tokens], initial=0))


def find_overlaps(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    covered_pairs: set[tuple[int, int]] = set()
    lprefix: dict[int, list[int]] = {}
    rprefix: dict[int, list[int]] = {}
    for pair in ctx.alignment:
        ls, rs = ctx.left_segments[pair.left], ctx.right_segments[pair.right]
        ops = ctx.diffs.get((pair.left, pair.right), [])
        before = len(findings)
        covered = 0
        lpre = lprefix.get(pair.left)
        if lpre is None:
            lpre = lprefix[pair.left] = _content_prefix(ls)
        rpre = rprefix.get(pair.right)
        if rpre is None:
            rpre = rprefix[pair.right] = _content_prefix(rs)
        content_total = min(lpre[-1], rpre[-1]) or 1
        for op in ops:
            if op.op != EQUAL:
                continue
            content = lpre[op.a1] - lpre[op.a0]
            length = op.a1 - op.a0
            if (length >= MIN_RUN and content >= 2) or content >= 3 or (
                    content >= 2 and any(is_figure(t.norm) for t in ls.tokens[op.a0:op.a1])):
                toks = ls.tokens
                left = Span(toks[op.a0].start, toks[op.a1 - 1].end)
                right = Span(rs.tokens[op.b0].start, rs.tokens[op.b1 - 1].end)
                share = min(1.0, content / 12)
                findings.append(ctx.finding(
                    "overlap", "verbatim", left, right,
                    Why("verbatim", note=f"{length} words in common"), 0.2 + 0.3 * share))
                covered += content
        if pair.score >= PARAPHRASE_THRESHOLD and covered < 0.6 * content_total \
                and ls.kind == "sentence" and rs.kind == "sentence":
            findings.append(ctx.finding(
                "overlap", "paraphrase", ls.span, rs.span,
                Why("paraphrase", note=f"the two sentences report the same thing, {pair.score:.0%} alike"),
                0.1 + 0.3 * pair.score))
        if len(findings) > before:
            covered_pairs.add((pair.left, pair.right))
    findings.extend(_local_paraphrases(ctx, covered_pairs))
    return findings
