"""Quote contradictions: the same words quoted differently by the two articles.

Quoted passages are found by their quotation marks and cut into sentences; a quoted
sentence in one article that is clearly the same utterance as a quoted sentence in
the other (most words shared) but not the same words is a quote contradiction. When
both quotes have a speaker that can be told (a person in the sentence), the speakers
must be the same person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tui.engine.context import PairContext
from tui.engine.diffing import EQUAL, word_diff
from tui.engine.entities import ArticleEntities, same_person
from tui.engine.model import Finding, Segment, Span, Token, Why

MIN_WORDS = 5
"""Quoted sentences shorter than this are phrases, not utterances to compare."""
SAME_UTTERANCE = 0.55
QUOTE_POSTINGS = 30
"""Words in more quotes than this are too common to propose a match."""
QUOTE_CANDIDATES = 8
"""Quotes sharing most words with a quote are the only ones compared with it."""
"""Share of words (Dice) from which two quoted sentences are the same utterance."""

_QUOTED = re.compile(r"“([^”“\"\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^»\n]{2,}?)»|“([^“”\"\n]{2,}?)\"|\"([^“”\"\n]{2,}?)”")
"""A quoted passage: in curly, straight or mixed marks (“...", the way copy pasted from two
sources is), never across a line end or another opening mark (an unclosed “ would otherwise run
on to the next closing mark, paragraphs later)."""


@dataclass(slots=True)
class QuoteUnit:
    """One quoted sentence (or a short quoted phrase: ``short``)."""

    start: int
    end: int
    tokens: list[Token]
    speaker: str | None
    people: tuple[str, ...] = ()
    """Everyone named around the quote (outside it): the speaker is one of them."""
    segment: int = 0
    short: bool = False


def _person_mentions(ents: ArticleEntities) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every person mention, sorted by offset (and the offsets, for bisecting)."""
    ms = sorted((m.start, m.end, ents.names[key]) for key, mentions in ents.mentions.items()
                if ents.types[key] == "PERSON" for m in mentions)
    return [m[0] for m in ms], ms


def _speaker(people: tuple[list[int], list[tuple[int, int, str]]], quote: tuple[int, int],
             seg_range: tuple[int, int]) -> str | None:
    """The person named nearest to the quote, outside it, in the sentences it stands in."""
    starts, ms = people
    q0, q1 = quote
    best: tuple[int, str] | None = None
    lo = bisect.bisect_left(starts, seg_range[0])
    hi = bisect.bisect_left(starts, seg_range[1])
    for start, end, name in ms[lo:hi]:
        if q0 <= start < q1:
            continue
        distance = start - q1 if start >= q1 else (q0 - end) + 1
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def _people_around(people: tuple[list[int], list[tuple[int, int, str]]], quote: tuple[int, int],
                   seg_range: tuple[int, int]) -> tuple[str, ...]:
    starts, ms = people
    lo = bisect.bisect_left(starts, seg_range[0])
    hi = bisect.bisect_left(starts, seg_range[1])
    return tuple(name for start, _, name in ms[lo:hi] if not quote[0] <= start < quote[1])


def _same_speaker(a: QuoteUnit, b: QuoteUnit) -> bool:
    """The same person, or a speaker the other article also names around its quote ("Norsk
    Ferries chief executive Ingrid Dahl told": either name may have been taken for the speaker)."""
    if not a.speaker or not b.speaker:
        return True
    return bool(same_person(a.speaker, b.speaker)) or any(same_person(a.speaker, p) for p in b.people) \
        or any(same_person(b.speaker, p) for p in a.people)


def quote_units(text: str, segments: list[Segment], ents: ArticleEntities) -> list[QuoteUnit]:
    units: list[QuoteUnit] = []
    starts = [s.start for s in segments]
    people = _person_mentions(ents)

    for m in _QUOTED.finditer(text):
        q0, q1 = m.span()
        q0 += 1
        q1 -= 1
        first = max(0, bisect.bisect_right(starts, q0) - 1)
        last = max(0, bisect.bisect_right(starts, max(q0, q1 - 1)) - 1)
        seg_range = (segments[first].start, segments[last].end)
        speaker = _speaker(people, (q0, q1), seg_range)
        around = _people_around(people, (q0, q1), seg_range)
        for k in range(first, last + 1):
            toks = [t for t in segments[k].tokens if q0 <= t.start and t.end <= q1]
            if len(toks) >= MIN_WORDS:
                units.append(QuoteUnit(toks[0].start, toks[-1].end, toks, speaker, around, k))
            elif len(toks) >= 2 and first == last and speaker:
                units.append(QuoteUnit(toks[0].start, toks[-1].end, toks, speaker, around, k, short=True))
    return units


def find_quote_conflicts(ctx: PairContext) -> list[Finding]:
    lunits = ctx.per_article("left", "quotes.units",
                             lambda: quote_units(ctx.left.text, ctx.left_segments, ctx.left_entities))
    runits = ctx.per_article("right", "quotes.units",
                             lambda: quote_units(ctx.right.text, ctx.right_segments, ctx.right_entities))
    findings: list[Finding] = []
    used_right: set[int] = set()
    # right quotes by their words: a left quote is compared only with quotes sharing a word
    # that is not too common among the quotes
    by_word: dict[str, list[int]] = {}
    rsets = [frozenset(t.norm for t in ru.tokens) for ru in runits]
    for k, ru in enumerate(runits):
        for norm in {t.norm for t in ru.tokens if not t.stop}:
            by_word.setdefault(norm, []).append(k)
    for lu in lunits:
        if lu.short:
            continue
        best, best_score = None, SAME_UTTERANCE
        lset = frozenset(t.norm for t in lu.tokens)
        shared: dict[int, int] = {}
        for norm in {t.norm for t in lu.tokens if not t.stop}:
            posting = by_word.get(norm, ())
            if len(posting) <= QUOTE_POSTINGS:
                for k in posting:
                    shared[k] = shared.get(k, 0) + 1
        for k in sorted(shared, key=lambda k: (-shared[k], k))[:QUOTE_CANDIDATES]:
            ru = runits[k]
            if k in used_right:
                continue
            rset = rsets[k]
            s = 2 * len(lset & rset) / (len(lset) + len(rset)) if lset and rset else 0.0
            if s >= best_score:
                best, best_score = k, s
        if best is None:
            continue
        ru = runits[best]
        if ru.short:
            continue
        if [t.norm for t in lu.tokens] == [t.norm for t in ru.tokens]:
            used_right.add(best)
            if not _same_speaker(lu, ru):
                # the same words put in another person's mouth
                findings.append(ctx.finding(
                    "contradiction", "quote", Span(lu.start, lu.end), Span(ru.start, ru.end),
                    Why("quote", lu.speaker or "", ru.speaker or "", "the same words attributed to another person"),
                    0.85))
            continue  # the same words, the same speaker: an overlap, reported by the aligner
        if not _same_speaker(lu, ru):
            continue
        used_right.add(best)
        if _part_of([t.norm for t in lu.tokens], [t.norm for t in ru.tokens]):
            continue  # a part of the utterance quoted ("a black day for the region"): no other wording
        ops = word_diff(lu.tokens, ru.tokens)
        lmarks = [Span(lu.tokens[o.a0].start, lu.tokens[o.a1 - 1].end) for o in ops if o.op != EQUAL and o.a1 > o.a0]
        rmarks = [Span(ru.tokens[o.b0].start, ru.tokens[o.b1 - 1].end) for o in ops if o.op != EQUAL and o.b1 > o.b0]
        lw = " / ".join(ctx.left.text[s.start:s.end] for s in lmarks[:3]) or "—"
        rw = " / ".join(ctx.right.text[s.start:s.end] for s in rmarks[:3]) or "—"
        speakers = sorted({s for s in (lu.speaker, ru.speaker) if s})
        who = f"the same words of {speakers[0]}" if len(speakers) == 1 else "the same utterance"
        findings.append(ctx.finding(
            "contradiction", "quote", Span(lu.start, lu.end), Span(ru.start, ru.end),
            Why("quote", f"“{lw}”", f"“{rw}”", f"{who}, worded differently"), 0.6 + 0.2 * best_score,
            lmarks, rmarks))
    findings.extend(_short_quotes(ctx, [u for u in lunits if u.short], [u for u in runits if u.short]))
    return findings


def _part_of(a: list[str], b: list[str]) -> bool:
    """Whether one quote's words are a run of the other's: a part of the utterance, quoted word
    for word ("a black day for the region" in "This is a black day for the region and for all of us")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return any(long_[k:k + n] == short for k in range(len(long_) - n + 1))


SHORT_ALIGNMENT = 0.4
"""Short quoted phrases are compared only in sentences this alike."""


def _short_quotes(ctx: PairContext, lunits: list[QuoteUnit], runits: list[QuoteUnit]) -> list[Finding]:
    """A short quoted phrase the same person is given in both articles, in sentences that report
    the same thing, worded differently ("solid but modest" / "real but modest")."""
    findings: list[Finding] = []
    by_segment: dict[int, list[QuoteUnit]] = {}
    for ru in runits:
        by_segment.setdefault(ru.segment, []).append(ru)
    partners = ctx.partners("left")
    for lu in lunits:
        near = partners.get(lu.segment, {})
        for seg in sorted(near):
            if near[seg] < SHORT_ALIGNMENT:
                continue
            for ru in by_segment.get(seg, ()):
                if not (lu.speaker and ru.speaker and same_person(lu.speaker, ru.speaker)):
                    continue
                a, b = [t.norm for t in lu.tokens], [t.norm for t in ru.tokens]
                la = {t.norm for t in lu.tokens if not t.stop}
                rb = {t.norm for t in ru.tokens if not t.stop}
                if la == rb:
                    continue  # the same words ("small minority" / "a small minority")
                common = la & rb
                dice = 2 * len(set(a) & set(b)) / (len(set(a)) + len(set(b)))
                if not common or dice < SAME_UTTERANCE:
                    continue
                findings.append(ctx.finding(
                    "contradiction", "quote", Span(lu.start, lu.end), Span(ru.start, ru.end),
                    Why("quote", f"“{ctx.left.text[lu.start:lu.end]}”", f"“{ctx.right.text[ru.start:ru.end]}”",
                        f"the same words of {lu.speaker}, worded differently"), 0.6))
    return findings
