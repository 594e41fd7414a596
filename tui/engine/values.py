"""Contradictions inside aligned sentence pairs: numbers, clock times and negation.

The diff of an aligned pair shows where the two sentences say something different.
Where both sides put a number in the same place with a different value (and the same
unit), that is a number contradiction (a clock time or a duration: a time
contradiction). Where one side negates what the other asserts, a negation.
"""

from __future__ import annotations

import re

from tui.engine import lexicon
from tui.engine.context import PairContext
from tui.engine.model import Finding, Span, Token, Why
from tui.engine.temporal import TimeMention, article_year, clock, times_in

NUMBER_ALIGNMENT = 0.3
"""Aligned pairs scoring below this are too loosely related to compare their numbers."""
NEGATION_ALIGNMENT = 0.55
_TIME_UNITS = frozenset("second minute hour".split())
_DATE_KINDS = frozenset(("date", "month", "year", "weekday"))
_YEAR = re.compile(r"(19|20)\d{2}")


def _numbers(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.norm[:1].isdigit()]


def _unit(tokens: list[Token], index: int) -> str:
    for t in tokens[index + 1: index + 3]:
        if not t.stop:
            return t.norm.rstrip("s")
    return ""


_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_NOT_ORDINAL_AFTER = frozenset("half quarter".split())
"""Parts ("the second half of 2027"): periods, compared as such (dating.py)."""


def _ordinal(tokens: list[Token], k: int) -> int | None:
    """The rank an ordinal at ``k`` gives ("third", "4th"), in lower case (not a title: "First
    Minister") and not a day of a month ("March 3rd") or a part of a period ("second half")."""
    t = tokens[k]
    m = _ORDINAL_DIGITS.fullmatch(t.norm)
    rank = int(m.group(1)) if m else _ORDINALS.get(t.norm) if t.text.islower() else None
    if rank is None:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].norm in _NOT_ORDINAL_AFTER:
        return None
    if any(tokens[i].norm in lexicon.MONTHS for i in (k - 1, k + 1) if 0 <= i < len(tokens)) \
            or (k + 1 < len(tokens) and tokens[k + 1].norm == "of"):
        return None  # "March 3rd", "the 3rd of March"
    return rank


def _describe(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _covering(mentions: list[TimeMention], tokens: list[Token]) -> TimeMention | None:
    """The temporal expression the differing tokens belong to, if any."""
    for m in mentions:
        if any(m.start <= t.start and t.end <= m.end for t in tokens):
            return m
    return None


def _kind_of(lm: TimeMention | None, rm: TimeMention | None, ln: list[Token], rn: list[Token],
             unit: str) -> str:
    if lm and rm and lm.kind == "time" and rm.kind == "time":
        return "time"
    if lm and rm and lm.kind in _DATE_KINDS and rm.kind in _DATE_KINDS:
        return "date"
    if all(_YEAR.fullmatch(t.text) for t in ln + rn):
        return "date"  # "in 1998" vs "in 2004"
    if unit in _TIME_UNITS:
        return "time"
    return "number"


def find_value_conflicts(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    lyear, ryear = article_year(ctx.left), article_year(ctx.right)
    for pair in ctx.alignment:
        ls, rs = ctx.left_segments[pair.left], ctx.right_segments[pair.right]
        if ls.kind != "sentence" or rs.kind != "sentence":
            continue
        if pair.score >= NUMBER_ALIGNMENT:
            for a0, a1, b0, b1 in ctx.replacements(pair.left, pair.right):
                la, rb = ls.tokens[a0:a1], rs.tokens[b0:b1]
                if a1 - a0 == 1 and b1 - b0 == 1:
                    lo, ro = _ordinal(ls.tokens, a0), _ordinal(rs.tokens, b0)
                    if lo and ro and lo != ro:  # "its third increase this year" / "its second increase"
                        left, right = Span(la[0].start, la[0].end), Span(rb[0].start, rb[0].end)
                        findings.append(ctx.finding(
                            "contradiction", "number", left, right, Why("number", la[0].text, rb[0].text, "ordinal"),
                            0.75 + 0.2 * pair.score, [left], [right]))
                        continue
                ln, rn = _numbers(la), _numbers(rb)
                if not ln or not rn or {t.norm for t in ln} & {t.norm for t in rn}:
                    continue
                if all(_YEAR.fullmatch(t.text) for t in ln) != all(_YEAR.fullmatch(t.text) for t in rn):
                    continue  # a year against a count ("in three years" / "since 2022"): not one slot
                lu = _unit(ls.tokens, ls.tokens.index(ln[0]))
                ru = _unit(rs.tokens, rs.tokens.index(rn[0]))
                if lu != ru and lu and ru:
                    continue
                lm = _covering(times_in(ctx.left.text, ls.start, ls.end, lyear), ln)
                rm = _covering(times_in(ctx.right.text, rs.start, rs.end, ryear), rn)
                kind = _kind_of(lm, rm, ln, rn, lu or ru)
                if kind == "number":
                    continue  # figures are compared as claims, with their ranges (quantities.py)
                if lm and rm and ((lm.minutes is not None and lm.minutes == rm.minutes)
                                  or (lm.date is not None and lm.date == rm.date)):
                    continue  # one moment written two ways ("4:30 p.m." / "16:30", "May 15" / "15 May")
                left, right = Span(la[0].start, la[-1].end), Span(rb[0].start, rb[-1].end)
                lw, rw = _describe(la), _describe(rb)
                note = "" if kind == "date" else (lu or ru)
                if kind == "time" and lm and rm and lm.minutes is not None and rm.minutes is not None:
                    note = f"{clock(lm.minutes)} vs {clock(rm.minutes)}"
                if kind in ("date", "time") and lm and rm:
                    left = Span(min(left.start, lm.start), max(left.end, lm.end))
                    right = Span(min(right.start, rm.start), max(right.end, rm.end))
                    lw, rw = ctx.left.text[lm.start:lm.end], ctx.right.text[rm.start:rm.end]
                findings.append(ctx.finding(
                    "contradiction", kind, left, right,
                    Why(kind, lw, rw, note),
                    0.75 + 0.2 * pair.score, [left], [right]))
        if pair.score >= NEGATION_ALIGNMENT:
            lneg = [t for t in ctx.negations("left", pair.left) if not _contrast(ctx.left.text, t)]
            rneg = [t for t in ctx.negations("right", pair.right) if not _contrast(ctx.right.text, t)]
            if bool(lneg) != bool(rneg):
                marks_l = [Span(t.start, t.end) for t in lneg]
                marks_r = [Span(t.start, t.end) for t in rneg]
                findings.append(ctx.finding(
                    "contradiction", "negation", ls.span, rs.span,
                    Why("negation", f"“{lneg[0].text}”" if lneg else "no negation",
                        f"“{rneg[0].text}”" if rneg else "no negation", "in otherwise matching sentences"),
                    0.8 + 0.15 * pair.score, marks_l, marks_r))
    return findings


_CONTRAST = re.compile(r",\s*$")


def _contrast(text: str, t: Token) -> bool:
    """A "not" that sets one thing against another ("an attack on patients, not on computers"):
    it denies nothing the other article affirms."""
    return t.norm == "not" and bool(_CONTRAST.search(text, max(0, t.start - 3), t.start))


_CODE = re.compile(r"\b([A-Z]{1,3})[ -]?(\d{3,5})\b")
"""A code of letters and digits: a flight ("NX4318", "NX 4318"), a model, a case number."""


_DIGIT_RUN = re.compile(r"\d{3,5}\b")


def _codes(text: str) -> dict[str, list[re.Match]]:
    out: dict[str, list[re.Match]] = {}
    # a code ends with its digits: only the few places right before a run of digits are tried
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        if not at or not (text[at - 1].isupper() or text[at - 1] in " -"):
            continue
        m = _CODE.search(text, max(0, at - 5), run.end())
        if not m or m.end() != run.end() or _YEAR.fullmatch(m.group(2)):
            continue
        out.setdefault(m.group(1), []).append(m)
    return out


def find_code_conflicts(ctx: PairContext) -> list[Finding]:
    return _code_conflicts(ctx) + find_flag_conflicts(ctx)


def _code_conflicts(ctx: PairContext) -> list[Finding]:
    """One code each article gives once for the same prefix, written with its digits in
    another order or one digit changed ("Flight NX4318" / "Flight NX 4381"), in related
    sentences: the same flight (or model, or case) numbered differently."""
    from rapidfuzz.distance import Levenshtein

    findings: list[Finding] = []
    left = _codes(ctx.left.text)
    if not left:
        return findings
    right = _codes(ctx.right.text)
    for prefix in sorted(left.keys() & right.keys()):
        lms, rms = left[prefix], right[prefix]
        if len({m.group(2) for m in lms}) != 1 or len({m.group(2) for m in rms}) != 1:
            continue  # several codes: which is which cannot be told
        a, b = lms[0], rms[0]
        da, db = a.group(2), b.group(2)
        if da == db or len(da) != len(db):
            continue
        if sorted(da) != sorted(db) and Levenshtein.distance(da, db) > 1:
            continue  # a different code, not the same one written differently
        li, ri = ctx.segment_at("left", a.start()), ctx.segment_at("right", b.start())
        if ctx.related(li, ri) < CODE_RELATED:
            continue
        left_span, right_span = Span(a.start(), a.end()), Span(b.start(), b.end())
        findings.append(ctx.finding(
            "contradiction", "number", left_span, right_span,
            Why("number", a.group(), b.group(), "the same code written with other digits"),
            0.8, [left_span], [right_span]))
    return findings


_FLAGGED = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)[-‑ ](?:flagged|registered)\s+"
                      r"((?:[a-z]+\s+){0,2}?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")
"""A ship and the state it is registered in ("the Liberian-flagged tanker Corvin Star",
"Marshall Islands-flagged Aframax Corvin Star")."""


def _flag_of(place: str) -> str | None:
    from tui.engine import gazetteer
    from tui.engine.tokens import fold

    words = place.split()
    for k in range(len(words)):  # "The Liberian": Liberian; "Marshall Islands": both words
        part = " ".join(words[k:])
        country = gazetteer.DEMONYM_TO_PLACE.get(fold(part))
        if country:
            return fold(country)
        found = gazetteer.lookup(part)
        if found:
            return fold(found[0])
    return None


def _flags(text: str) -> dict[str, list[tuple[str, re.Match]]]:
    """ship (the last two words of its name) -> (flag state, where it is said), for each flag."""
    out: dict[str, list[tuple[str, re.Match]]] = {}
    if "flagged" not in text and "registered" not in text:
        return out
    for m in _FLAGGED.finditer(text):
        state = _flag_of(m.group(1))
        name = [w for w in m.group(2).split() if w[:1].isupper()]
        if state and name:
            out.setdefault(" ".join(name[-2:]), []).append((state, m))
    return out


def find_flag_conflicts(ctx: PairContext) -> list[Finding]:
    """One ship said to fly two flags ("the Liberian-flagged tanker Corvin Star" / "the
    Marshall Islands-flagged Corvin Star"): each article names one state for it."""
    findings: list[Finding] = []
    left = _flags(ctx.left.text)
    right = _flags(ctx.right.text) if left else {}
    for ship in sorted(left.keys() & right.keys()):
        ls, rs = {s for s, _ in left[ship]}, {s for s, _ in right[ship]}
        if len(ls) != 1 or len(rs) != 1 or ls == rs:
            continue
        a, b = left[ship][0][1], right[ship][0][1]
        lspan, rspan = Span(a.start(), a.end(1) + len(_text_after(ctx.left.text, a))), \
            Span(b.start(), b.end(1) + len(_text_after(ctx.right.text, b)))
        findings.append(ctx.finding(
            "contradiction", "other", lspan, rspan,
            Why("flag", ctx.left.text[lspan.start:lspan.end], ctx.right.text[rspan.start:rspan.end],
                f"{ship}: flagged in two states"), 0.75, [lspan], [rspan]))
    return findings


def _text_after(text: str, m: re.Match) -> str:
    """The "-flagged" or "-registered" after a flag state."""
    return re.match(r"[-‑ ](?:flagged|registered)", text[m.end(1):]).group()  # type: ignore[union-attr]


CODE_RELATED = 0.1
"""The sentences of two codes must be at least this related."""
