"""Dates, weekdays, clock times and durations in text, resolved where the text allows."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tui.engine.lexicon import MONTHS, WEEKDAYS

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_STATED = rf"(?:({_WEEKDAY}),?\s+(?:the\s+)?)?"
"""A weekday written before a date ("Wednesday, November 12"), kept: it may not be the date's."""

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"\b{_STATED}({_MONTH})\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?\b")),
    ("dmy", re.compile(rf"\b{_STATED}(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH}),?(?:\s+(\d{{4}}))?\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")),
    ("month_year", re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b")),
    ("weekday", re.compile(rf"\b({_WEEKDAY})\b")),
    ("time", re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?|AM|PM)(?![\w])|\b(\d{1,2}):(\d{2})\b", re.I)),
    ("noon", re.compile(r"(?i:\b(?:12\s+)?(noon|midday|midnight)\b)")),
    ("year", re.compile(r"\b(1[89]\d{2}|20\d{2})\b")),
]
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
"""Capital letters a dateline's place may be written in ("WROCŁAW")."""
DATELINE = re.compile(rf"[{_UPPER}][{_UPPER} .'-]{{2,40}}(?:,\s*[^–—\n]{{2,30}}?)?\s*(?:\([^)]{{1,30}}\)\s*)?[–—-]\s")
"""A dateline before a story's first sentence ("KATOWICE, Poland, Feb 3 (Wirenews) - "): where and
when it was filed, not what happened."""

MORE_ZONES = {
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura", "MYT": "Asia/Kuala_Lumpur",
    "PHT": "Asia/Manila", "ICT": "Asia/Bangkok", "PKT": "Asia/Karachi", "IRST": "Asia/Tehran",
    "AST": "Asia/Riyadh", "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
    "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "SAST": "Africa/Johannesburg",
    "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "AWST": "Australia/Perth", "HST": "Pacific/Honolulu",
    "AKST": "America/Anchorage", "CST6": "America/Chicago",
}
"""Zone abbreviations zones.py does not know (Indonesia's WIB, Brazil's BRT), with their zones."""


def _zone_words() -> str:
    from tui.engine.zones import ABBREVIATIONS

    return "|".join(sorted((z for z in {*ABBREVIATIONS, *MORE_ZONES} if len(z) > 1), key=len, reverse=True))


_PATTERNS.insert(-1, ("hhmm", re.compile(
    rf"\b([01]\d|2[0-3])\.?([0-5]\d)(?:\s*(?:hrs|h))?(?=\s*\(?\s*(?:{_zone_words()})\b|\s+local\s+time\b)")))
"""A clock time written as four digits (or two and two with a point) and its zone, as wire copy
gives the time in GMT ("1247 GMT", "0210 GMT", "03.40 WIB")."""
_PATTERNS.insert(-1, ("hdotmm", re.compile(r"\b(\d)\.([0-5]\d)(?=\s*(?:GMT|UTC)\b|\s+local\s+time\b)")))
"""A clock time of one digit, a full stop and two ("9.15 GMT", "6.40 local time"), as British and
Indian copy writes it: only before GMT, UTC or "local time" ("1.25 MT" is a tonnage)."""
_PATTERNS.insert(-1, ("hrs", re.compile(
    r"\b((?:[01]\d|2[0-3])(?=\.?[0-5]\d)|\d(?=\.[0-5]\d))\.?([0-5]\d)\s*(?:hrs|hours)\b")))
"""A clock time followed by "hrs" or "hours" ("at 2230 hrs", "at 14.30 hours"): read only after a
word that puts something at a time (``_AT_TIME``), as "for 12.30 hrs" is a duration."""
_AT_TIME = re.compile(r"\b(?:at|by|from|until|till|since|before)\s+(?:(?:around|about|approximately)\s+)?$",
                      re.I)


_WORD_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun")
"""Where a month or a weekday can begin (every name above starts with one of these)."""
_DIGITS = re.compile(r"\d+")
_NOON = {"noon": 720, "midday": 720, "midnight": 0}
_NOON_NEEDLES = (("oon", 1), ("idday", 1), ("idnight", 1))
"""What a clock time in words has (with where it begins before that): "noon", "Midday", "midnight"."""


def _noon_starts(text: str, start: int, end: int) -> list[int]:
    """Where a clock time in words may begin ("noon", "12 noon", "midnight"): found with
    ``str.find``, as a regex of the words scans every offset of the text."""
    out = []
    for needle, back in _NOON_NEEDLES:
        i = text.find(needle, start, end)
        while i >= 0:
            out.append(i - back)
            if needle == "oon" and text[max(start, i - 4):i - 1] == "12 ":
                out.append(i - 4)  # "12 noon"
            i = text.find(needle, i + 1, end)
    return sorted(set(out))
_STARTS = {"mdy": "word", "dmy": "both", "iso": "digit", "numeric": "digit", "month_year": "word",
           "weekday": "word", "time": "digit", "hhmm": "digit", "hdotmm": "digit", "hrs": "digit", "year": "digit",
           "noon": "noon"}
"""What each pattern's match begins with: a month or weekday name, digits, or either."""


def _candidates(kind: str, text: str, start: int, end: int, cache: dict[str, list[int]]) -> list[int]:
    """Offsets where a match of pattern ``kind`` may begin (a superset), in order."""
    what = _STARTS[kind]
    if what not in cache:
        if what == "noon":
            cache[what] = _noon_starts(text, start, end)
        elif what == "word":
            cache[what] = [m.start() for m in _WORD_START.finditer(text, start, end)]
        elif what == "digit":
            cache[what] = [m.start() for m in _DIGITS.finditer(text, start, end)]
        else:
            cache[what] = sorted(_candidates("mdy", text, start, end, cache)
                                 + _candidates("iso", text, start, end, cache))
    return cache[what]


def _finditer(kind: str, pattern: re.Pattern[str], text: str, start: int, end: int,
              cache: dict[str, list[int]]):
    """``pattern.finditer(text, start, end)``, trying only where a match can begin: each
    pattern starts with a month or weekday name or with digits (a match never starts inside
    a run of digits: ``\b`` forbids it), and scanning every offset of a long article with
    eight patterns was most of the time spent on dates."""
    pos = start
    match = pattern.match
    for p in _candidates(kind, text, start, end, cache):
        if p < pos:
            continue
        m = match(text, p, end)
        if m:
            yield m
            pos = m.end()


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A temporal expression: its span, what kind it is and what it resolves to."""

    start: int
    end: int
    kind: str  # date | weekday | month | year | time
    date: dt.date | None = None
    weekday: int | None = None  # 0 = Monday
    month: tuple[int, int] | None = None  # (year, month)
    year: int | None = None
    minutes: int | None = None  # clock time as minutes after midnight
    stated: int | None = None
    """The weekday written with a date ("Wednesday, November 12"), which may not be the
    date's own weekday."""

    @property
    def day(self) -> int | None:
        """The weekday the text gives: the one written with the date, else the date's own."""
        if self.stated is not None:
            return self.stated
        return self.date.weekday() if self.date else self.weekday

    @property
    def mismatch(self) -> bool:
        """A weekday written with a date that falls on another day."""
        return self.stated is not None and self.date is not None and self.date.weekday() != self.stated

    @property
    def day_name(self) -> str | None:
        wd = self.date.weekday() if self.date else self.weekday
        return WEEKDAYS[wd].capitalize() if wd is not None else None


def _stated(weekday: str | None) -> int | None:
    return WEEKDAYS.index(weekday.lower()) if weekday else None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_times(text: str, start: int = 0, end: int | None = None,
               default_year: int | None = None) -> list[TimeMention]:
    """Temporal expressions in ``text[start:end]``, longest first, without overlaps."""
    end = len(text) if end is None else end
    found: list[TimeMention] = []
    # the spans taken so far, by start (they never overlap): a new span is free when it
    # meets neither the span starting last at or before it nor the next one
    starts: list[int] = []
    ends: list[int] = []

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_right(starts, a)
        if k and a < ends[k - 1] and b > starts[k - 1]:
            return False
        return not (k < len(starts) and b > starts[k] and a < ends[k])

    cache: dict[str, list[int]] = {}
    for kind, pattern in _PATTERNS:
        for m in _finditer(kind, pattern, text, start, end, cache):
            a, b = m.span()
            if not free(a, b):
                continue
            mention: TimeMention | None = None
            try:
                if kind == "mdy":
                    year = int(m.group(4)) if m.group(4) else default_year
                    month, day = _month(m.group(2)), int(m.group(3))
                    if m.group(2).lower().startswith("may") and not m.group(4) and day > 31:
                        continue
                    mention = TimeMention(a, b, "date", dt.date(year, month, day) if year else None,
                                          None, (year or 0, month), stated=_stated(m.group(1)))
                elif kind == "dmy":
                    year = int(m.group(4)) if m.group(4) else default_year
                    day, month = int(m.group(2)), _month(m.group(3))
                    mention = TimeMention(a, b, "date", dt.date(year, month, day) if year else None,
                                          None, (year or 0, month), stated=_stated(m.group(1)))
                elif kind == "iso":
                    d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                    mention = TimeMention(a, b, "date", d, None, (d.year, d.month))
                elif kind == "numeric":
                    x, y, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    day, month = (x, y) if x > 12 or y <= 12 else (y, x)
                    d = dt.date(year, month, day)
                    mention = TimeMention(a, b, "date", d, None, (year, month))
                elif kind == "month_year":
                    mention = TimeMention(a, b, "month", None, None, (int(m.group(2)), _month(m.group(1))))
                elif kind == "weekday":
                    mention = TimeMention(a, b, "weekday", None, WEEKDAYS.index(m.group(1).lower()))
                elif kind == "time":
                    if m.group(4):
                        h, mi = int(m.group(4)), int(m.group(5))
                    else:
                        h, mi = int(m.group(1)), int(m.group(2) or 0)
                        if m.group(3).lower().startswith("p") and h < 12:
                            h += 12
                        if m.group(3).lower().startswith("a") and h == 12:
                            h = 0
                    if h > 23 or mi > 59:
                        continue
                    mention = TimeMention(a, b, "time", minutes=h * 60 + mi)
                elif kind == "noon":
                    mention = TimeMention(a, b, "time", minutes=_NOON[m.group(1).lower()])
                elif kind in ("hhmm", "hdotmm") or (kind == "hrs" and _AT_TIME.search(text, max(start, a - 24), a)):
                    mention = TimeMention(a, b, "time", minutes=int(m.group(1)) * 60 + int(m.group(2)))
                elif kind == "year":
                    mention = TimeMention(a, b, "year", year=int(m.group(1)))
            except (ValueError, KeyError):
                continue
            if mention:
                found.append(mention)
                k = bisect.bisect_right(starts, a)
                starts.insert(k, a)
                ends.insert(k, b)
    found.sort(key=lambda t: t.start)
    return found


@lru_cache(maxsize=16)
def _article_times(text: str, default_year: int | None) -> tuple[list[TimeMention], list[int]]:
    found = find_times(text, 0, len(text), default_year)
    return found, [m.start for m in found]


def times_in(text: str, start: int, end: int, default_year: int | None = None) -> list[TimeMention]:
    """The temporal expressions of ``text`` inside [start, end): one scan per text, cached."""
    found, starts = _article_times(text, default_year)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            out.append(found[i])
        i += 1
    return out


def clear_article_times() -> None:
    """Forget the cached scans (the cache lives for one comparison)."""
    _article_times.cache_clear()


def article_year(article) -> int | None:
    """The year to read "May 16" in: the article's date, else its first full date."""
    if article.date:
        return article.date.year
    dated = [m.date.year for m in times_in(article.text, 0, len(article.text)) if m.kind == "date" and m.date]
    return dated[0] if dated else None


OPENING = 400
"""Characters at an article's start where the date it was filed on is written, if it is."""
_LINE_DAY = re.compile(r"\d{1,2}")
_DASH_AFTER = re.compile(r"\s*[–—-]\s")


def opening_day(text: str, times: list[TimeMention]) -> tuple[int, int, int] | None:
    """The day an article was filed on, as (year or 0, month, day), from a date in its opening
    (``opening_date``); None when the opening writes none."""
    m = opening_date(text, times)
    if m is None or m.month is None:
        return None
    day = m.date.day if m.date else int(_LINE_DAY.search(text, m.start, m.end).group())  # type: ignore[union-attr]
    return m.month[0], m.month[1], day


def opening_date(text: str, times: list[TimeMention]) -> TimeMention | None:
    """The date an article's opening says it was filed on: on a line of its own ("Tuesday,
    November 24, 2026", "Batam | 29 November 2026"), in a dateline ("BUDAPEST, Nov 24 (Wire) -
    ") or before a dash that opens the story ("June 4 - Carrow said ...")."""
    for m in times:
        if m.start >= OPENING:
            break
        if m.kind != "date" or m.month is None:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        dateline = DATELINE.match(text, line_start)
        dated_start = m.start == line_start and _DASH_AFTER.match(text, m.end)  # "June 4 – Carrow said ..."
        header = len(line) <= 80 and not line.endswith((".", "!", "?", '"', "”"))
        if header or (dateline and m.end <= dateline.end()) or dated_start:
            return m
    return None


def clock(minutes: float) -> str:
    """Minutes after midnight as a 24-hour clock time ("16:30")."""
    return f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"
