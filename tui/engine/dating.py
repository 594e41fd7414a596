"""Date contradictions: the two articles put the same event on different days.

Every date and weekday is resolved to a weekday where the text allows ("May 16,
2025" was a Friday; "May 16" takes the article's year). Two kinds of evidence:

* The *main event*: a news article's lead reports its main event, usually with its
  day. The main event's day is the day named in the lead sentence; else the day of
  the dated sentence closest to the lead; else, for a lead in the present or present
  perfect ("talks have begun"), the article's own date. Two articles about the same
  story whose main events fall on different days disagree about the day.
* Closely aligned sentences (the same statement in both articles) that name no day
  in common.

Rescheduling is read as such: in "scheduled for May 15, but postponed to May 16"
the day the event moved to is the one that counts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.engine import lexicon
from tui.engine.context import PairContext, best_each_side
from tui.engine.model import Article, Finding, Segment, Span, Why
from tui.engine.patterns import find_all
from tui.engine.quantities import stem
from tui.engine.temporal import DATELINE, OPENING, TimeMention, article_year, opening_date, times_in
from tui.engine.tokens import concept

ALIGNED = 0.25
"""Sentence pairs scoring this much are the same statement: their days must agree."""
SAME_STORY = 0.12
"""The two leads (or their dated stand-ins) must be at least this related."""

_RESCHEDULED = re.compile(r"\b(?:postponed|delayed|moved|pushed back|rescheduled|brought forward)\b[^.]*?\bto\b",
                          re.I)
_BOUNDARY_WORDS = frozenset("until till through since from by before after between".split())
_BETWEEN_WORDS = frozenset("the next last this".split())


def _bounds(text: str, start: int, end: int) -> bool:
    """A date written as the end or start of a period ("until Friday", "since the last Monday")."""
    words = text[start:end].lower().split()
    while words and words[-1] in _BETWEEN_WORDS:
        words.pop()
    return bool(words) and words[-1] in _BOUNDARY_WORDS
_UNIVERSAL_DAY = re.compile(r"\(\s*[\d:.]{3,5}\s*(?:GMT|UTC)\s+(?:on\s+)?$")
_PRESENT_LEAD = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+|\b(?:is|are)\s+(?:being\s+)?\w+ing\b|\btoday\b",
                           re.I)


@dataclass(slots=True)
class Dated:
    """A sentence with the days it names (``mentions`` empty: the article's own date)."""

    segment: int
    mentions: list[TimeMention]
    days: frozenset[int]
    source: str = "text"  # "text" | "article date"


def dated_sentences(article: Article, segments: list[Segment], year: int | None = None) -> list[Dated]:
    """The sentences that name a day; ``year`` reads dates written without one."""
    year = year or article_year(article)
    out = []
    for i, seg in enumerate(segments):
        if seg.kind != "sentence":
            continue
        ms = [m for m in times_in(article.text, seg.start, seg.end, default_year=year)
              if m.day is not None]
        if not ms:
            continue  # (what follows only narrows ms down)
        dateline = DATELINE.match(article.text, seg.start, seg.end)
        if dateline:  # "FRANKFURT, April 10 –" says when the story was filed, not when it happened
            ms = [m for m in ms if m.start >= dateline.end()]
        # "closed until Saturday", "since Monday": the end or start of a period, not the day
        # something happened
        ms = [m for m in ms if not _bounds(article.text, max(seg.start, m.start - 24), m.start)]
        # "4:40 a.m. local time (2040 GMT on Saturday)": the time again in GMT, whose day may be
        # the day before the story's
        ms = [m for m in ms if not _UNIVERSAL_DAY.search(article.text, max(seg.start, m.start - 20), m.start)]
        resched = _RESCHEDULED.search(article.text, seg.start, seg.end)
        if resched:
            ms = [m for m in ms if m.start >= resched.end()] or ms
        if ms:
            days = frozenset(m.day for m in ms if m.day is not None)
            out.append(Dated(i, ms, days))
    return out


def _lead(segments: list[Segment]) -> int | None:
    return next((i for i, s in enumerate(segments) if s.kind == "sentence"), None)


def main_event(article: Article, segments: list[Segment], dated: list[Dated],
               score) -> Dated | None:
    """The main event's day, and the sentence that says it."""
    lead = _lead(segments)
    if lead is None:
        return None
    for d in dated:
        if d.segment == lead:
            return d
    # (a day something will happen on, "will open on Sunday", is not the main event's)
    dated = [d for d in dated if not _planned(article.text, d)]
    if dated:
        best = max(dated, key=lambda d: (score(lead, d.segment), -d.segment))
        if score(lead, best.segment) > 0:
            return best
    seg = segments[lead]
    if article.date and _PRESENT_LEAD.search(article.text, seg.start, seg.end):
        return Dated(lead, [], frozenset({article.date.weekday()}), "article date")
    return None


_PLANNED = re.compile(r"\b(?:will|would|'ll|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+"
                      r"(?:\w+\s+){0,4}?(?:on|by|from|until|next|this)?\s*$", re.I)
"""Words before a day something will happen on ("will open on Sunday", "is due to land on ...")."""


def _planned(text: str, d: Dated) -> bool:
    """Whether every day a sentence names is one something will happen on."""
    return bool(d.mentions) and all(_PLANNED.search(text, max(0, m.start - 50), m.start) for m in d.mentions)


def _describe(d: Dated, article: Article) -> str:
    if not d.mentions:
        assert article.date is not None
        return f"{article.date:%A} {article.date.day} {article.date:%B %Y} (the article's date)"
    m = d.mentions[0]
    written = article.text[m.start:m.end]
    if m.mismatch and m.date:
        return f"{written} ({m.date.day} {m.date:%B %Y} was a {m.date:%A})"
    if m.kind == "date" and m.date and m.day_name and m.day_name not in written:
        return f"{m.day_name} {m.date.day} {m.date:%B %Y}"
    return written


def _finding(ctx: PairContext, a: Dated, b: Dated, why: str, significance: float) -> Finding:
    lseg, rseg = ctx.left_segments[a.segment], ctx.right_segments[b.segment]
    return ctx.finding(
        "contradiction", "date", lseg.span, rseg.span,
        Why(why, _describe(a, ctx.left), _describe(b, ctx.right)), significance,
        [Span(m.start, m.end) for m in a.mentions], [Span(m.start, m.end) for m in b.mentions])


_PERIOD = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)\s+of\s+"
    r"|(?P<edge>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of"
    r"|beginning\s+of)[\s-]+|(?P<code>[HQ][1-4])\s+)"
    r"(?:(?P<year>(?:19|20)\d{2})\b|(?P<rel>this|next|last)\s+year\b)", re.I)
"""A part of a year: "the first half of 2027", "early next year", "Q1 2026", "the end of this year"."""
_YEAR_ANCHOR = re.compile(r"\b(?:(?:19|20)\d{2}|year)\b")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_EDGES = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12), "start": (1, 3), "beginning": (1, 3)}


def _months(m: re.Match, year: int | None) -> tuple[int, int] | None:
    """The months (as year * 12 + month) a part of a year spans; for a year written relative to
    the story's ("early next year") when the story's year is not known, the months of an
    unknown year (``UNKNOWN_YEAR``)."""
    if m.group("year"):
        y = int(m.group("year"))
    elif year is not None:
        y = year + {"this": 0, "next": 1, "last": -1}[m.group("rel").lower()]
    else:
        y = UNKNOWN_YEAR
    if m.group("code"):
        code = m.group("code").upper()
        n = int(code[1])
        a, b = ((1, 6), (7, 12))[n - 1] if code[0] == "H" and n <= 2 else (3 * n - 2, 3 * n) if code[0] == "Q" \
            else (0, 0)
        if not a:
            return None
    elif m.group("part"):
        word = m.group("ord").lower()
        parts = 2 if m.group("part").lower() == "half" else 4
        n = parts if word in ("final", "last") else _ORDINALS[word]
        if n > parts:
            return None
        size = 12 // parts
        a, b = size * (n - 1) + 1, size * n
    else:
        a, b = _EDGES[m.group("edge").lower().split()[-2 if m.group("edge").lower().endswith("of") else -1]]
    return y * 12 + a, y * 12 + b


UNKNOWN_YEAR = -1000
"""The year of a part of a year said relative to the story's, when the story's year is not known:
it meets another part of a year only where their months do ("early next year" never meets "the
second half of 2027", whatever year the story is in)."""
_BY_BEFORE = re.compile(r"\b(?:by|before|until|till)\s+$", re.I)


def _meet(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two spans of months (year * 12 + month) can meet; a span of an unknown year
    meets one where their months do."""
    if a0 < 0 or b0 < 0:  # (the months of the year: 1 to 12)
        a0, a1, b0, b1 = ((v - UNKNOWN_YEAR * 12 if v < 0 else (v - 1) % 12 + 1) for v in (a0, a1, b0, b1))
    return a0 <= b1 and b0 <= a1


def _periods(ctx: PairContext, side: str, year: int | None) -> dict[int, list[tuple[int, int, int, int]]]:
    """sentence -> (start, end, first month, last month) of each part of a year in it (one scan
    of the text)."""
    text = ctx.left.text if side == "left" else ctx.right.text
    segs = ctx.left_segments if side == "left" else ctx.right_segments
    out: dict[int, list[tuple[int, int, int, int]]] = {}
    # a part of a year ends with its year: the pattern is tried only just before one
    for anchor in _YEAR_ANCHOR.finditer(text):
        m = _PERIOD.search(text, max(0, anchor.start() - 40), anchor.end())
        if not m or m.end() != anchor.end():
            continue
        months = _months(m, year)
        if months and months[0] < 0 and _BY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "by the end of this year", of a year not known: any time up to then
        i = ctx.segment_at(side, m.start())
        if months and segs[i].kind == "sentence" and m.end() <= segs[i].end:
            out.setdefault(i, []).append((m.start(), m.end(), *months))
    return out


RELATED = 0.08
"""Sentences less related than this are not about one thing, whatever their words."""
SHARED_LEAD = 2
"""Content words the lead-ins of two parts of a year must share to say when one thing happens."""
LEAD_WORDS = 12
"""Words before a part of a year that say what happens then."""


def _lead_words(seg: Segment, start: int) -> frozenset[str]:
    """The content words (stemmed) just before a part of a year that starts at ``start``."""
    before = [t for t in seg.tokens if t.end <= start][-LEAD_WORDS:]
    return frozenset(stem(t.norm) for t in before if not t.stop and len(t.norm) > 2 and not t.norm[:1].isdigit())


DAY_WORDS = 8
"""Words either side of a day that say what happened on it."""
SHARED_DAY_WORDS = 2
"""Words around two days that sentences worded apart must share to be about one event..."""
CLOSE_DAYS = 0.15
"""...in sentences at least this related; one more in less related ones."""
_CALENDAR = frozenset(lexicon.WEEKDAYS) | frozenset(lexicon.MONTHS) | frozenset(
    "day week month year today yesterday tomorrow night morning afternoon evening last next earlier later".split())


def _day_words(text: str, seg: Segment, m: TimeMention) -> frozenset[str]:
    """The content words (stemmed) of the clause around a day, within ``DAY_WORDS`` words."""
    toks = seg.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= m.start), len(toks))
    e = next((i for i, t in enumerate(toks) if t.start >= m.end), len(toks))
    lo, hi = max(0, k - DAY_WORDS), min(len(toks), e + DAY_WORDS)
    for i in range(k - 1, lo - 1, -1):  # the clause: not past a semicolon or a colon
        if _CLAUSE_GAP.search(text, toks[i].end, toks[i + 1].start if i + 1 < len(toks) else toks[i].end):
            lo = i + 1
            break
    for i in range(e, hi):
        if i > e and _CLAUSE_GAP.search(text, toks[i - 1].end, toks[i].start):
            hi = i
            break
    return frozenset(stem(t.norm) for t in toks[lo:k] + toks[e:hi] if not t.stop and len(t.norm) > 2
                     and not t.norm[:1].isdigit() and concept(t.norm) not in _CALENDAR)


_CLAUSE_GAP = re.compile(r"[;:]")


def _opening_words(segments: list[Segment]) -> frozenset[str]:
    """The content words (stemmed) of an article's headline and lead: what the story is about."""
    opening = [s for s in segments if s.kind in ("sentence", "heading")][:2]
    return frozenset(stem(t.norm) for s in opening for t in s.tokens if not t.stop)


def _period_conflicts(ctx: PairContext, lyear: int | None, ryear: int | None) -> list[Finding]:
    """Closely related sentences that put something in parts of a year that do not meet
    ("in the first half of 2027" / "in the second half of 2027")."""
    findings: list[Finding] = []
    left = _periods(ctx, "left", lyear)
    right = _periods(ctx, "right", ryear) if left else {}
    if not right:
        return findings
    partners = ctx.partners("left")
    pairs: list[tuple[int, int]] = []  # (left sentence, right sentence)
    loose: dict[tuple[int, int], tuple[int, float]] = {}  # (left, right sentence) -> (shared, related)
    for i, lp in sorted(left.items()):
        near = partners.get(i, {})
        for j in sorted(near):
            rp = right.get(j)
            if near[j] < RELATED or not rp or any(_meet(a0, a1, b0, b1) for *_, a0, a1 in lp for *_, b0, b1 in rp):
                continue  # no part of a year there, or two that meet
            if near[j] >= ALIGNED:
                pairs.append((i, j))
                continue
            # sentences worded apart: the same thing when the words just before the two parts
            # of a year share enough ("the takeover is completed, which it expects by ..." /
            # "the transaction is completed, which the companies expect in ...")
            shared = max(len(_lead_words(ctx.left_segments[i], a) & _lead_words(ctx.right_segments[j], b))
                         for a, *_ in lp for b, *_ in rp)
            if shared >= SHARED_LEAD:
                loose[(i, j)] = (shared, near[j])
    pairs.extend(sorted(best_each_side(loose)))
    for i, j in pairs:
        (ls, le, _, _), (rs, re_, _, _) = left[i][0], right[j][0]
        findings.append(ctx.finding(
            "contradiction", "date", Span(ls, le), Span(rs, re_),
            Why("period", ctx.left.text[ls:le], ctx.right.text[rs:re_], "parts of a year that do not meet"),
            0.8, [Span(ls, le)], [Span(rs, re_)]))
    return findings




_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
                      r"|\b(last|this|next)\s+year\b")
"""The year a sentence puts what it tells in ("in March 2024", "in 2019", "last year")."""
SUBJECT_WORDS = 3
"""Words a sentence opens with that name what it is about ("The Carcara-1 ...")."""


def _sentence_year(text: str, seg: Segment, year: int | None) -> tuple[int, int, int] | None:
    """The one year a sentence puts what it tells in, with where it is written (start, end), if
    it names one."""
    found = [(int(m.group(1)) if m.group(1) else year + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()],  # type: ignore[operator]
              m.start(), m.end()) for m in _IN_YEAR.finditer(text, seg.start, seg.end) if m.group(1) or year]
    if len({y for y, *_ in found}) != 1 or len(set(_ANY_YEAR.findall(text, seg.start, seg.end)) - {str(found[0][0])}):
        return None  # (a sentence of two years tells of two times)
    return found[0]


_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TITLE_WORDS = frozenset("""chief executive president minister officer director head deputy vice chairman
secretary spokesman spokeswoman general senior prime foreign finance""".split())
"""Capitalised titles a sentence may open with, which name no one thing ("Chief Executive ...")."""


def _opening_subject(seg: Segment) -> frozenset[str]:
    """The capitalised words among a sentence's first words (its named subject), if any."""
    words = [t for t in seg.tokens[:SUBJECT_WORDS + 1] if not t.stop][:SUBJECT_WORDS]
    return frozenset(t.norm for t in words if t.text[:1].isupper() and t.norm not in _TITLE_WORDS)


def _year_conflicts(ctx: PairContext, lyear: int | None, ryear: int | None) -> list[Finding]:
    """Related sentences about one named thing that put what they tell in two different years
    ("The Corvin-1 flew successfully in March 2025" / "The Corvin-1 reached space in March 2024")."""
    findings: list[Finding] = []
    partners = ctx.partners("left")
    for i, near in sorted(partners.items()):
        ls = ctx.left_segments[i]
        if ls.kind != "sentence" or not _YEAR_ANCHOR.search(ctx.left.text, ls.start, ls.end):
            continue
        lsub = _opening_subject(ls)
        if not lsub:
            continue
        a = None
        for j, score in sorted(near.items()):
            rs = ctx.right_segments[j]
            if score < RELATED or rs.kind != "sentence" or not (lsub & _opening_subject(rs)):
                continue
            a = a or _sentence_year(ctx.left.text, ls, lyear)
            b = _sentence_year(ctx.right.text, rs, ryear)
            if a is None or b is None or a[0] == b[0]:
                continue
            left, right = Span(a[1], a[2]), Span(b[1], b[2])
            findings.append(ctx.finding(
                "contradiction", "date", left, right,
                Why("year", str(a[0]), str(b[0]), "different years"), 0.75, [left], [right]))
    return findings


def _month_swaps(ctx: PairContext) -> list[Finding]:
    """Closely aligned sentences where one month, written without a day, stands in place of
    another ("The next launch, planned for May, ..." / "..., planned for June, ...")."""
    findings: list[Finding] = []
    for pair in ctx.alignment:
        if pair.score < ALIGNED:
            continue
        ls, rs = ctx.left_segments[pair.left].tokens, ctx.right_segments[pair.right].tokens
        for a0, a1, b0, b1 in ctx.replacements(pair.left, pair.right):
            if a1 - a0 != 1 or b1 - b0 != 1:
                continue
            lm, rm = _bare_month(ls, a0), _bare_month(rs, b0)
            if lm is None or rm is None or lm == rm:
                continue
            lt, rt = ls[a0], rs[b0]
            findings.append(ctx.finding(
                "contradiction", "date", Span(lt.start, lt.end), Span(rt.start, rt.end),
                Why("month", lt.text, rt.text, "different months"), 0.8,
                [Span(lt.start, lt.end)], [Span(rt.start, rt.end)]))
    return findings


def _bare_month(tokens, k: int) -> int | None:
    """The month a capitalised month name at ``k`` names, when no day is written with it (a
    date with its day is compared by its weekday)."""
    t = tokens[k]
    if not t.text[:1].isupper() or t.norm not in lexicon.MONTHS or (t.norm == "may" and t.text == "MAY"):
        return None
    near = [tokens[i].norm for i in (k - 1, k + 1) if 0 <= i < len(tokens)]
    if any(w[:1].isdigit() and not _YEAR_ANCHOR.fullmatch(w) for w in near):
        return None
    return lexicon.MONTHS[t.norm]


_SAID_ON = re.compile(r"\b(?:said|says|told\s+[\w ]{1,20}?|announced|confirmed|reported)\s+(?:on\s+)?$", re.I)


def _said_day(text: str, d: Dated) -> bool:
    """Whether a sentence's days are all days something was said on ("officials said on
    Wednesday"), not days something happened."""
    return bool(d.mentions) and all(_SAID_ON.search(text, max(0, m.start - 40), m.start) for m in d.mentions)


_BETWEEN_SENTENCES = re.compile(r"\s*")


def _merge_adjacent(ctx: PairContext, findings: list[Finding]) -> list[Finding]:
    """Two findings of one sentence against two sentences next to each other in the other
    article ("... early on Monday." "Two men smashed a window at 03:40 on Monday" / "The
    break-in began on Tuesday"), as one: one contradiction, told twice on one side."""
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if prev is not None and prev.right == f.right and prev.left.end <= f.left.start and \
                _BETWEEN_SENTENCES.fullmatch(ctx.left.text, prev.left.end, f.left.start):
            out[-1] = ctx.finding(prev.kind, prev.type, Span(prev.left.start, f.left.end), prev.right, prev.why,
                                  max(prev.significance, f.significance), prev.left_marks + f.left_marks,
                                  prev.right_marks)
        elif prev is not None and prev.left == f.left and prev.right.end <= f.right.start and \
                _BETWEEN_SENTENCES.fullmatch(ctx.right.text, prev.right.end, f.right.start):
            out[-1] = ctx.finding(prev.kind, prev.type, prev.left, Span(prev.right.start, f.right.end), prev.why,
                                  max(prev.significance, f.significance), prev.left_marks,
                                  prev.right_marks + f.right_marks)
        else:
            out.append(f)
    return out


_RELATIVE_DAY = re.compile(r"\b(?:(?P<week>next|last|this|past)\s+week|(?P<day>tomorrow|yesterday))\b", re.I)
"""Days said relative to the day a story was filed on ("next week", "yesterday")."""
_RELATIVE_WORDS = ("week", "orrow", "esterday")
"""What a day said relative to the filing day has ("next week", "Tomorrow", "yesterday"): found with
``find_all``, as a regex of the words scans every offset of the text."""


def _story_date(article: Article, year: int | None) -> dt.date | None:
    """The day an article was filed on: its date, else the one its opening writes (in ``year``
    when it writes none)."""
    if article.date:
        return article.date
    m = opening_date(article.text, times_in(article.text, 0, min(len(article.text), OPENING), year))
    if m is None or m.month is None:
        return None
    if m.date:
        return m.date
    digits = re.search(r"\d{1,2}(?!\d)", article.text[m.start:m.end])
    try:
        return dt.date(year, m.month[1], int(digits.group())) if year and digits else None
    except ValueError:
        return None


def _relative_days(text: str, seg: Segment, filed: dt.date) -> list[tuple[int, int, dt.date, dt.date]]:
    """(start, end, first day, last day) of each day said relative to the filing day in a sentence."""
    out = []
    monday = filed - dt.timedelta(days=filed.weekday())
    for m in _RELATIVE_DAY.finditer(text, seg.start, seg.end):
        word = (m.group("week") or m.group("day")).lower()
        first, last = {
            "next": (filed + dt.timedelta(days=1), monday + dt.timedelta(days=13)),
            "last": (monday - dt.timedelta(days=7), filed - dt.timedelta(days=1)),
            "past": (filed - dt.timedelta(days=7), filed),
            "this": (monday, monday + dt.timedelta(days=6)),
            "tomorrow": (filed + dt.timedelta(days=1), filed + dt.timedelta(days=1 + FILED_SLACK)),
            "yesterday": (filed - dt.timedelta(days=1 + FILED_SLACK), filed - dt.timedelta(days=1)),
        }[word]
        out.append((m.start(), m.end(), first, last))
    return out


def _relative_conflicts(ctx: PairContext, left: list[Dated], right: list[Dated], lyear: int | None,
                        ryear: int | None) -> list[Finding]:
    """A day said relative to the day one article was filed on ("Parliament votes next week")
    against a date the other gives the same thing ("on Thursday, 3 December") that is not
    among those days, in sentences that say the same or whose words before the two share enough."""
    findings: list[Finding] = []
    for xside, dated, other_year in (("left", right, lyear), ("right", left, ryear)):
        art = ctx.left if xside == "left" else ctx.right
        segs = ctx.left_segments if xside == "left" else ctx.right_segments
        osegs = ctx.right_segments if xside == "left" else ctx.left_segments
        if not dated:
            continue
        said_in = sorted({ctx.segment_at(xside, i) for i, _ in find_all(art.text, _RELATIVE_WORDS)})
        if not said_in:
            continue
        filed = _story_date(art, other_year)
        if filed is None:
            continue
        partners = ctx.partners(xside)
        loose: dict[tuple[int, int], tuple[int, float]] = {}
        spans: dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]] = {}
        by_segment = {d.segment: d for d in dated}
        for i in said_in:
            seg = segs[i]
            if seg.kind != "sentence":
                continue
            days = _relative_days(art.text, seg, filed)
            for j, score in sorted(partners.get(i, {}).items()):
                d = by_segment.get(j)
                if d is None or score < RELATED:
                    continue
                for a0, a1, first, last in days:
                    for m in d.mentions:
                        if m.date is None or first <= m.date <= last:
                            continue
                        shared = len(_lead_words(seg, a0) & _lead_words(osegs[j], m.start))
                        if score >= ALIGNED or shared >= SHARED_LEAD:
                            loose[(i, j)] = (shared, score)
                            spans[(i, j)] = ((a0, a1), (m.start, m.end))
        for i, j in sorted(best_each_side(loose)):
            (a0, a1), (b0, b1) = spans[(i, j)]
            other = ctx.right if xside == "left" else ctx.left
            said, given = art.text[a0:a1], other.text[b0:b1]
            note = f"{said}: from {filed.day} {filed:%B %Y}"
            mine, theirs = Span(a0, a1), Span(b0, b1)
            left_span, right_span, lw, rw = (mine, theirs, said, given) if xside == "left" else \
                (theirs, mine, given, said)
            findings.append(ctx.finding("contradiction", "date", left_span, right_span,
                                        Why("relative day", lw, rw, note), 0.75, [left_span], [right_span]))
    return findings


FILED_SLACK = 1
"""Days after an article's filing date its past events may fall on (a story filed late on the
29th in one zone of an event on the 30th in another)."""


def _misdated(ctx: PairContext, x: Dated, y: Dated, xside: str) -> Finding | None:
    """A main event whose date is written with a weekday that is not its own (``y``), against
    the date the other article (``x``, on the same weekday) gives: its own date, else the last
    day of that weekday up to the day it was filed on (``temporal.opening_date``)."""
    wrong = [m for m in y.mentions if m.mismatch and m.date is not None]
    if len(wrong) != 1 or len(x.days) != 1:
        return None
    said = wrong[0]
    xart = ctx.left if xside == "left" else ctx.right
    own = [m for m in x.mentions if m.date is not None and not m.mismatch]
    mark: TimeMention | None
    if own:
        mark, when = own[0], own[0].date
    else:
        mark = opening_date(xart.text, times_in(xart.text, 0, min(len(xart.text), OPENING),
                                                 article_year(xart) or said.date.year))  # type: ignore[union-attr]
        if mark is None or mark.month is None or mark.kind != "date":
            return None
        year = mark.date.year if mark.date else said.date.year  # type: ignore[union-attr]
        digits = re.search(r"\d{1,2}(?!\d)", xart.text[mark.start:mark.end])
        try:
            filed = mark.date or dt.date(year, mark.month[1], int(digits.group()))  # type: ignore[union-attr]
        except (ValueError, AttributeError):
            return None
        latest = filed + dt.timedelta(days=FILED_SLACK)
        when = latest - dt.timedelta(days=(latest.weekday() - next(iter(x.days))) % 7)
    if when == said.date:
        return None
    ltext, rtext = ctx.left.text, ctx.right.text
    xspan, yspan = Span(mark.start, mark.end), Span(said.start, said.end)
    xtext = (ltext if xside == "left" else rtext)[mark.start:mark.end]
    ytext = (rtext if xside == "left" else ltext)[said.start:said.end]
    note = f"{ytext}: {said.date.day} {said.date:%B %Y} was a {said.date:%A}"  # type: ignore[union-attr]
    left, right, lw, rw = (xspan, yspan, xtext, ytext) if xside == "left" else (yspan, xspan, ytext, xtext)
    return ctx.finding("contradiction", "date", left, right, Why("date", lw, rw, note), 0.8, [left], [right])


_RESUME_NEEDLES = ("resum", "reopen", "restart", "re-open", "re-start")
"""What a verb of starting again has ("resume", "reopens", "restarted"): found with ``find_all``."""
_RESUME = re.compile(
    r"\b(?:will|would|'ll|shall|could|should|to)\s+(?:\w+ly\s+)?(?:be\s+)?(?:resume|reopen|restart|re-open|re-start)(?:ed)?\b"
    r"(?P<between>[^,;:.]{0,30}?)\b(?:on|by|from|as\s+early\s+as|next|this)\s+$", re.I)
"""A planned start again and the day it is set for ("the mine would resume output by Monday",
"expects the line to restart on Sunday", "The museum will reopen on Saturday"): stopping and
starting again is one deed however it is worded."""
_RESUME_BEFORE = 70
"""Characters before a day where its start-again verb and modal stand."""
_SUBJECT_WORDS = 6
"""Words before a start-again verb that say what starts again."""
_NOT_SUBJECT = frozenset("resum reopen restart said say says expect expects company".split())


@dataclass(slots=True)
class _Resumption:
    """A planned start again in a sentence: its span, the day it is set for, what starts again."""

    segment: int
    start: int
    mention: TimeMention
    words: frozenset[str]


def _resumptions(ctx: PairContext, side: str, year: int | None) -> list[_Resumption]:
    """The planned starts again an article sets for a day (``_RESUME``), one per sentence (the
    bounds of periods count: "by Tuesday" is the plan's day)."""
    art = ctx.left if side == "left" else ctx.right
    segs = ctx.left_segments if side == "left" else ctx.right_segments
    text = art.text
    hits = find_all(text, _RESUME_NEEDLES)
    if not hits:
        return []
    out: list[_Resumption] = []
    for i in sorted({ctx.segment_at(side, a) for a, _ in hits}):
        seg = segs[i]
        if seg.kind != "sentence":
            continue
        for m in times_in(text, seg.start, seg.end, default_year=year):
            if m.day is None or m.kind not in ("date", "weekday"):
                continue
            verb = _RESUME.search(text, max(seg.start, m.start - _RESUME_BEFORE), m.start)
            if verb is None:
                continue
            before = [t for t in seg.tokens if t.end <= verb.start()]
            clause = [t for t in before if t.start >= max((j.end() for j in _CLAUSE_END.finditer(
                text, seg.start, verb.start())), default=seg.start)][-_SUBJECT_WORDS:]
            between = [t for t in seg.tokens if verb.start("between") <= t.start < verb.end("between")]
            words = frozenset(stem(t.norm) for t in clause + between if not t.stop and len(t.norm) > 2
                              and not t.norm[:1].isdigit() and concept(t.norm) not in _CALENDAR) - _NOT_SUBJECT
            out.append(_Resumption(i, verb.start(), m, words))
            break
    return out


_CLAUSE_END = re.compile(r"[,;:]|\b(?:said|says|and|but|while)\b")


def _resumption_conflicts(ctx: PairContext, lyear: int | None, ryear: int | None,
                          seen: set[tuple[int, int]]) -> list[Finding]:
    """The day something will start again (resume, reopen, restart) in one article against
    another day in the other, for one thing: what starts again shares a word ("the port's cranes
    would resume work by Monday" / "expects the cranes to restart on Sunday"), or each article
    of one story sets one start again ("lessons would resume on Monday" / "The college will
    reopen on Tuesday")."""
    lres = _resumptions(ctx, "left", lyear)
    rres = _resumptions(ctx, "right", ryear) if lres else []
    if not rres:
        return []
    sole = len(lres) == 1 and len(rres) == 1 and ctx.same_story()
    scored: dict[tuple[int, int], tuple[int, float]] = {}
    for x, a in enumerate(lres):
        for y, b in enumerate(rres):
            shared = len(a.words & b.words)
            if not (shared or sole):
                continue
            scored[(x, y)] = (shared, ctx.related(a.segment, b.segment))
    findings: list[Finding] = []
    for x, y in sorted(best_each_side(scored)):
        a, b = lres[x], rres[y]
        ma, mb = a.mention, b.mention
        if ma.day == mb.day and not (ma.date and mb.date and ma.date != mb.date):
            continue
        if any(a.segment == i or b.segment == j for i, j in seen):
            continue
        left_span, right_span = Span(a.start, ma.end), Span(b.start, mb.end)
        lw, rw = ctx.left.text[ma.start:ma.end], ctx.right.text[mb.start:mb.end]
        findings.append(ctx.finding("contradiction", "date", left_span, right_span,
                                    Why("day", lw, rw, "the day it starts again"), 0.8,
                                    [Span(ma.start, ma.end)], [Span(mb.start, mb.end)]))
        seen.add((a.segment, b.segment))
    return findings


def _weekday_clashes(ctx: PairContext, left: list[Dated], right: list[Dated], lyear: int | None,
                     ryear: int | None, seen: set[tuple[int, int]]) -> list[Finding]:
    """One calendar date written with two weekdays in related sentences ("by Monday, 9 March" /
    "by Tuesday, March 9"), one of them not the date's own: the articles disagree on the day
    (bounds of periods count: a deadline is a day too)."""
    lstated = _stated_dates(ctx, "left", lyear)
    rstated = _stated_dates(ctx, "right", ryear) if lstated else {}
    findings: list[Finding] = []
    if not rstated:
        return findings
    partners = ctx.partners("left")
    for i, ms in sorted(lstated.items()):
        for j, score in sorted(partners.get(i, {}).items()):
            if score < RELATED or j not in rstated or any(i == x or j == y for x, y in seen):
                continue
            for a in ms:
                b = next((b for b in rstated[j] if b.date == a.date and b.stated != a.stated), None)
                if b is None or not (a.mismatch or b.mismatch):
                    continue
                ls, rs = Span(a.start, a.end), Span(b.start, b.end)
                wrong, date = (a, a.date) if a.mismatch else (b, b.date)
                said = (ctx.left if wrong is a else ctx.right).text[wrong.start:wrong.end]
                findings.append(ctx.finding(
                    "contradiction", "date", ls, rs,
                    Why("day", ctx.left.text[a.start:a.end], ctx.right.text[b.start:b.end],
                        f"{said}: {date.day} {date:%B %Y} is a {date:%A}"), 0.8, [ls], [rs]))  # type: ignore[union-attr]
                seen.add((i, j))
                break
            else:
                continue
            break
    return findings


def _stated_dates(ctx: PairContext, side: str, year: int | None) -> dict[int, list[TimeMention]]:
    """sentence -> the dates in it written with a weekday ("Friday, December 18")."""
    art = ctx.left if side == "left" else ctx.right
    out: dict[int, list[TimeMention]] = {}
    for m in times_in(art.text, 0, len(art.text), default_year=year):
        if m.stated is not None and m.date is not None:
            out.setdefault(ctx.segment_at(side, m.start), []).append(m)
    return out


def find_date_conflicts(ctx: PairContext) -> list[Finding]:
    # a date without a year ("on 10 April") takes the year of the story: this article's,
    # else the other article's
    lyear, ryear = article_year(ctx.left), article_year(ctx.right)
    left = ctx.per_article("left", ("dating.dated", lyear or ryear),
                           lambda: dated_sentences(ctx.left, ctx.left_segments, lyear or ryear))
    right = ctx.per_article("right", ("dating.dated", ryear or lyear),
                            lambda: dated_sentences(ctx.right, ctx.right_segments, ryear or lyear))
    findings: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    right_by_segment = {b.segment: b for b in right}
    partners = ctx.partners("left")
    loose: dict[tuple[int, int], tuple[int, float]] = {}
    story: frozenset[str] | None = None
    for a in left:
        for j, score in sorted(partners.get(a.segment, {}).items()):
            b = right_by_segment.get(j)
            if b is None or a.days & b.days or score < RELATED:
                continue
            if score >= ALIGNED:
                findings.append(_finding(ctx, a, b, "day", 0.9))
                seen.add((a.segment, b.segment))
                continue
            # sentences worded apart: one event when the words around the two days share
            # enough ("filed an appeal on Friday" / "on Thursday ... appealed against the verdict")
            # (and one of them not a word of the story's opening, the same wherever it is told:
            # "the former port director" is who, not what happened)
            shared = max((_day_words(ctx.left.text, ctx.left_segments[a.segment], m)
                          & _day_words(ctx.right.text, ctx.right_segments[j], n)
                          for m in a.mentions for n in b.mentions), key=len)
            if story is None:
                story = _opening_words(ctx.left_segments) | _opening_words(ctx.right_segments)
            if len(shared) >= SHARED_DAY_WORDS + (score < CLOSE_DAYS) and shared - story:
                loose[(a.segment, j)] = (len(shared), score)
    by_left = {d.segment: d for d in left}
    for i, j in sorted(best_each_side(loose)):
        if not any(i == x or j == y for x, y in seen):
            findings.append(_finding(ctx, by_left[i], right_by_segment[j], "day", 0.8))
            seen.add((i, j))
    findings = _merge_adjacent(ctx, findings)
    findings.extend(_resumption_conflicts(ctx, lyear or ryear, ryear or lyear, seen))
    findings.extend(_weekday_clashes(ctx, left, right, lyear or ryear, ryear or lyear, seen))
    lmain = main_event(ctx.left, ctx.left_segments, left, lambda i, j: ctx.aligner.score_within("left", i, j))
    rmain = main_event(ctx.right, ctx.right_segments, right, lambda i, j: ctx.aligner.score_within("right", i, j))
    findings.extend(_period_conflicts(ctx, lyear or ryear, ryear or lyear))
    findings.extend(_relative_conflicts(ctx, left, right, lyear or ryear, ryear or lyear))
    findings.extend(_month_swaps(ctx))
    findings.extend(_year_conflicts(ctx, lyear or ryear, ryear or lyear))
    if lmain and rmain and _said_day(ctx.left.text, lmain) != _said_day(ctx.right.text, rmain):
        lmain = rmain = None  # the day one article says something was said, the other when it happened
    if lmain and rmain and lmain.days & rmain.days and not seen:
        # one weekday, two dates: a date written with a weekday that is not its own ("Sunday,
        # 30 November" in a year when 30 November is a Monday) against the date the other
        # article puts that weekday on
        for x, y, xside in ((lmain, rmain, "left"), (rmain, lmain, "right")):
            found = _misdated(ctx, x, y, xside)
            if found is not None:
                findings.append(found)
                lmain = rmain = None
                break
    if lmain and rmain and not (lmain.days & rmain.days) and (lmain.segment, rmain.segment) not in seen \
            and not any(a == lmain.segment or b == rmain.segment for a, b in seen):
        # (a sentence already found at odds with its counterpart is not reported twice)
        llead, rlead = _lead(ctx.left_segments), _lead(ctx.right_segments)
        closeness = max(ctx.aligner.score(lmain.segment, rmain.segment),
                    ctx.aligner.score(llead, rlead) if llead is not None and rlead is not None else 0.0)
        if closeness < SAME_STORY and lmain.mentions and rmain.mentions and ctx.same_story():
            closeness = SAME_STORY  # leads worded apart, in two articles that report one story
        if closeness >= SAME_STORY and (lmain.mentions or rmain.mentions):
            findings.append(_finding(ctx, lmain, rmain, "day of the main event", 0.85))
    return findings
