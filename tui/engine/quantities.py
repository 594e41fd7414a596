"""Contradictions between figures and clock times, wherever the two articles state them.

Aligned sentences are not always where two outlets give a figure: "killing 214 people"
and "the earthquake killed 241 people" can sit in sentences that are otherwise worded
quite differently. A figure is read as a *claim*: its value (as a range where it is
approximate: "nearly 1,300", "more than 200", "shortly before 5am"), its unit (the
word it counts: people, homes, jobs, dollars, percent) and its context (the content
words around it). Two claims are about the same thing when their units agree and
their contexts share content words (killed/killing fold together); when their ranges
do not meet, the articles disagree.

Some figures are of a deed a story has once, told by the verb with them: an amount spilled
("spilling 1,500 tonnes", "11,000 barrels had leaked"), things stolen ("escaped with four
paintings"), jobs cut, an altitude, people evacuated, a deadline set ("gave the company 72
hours to pay"); or a sum per period (a rent "a month"). The one figure of such a deed each
article gives is compared wherever it stands, and figures of two deeds ("laden with 780,000
barrels" / "11,000 barrels had leaked") are not.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from tui.engine import gazetteer, zones
from tui.engine.context import PairContext, best_each_side
from tui.engine.entities import ArticleEntities
from tui.engine.model import Finding, Segment, Span, Token, Why
from tui.engine.patterns import segments_hinted
from tui.engine.temporal import DATELINE, MORE_ZONES, TimeMention, article_year, clock, opening_day, times_in
from tui.engine.tokens import SCALE_SUFFIXES, concept, fold, normalise_word

CONTEXT = 6
"""Words either side of a figure that say what it is about."""
SHARED_CONTEXT = 2
"""Content words two figures' contexts must share to be about the same thing."""
RELATED = 0.08
"""Sentences scoring below this are not about the same event."""
CLOSE_SENTENCES = 0.25
"""Sentences this alike need only one word in common around two figures."""
SOLE_RELATED = 0.12
"""The only counts of a thing in each article, in sentences this alike, need two words in common
(the thing counted and one more: "trial ... 140 witnesses" / "trial ... 143 witnesses")."""

CONVERSION_SLACK = 0.02
"""How far apart two figures written in different units of one measure may be and still agree:
a converted figure is rounded ("56 miles per hour" is 90.1 km/h, "10,000 feet" 3,048 m)."""

_BELOW = 1 - 1e-9
_ABOVE = 1 + 1e-9
_APPROX = {  # qualifier -> (low factor, high factor)
    # "nearly 140" is under 140 and "more than 140" over it: the two do not meet
    "nearly": (0.9, _BELOW), "almost": (0.9, _BELOW), "about": (0.95, 1.05), "around": (0.95, 1.05),
    "roughly": (0.95, 1.05), "approximately": (0.95, 1.05), "some": (0.95, 1.05),
    "estimated": (0.9, 1.1), "over": (1.0, math.inf), "more": (_ABOVE, math.inf),
    "above": (_ABOVE, math.inf), "least": (1.0, math.inf), "exceeding": (_ABOVE, math.inf),
    "under": (0.0, _BELOW), "fewer": (0.0, _BELOW), "less": (0.0, _BELOW), "up": (0.0, 1.0),
    "most": (0.0, 1.0), "below": (0.0, _BELOW), "just": (0.95, 1.05), "close": (0.9, 1.0),
}
_AT_MOST = frozenset(("no", "not"))
""""no more than 20", "not more than 20": at most 20."""
def _number_word(word: str) -> float | None:
    from tui.engine.lexicon import NUMBER_WORDS

    if word.isdigit():
        return float(word)
    return float(NUMBER_WORDS[word.lower()]) if word.lower() in NUMBER_WORDS else None


_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr"}
_CURRENCY_WORD = re.compile(r"\b(Rs|INR|USD|EUR|GBP|JPY)\.?\s?$")
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])(US|C|CA|CAN|A|AU|NZ|HK|S|SG|R|NT)\$$")
_DOLLARS = {"US": "usd", "C": "cad", "CA": "cad", "CAN": "cad", "A": "aud", "AU": "aud", "NZ": "nzd", "HK": "hkd",
            "S": "sgd", "SG": "sgd", "R": "brl", "NT": "twd"}
"""Dollars of other countries, by the letters before "$" ("C$4.2 billion" is Canadian)."""
"""A currency written as a word or code before a sum ("Rs 20 lakh", "EUR 5 million")."""
_UNIT_SYNONYMS = {"position": "job", "post": "job", "role": "job", "worker": "job", "employee": "job",
                  "staff": "job", "per": "percent", "%": "percent", "dead": "people", "death": "people",
                  "person": "people", "victim": "people", "resident": "people", "house": "home",
                  "dwelling": "home", "building": "building", "km": "kilometer", "kilometre": "kilometer",
                  "mile": "mile", "euro": "eur", "yen": "jpy", "turnout": "crowd", "attendance": "crowd",
                  "marcher": "crowd", "protester": "crowd", "protestor": "crowd", "demonstrator": "crowd",
                  "participant": "crowd", "crowd": "crowd", "spectator": "crowd", "fan": "crowd",
                  "supporter": "crowd", "audience": "crowd", "rup": "inr",
                  "contract": "agreement", "deal": "agreement", "accord": "agreement", "pact": "agreement",
                  "crude": "oil", "petroleum": "oil",
                  "dollar": "usd", "pc": "percent", "pct": "percent", "kms": "kilometer",
                  # one thing, two words for it
                  "ship": "vessel", "boat": "vessel", "craft": "vessel", "procedure": "operation",
                  "surgery": "operation", "aircraft": "plane", "airliner": "plane", "jet": "plane",
                  "troop": "soldier", "seafarer": "sailor", "automobile": "car", "lorry": "truck",
                  "child": "child", "kid": "child", "youngster": "child", "hostage": "hostage",
                  "suspect": "suspect", "detainee": "detainee", "arrest": "arrest",
                  "pupil": "student", "physician": "doctor", "policeman": "officer", "policemen": "officer",
                  "nation": "country", "mp": "lawmaker", "mps": "lawmaker"}
_VERB_STEMS = re.compile(r"(ing|ed|es|s)$")
_YEAR = re.compile(r"(19|20)\d{2}")
_NUMBER_NORM = re.compile(r"(\d+(?:\.\d+)?)([a-z]*)")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\s+([^\W\d_]+)")
_PER_SHARE = re.compile(r"\s+(?:a|per)\s+share")
"""A year is written as four plain digits ("2022", never "1,800")."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem that makes "killed", "killing" and "kills" one word (and the words of
    ``_STEM_FOLDS`` one with another)."""
    word = concept(word)
    if len(word) > 4:
        word = _VERB_STEMS.sub("", word, count=1)
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    word = word.rstrip("e")
    return _STEM_FOLDS.get(word, word)


_STEM_FOLDS = {"growth": "grow", "grew": "grow", "grown": "grow", "economic": "economy", "gdp": "economy",
               "worth": "valu", "stock": "shar", "apartment": "flat", "firm": "company", "salary": "wag",
               "legislator": "lawmaker", "vehicl": "car", "cars": "car", "penalty": "fin"}
"""Stems of words that say one thing around a figure ("economic growth", "GDP growth" / "the
economy to grow", "worth about" / "valued at", "its stock jumped" / "its shares jumped", "a
two-bedroom apartment" / "a two-bedroom flat")."""


def _unit_of(norm: str) -> str:
    """What a figure counts, one key for its spellings: "jobs", "positions" -> job."""
    word = concept(norm)
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return _UNIT_SYNONYMS.get(word) or stem(word)


@dataclass(slots=True)
class Claim:
    """A figure or a clock time, with what it counts and what it is about."""

    segment: int
    span: Span
    low: float
    high: float
    unit: str
    about: frozenset[str]
    written: str
    number: Span | None = None
    """The figure itself, without its unit: the word to mark."""
    subjects: frozenset[str] = frozenset()
    """Names near the figure (companies, people): figures about different ones differ by nature."""
    years: frozenset[str] = frozenset()
    """Years near the figure: a figure from 2017 is background, not today's news."""
    bound: str = ""
    """"max" ("up to 60 days"), "min" ("more than 200") or "": a one-sided limit, whose
    figure is compared as such with the same kind of limit ("up to 60" / "up to 90")."""
    value: float = 0.0
    zone: str = ""
    """A clock time's zone as written (zones.py; "local" when none is): times in two zones are
    compared through their offsets."""
    place: str = ""
    """The zone, "local" resolved to the dateline's place where known."""
    offset: int | None = None
    twin: int = -1
    """For a clock time written again in another zone ("09:47 local time (1247 GMT)"), the index
    of the claim it repeats: compared only where that one cannot be."""
    rate: str = ""
    """For a sum of money given per period ("€1,540 a month", "$90,000 a year"), the period: the
    one such sum each article gives is a story's one (a rent, a wage)."""
    control: int = -1
    """For a figure given as what another is compared with ("9 percent of patients taking the
    drug, compared with 6 percent of those given a placebo"), the index of that other: what the
    two measure is told around the first, so the second is compared only where the first is."""
    offsets: tuple[int, ...] = ()
    """For a "local" time whose place no dateline says, the offsets of the places the article
    names: the time is at odds with another only if it is in every one of them."""
    said: str = ""
    """The figure with its qualifier, as the article says it ("more than three years"): what the
    explanation quotes, so a reader sees why a range and an exact figure were told apart."""
    planned: bool = False
    """A figure or time given as a plan or forecast ("expected at 2.30pm", "due to reach
    $5bn"): it neither confirms nor contradicts what happened, only another plan."""
    topic: str = ""
    """The head of the subject a figure is the complement of ("Trade between the two countries
    was worth $4.7bn" -> trade): what the figure is a figure of, however far it stands."""
    elliptical: bool = False
    """A bare figure whose unit is an earlier clause's ("police estimated the crowd at 45,000;
    organizers claimed about 150,000"): another estimate of what that clause counts, not a count
    an article gives on its own."""
    source: str = ""
    """Who gives a crowd count ("organisers said 200,000", "police put the crowd at 45,000"): one
    source's two counts of one crowd are about one thing, wherever they stand."""
    day: int | None = None
    """The weekday written next to a clock time (0 = Monday), if one is."""
    off_day: bool = False
    """A clock time written on another day than its story's main event ("a replacement flight
    left at 11 a.m. Sunday" in a story of Saturday): of something else than the story's times
    written without a day."""
    on_day: int | None = None
    """The weekday a clock time is on: the one written with it, else its story's main event's
    (when the article says which)."""
    days_told: frozenset[int] = frozenset()
    """The weekdays written with the clock times of the claim's article: a story told over two
    days ("broke out at 11:40 p.m. on Friday ... under control at 8:50 a.m. on Saturday")."""
    event: str = ""
    """What a clock time is the time of, where a verb right before it says so in words that
    name one event however it is told: "took off at" / "departed at" -> takeoff."""
    of_person: bool = False
    """An age set off by commas after a person's name ("Henrik Aalto, 61,"): that person's age,
    compared with the age the other article gives the same person anywhere."""
    direction: str = ""
    """"up" or "down" where a verb or noun of change goes with the figure ("shares rose 6%",
    "a 15% fall in profit", "cut its forecast to $11.5 billion"): two figures of one thing
    that went opposite ways contradict each other, whatever their values."""
    change: str = ""
    """"from" or "to" for the two ends of a change told as one ("cut the term from nine years
    to six years"): the start of a change is compared with a start, its end with an end."""
    deed: str = ""
    """For a sum of money, the verb that says what was done with it, with the currency ("usd
    demand" for "demanding $4 million"): one deed of a story, however the sentence runs."""
    measured: str = ""
    """The unit a measure was written in before it was converted to its base unit ("mile",
    "kilometer", "month"): figures written in two units are compared allowing for rounding."""
    thing: frozenset[str] = frozenset()
    """What a measure is of, where the sentence says: the words of "9.6 tonnes of pangolin
    scales" (pangolin, scale), "a five-year agreement" (agreement). Measures that share no such
    word are of two things."""


_QUALIFYING = frozenset(_APPROX) | {"than", "to", "as", "much", "many", "no", "not"}
"""The words of a qualifier phrase before a figure ("more than", "as many as", "up to", "no more than")."""


def _said_from(tokens: list[Token], k: int, qualifier: str | None) -> int:
    """Where the figure at token ``k`` begins as said: at its qualifier's first word, if it has one."""
    i = k
    if qualifier is not None:
        while i > 0 and k - i < 4 and tokens[i - 1].norm in _QUALIFYING:
            i -= 1
    return tokens[i].start


def _range(value: float, qualifier: str | None) -> tuple[float, float]:
    lo, hi = _APPROX.get(qualifier or "", (1.0, 1.0))
    return value * lo, value * hi


_DETERMINERS = frozenset("the its their his her a an".split())
"""Words that open a noun phrase: "under the four-year contract" (a preposition, no bound), "the
marina and the yard" (two phrases). (The module once defined it twice; the later, smaller set
was the one in force for both uses, and is kept.)"""


def _qualifier(tokens: list[Token], k: int) -> str | None:
    for i in range(k - 1, max(-1, k - 3), -1):
        norm = tokens[i].norm
        if norm in _DETERMINERS:
            return None  # "under the four-year contract": a preposition before a noun phrase, no qualifier
        if norm in ("much", "many") and i and tokens[i - 1].norm == "as":
            return "most"  # "as much as 19 percent", "as many as 300"
        if norm == "up" and (i + 1 >= k or tokens[i + 1].norm != "to"):
            continue  # "closed up 14 percent" is a rise, not "up to"
        if norm in _APPROX:
            if norm in ("more", "over") and i and tokens[i - 1].norm in _AT_MOST:
                return "most"
            if norm == "just" and i + 1 < k and tokens[i + 1].norm in _APPROX:
                return tokens[i + 1].norm  # "just over", "just under"
            return norm
    return None


def _context(tokens: list[Token], k: int, skip: set[int], text: str | None = None) -> frozenset[str]:
    lo, hi = max(0, k - CONTEXT), min(len(tokens), k + 1 + CONTEXT)
    if text is not None:  # the figure's clause: "arrested 23 people, and 11 were injured"
        for j in range(k - 1, lo - 1, -1):
            if _breaks(text, tokens, j + 1):
                lo = j + 1
                break
        for j in range(k + 1, hi):
            if _breaks(text, tokens, j):
                hi = j
                break
    window = tokens[lo:k] + tokens[k + 1:hi]
    if text is not None and 0 < lo < k and tokens[lo].norm in ("which", "who") \
            and "," in text[tokens[lo - 1].end:tokens[lo].start]:
        window.append(tokens[lo - 1])  # what a relative clause describes ("The satellite, which cost ...")
    return frozenset(stem(t.norm) for i, t in enumerate(window)
                     if not t.stop and not t.norm[:1].isdigit() and len(t.norm) > 2
                     and t.norm not in _APPROX and t.norm not in _WHEN and id(t) not in skip)


_WHEN = frozenset("last year years month months week weeks today yesterday ago earlier later".split())
"""Words of when, not of what: "last year's sales" and "deal value last year" are not one thing."""


_NOT_SUBJECTS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split())
_CURRENCY_CODES = frozenset("rs inr usd eur gbp jpy".split())


_CORPORATE = frozenset("inc corp ltd plc llc ag gmbh sa nv co group holdings".split())
_CLAUSE_WORDS = frozenset("and but while whereas which who when where".split())


def _breaks(text: str, tokens: list[Token], j: int) -> bool:
    """A clause ends before token j: a semicolon or colon, or a comma before "and", "but",
    "which"..."""
    gap = text[tokens[j - 1].end:tokens[j].start]
    return ";" in gap or ":" in gap or ("," in gap and tokens[j].norm in _CLAUSE_WORDS)


_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:while|whereas|but|and)\b|\bwhile\b|\bwhereas\b")


def _names_and_years(text: str, tokens: list[Token], k: int, seg_start: int, entity_at=None,
                     known: frozenset[str] = frozenset(), extra: int = 0) -> tuple[frozenset[str], frozenset[str]]:
    """The figure's subject (the nearest name before it in its clause, else after it), and
    the years written near it. ``entity_at(offset)`` names the organisation or person a
    word belongs to, so a subject is one real-world thing on both sides."""

    def subject_of(j: int) -> str | None:
        if tokens[j].norm[:1].isdigit() or tokens[j].end <= dateline or tokens[j].norm in _CURRENCY_CODES:
            return None  # a number ("Nine miners"), the dateline's place or agency ("(Reuters) -"), "INR"
        if entity_at is not None:
            key = entity_at(tokens[j].start)
            if key:
                return key
        return tokens[j].norm if is_name(j) else None

    def is_name(j: int) -> bool:
        t = tokens[j]
        if t.start == seg_start and t.norm not in known:
            return False  # a capital that opens a sentence is no name, unless the article names it
        if not t.text[:1].isupper() or t.norm in _NOT_SUBJECTS \
                or t.norm in _CORPORATE or gazetteer.lookup(_POSSESSIVE_END.sub("", t.text)):
            return False
        # a word of a known place's name ("New" of "New York") is a place, not a subject
        before = tokens[j - 1].text + " " + t.text if j else ""
        after = t.text + " " + tokens[j + 1].text if j + 1 < len(tokens) else ""
        return not (gazetteer.lookup(before) or gazetteer.lookup(after))

    opening = DATELINE.match(text, seg_start)
    dateline = opening.end() if opening else -1
    subjects: set[str] = set()
    for j in range(k - 1, max(-1, k - 1 - CONTEXT), -1):
        if _CLAUSE_BREAK.search(text, tokens[j].end, tokens[j + 1].start):
            break
        subject = subject_of(j)
        if subject:
            subjects.add(subject)
    if not subjects:
        for j in range(k + 1, min(len(tokens), k + 1 + SUBJECT_AFTER)):
            if _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].start):
                break
            subject = subject_of(j)
            if subject:
                subjects.add(subject)
                break
    if entity_at is not None and k > CONTEXT:
        # the person the sentence opens with, well before the figure, is who it is about
        # ("Henrik Aalvik, chairman of Norsk Cargo, was sentenced to six years")
        for j in range(0, min(3, k - CONTEXT)):
            key = entity_at(tokens[j].start)
            if key and key.startswith("PERSON:"):
                subjects = {key}
                break
            if key and key.startswith("ORG:") and not subjects and j == 0:
                subjects = {key}  # ("Carrow's shares fell 4.2 per cent to $78.15 in early trading")
                break
    window = tokens[max(0, k - CONTEXT):k + 1 + CONTEXT + extra]  # (extra: the unit's words, "per cent")
    years = frozenset(t.norm for t in window if _YEAR.fullmatch(t.text)
                      and not _other_clause(text, t.end, tokens[k].start)
                      and not _COMPARED_AFTER.search(text, tokens[k].end, t.start))
    if not years and tokens:
        opener = _DATED_OPENER.match(text, tokens[0].start)
        if opener:  # "In November 2017, a quake in Kermanshah killed more than 600 people"
            years = frozenset({opener.group(1)})
    if not years and any(t.norm == "year" for t in window):
        said = _RELATIVE_YEAR.search(text, window[0].start, window[-1].end)
        if said and not _other_clause(text, said.end(), tokens[k].start):
            years = frozenset({_ANY_YEAR})  # "last year": whichever year the story is in
    # a subject is compared by its last word ("PERSON:henrik aalvik", "aalvik"):
    # one side may name a person in full where the other gives the surname
    return frozenset(_subject_key(x) for x in subjects), years


SUBJECT_AFTER = 3
"""Words after a figure where its subject may stand when none does before it ("2.1% at Velmora")."""
_POSSESSIVE_END = re.compile(r"['’]s?$")
_DATED_OPENER = re.compile(r"(?:In|By|During|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
                           r"(?:\d{1,2},?\s+)?((?:19|20)\d\d)\s*,")
"""A sentence that opens on a year it is set in ("In November 2017, ..."): its figures are of then."""
_COMPARED_AFTER = re.compile(r",\s*(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\b|\bthan\b|"
                             r"\bfrom\b")
"""Between a figure and a later year, the figure it is compared with ("Turnout was 58%, up from
55% in 2020"): the year is that figure's, not this one's."""
_RELATIVE_CLOSES = re.compile(r",\s*(?:which|who|where|when)\b[^,;]*$")
_COORDINATED = re.compile(r"^[^,;]*?\band\s+(?![\d(]|(?:19|20)\d\d|in\b|early\b|late\b)[a-z]", re.I)


def _other_clause(text: str, at: int, figure: int) -> bool:
    """A year that ends at ``at``, before a figure at ``figure``, belongs to another clause: it
    closes a relative clause ("The trial, which opened in March 2025, heard 143 witnesses") or a
    verb phrase the figure's is coordinated with ("opened in March last year and heard 140")."""
    if at >= figure:
        return False
    between = text[at:figure]
    if _COORDINATED.match(between):
        return True
    return "," in between and bool(_RELATIVE_CLOSES.search(text, max(0, at - 80), at))


_RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|previous|past)\s+year\b", re.I)
_ANY_YEAR = "*"


def _same_years(a: frozenset[str], b: frozenset[str]) -> bool:
    """Years near two figures agree: the same, or one written relative to the story's year."""
    return a == b or (_ANY_YEAR in a and bool(b)) or (_ANY_YEAR in b and bool(a))


@lru_cache(maxsize=4096)
def _subject_key(key: str) -> str:
    return fold(key.rsplit(":", 1)[-1]).split()[-1].removesuffix("'s")


_FRACTION = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine)[- ](half|third|quarter|fifth|tenth)s?\b"
    r"(?!\s+(?:of\s+an?\s+)?(?:hour|mile|century|point|final|percentage|basis|share|day|week|month|year|"
    r"million|billion|thousand))"
    r"(?!-(?:point|percentage))", re.I)
"""A fraction that stands for a share ("cut losses by a quarter"), not a fraction of a unit
("a quarter percentage point", "half an hour")."""
_DENOMINATOR_RE = re.compile(r"(?i)(?=[hHtTqQfF])(?:half|t(?:hird|enth)|quarter|fifth)")
"""Where a fraction's denominator may be: a sentence without one has no fraction to read."""
_DENOMINATOR = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_NUMERATOR = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9}


_POINT_FRACTION = re.compile(r"\b(a\s+quarter|one\s+quarter|half|one\s+half|three[- ]quarters|a\s+third)\s+(?:of\s+)?"
                             r"(?:a\s+|one\s+)?(?:full\s+)?(?:percentage\s+)?point\b", re.I)
"""A fraction of a percentage point ("a quarter of a percentage point", "half a point"), in
basis points."""
_POINT_SHARES = {"quarter": 25.0, "half": 50.0, "three": 75.0, "third": 100 / 3}


def _point_fraction_claims(text: str, si: int, seg: Segment, entity_at) -> list[Claim]:
    out = []
    toks = seg.tokens
    for m in _POINT_FRACTION.finditer(text, seg.start, seg.end):
        words = m.group(1).lower().replace("-", " ").split()
        value = _POINT_SHARES[words[0] if words[0] in _POINT_SHARES else words[-1]]
        k = next((i for i, t in enumerate(toks) if t.start >= m.start()), len(toks) - 1)
        end = next((i for i, t in enumerate(toks) if t.end >= m.end()), k)
        about = _context(toks, k, {id(t) for t in toks[k:end + 1]}, text) - {"point", "percentag", "quarter"}
        names, years = _names_and_years(text, toks, k, seg.start, entity_at)
        span = Span(m.start(), m.end())
        out.append(Claim(si, span, value, value, "bp", about, m.group(), span, names, years, value=value,
                         said=m.group(), measured="point", planned=_planned(text, m.start(), seg.start),
                         direction=_direction(text, seg.start, m.start(), m.end())))
    return out


_ONE_SPAN = re.compile(r"\b(within|for|after|over|in|than|lasting|nearly|almost|about|just\s+over|just\s+under)\s+"
                       r"(?:a|an|one)\s+(day|week|fortnight|month|year|decade|hour)\b(?![-‑'’])", re.I)
"""A span of one unit written with "a" ("within a week", "for a year"): a duration, as "ten days" is."""
_ONE_SPAN_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.4375, "year": 365.25, "decade": 3652.5,
                  "hour": 1 / 24}
_ONE_SPAN_HINT = re.compile(r"\b(?:an?|one)\s+(?:day|week|fortnight|month|year|decade|hour)\b", re.I)


def _one_span_claims(text: str, si: int, seg: Segment, entity_at) -> list[Claim]:
    out = []
    toks = seg.tokens
    for m in _ONE_SPAN.finditer(text, seg.start, seg.end):
        lead = m.group(1).lower()
        if lead == "in" and re.match(r"\s*(?:row|time|while|half)\b", text[m.end():m.end() + 8]):
            continue
        value = _ONE_SPAN_DAYS[m.group(2).lower()]
        qualifier = {"than": "more", "nearly": "nearly", "almost": "almost", "about": "about",
                     "just over": "over", "just under": "under"}.get(" ".join(lead.split()))
        low, high = _range(value, qualifier)
        start = m.start(2) - len(text[m.start():m.start(2)].split()[-1]) - 1
        k = next((i for i, t in enumerate(toks) if t.start >= m.start(2)), len(toks) - 1)
        about = _context(toks, k, {id(toks[k])}, text) - {"duration"}
        names, years = _names_and_years(text, toks, k, seg.start, entity_at)
        span = Span(start, m.end())
        out.append(Claim(si, span, low, high, "duration", about, text[start:m.end()], span, names, years,
                         value=value, said=m.group(), measured=m.group(2).lower(),
                         planned=_planned(text, m.start(), seg.start)))
    return out


_VOTE_HINT = re.compile(r"(?i)\bvot|\bunanimous")
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
_VOTE_SCORE = re.compile(r"\b(\d{1,2}) ?[-–—] ?(\d{1,2})\s+(?:vote|decision|ruling|majority|verdict)\b"
                         r"|\bvoted\s+(\d{1,2}) ?[-–—] ?(\d{1,2})\b", re.I)
_VOTE_PART = re.compile(r"\b([A-Za-z]+|\d{1,2})\s+of\s+(?:the\s+|its\s+)?([a-z]+|\d{1,2})\s+(?:[A-Za-z'’-]+\s+){0,6}?"
                        r"(?:voted|backed|supported)\s+(?:for|in\s+favou?r|the)\b", re.I)
"""How many voted against: a unanimous vote (none), a tally ("a 7-2 vote", "voted 5-4"), or a
share of a body voting for ("eight of the nine members voted for")."""


_WORDED_HINT = re.compile(r"(?i)\b(?:vot|unanimous|(?:an?|one)\s+(?:day|week|fortnight|month|year|decade|hour)\b"
                          r"|since\s+(?-i:[A-Z]))")
"""Where a vote, a span of one unit or a span since a month may be: the sentences the passes read."""
_SINCE = re.compile(r"\bsince\s+(?P<month>January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)")
_RECORD_BEFORE = re.compile(r"(?i:\b(?:first|last|lowest|highest|biggest|largest|smallest|strongest|weakest|best|"
                            r"worst|fastest|slowest|sharpest|steepest|only)\b)(?:\s+[\w'’-]+){0,5}?\s+$")
"""A span up to the story's day from a month ("its first cut since May", "the highest level since
March 2024"): as long as "its first cut in eight months" says."""
SINCE_ROUNDING = 15.0
"""Days either way a span written in whole months ("in seven months") may have been rounded by."""


def _since_claims(text: str, si: int, seg: Segment, today: tuple[int, int, int], entity_at) -> list[Claim]:
    """Spans from a month to the story's day (``_SINCE``, ``today`` as (year or 0, month, day)),
    in days, from the month's first day or its last."""
    from tui.engine.lexicon import MONTHS

    out = []
    toks = seg.tokens
    year, month, day = today
    for m in _SINCE.finditer(text, seg.start, seg.end):
        if not _RECORD_BEFORE.search(text, max(seg.start, m.start() - 60), m.start()):
            continue
        since = MONTHS[m.group("month").lower()]
        if m.group("year"):
            if not year:
                continue
            back = (year - int(m.group("year"))) * 12 + month - since
        else:
            back = (month - since) % 12
        if back <= 0:
            continue  # ("since November" in November: this year's or last year's)
        low = (back - 1) * _ONE_SPAN_DAYS["month"] + day - 1 - SINCE_ROUNDING
        high = back * _ONE_SPAN_DAYS["month"] + day + SINCE_ROUNDING
        k = next((i for i, t in enumerate(toks) if t.start >= m.start()), len(toks) - 1)
        skip = {id(t) for t in toks if m.start() <= t.start < m.end()}
        about = _context(toks, k, skip, text) - {"duration"}
        names, years = _names_and_years(text, toks, k, seg.start, entity_at)
        span = Span(m.start(), m.end())
        written = text[span.start:span.end]
        out.append(Claim(si, span, low, high, "duration", about, written, span, names, years - {m.group("year")},
                         value=(low + high) / 2, said=f"{written} (some {back} months)", measured="since",
                         planned=_planned(text, m.start(), seg.start)))
    return out


def _vote_claims(text: str, si: int, seg: Segment) -> list[Claim]:
    """The votes against a decision, as a count ("dissent"): told as unanimity, a tally or a
    share of those who voted for it, each is compared with the others."""
    out: list[Claim] = []

    def add(start: int, end: int, dissent: float) -> None:
        span = Span(start, end)
        out.append(Claim(si, span, dissent, dissent, "dissent", frozenset({"vote"}), text[start:end], span,
                         value=dissent, said=text[start:end]))

    for m in _VOTE_SCORE.finditer(text, seg.start, seg.end):
        a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        add(m.start(), m.end(), float(min(a, b)))
    for m in _VOTE_PART.finditer(text, seg.start, seg.end):
        part, whole = _number_word(m.group(1)), _number_word(m.group(2))
        if part is not None and whole is not None and 0 < part <= whole:
            add(m.start(), m.start(2) + len(m.group(2)), whole - part)
    if not out:
        for m in _UNANIMOUS.finditer(text, seg.start, seg.end):
            add(m.start(), m.end(), 0.0)
    return out[:1]


def _fraction_claims(text: str, si: int, seg: Segment, entity_at) -> list[Claim]:
    """"a quarter", "two-thirds", "nine-tenths" as percentages (of whatever they divide)."""
    out = []
    toks = seg.tokens
    for m in _FRACTION.finditer(text, seg.start, seg.end):
        value = 100.0 * _NUMERATOR[m.group(1).lower()] / _DENOMINATOR[m.group(2).lower()]
        k = next((i for i, t in enumerate(toks) if t.start >= m.start()), len(toks) - 1)
        about = _context(toks, k, set())
        names, years = _names_and_years(text, toks, k, seg.start, entity_at)
        span = Span(m.start(), m.end())
        out.append(Claim(si, span, value, value, "percent", about, m.group(), span, names, years))
    return out


_MIDSENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z]+\b")


def _midsentence_names(text: str) -> frozenset[str]:
    """Words the article capitalises inside a sentence (names): such a word that opens a
    sentence ("Athletic are now three points clear") is a name there too."""
    return frozenset(normalise_word(m.group()) for m in _MIDSENTENCE_CAPITAL.finditer(text))


def _may_compare(a: Claim, b: Claim) -> bool:
    """Whether two figures each article gives once may be of one thing: the same years, both
    planned or both done, and not about different subjects or measuring different things."""
    return _same_years(a.years, b.years) and a.planned == b.planned and not (
        a.subjects and b.subjects and not (a.subjects & b.subjects)) and not _things_differ(a, b)


_OF_THING = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_THING_AFTER = re.compile(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_NOT_THINGS = frozenset("""a an the and or but of in on at to for from with by as than that which who
was were is are be been has had have will would could may might said says after before since until
when while during over under about around per each every this its their his her our into onto across
through off near toward towards inside outside""".split())


def _measured_thing(text: str, t: Token, end: int) -> frozenset[str]:
    """What a measure is of: the words of "of <words>" after its unit ("9.6 tonnes of pangolin
    scales in 2023": pangolin, scale), or those after a measure written as one hyphenated word
    ("a five-year tentative agreement": tentative, agreement); none where the sentence does not
    say."""
    if end == t.end and "-" in t.text:
        m = _THING_AFTER.match(text, end)
    else:
        m = _OF_THING.match(text, end)
    if not m:
        return frozenset()
    words = []
    for w in m.group(1).split():
        if w in _NOT_THINGS:
            break
        words.append(_unit_of(w))
    return frozenset(words)


def _things_differ(a: Claim, b: Claim) -> bool:
    """Two measures of different things ("9.6 tonnes of pangolin scales" / "3 tonnes of ivory",
    "a five-year agreement" / "a 10-day strike")."""
    return bool(a.thing) and bool(b.thing) and not (a.thing & b.thing)


def figure_claims(text: str, segments: list[Segment], times: list[TimeMention], entity_at=None,
                  today: tuple[int, int, int] | None = None) -> list[Claim]:
    """The figures of an article as claims; ``today`` is the story's day (year or 0, month,
    day), for spans written up to it ("since May")."""
    claims: list[Claim] = []
    # offsets inside a temporal expression: the expressions by start, with the furthest end
    # reached so far (an offset is inside one iff it is before that end)
    spans = sorted((m.start, m.end) for m in times)
    time_starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    fractions = [m.start() for m in _DENOMINATOR_RE.finditer(text)]
    known = _midsentence_names(text)
    scored_in = segments_hinted(_SCORE_HINT, text, segments)  # (a score needs a digit, a dash, a digit)
    worded_in = segments_hinted(_WORDED_HINT, text, segments)  # (votes, "a week": rare words)
    for si, seg in enumerate(segments):
        if seg.kind != "sentence":
            continue
        toks = seg.tokens
        f = bisect.bisect_left(fractions, seg.start)
        if f < len(fractions) and fractions[f] < seg.end:  # a fraction needs its denominator
            claims.extend(_fraction_claims(text, si, seg, entity_at))
            claims.extend(_point_fraction_claims(text, si, seg, entity_at))
        if si in worded_in:
            if _VOTE_HINT.search(text, seg.start, seg.end):
                claims.extend(_vote_claims(text, si, seg))
            if _ONE_SPAN_HINT.search(text, seg.start, seg.end):
                claims.extend(_one_span_claims(text, si, seg, entity_at))
            if today is not None and text.find("since ", seg.start, seg.end) >= 0:
                claims.extend(_since_claims(text, si, seg, today, entity_at))
        scored = _scorelines(text, si, seg, entity_at) if si in scored_in else []
        claims.extend(scored)
        in_score = {o for c in scored for o in range(c.span.start, c.span.end)}
        # (what _NUMBER_NORM matches starts with a digit)
        for k in [k for k, t in enumerate(toks) if t.norm[:1].isdigit() or t.norm.endswith("old")
                  or ("-" in t.text and _SPELLED_SPAN.fullmatch(t.norm))]:
            t = toks[k]
            if t.start in in_score:
                continue
            norm = t.norm
            if not norm[:1].isdigit() and not norm.endswith("old"):  # "a two-day state visit"
                spelled = _SPELLED_SPAN.fullmatch(norm)
                n = _number_word(spelled.group(1)) if spelled else None
                if n is None or n != int(n) or n <= 0:
                    continue
                norm = f"{int(n)}{spelled.group(2)}"  # type: ignore[union-attr]
            elif not norm[:1].isdigit():  # "a six-year-old aircraft"
                aged = _AGE_WORD.fullmatch(norm)
                n = _number_word(aged.group(1)) if aged else None
                if n is None:
                    continue
                norm = f"{int(n)}{aged.group(2)}old"  # type: ignore[union-attr]
            m = _NUMBER_NORM.fullmatch(norm)
            if not m or _YEAR.fullmatch(t.text):
                continue
            inside = bisect.bisect_right(time_starts, t.start)
            if inside and t.start < reach[inside - 1]:
                continue
            value = float(m.group(1))
            dozens = _dozens(text, t)
            if dozens is not None:  # "two dozen" (the token reads 2 + 12), "half a dozen"
                value = dozens
            unit = m.group(2)
            unit_token = None
            before = text[max(0, t.start - 1):t.start]
            scale = _SCALE_SUFFIX.get(unit)
            if scale and (unit not in ("m", "k") or before in _CURRENCY
                          or (unit == "m" and _MILLION_OF.match(text, t.end))):
                value, unit = value * scale, ""  # "$4.7bn", "£2m"
            half = _AND_A_HALF.match(text, t.end)
            if half:  # "seven and a half years"
                value += 0.5
                unit = _unit_of(normalise_word(half.group(1)))
                unit_token = next((x for x in toks[k + 1:k + 6] if x.start >= half.start(1)), None)
            code = _CURRENCY_WORD.search(text, max(0, t.start - 5), t.start) if before in " ." else None
            if before == "$" and (dollar := _DOLLAR_PREFIX.search(text, max(0, t.start - 4), t.start)):
                unit = _DOLLARS[dollar.group(1)]
            elif before in _CURRENCY:
                unit = _CURRENCY[before]
            elif code:
                unit = "inr" if code.group(1) in ("Rs", "INR") else code.group(1).lower()
            elif unit in ("yearold", "yearsold"):
                unit = "age"  # "a six-year-old aircraft"
            elif not unit and _age_after_name(text, toks, k):
                unit = "age:person"  # "Tomas Ostby, 58, the former port director"
            elif not unit:
                after = text[t.end:t.end + 2]
                if after.startswith("%"):
                    unit = "percent"
                elif _PER_CENT.match(text, t.end) and k + 2 < len(toks):
                    unit, unit_token = "percent", toks[k + 2]  # "16.2 per cent" (British, Canadian copy)
                else:
                    unit_token = _partitive(text, toks, k)
                    if unit_token is not None:  # "two of the injured": some of them, not a count of all
                        unit = "of:" + _unit_of(unit_token.norm)
                        if toks[k + 2].norm in _POSSESSIVES:
                            unit = unit[3:]  # "two of its cargo tanks": two cargo tanks
                    else:
                        unit_token = _unit_token(text, toks, k)
                        if unit_token is not None:
                            unit = _unit_of(unit_token.norm)
            unit = _UNIT_SYNONYMS.get(unit, unit)
            if unit_token is not None and unit and not unit.startswith(("of:", "age", "percent", *_MONEY)) \
                    and unit not in _MEASURES and unit not in _GENERIC_UNITS and unit not in _PERSONS:
                if k + 1 < len(toks) and toks[k + 1].norm in _ANOTHER_GROUP and toks[k + 1] is not unit_token:
                    unit = "more:" + unit  # "four other crew members": a group besides one told before
                elif k + 1 < len(toks) and toks[k + 1].norm in _STATES and toks[k + 1] is not unit_token:
                    unit = _STATES[toks[k + 1].norm] + ":" + unit  # "two missing seafarers" / "four injured seafarers"
                elif _OF_KIND.match(text, unit_token.end):
                    unit = unit + ":of"  # "40 containers of dangerous goods": some of a kind, not all
                else:
                    state = _STATE_AFTER.match(text, unit_token.end)
                    if state and state.group(1).lower() in _STATES:  # "two crew members were missing"
                        unit = _STATES[state.group(1).lower()] + ":" + unit
            if not unit and k > 1 and toks[k - 1].norm == "at":
                put = _PUT_AT.search(text, max(seg.start, toks[k - 1].start - 40), toks[k - 1].start)
                if put:  # "police put the crowd at 45,000", "estimated the turnout at"
                    unit = _unit_of(normalise_word(put.group(1)))
            if not unit and _CROWD_OF.search(text, max(seg.start, t.start - 50), t.start):
                unit = "crowd"  # "watched by a crowd of 21,000", "in front of 18,400"
            if not unit:  # "aged 45", "a toll of 214", "claimed about 150,000" (the word before)
                j = k - 1
                while j > 0 and toks[j].norm in _QUALIFYING and k - j < 4:
                    j -= 1
                if j >= 0 and not toks[j].stop and not toks[j].norm[:1].isdigit() \
                        and toks[j].norm not in _QUALIFYING:
                    unit = "~" + stem(toks[j].norm)
                    if toks[j].norm == "aged":
                        unit = "age"  # "a man aged 45"
            if not unit:
                continue
            if unit in _SOURCE_UNITS and unit_token is not None and (
                    unit == "sourc" or _ANONYMOUS.match(text, unit_token.end)):
                continue  # "according to two people familiar with the matter": who told, not a count
            if norm == "1" and k and toks[k - 1].norm == "no" and t.text.lower() == "one":
                continue  # "no one was hurt": nobody, not a count of one
            if unit in _PERSONS or unit.startswith("~") or unit in _WHOLE_GROUPS \
                    or (unit_token is not None and _counts_people(unit_token.norm)):
                toll = _toll(text, toks, k, unit_token)
                if toll:  # "killed three" / "four people have died", "14 injured" / "injured 21 others"
                    unit = "toll:" + toll  # ("14 passengers were slightly injured": the injured)
            elif unit.partition(":")[2] in _WHOLE_GROUPS and unit.partition(":")[0] in ("injured", "dead"):
                unit = "toll:" + ("injury" if unit.startswith("injured") else "death")  # "14 injured passengers"
            if unit.startswith(_MONEY) and _PER_SHARE.match(text, t.end):
                unit += "/share"  # a price per share is not a deal's value
            end = unit_token.end if unit_token else t.end
            if unit == "year" and k + 2 < len(toks) and unit_token is toks[k + 1] and toks[k + 2].norm == "old":
                unit, unit_token = "age", toks[k + 2]  # "the plane, which is eight years old"
                end = unit_token.end
            if unit == "year":  # "seven years and nine months"
                more = re.match(r"\s+and\s+(\w+)\s+months?", text[end:end + 30])
                if more:
                    months = _number_word(more.group(1))
                    if months is not None:
                        value += months / 12
                        end += more.end()
            qualifier = _qualifier(toks, k)
            low, high = _range(value, qualifier)
            if unit in ("sq", "square") and unit_token is not None:  # "2,000 sq km": the length after
                i = next((x for x in range(k + 1, min(len(toks), k + 4)) if toks[x] is unit_token), -1)
                if 0 <= i < len(toks) - 1 and _MEASURES.get(_unit_of(toks[i + 1].norm), ("",))[0] == "length":
                    unit_token = toks[i + 1]
                    unit = _unit_of(unit_token.norm)
                    end = unit_token.end
            measure = _MEASURES.get(unit)
            if measure and measure[0] == "length" and unit_token is not None \
                    and _SQUARE_BEFORE.search(text, max(t.end, unit_token.start - 8), unit_token.start):
                measure = ("area", measure[1] ** 2)  # "2,000 square kilometres", "40 sq miles"
            measured = ""
            if measure:  # "just over two years" / "22 months", "10,000 feet" / "1,500 metres"
                measured = unit
                if measure[0] == "bp":  # "25 basis points", "a percentage point": the unit's two words
                    point = _POINTS.match(text, end)
                    end = point.end() if point else end
                unit, factor = measure
                value, low, high = value * factor, low * factor, high * factor
                per_hour = _PER_HOUR.match(text, end) if unit == "length" else None
                if per_hour:  # "150 km/h", "56 miles per hour": a speed, in metres an hour
                    unit, end = "speed", per_hour.end()
                if unit == "length":  # "300 metres wide and 500 metres long": two dimensions
                    dimension = _DIMENSION.match(text, end)
                    if dimension:
                        unit = "length:" + _DIMENSIONS[dimension.group(1).lower()]
            thing = _measured_thing(text, t, end) if measure else frozenset()
            bound = "max" if high == value and low == 0.0 else "min" if high == math.inf else ""
            if unit == "percent":
                unit = _percent_kind(text, toks, k, end)
            about = _context(toks, k, {id(unit_token)} if unit_token else set(), text) - {unit}
            setter = _setter(text, toks, k)
            if setter:  # "extend visa-free travel for each other's citizens to 90 days"
                about = about | {setter}
            if unit == "age":
                about = _aged(text, toks, k, about)
                kinds = about & _KINDS
                if len(kinds) == 1:  # the age of an aircraft is compared with an aircraft's
                    unit = "age:" + min(kinds)
            names, years = _names_and_years(text, toks, k, seg.start, entity_at, known,
                                            2 if unit_token is not None and unit_token.norm == "cent" else 0)
            if unit == "age:person":  # a person's age now, whatever years the sentence tells of
                unit, years = "age", frozenset()
                named = _names_and_years(text, toks[:k + 1], k, seg.start, entity_at, known)[0]
                names = named or names  # the person named right before the age
                person_age = True
            else:
                person_age = False
            planned = _planned(text, text.rfind(" ", seg.start, t.start) + 1 or t.start, seg.start)
            if unit in ("people", "peopl", "person") and _ON_BOARD.match(text, end):
                unit = "aboard"  # "219 people on board": everyone, passengers and crew
            if unit in ("people", "peopl", "person") and _TOOK_PART.match(text, end):
                unit = "crowd"  # "200,000 people took part": a crowd
            elliptical = False
            if unit.startswith("~") and unit[1:] in _SAYING:
                # "police estimated the crowd at 45,000; organizers claimed about 150,000": the
                # figure an earlier clause's figure counts
                earlier = [c for c in claims if c.segment == si and not c.unit.startswith("~")
                           and _CLAUSE_BREAK.search(text, c.span.end, t.start)]
                if earlier and earlier[-1].unit == "crowd":
                    unit, elliptical = "crowd", True
            source = _source(text, seg.start, t.start, end) if unit == "crowd" else ""
            if unit == "crowd" or unit.startswith("toll:"):
                # a crowd or a toll is of an event, not of the team, party or nationality named
                # near it ("A Dutch woman is among four people killed")
                names = frozenset()
            claims.append(Claim(si, Span(t.start, end), low, high, unit, about, text[t.start:end],
                                Span(t.start, t.end), names, years, bound, value,
                                said=text[_said_from(toks, k, qualifier):end], planned=planned,
                                topic=_topic(text, toks, k, seg.start), source=source, elliptical=elliptical,
                                of_person=person_age, direction=_direction(text, seg.start, t.start, end),
                                measured=measured, thing=thing))
            crew = _AND_CREW.match(text, end) if unit == "passenger" and not qualifier else None
            crew_count = _number_word(crew.group(1)) if crew else None
            if crew and crew_count is not None:
                # "212 passengers and seven crew": 219 on board
                j = next((i for i, x in enumerate(toks) if x.start >= crew.start(1)), k)
                about = about | _context(toks, j, set(), text) - {"crew", "member", "passeng", "passenger"}
                total = value + crew_count
                claims.append(Claim(si, Span(t.start, crew.end()), total, total, "aboard", about,
                                    text[t.start:crew.end()], Span(t.start, crew.end()), names, years, "", total,
                                    said=text[t.start:crew.end()], planned=planned))
    claims = _deeds(text, _changes(text, _respectively(text, segments, claims)))
    return _controls(text, _rates(text, _roles(text, segments, claims)))


_COMPARED_WITH = re.compile(r"(?:\s*(?:%|percent|per\s+cent))?(?:\s*,?\s+[\w'’-]+){0,10}?\s*,?\s+"
                            r"(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                            r"(?:(?:about|around|some|just|nearly|almost)\s+)?\W?$", re.I)
"""Between a figure and the one it is compared with ("14.1% of patients taking the drug, a pill,
compared with 17.9%")."""


def _controls(text: str, claims: list[Claim]) -> list[Claim]:
    """Marks a figure given as what the figure before it is compared with (``Claim.control``)."""
    for n in range(1, len(claims)):
        a, b = claims[n - 1], claims[n]
        start = b.span.end - len(b.said) if b.said else b.span.start
        if a.segment == b.segment and _same_unit(a.unit, b.unit) and not a.change and \
                _COMPARED_WITH.fullmatch(text, a.span.end, start):
            b.control = n - 1
    return claims


_FIGURES_AND = re.compile(r"(?:\s*(?:%|percent|per\s+cent))?\s*,?\s+and\s+\W?$", re.I)
"""Between the two figures of a pair ("to 5.25% and 7.25%")."""
_NP_STOPS = frozenset("by to at from of in on for with as each respectively".split())


def _respectively(text: str, segments: list[Segment], claims: list[Claim]) -> list[Claim]:
    """Two figures in a pair ("to 5.25% and 7.25%") after two things in a pair ("the overnight
    deposit rate and the overnight lending rate"), each the figure of its thing: the words that
    tell the two things apart go to their own figure's context, not to the other's."""
    for a, b in zip(claims, claims[1:], strict=False):
        if a.segment != b.segment or a.unit != b.unit or a.change or b.change:
            continue
        start = b.span.end - len(b.said) if b.said else b.span.start
        if not _FIGURES_AND.fullmatch(text, a.span.end, start):
            continue
        toks = [t for t in segments[a.segment].tokens if t.end <= a.span.start]
        pair = _noun_pair(text, toks)
        if pair is None:
            continue
        first, second = pair
        only_first, only_second = first - second, second - first
        a.about = (a.about - only_second) | first
        b.about = (b.about - only_first) | second
    return claims


def _noun_pair(text: str, toks: list[Token]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The (stemmed) words of two noun phrases joined by "and" in a clause that ends with
    ``toks`` ("the overnight deposit rate and the overnight collateralised lending rate by 25
    basis points each, to"), the last such pair in it; None when there is none."""
    for k in range(len(toks) - 2, 0, -1):
        gap = text[toks[k].end:toks[k + 1].start]
        if ";" in gap or ":" in gap:
            return None
        if toks[k].norm != "and":
            continue
        i = k - 1  # the first phrase: back to a determiner or a verb
        left: list[Token] = []
        while i >= 0 and toks[i].norm not in _DETERMINERS and len(left) < 4 and not toks[i].norm[:1].isdigit():
            if _GAP_PUNCT.search(text, toks[i].end, toks[i + 1].start):
                break
            left.append(toks[i])
            i -= 1
        j = k + 1  # the second phrase: on to a preposition
        while j < len(toks) and toks[j].norm in _DETERMINERS:
            j += 1
        right: list[Token] = []
        while j < len(toks) and toks[j].norm not in _NP_STOPS and len(right) < 5 and not toks[j].norm[:1].isdigit():
            if right and _GAP_PUNCT.search(text, toks[j - 1].end, toks[j].start):
                break
            right.append(toks[j])
            j += 1
        if i < 0 or toks[i].norm not in _DETERMINERS or not left or not right:
            continue
        words = [frozenset(stem(t.norm) for t in side if not t.stop) for side in (left, right)]
        if words[0] and words[1] and words[0] != words[1]:
            return words[0], words[1]
    return None


_DEEDS = {**dict.fromkeys("demand demanded demanding demands seek sought seeking".split(), "demand"),
          **dict.fromkeys("pay paid paying pays".split(), "pay"),
          **dict.fromkeys("fine fined fining fines".split(), "fine"),
          **dict.fromkeys("raise raised raising raises".split(), "raise"),
          **dict.fromkeys("steal stole stolen stealing".split(), "steal")}
"""Verbs that say what was done with a sum of money."""
_DEED_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:a|an|the|its|their|ransom|payment|fine|of|in|about|around|some|"
                          r"nearly|almost|more|than|over|up|to|as|much|at|least)\s+){0,4}\W?$")
_IN_BRACKETS = re.compile(r"\s*\(\s*\W?$")


_PER_PERIOD = re.compile(r"(?:\s*,?\s*(?:or\s+)?(?:about\s+|roughly\s+|around\s+|some\s+)?[$€£¥]\s?[\d.,]+"
                         r"(?:\s*(?:million|billion|bn|m))?\s*\)?)?\s*,?\s+(?:a|per|an)\s+(month|year|week|day|hour)\b")
"""After a sum, the period it is given for ("€1,450, or roughly $1,680, a month")."""
_BY_BEFORE_SUM = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?\W?$")


def _rates(text: str, claims: list[Claim]) -> list[Claim]:
    """Marks each sum of money given per period with the period (``Claim.rate``), not a change
    ("raised the rent by €400 a month") nor a price per share."""
    for c in claims:
        if c.unit not in _MONEY:
            continue
        m = _PER_PERIOD.match(text, c.span.end, c.span.end + 50)
        start = c.span.end - len(c.said) if c.said else c.span.start
        if m and not _BY_BEFORE_SUM.search(text, max(0, start - 24), start):
            c.rate = m.group(1).lower()
    return claims


def _deeds(text: str, claims: list[Claim]) -> list[Claim]:
    """Marks each sum of money with the deed done with it (``Claim.deed``), from a verb right
    before it; a sum in brackets after another ("16 million zlotys ($4 million)") is the same sum."""
    for n, c in enumerate(claims):
        if not c.unit.startswith(_MONEY) and not c.unit.startswith(("zloty", "forint", "real", "inr", "franc")):
            continue
        prev = claims[n - 1] if n else None
        if prev is not None and prev.deed and prev.segment == c.segment \
                and _IN_BRACKETS.fullmatch(text, prev.span.end, c.span.start):
            c.deed = c.unit + " " + prev.deed.split()[-1]
            continue
        m = _DEED_BEFORE.search(text, max(0, c.span.start - 60), c.span.start)
        if m and m.group(1) in _DEEDS:
            c.deed = c.unit + " " + _DEEDS[m.group(1)]
    return claims


_ROLE_WORDS = {
    "spill": "spill spills spilled spilt spilling leak leaks leaked leaking release releases released releasing "
             "discharge discharges discharged discharging dump dumped dumping",
    "carry": "carry carries carried carrying laden loaded transporting",
    "take": "steal steals stole stolen stealing take takes took taken taking snatch snatched grab grabbed loot "
            "looted escaped|with fled|with made|off|with making|off|with got|away|with getting|away|with "
            "leaving|with left|with escaping|with fleeing|with",
    "cut": "cut cuts cutting eliminate eliminates eliminated eliminating axe axes axed axing shed sheds shedding "
           "slash slashes slashed slashing lose loses lost losing go scrap scrapped lay|off laid|off laying|off",
    "add": "create creates created creating add adds added adding hire hires hired hiring",
    "altitude": "climbing|through climbed|through climbing|to climbed|to cruising|at flying|at altitude|of "
                "height|of descending|through descended|to descending|to",
    "evacuate": "evacuate evacuates evacuated evacuating",
    "rescue": "rescue rescues rescued rescuing",
    "fire": "fire fires fired firing launch launches launched launching",
    "intercept": "intercept intercepts intercepted intercepting shot|down shooting|down downed",
    "seize": "seize seizes seized seizing confiscate confiscates confiscated confiscating impounded",
    "burn": "burn burns burned burnt burning scorch scorched scorching",
}
"""What was done with a count or a measure, told by the verb before it ("spilling an estimated
1,500 tonnes", "escaped with four paintings", "eliminate about 2,100 positions", "climbing
through 3,000 metres") or after it ("11,000 barrels of oil had leaked", "1,800 jobs would go")."""
_ROLE_OF = {w.replace("|", " "): role for role, words in _ROLE_WORDS.items() for w in words.split()}
_ROLE_PEOPLE = ("people", "peopl", "person")
_ROLE_UNITS = {"spill": ("mass", "volume"), "carry": ("mass", "volume"), "cut": ("job",), "add": ("job",),
               "altitude": ("length",), "evacuate": _ROLE_PEOPLE, "rescue": _ROLE_PEOPLE, "burn": ("area",)}
"""The units a role is read for (a role missing here: any count of distinct things, not of people)."""
_ROLE_PHRASES = "|".join(sorted((w.replace(" ", r"\s+") for w in _ROLE_OF), key=len, reverse=True))
_ROLE_FILLERS = frozenset("""a an the its their some about around nearly almost estimated roughly approximately more
than over up to at least just another further additional as many much""".split())
"""Words between a verb of ``_ROLE_WORDS`` and its figure ("spilling an estimated 1,500 tonnes")."""
_ROLE_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:had|has|have|was|were|is|are|would|will|could|to|be|been|"
                         rf"being)(?:\s+(?:be|been|have|being|[a-z]+ly))*\s+(?P<verb>{_ROLE_PHRASES})\b", re.I)
_PASSIVE_LEFT = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+left\s+with\s+(?:\S+\s+){0,4}$", re.I)
"""Before "left with": "the company was left with 30 staff" has what remained, not what was taken."""


def _roles(text: str, segments: list[Segment], claims: list[Claim]) -> list[Claim]:
    """Marks each count or measure with what was done with it (``Claim.deed``, "mass spill",
    "paint take", "job cut"), from a verb of ``_ROLE_WORDS`` right before it or after it in its
    clause: one deed of a story, however the sentence runs. A figure in brackets after another
    ("3,000 metres (10,000 feet)") is the same figure written again, and takes none."""
    prev: Claim | None = None
    for c in claims:
        before, prev = prev, c
        if c.deed or c.elliptical or c.unit.startswith(("~", "of:", "toll", "percent", "score", "age", "dissent",
                                                        *_MONEY)):
            continue
        if before is not None and before.segment == c.segment and _IN_BRACKETS.fullmatch(text, before.span.end,
                                                                                          c.span.start):
            continue
        seg = segments[c.segment]
        start = c.span.end - len(c.said) if c.said else c.span.start
        if c.unit == "duration":
            if _deadline(text, seg, c, start):
                c.deed = "duration deadline"
            continue
        verb = _verb_before(text, max(seg.start, start - 60), start)
        if verb is None:
            m = _ROLE_AFTER.match(text, c.span.end, min(seg.end, c.span.end + 80))
            verb = " ".join(m.group("verb").lower().split()) if m else None
        role = _ROLE_OF.get(verb) if verb else None
        if role is None:
            continue
        if role == "take" and (c.unit in _PERSONS or ":" in c.unit.removesuffix(":of")
                               or c.unit in ("crew", "passenger", "aboard", "crowd")
                               or (verb.startswith("left") and _PASSIVE_LEFT.search(  # type: ignore[union-attr]
                                   text, max(seg.start, start - 80), start))):
            continue  # "three people were taken to hospital", "was left with 30 staff"
        units = _ROLE_UNITS.get(role)
        if units is None and (c.unit in _GENERIC_UNITS or c.unit in _MEASURES or c.unit in _PERSONS
                              or c.unit.partition(":")[0] in ("duration", "length", "mass", "volume", "area", "bp",
                                                              "speed")):
            continue
        if units is not None and c.unit not in units:
            continue
        c.deed = ("people" if c.unit in _ROLE_PEOPLE else c.unit.removesuffix(":of")) + " " + role
    return claims


_DEADLINE_AFTER = re.compile(r"\s+(?:to\s+(?!be\b|the\b|a\b|an\b)[a-z]+|(?:deadline|ultimatum)\b)", re.I)
_GIVEN_BEFORE = re.compile(r"\b(?:gave|give|gives|giving|given|granted|grants|grant)\b(?:\s+[\w'’-]+){0,4}\s+$", re.I)
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.I)
_DEMANDED = re.compile(r"\b(?:demand|demands|demanded|demanding|ultimatum|deadline|ordered|must|threatened|"
                       r"threatening)\b", re.I)
_DEADLINE_OF = re.compile(r"\b(?:deadline|ultimatum)\s+of\s+$", re.I)


def _deadline(text: str, seg: Segment, c: Claim, start: int) -> bool:
    """Whether a span is a deadline set on someone: given them ("gave the company 72 hours to
    pay"), a deadline's own ("a 48-hour ultimatum", "a deadline of ten days"), or "within" it
    in a clause that demands ("demanding $4 million within five days")."""
    if c.said.lower().startswith("within "):
        start += 7  # "within a week": the span of one unit as said
        within = True
    else:
        within = bool(_WITHIN_BEFORE.search(text, max(seg.start, start - 8), start))
    if within:
        clause = max(text.rfind(";", seg.start, start), text.rfind(". ", seg.start, start), seg.start)
        return bool(_DEMANDED.search(text, clause, start))
    if _DEADLINE_OF.search(text, max(seg.start, start - 20), start):
        return True
    after = _DEADLINE_AFTER.match(text, c.span.end, seg.end)
    if after is None:
        return False
    return after.group().strip().lower() in ("deadline", "ultimatum") or bool(
        _GIVEN_BEFORE.search(text, max(seg.start, start - 50), start))


def _deeds_differ(a: Claim, b: Claim) -> bool:
    """Whether two counts or measures are of two deeds ("laden with 780,000 barrels" / "11,000
    barrels had leaked"). (Not sums of money: "ordered to pay €150,000" may be the fine.)"""
    return bool(a.deed and b.deed and a.deed != b.deed) and not a.unit.startswith(_MONEY) \
        and not b.unit.startswith(_MONEY)


def _verb_before(text: str, lo: int, start: int) -> str | None:
    """The verb (or verb phrase) of ``_ROLE_WORDS`` before a figure at ``start``, past the
    fillers between them ("escaped with four", "spilling an estimated"), if one stands there."""
    words = [w.lower() for w in text[lo:start].split()]
    while words and words[-1][-1:].isalpha():
        for n in (3, 2, 1):
            phrase = " ".join(words[-n:])
            if len(words) >= n and phrase in _ROLE_OF:
                return phrase
        if words[-1] not in _ROLE_FILLERS:
            return None
        words.pop()
    return None


_SCORE_HINT = re.compile(r"\d ?[-–—] ?\d")
"""What every score ``_SCORELINE`` reads has: a sentence without it has no score."""
_SCORELINE = re.compile(r"(?<![\w.,:/\-–—])(\d{1,3}) ?[-–—] ?(\d{1,3})"
                        r"(?![\w:/\-–—%]|[.,]\d|\s*(?:per\s*cent|percent)\b)")
_RESULT_AFTER = re.compile(r"\s+(?:(?:home|away|extra-time|aggregate|penalty|shootout|first-leg|second-leg)\s+)?"
                           r"(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|lead|"
                           r"ruling|vote|verdict|decision|majority|scoreline|thrashing|triumph|success)\b", re.I)
_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|beaten|beating|defeated|defeats|defeating|won|win|wins|winning|lost|"
                            r"lose|loses|losing|drew|draw|draws|drawing|led|leads|leading|trailed|trails|"
                            r"trailing|voted|votes|ruled|rules|edged|edges|thrashed|crushed|routed|overcame|"
                            r"hammered|downed|swept|finished|ended|ending|score|scoreline|result)\b"
                            r"(?:\s+[\w'’.-]+){0,5}?\s+(?:by\s+)?$", re.I)
_HALF_TIME = re.compile(r"\b(?:half-time|half\s+time|halftime|the\s+break|the\s+interval|first\s+half)\b", re.I)


_SHOOTOUT_AFTER = re.compile(r"\s*(?:on|in|via|after)\s+(?:a\s+|the\s+)?(?:penalties|penalty\s+shoot-?out|"
                             r"shoot-?out|spot-kicks|pens)\b|\s+(?:penalty\s+)?shoot-?out\b", re.I)
_SHOOTOUT_BEFORE = re.compile(r"\bshoot-?out\s+(?:(?:ended|finished|was|went|by)\s+)?$", re.I)
"""A score of a penalty shootout ("5-4 on penalties", "won the shootout 4-3")."""


def _scorelines(text: str, si: int, seg: Segment, entity_at) -> list[Claim]:
    """Scores and tallies written as two figures with a dash ("won 3-1", "a 5-4 ruling", "beat
    Rovers 3–2"): one claim of the two figures together, the higher first (a 3-1 win is a 1-3
    defeat), about its clause's words. Only a dash pair that a result word comes right after
    ("a 3-1 win") or a result verb before ("beat Rovers 3-2"), so a range ("20-25 people") is
    none."""
    out: list[Claim] = []
    toks = seg.tokens
    for m in _SCORELINE.finditer(text, seg.start, seg.end):
        clause = re.split(r"[;:]|\.\s", text[max(seg.start, m.start() - 60):m.start()])[-1]
        if not (_RESULT_AFTER.match(text, m.end(), seg.end) or _RESULT_BEFORE.search(clause)):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        hi, lo = max(a, b), min(a, b)
        value = hi * 1000.0 + lo
        k = next((i for i, t in enumerate(toks) if t.start >= m.start()), None)
        if k is None:
            continue
        skip = {id(t) for t in toks if m.start() <= t.start < m.end()}
        about = _context(toks, k, skip, text) - {"win", "victori", "defeat", "draw"}
        half = _HALF_TIME.search(clause) or _HALF_TIME.search(text[m.end():min(seg.end, m.end() + 24)])
        unit = "score:half" if half else "score"
        if _SHOOTOUT_AFTER.match(text, m.end(), seg.end) or _SHOOTOUT_BEFORE.search(clause):
            unit = "score:shootout"  # "5-4 on penalties": the shootout, not the match ("a 2-2 draw")
        _, years = _names_and_years(text, toks, k, seg.start, entity_at)
        out.append(Claim(si, Span(m.start(), m.end()), value, value, unit, about, m.group(0),
                         Span(m.start(), m.end()), frozenset(), years, "", value, said=m.group(0),
                         planned=_planned(text, m.start(), seg.start)))
    return out


_UP = ("rose|rise|rises|rising|risen|jumped|jumps|climbed|climbs|gained|gains|grew|grows|increased|increases|"
       "surged|surges|soared|soars|raised|raises|lifted|lifts|up|higher|rebounded|advanced")
_DOWN = ("fell|falls|falling|fallen|dropped|drops|declined|declines|slid|slides|sank|sinks|slumped|plunged|"
         "tumbled|decreased|decreases|cut|cuts|lowered|lowers|reduced|reduces|shrank|down|lower|slashed|eased")
_DIRECTION_BEFORE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?P<gap>[^,;:.!?()\"“”]*)$", re.I)
_DIRECTION_AFTER = re.compile(r"\s+(?:(?P<up>rise|increase|gain|jump|climb|surge|growth)|"
                              r"(?P<down>fall|drop|decline|decrease|cut|slump|plunge|reduction))\b", re.I)
_DIRECTION_GAP = re.compile(r"(?:\s+(?:by|to|its|their|his|her|the|a|an|about|around|some|nearly|almost|more|"
                            r"than|over|just|under|full-year|annual|quarterly|[a-z]+)){0,5}\s*\W?", re.I)


def _direction(text: str, seg_start: int, start: int, end: int) -> str:
    """Which way the thing a figure is of went ("rose 6%", "a 15% fall", "cut its forecast
    to"): "up", "down" or ""."""
    after = _DIRECTION_AFTER.match(text, end)
    if after:
        return "up" if after.group("up") else "down"
    m = _DIRECTION_BEFORE.search(text, max(seg_start, start - 50), start)
    if not m or not _DIRECTION_GAP.fullmatch(m.group("gap")) or len(m.group("gap").split()) > 6:
        return ""
    return "up" if m.group("up") else "down"


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\W?$", re.I)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?\W?", re.I)


def _changes(text: str, claims: list[Claim]) -> list[Claim]:
    """The two ends of a change ("from nine years to six years", "from $40 to $52"): each is
    marked as a start or an end, and the end, whose own words are few ("... to six years, but
    upheld"), is about what the start is about (the change's subject and context)."""
    for a, b in zip(claims, claims[1:], strict=False):
        if a.segment != b.segment or a.unit != b.unit or a.unit.startswith("~") or a.change:
            continue
        if _FROM_BEFORE.search(text, max(0, a.span.start - 24), a.span.start) \
                and _TO_BETWEEN.fullmatch(text, a.span.end, b.span.start):
            a.change, b.change = "from", "to"
        elif _TO_BEFORE.search(text, max(0, a.span.start - 24), a.span.start) \
                and _FROM_BETWEEN.fullmatch(text, a.span.end, b.span.start):
            a.change, b.change = "to", "from"  # "cut its forecast to 2.4% from 3.0%"
        else:
            continue
        b.about = b.about | a.about
        if not b.subjects:
            b.subjects = a.subjects
        if not b.years:  # (the year a change is in is both its ends')
            b.years = a.years
    for a in claims:  # "lowers the class size to 24 pupils from 26": the end of a change told once
        if not a.change and _FROM_BARE.match(text, a.span.end) \
                and _TO_BEFORE.search(text, max(0, a.span.start - 24), a.span.start):
            a.change = "to"
    return claims


_FROM_BARE = re.compile(r"\s+from\s+\d[\d,.]*(?![\d,.]*\s*(?:%|per\s*cent|percent))")
"""A bare figure after a figure with its unit: where the change started ("to 24 pupils from 26")."""
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?\W?$", re.I)
_FROM_BETWEEN = re.compile(r"(?:%|\s*percent|\s*per\s+cent)?\s+from\s+"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\W?", re.I)


_CROWD_OF = re.compile(r"\b(?:(?:crowd|attendance|turnout|audience|gate)\s+of|in\s+front\s+of)\s+"
                       r"(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
                       re.I)
"""A crowd's size given after the word for it ("a crowd of 21,000", "in front of 18,400")."""
_TOOK_PART = re.compile(r"\s+(?:took\s+part|marched|attended|rallied|protested|demonstrated|turned\s+out)\b",
                        re.I)
"""People counted as a crowd: "200,000 people took part"."""
_SAYING = frozenset(stem(w) for w in "said say says claimed claims estimated estimates counted reported".split())
"""Verbs of saying or estimating: a bare figure after one ("organizers claimed 150,000")."""
_SOURCE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:said|say|says|claimed|claim|claims|estimated|estimate|"
                            r"estimates|put|puts|counted|count|reported)\b[^;:,.]*$")
_SOURCE_AFTER = re.compile(r"[^;:.]*?\baccording\s+to\s+(?:the\s+)?([A-Za-z]+)")


def _source(text: str, seg_start: int, start: int, end: int) -> str:
    """Who gives the count at ``start``: the word before a verb of saying or estimating before
    it in its clause ("organisers said", "police put the crowd at"), else the one after
    "according to" after it."""
    said = _SOURCE_BEFORE.search(text, max(seg_start, start - 60), start)
    if said and not _CLAUSE_BREAK.search(text, said.end(1), start):
        return stem(normalise_word(said.group(1)))
    after = _SOURCE_AFTER.match(text, end, end + 60)
    return stem(normalise_word(after.group(1))) if after else ""


_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", re.I)
_AND_CREW = re.compile(r"\s+and\s+(\w+)\s+(?:crew(?:\s+members)?|crew-members|cabin\s+crew)\b", re.I)
"""The crew after a count of passengers ("212 passengers and seven crew members")."""


_LINKING = frozenset("worth reached reach reaches totalled totaled totals total".split())
"""A verb whose subject a figure right after it is the value of ("trade reached $7bn")."""
_LINKING_TO = frozenset("""amounted amounts amount stood stands came comes rose rises risen fell falls fallen
climbed grew grown dropped declined increased jumped valued""".split())
"""The same, with "to" or "at" before the figure ("exports rose to $3bn", "stood at 9%")."""
_AUXILIARY = frozenset("is was were are been be has have had being".split())
_SUBJECT_STOPS = re.compile(r"[,;:()\[\]\"“”]")
_CLAUSE_START = re.compile(r"[;:]")
_PRONOUNS = frozenset("it they he she this these those we i you which that who".split())
_PREPOSITIONS = frozenset("of between in at from with for among to on by across into within".split())
_GENERIC_HEADS = frozenset("number total value volume level amount figure tally count share size".split())
"""Heads that say only "how much": the thing is after their "of" ("the value of trade")."""


def _topic(text: str, toks: list[Token], k: int, seg_start: int) -> str:
    """The head of the subject whose value the figure at token ``k`` is, when a linking verb
    stands right before the figure ("Trade between the two countries was worth $4.7bn" -> trade;
    "the value of exports rose to" -> export); "" when there is none or the subject is a name."""
    j = k - 1
    while j >= 0 and (toks[j].norm in _QUALIFYING or toks[j].norm in ("an", "estimated")):
        j -= 1
    if j < 1:
        return ""
    if toks[j].norm in ("to", "at") and toks[j - 1].norm in _LINKING_TO:
        j -= 1
    elif toks[j].norm not in _LINKING:
        return ""
    verb = j
    j -= 1
    while j >= 0 and toks[j].norm in _AUXILIARY:
        j -= 1
    if j < 0 or toks[j].norm in _PRONOUNS:
        return ""  # "they are worth": what "they" are, the sentence before says
    if toks[verb].norm == "worth" and j == verb - 1:
        return ""  # "assets worth €1.9m", "the Hals portrait alone worth": a noun's, not a clause's
    end = j + 1  # the subject is toks[start:end]
    start = end
    while start > 0 and end - start < 10 and not _SUBJECT_STOPS.search(text, toks[start - 1].end, toks[start].start):
        start -= 1
    if start == end or toks[start].norm in ("which", "who", "that", "and", "but", "while"):
        return ""
    if start > 0 and not _CLAUSE_START.search(text, toks[start - 1].end, toks[start].start):
        return ""  # after a comma: an apposition or another clause's words, not the subject
    subject = toks[start:end]
    cut = next((i for i, t in enumerate(subject) if t.norm in _PREPOSITIONS), len(subject))
    words = [t for t in subject[:cut] if not t.stop and not t.norm[:1].isdigit()]
    if words and stem(words[-1].norm) in _GENERIC_HEADS and cut < len(subject) and subject[cut].norm == "of":
        rest = subject[cut + 1:]
        more = next((i for i, t in enumerate(rest) if t.norm in _PREPOSITIONS), len(rest))
        words = [t for t in rest[:more] if not t.stop and not t.norm[:1].isdigit()]
    if not words:
        return ""
    head = words[-1]
    if head.text[:1].isupper() and head.start != seg_start:
        return ""  # a name: the figure's subject (``Claim.subjects``), not a kind of thing
    return _unit_of(head.norm)


_SETTERS = frozenset(stem(w) for w in """extend extended extends extending raise raised raises raising lift lifted
lifts increase increased increases expand expanded expands lengthen lengthened shorten shortened cut cuts
reduce reduced reduces lower lowered lowers trim trimmed cap capped caps limit limited limits double doubled
halve halved""".split())
"""Verbs that set a figure to a new value ("extend ... to 90 days", "raised ... to 3.5%")."""
SETTER_REACH = 12
"""Words before a figure's "to" in which its clause's verb may stand."""


def _setter(text: str, toks: list[Token], k: int) -> str:
    """The verb that sets the figure at token ``k`` ("extended from 30 to 60 days", "agreed to
    extend visa-free travel for each other's citizens to 90 days"), when "to" stands before the
    figure; "" when none does in its clause."""
    j = k - 1
    while j >= 0 and toks[j].norm in _APPROX:
        j -= 1
    if j < 1 or toks[j].norm != "to":
        return ""
    for i in range(j - 1, max(-1, j - 1 - SETTER_REACH), -1):
        if _CLAUSE_BREAK.search(text, toks[i].end, toks[i + 1].start) or "," in text[toks[i].end:toks[i + 1].start]:
            return ""
        word = stem(toks[i].norm)
        if word in _SETTERS:
            return word
    return ""


_AGE_DIGITS = re.compile(r"[0-9]{1,3}")


def _age_after_name(text: str, toks: list[Token], k: int) -> bool:
    """A person's age set off by commas after the name ("Tomas Ostby, 58, the former port
    director"; "said Ioana Pavel, 34."): a whole number under 120 between a capitalised name's
    comma and a comma, a bracket or the sentence's end."""
    t = toks[k]
    if k == 0 or not _AGE_DIGITS.fullmatch(t.text) or not 0 < int(t.text) < 120:
        return False
    name = toks[k - 1]
    if text[name.end:t.start].strip() != "," or not name.text[:1].isupper() or name.norm in _NOT_SUBJECTS:
        return False
    if k + 1 >= len(toks):
        return True  # "said Ioana Pavel, 34." (the sentence's end)
    return text[t.end:toks[k + 1].start].strip() in (",", ")")


_SPELLED_SPAN = re.compile(r"([a-z]+?)(day|week|month|year|hour|minute)s?")
"""A span whose number is spelled out, hyphenated to its unit ("a two-day visit", "a
three-week strike", "a five-year term")."""
_AGE_WORD = re.compile(r"([a-z]+)(year)s?old")
_THINGS = {stem(w): kind for kind, words in (("aircraft", "plane jet airliner aircraft"),
                                             ("vessel", "ship boat vessel"), ("vehicle", "car vehicle"))
           for w in words.split()}
"""Words for one kind of thing whose age an article gives ("plane", "aircraft", "jet")."""
_KINDS = frozenset(_THINGS.values())
_WHICH_IS = re.compile(r"(\w+),\s*(?:which|who)\s+(?:is|was)\s+\W*$", re.I)


def _aged(text: str, toks: list[Token], k: int, about: frozenset[str]) -> frozenset[str]:
    """What an age is of, added to its context in one word for its kind: the noun after it
    ("a six-year-old aircraft") or the one a relative clause describes ("the plane, which is
    eight years old")."""
    nouns = {stem(w) for w in about}
    if k + 1 < len(toks) and not toks[k + 1].stop:
        nouns.add(stem(toks[k + 1].norm))
    said = _WHICH_IS.search(text, max(0, toks[k].start - 60), toks[k].start)
    if said:
        nouns.add(stem(normalise_word(said.group(1))))
    return frozenset(_THINGS.get(w, w) for w in nouns)


_PERCENT_OF = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+of\b", re.I)


def _percent_kind(text: str, toks: list[Token], k: int, end: int) -> str:
    """A change ("cut the risk by 25 percent") or a share ("14.1% of patients"): two kinds of
    percentage that are never one figure; "percent" when the sentence does not say."""
    j = k - 1
    while j >= 0 and toks[j].norm in _APPROX:
        j -= 1
    if j >= 0 and toks[j].norm == "by":
        return "percent-change"
    if _PERCENT_OF.match(text, toks[k].end if end <= toks[k].end else end):
        return "percent-of"
    return "percent"


_POINTS = re.compile(r"\s+points?\b", re.I)
_MILLION_OF = re.compile(r"\s+(?:people|[a-z]+[^s\W]s)\b")
"""A count after "1.5m" ("1.5m people", "2m barrels"): millions of them, not metres ("a 1.5m wall")."""
_PER_HOUR = re.compile(r"\s*/\s*h(?:r|our)?\b|\s+(?:per|an|a)\s+hour\b", re.I)
_SQUARE_BEFORE = re.compile(r"\b(?:square|sq)\.?\s+$", re.I)
_PER_CENT = re.compile(r"\s+per\s+cent\b", re.I)
_MEASURES = {
    "year": ("duration", 365.25), "month": ("duration", 30.4375), "week": ("duration", 7.0),
    "day": ("duration", 1.0), "hour": ("duration", 1 / 24), "minut": ("duration", 1 / 1440),
    "kilometer": ("length", 1000.0), "meter": ("length", 1.0), "metr": ("length", 1.0),
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048), "mile": ("length", 1609.344),
    "centimetr": ("length", 0.01), "centimeter": ("length", 0.01), "cm": ("length", 0.01),
    "millimetr": ("length", 0.001), "millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "inch": ("length", 0.0254), "m": ("length", 1.0), "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "mph": ("speed", 1609.344), "kph": ("speed", 1000.0), "kmh": ("speed", 1000.0), "knot": ("speed", 1852.0),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "tonn": ("mass", 1000.0), "barrel": ("mass", 1000 / 7.33),
    "litr": ("volume", 1.0), "liter": ("volume", 1.0), "hectar": ("area", 10000.0), "acr": ("area", 4046.86),
    "basi": ("bp", 1.0), "percentag": ("bp", 100.0),
}
"""Units of one measure, in that measure's base unit (days, metres, kilograms): a figure in
years and one in months, or in feet and in metres, are compared as amounts of one thing. (Not
pounds: money as often as weight; not tons: short, long or metric; not gallons: US or imperial.
A barrel is of crude oil, about
7.33 to the tonne, compared with ``BARREL_SLACK``.)"""
_DIMENSIONS = {"wide": "width", "across": "width", "long": "length", "deep": "depth", "high": "height",
               "tall": "height", "thick": "thickness"}
_DIMENSION = re.compile(r"\s+(" + "|".join(_DIMENSIONS) + r")\b", re.I)
"""A length's dimension, written after it ("300 metres wide", "four metres deep"): lengths of
two dimensions are two things."""
BARREL_SLACK = 0.1
"""How far a figure in barrels and one in tonnes may be apart and still agree: crudes differ in
density (about 6.7 to 8 barrels a tonne)."""


def _same_unit(a: str, b: str) -> bool:
    if a == b:
        return True
    return a.startswith("percent") and b.startswith("percent") and "percent" in (a, b)


_DOZEN = re.compile(r"(?i)(?:(half\s+a)|([a-z]+)|(\d+))[\s-]+dozens?\s*$")


def _dozens(text: str, t: Token) -> float | None:
    """The value of a number phrase ending in "dozen" ("two dozen" is 24, "half a dozen" 6),
    whose token's key adds the twelve instead of multiplying by it; None for any other figure."""
    written = text[t.start:t.end]
    if not written.lower().endswith(("dozen", "dozens")):
        return None
    before = text[max(0, t.start - 7):t.start].lower()
    if re.search(r"\bhalf\s+an?\s+$", before):
        return 6.0  # "half a dozen" (the token is "a dozen")
    m = _DOZEN.match(written)
    if not m:
        return None
    if m.group(1):
        return 6.0
    n = _number_word(m.group(2) or m.group(3))
    return None if n is None else 12.0 * n


_SCALE_SUFFIX = {**SCALE_SUFFIXES, "billion": 1e9, "trillion": 1e12, "million": 1e6}
"""Scales written onto a figure ("4.7bn"); "m" and "k" only after a currency sign ("£2m")."""
_MODIFIERS = frozenset("""more other new additional further separate different masked armed unidentified
foreign local major minor small large senior young rival key extra full whole entire""".split())
"""Words between a figure and what it counts ("three masked men", "two more agreements")."""
_TOLLS = {**dict.fromkeys("killed kill kills killing died die dies dying dead death deaths fatalities lives".split(),
                          "death"),
          **dict.fromkeys("injured injure injures injuring injuries hurt wounded wounding wounds".split(), "injury")}
"""Words that say a figure of people is a toll: of the dead, or of the injured."""
_PERSONS = frozenset("people peopl person other others injur injury death dead".split())
"""Units of a count of people in general ("three people", "21 others", "14 injured")."""
_WHOLE_GROUPS = frozenset("passenger pilgrim worshipper miner".split())
"""People a story's toll is often all of (a train's passengers, a mine's miners): their dead or
injured are counted as the toll is ("14 passengers were injured" / "nearly 20 people were hurt")."""
_BETWEEN_TOLL = frozenset("""have has had were was been are is also reportedly later being suffered sustained
minor serious slight slightly seriously critically severely fatally badly lightly""".split())


_PEOPLE_NOUNS = frozenset("""children child men women boys girls adults youths tourists soldiers civilians residents
villagers pilgrims students pupils guests fans members crew climbers hikers skiers bathers swimmers workers
miners firefighters officers troops police policemen passengers migrants refugees protesters demonstrators
spectators visitors patients inmates prisoners journalists staff employees""".split())
"""Words that count people, for a toll ("killing three skiers", "Four contract workers were killed")."""
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians")


def _counts_people(word: str) -> bool:
    """Whether a (plural) word counts people: "skiers", "workers", "tourists", "children"."""
    return word in _PEOPLE_NOUNS or (len(word) > 5 and word.endswith(_AGENT_ENDINGS))


_SOURCE_UNITS = frozenset(_ROLE_PEOPLE) | frozenset("sourc official diplomat executive banker".split())
_ANONYMOUS = re.compile(r",?\s+(?:(?:who\s+(?:are|were|is|was)\s+)?(?:familiar|acquainted)\s+with|with\s+(?:direct\s+)?"
                        r"knowledge\s+of|(?:who\s+(?:had\s+been|were|was)\s+)?briefed\s+on|close\s+to\s+the|"
                        r"(?:who\s+)?(?:spoke|speaking|asked|declined|requested|spoke)\b[^.;]{0,40}?\b(?:named|"
                        r"identified|anonymity|condition))", re.I)
"""What follows a count of anonymous sources ("two people familiar with the matter", "three
officials who spoke on condition of anonymity"): the article says who told it, not how many of
something there were."""


def _toll(text: str, toks: list[Token], k: int, unit_token: Token | None) -> str | None:
    """Whether the count of people at ``k`` is of the dead or the injured: a word of death or
    injury right before it ("killed three", "injuring at least 21 others"), as what it counts
    ("14 injured", "nine dead") or right after what it counts ("four people have died")."""
    j = k - 1
    while j > 0 and toks[j].norm in _QUALIFYING and k - j < 4:
        j -= 1
    if j >= 0 and toks[j].norm in _TOLLS and not _GAP_PUNCT.search(text, toks[j].end, toks[k].start):
        return _TOLLS[toks[j].norm]
    i = k + 1
    if unit_token is not None:
        if unit_token.norm in _TOLLS:
            return _TOLLS[unit_token.norm]
        i = next((x for x, tok in enumerate(toks) if tok is unit_token), k) + 1
    for x in range(i, min(len(toks), i + 4)):
        if _GAP_PUNCT.search(text, toks[x - 1].end, toks[x].start):
            return None
        if toks[x].norm in _TOLLS:
            return _TOLLS[toks[x].norm]
        if toks[x].norm not in _BETWEEN_TOLL:
            return None
    return None


_POSSESSIVES = frozenset("its his her their our your".split())
_STATES = {**{w: w for w in "missing rescued evacuated stranded trapped displaced".split()},
           **dict.fromkeys("arrested detained held".split(), "detained"),
           **dict.fromkeys("safe unharmed unhurt uninjured".split(), "safe"),
           **dict.fromkeys("injured wounded hurt hospitalised hospitalized".split(), "injured"),
           **dict.fromkeys("dead killed died perished".split(), "dead")}
"""What befell the people a figure counts ("two missing seafarers", "four injured seafarers", "two
crew members of the Sea Lark, a cook and a deckhand, remain missing"): counts of people in two
states are of two groups."""
_STATE_AFTER = re.compile(r"(?:\s+members)?(?:\s+(?:on|aboard|of|from)\s+(?:the\s+|board\b)?"
                          r"(?:\w+(?:\s+[A-Z]\w*){0,3})?)?(?:\s*,[^,;.:()]{1,40},)?"
                          r"\s+(?:were|was|are|is|remain|remained|remains|have\s+been|had\s+been|has\s+been|have|has|"
                          r"had|are\s+still|"
                          r"were\s+still|remain\s+still|still)\s+([a-z]+)\b")
_ANOTHER_GROUP = frozenset("other more additional further another".split())
_OF_KIND = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|our\b|which\b|whom\b|them\b|"
                      r"these\b|those\b|[A-Z\d])[a-z]")
"""What a counted thing is of, when it says which kind ("containers of dangerous goods",
"tonnes of crude"), not whose ("members of the crew") or where ("of Singapore")."""
_OF_DETERMINERS = frozenset("the its his her their those these our your whose".split())


def _partitive(text: str, toks: list[Token], k: int) -> Token | None:
    """The noun a figure takes a part of ("two of the injured", "at least 12 of the admissions",
    "one of his side's goals"), if the figure is followed by "of" and one."""
    if k + 2 >= len(toks) or toks[k + 1].norm != "of" or _GAP_PUNCT.search(text, toks[k].end, toks[k + 2].start):
        return None
    i = k + 2
    while i < len(toks) - 1 and i < k + 5 and (toks[i].norm in _OF_DETERMINERS or toks[i].text.endswith(("'s", "’s"))):
        i += 1
    noun = toks[i]
    if i + 1 < len(toks) and noun.text[:1].islower() and not noun.norm.endswith("s"):
        head = toks[i + 1]
        if _ADJACENT.fullmatch(text, noun.end, head.start) and head.text[:1].islower() and not head.stop \
                and head.norm.endswith("s") and not head.norm.endswith(("ss", "us", "is")) and len(head.norm) > 3:
            noun = head  # "two of its cargo tanks": tanks
    if i == k + 2 or noun.stop or noun.norm[:1].isdigit() or not noun.text[:1].islower() \
            or _GAP_PUNCT.search(text, toks[i - 1].end, noun.start):
        return None  # (a determiner first: "five of 12", "three of Poland's" are no parts of one group)
    return noun


_ONE_HEAD_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:was|is|had|has|were|of|in|on|at|from|that|which)\b)")
"""After "one" and two nouns, what shows the second is their head ("one cargo tank was")."""
_GROUP_HEADS = frozenset(("members",))
"""Nouns that count the members of what the word before them names ("22 crew members", "nine
board members"): the figure counts that group ("25 crew")."""
_ADJACENT = re.compile(r"[ \t]+")
_GAP_PUNCT = re.compile(r"[;:,.!?()\[\]]")


def _is_modifier(tok: Token) -> bool:
    norm = tok.norm
    if norm in _MODIFIERS:
        return True
    if norm[:1].isdigit():
        return "-" in tok.text or "‑" in tok.text  # "17th-century", "two-year"
    return "-" in tok.text and norm.endswith(("century", "old", "floor", "long", "term"))


def _unit_token(text: str, toks: list[Token], k: int) -> Token | None:
    """The word a figure counts: the next word ("14 agreements"), past a scale word and past
    a modifier right before a noun ("three masked men", "four 17th-century paintings")."""
    i = k + 1
    while i < len(toks) and toks[i].norm in ("million", "billion"):
        i += 1
    if i >= len(toks):
        return None
    nxt = toks[i]
    if _GAP_PUNCT.search(text, toks[i - 1].end, nxt.start):
        return None  # "the crowd at 45,000; organisers claimed": the next clause's word
    if i + 1 < len(toks) and (_is_modifier(nxt) or (nxt.norm.endswith("ed") and len(nxt.norm) > 4)
                              or nxt.norm in _STATES):
        after = toks[i + 1]
        if _ADJACENT.fullmatch(text, nxt.end, after.start) and not after.stop \
                and not after.norm[:1].isdigit() and not after.norm.endswith(("ed", "ly")):
            return after
    if nxt.stop or nxt.norm[:1].isdigit():
        return None
    if i + 1 < len(toks) and not nxt.norm.endswith("s") and toks[k].norm not in ("1", "one"):
        head = toks[i + 1]
        if _ADJACENT.fullmatch(text, nxt.end, head.start) and not head.stop and head.text[:1].islower() \
                and head.norm.endswith("s") and not head.norm.endswith(("ss", "us", "is")) and len(head.norm) > 3 \
                and head.norm not in _GROUP_HEADS:
            return head  # "two flight recorders", "two security guards": the noun a noun describes
    if i + 1 < len(toks) and toks[k].norm == "1" and nxt.text[:1].islower() and not nxt.norm.endswith("s"):
        head = toks[i + 1]
        if _ADJACENT.fullmatch(text, nxt.end, head.start) and not head.stop and head.text[:1].islower() \
                and not head.norm.endswith(("s", "ed", "ly", "ing")) and len(head.norm) > 3 \
                and _ONE_HEAD_AFTER.match(text, head.end):
            return head  # "one cargo tank was holed": a tank, as "two cargo tanks" are
    return nxt


_PUT_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates|estimate|pegged|placed|set|sets|gave|"
                     r"gives)\s+(?:the|its|their|a)\s+(?:[a-z]+\s+)?([a-z]+)\s+$", re.I)
"""An estimate of something, then its figure: "put the turnout at 45,000"."""
_PLANNED = re.compile(
    r"\b(?:expect(?:s|ed)?|scheduled|due|planned|plans?|forecasts?|projected|predicted|anticipated|"
    r"slated|set|targets?|targeted|aims?|aimed|hopes?|hoped)\b(?:\s+(?:to|for|at|by|on|in|around|"
    r"about|some|up|of|be|reach|hit|rise|fall|grow|climb|begin|start|end|open|close|last|take|"
    r"cost|total|the|a|an|one|another|more|further|cut|cuts|hike|hikes|increase|reduction|\w+ly))*\s*\W{0,2}$",
    re.IGNORECASE)
"""An expectation right before a figure ("expected at", "scheduled for", "due to reach about",
"forecast to rise to"): the figure is a plan, not what happened."""


def _planned(text: str, start: int, seg_start: int) -> bool:
    """Whether the figure at ``start`` is given as a plan or forecast (``_PLANNED``) -- not a
    forecast revised to it ("lowered its growth forecast to 2.4%": what the forecast now is)."""
    m = _PLANNED.search(text, max(seg_start, start - 48), start)
    if m and m.group().lower().startswith("forecast"):
        before = text[max(seg_start, m.start() - 30):m.start()].split()
        if before and before[-1].lower().strip("'’s") in _FORECAST_OWNERS:
            return False
    return bool(m)


_FORECAST_OWNERS = frozenset("""its their the his her our a growth gdp inflation revenue sales profit earnings
economic output deficit budget official""".split())
"""Words before "forecast" that make it a noun ("its growth forecast"), whose figure is what the
forecast says, as another article may say it."""


_EVENTS = (
    ("takeoff", r"took\s+off|takes?\s+off|taking\s+off|taken\s+off|depart(?:ed|s|ing)?|lifted\s+off|"
                r"lift-?off|blasted\s+off|launched|launch"),
    ("landing", r"landed|lands|touched\s+down|touch(?:es)?\s+down|touching\s+down"),
    ("announcement", r"announced|published|unveiled|made\s+public"),
    # (an impact: a crash, a blast, a slide or a storm that "came down")
    ("collision", r"collided|crashed|struck|hit|exploded|erupted|came\s+down|swept\s+down|slammed\s+into"),
)
_EVENT_BEFORE = re.compile(
    "|".join(rf"(?P<{key}>\b(?:{verbs})\b)" for key, verbs in _EVENTS)
    + r"(?=(?:\s+(?!and\b|then\b|before\b|after\b|until\b|but\b)[\w'’-]+){0,10}?"
    r"\s+(?:at|shortly\s+(?:before|after)|just\s+(?:before|after)|around|about|"
    r"approximately)\s*(?:at\s*)?$)", re.I)
"""A verb of an event a story has once, then at most ten words before its clock time
("departed at 9:32 p.m.", "took off from Larsk at 21:23", "touched down safely at 22:05")."""


def _event_of(text: str, start: int, seg_start: int) -> str:
    """The event a clock time at ``start`` is the time of (``_EVENT_BEFORE``), or ""."""
    lead = text[max(seg_start, start - 60):start]
    if any(ch in lead[-40:] for ch in ",;:.("):
        lead = re.split(r"[,;:(]|\.\s", lead)[-1]
    m = _EVENT_BEFORE.search(lead)
    return m.lastgroup or "" if m else ""


_UNTIL = re.compile(r"\b(?:until|till|til)\s+$")
"""A clock time that ends a period ("closed until 00:40"). (Not "to": "postponed to 3pm" is
when something happens.)"""
_WILL = re.compile(r"\b(?:will|'ll)\s+(?:[\w'-]+\s+){1,9}?(?:at|from|around|about|shortly\s+after|"
                   r"shortly\s+before)\s+$")
"""A time something will happen at ("will host an investor call at 3pm"): a plan."""
_TIME_APPROX = {"shortly before": (-45, 0), "just before": (-30, 0), "before": (-180, 0),
                "shortly after": (0, 45), "just after": (0, 30), "after": (0, 180),
                "around": (-20, 20), "about": (-20, 20), "approximately": (-20, 20), "by": (-600, 0)}


_SAME_MOMENT = re.compile(r"\s*(?:[A-Za-z]{1,5}\s*|local\s+time\s*|[\w ]{1,20}\s+time\s*)?(?:\(|,|/|or)\s*")
"""Between a clock time and the same moment in another zone ("09:47 local time (1247 GMT)")."""
_ZONE_WORD = re.compile(r"\s*\(?\s*([A-Z]{2,5})\b")


def time_claims(text: str, segments: list[Segment], times: list[TimeMention], segment_at,
                local: str | None = None, day=None, main_day: int | None = None, places=None) -> list[Claim]:
    """Clock times as claims, with the zone each is given in (``local``: the zone of the
    story's place, ``day``: its date, for summer time) and the weekday each is on (``main_day``:
    the story's, for a time written without one). ``places()`` gives the zones "local" may be
    in when ``local`` is not known."""
    claims: list[Claim] = []
    candidates: tuple[int, ...] | None = None
    days = sorted((m.start, m.end, m.day) for m in times if m.kind in ("date", "weekday") and m.day is not None)
    for m in times:
        if m.kind != "time" or m.minutes is None:
            continue
        si = segment_at(m.start)
        seg = segments[si]
        if seg.kind != "sentence":
            continue
        lead = text[max(seg.start, m.start - 60):m.start].lower()
        lo, hi = 0, 0
        for phrase, (a, b) in _TIME_APPROX.items():
            if re.search(rf"\b{phrase}\s*(?:at\s*)?$", lead):
                lo, hi = a, b
                break
        # a clock time is about its whole sentence ("the quake struck ... shortly before 5am")
        about = frozenset(stem(t.norm) for t in seg.tokens if not t.stop and not t.norm[:1].isdigit()
                          and len(t.norm) > 2 and t.norm not in _APPROX) - {
            "tim", "local", "gmt", "utc", "shortly", "just"}
        zone = zones.zone_after(text, m.end)
        if not zone:  # an abbreviation zones.py does not know ("03.40 WIB")
            more = _ZONE_WORD.match(text, m.end)
            zone = MORE_ZONES.get(more.group(1), "") if more else ""
        where = local if zone == "local" and local else zone
        offsets: tuple[int, ...] = ()
        if where == "local" and places is not None:
            if candidates is None:
                candidates = tuple(dict.fromkeys(o for o in (zones.offset(z, day) for z in places()) if o is not None))
            offsets = candidates
        # "closed until 00:40": when a period ends, comparable only with another such end
        unit = "clock-until" if _UNTIL.search(lead) else "clock"
        claims.append(Claim(si, Span(m.start, m.end), m.minutes + lo, m.minutes + hi, unit, about,
                            text[m.start:m.end], zone=zone, place=where, offset=zones.offset(where, day),
                            offsets=offsets,
                            planned=_planned(text, m.start, seg.start) or bool(_WILL.search(lead)),
                            event=_event_of(text, m.start, seg.start),
                            day=_day_near(text, days, m, seg)))
        claims[-1].off_day = claims[-1].day is not None and main_day is not None and claims[-1].day != main_day
        claims[-1].on_day = claims[-1].day if claims[-1].day is not None else main_day
        if len(claims) > 1 and claims[-2].segment == si and _SAME_MOMENT.fullmatch(text, claims[-2].span.end, m.start):
            claims[-1].twin = len(claims) - 2  # "lifted off at 09:47 local time (1247 GMT)": one moment
            if claims[-2].event and not claims[-1].event:
                claims[-1].event = claims[-2].event
    told = frozenset(c.day for c in claims if c.day is not None)
    for c in claims:
        c.days_told = told
    return claims


DAY_NEAR = 30
"""Characters between a clock time and the day it is on ("at 11 a.m. Sunday", "on Monday at 3:40")."""


def _day_near(text: str, days: list[tuple[int, int, int]], m: TimeMention, seg: Segment) -> int | None:
    """The weekday written next to a clock time in its clause, if one is."""
    near = [(min(abs(a - m.end), abs(m.start - b)), d) for a, b, d in days
            if seg.start <= a < seg.end and (m.end <= a <= m.end + DAY_NEAR or m.start - DAY_NEAR <= b <= m.start)
            and not _GAP_PUNCT.search(text, min(m.end, b), max(a, m.start))]
    return min(near)[1] if near else None


def _entity_index(ents: ArticleEntities, key_of: Callable[[str], str]) -> Callable[[int], str | None]:
    """offset -> the key of the organisation or person named there (one key per thing)."""
    where: dict[int, str] = {}
    for key, ms in ents.mentions.items():
        if ents.types.get(key) in ("ORG", "PERSON"):
            value = key_of(key)
            for m in ms:
                where.update(dict.fromkeys(range(m.start, m.end), value))
    return where.get


_GENERIC_UNITS = frozenset("""percent usd eur gbp jpy year month week day hour minute second time people
duration length mass volume area speed
point kilometer mile meter foot ton""".split())
"""Units too common to say what a figure is about on their own."""


def _sole_pairs(left: list[Claim], right: list[Claim], key_of, keep=lambda key, claim: True
                ) -> list[tuple[int, int]]:
    """Pairs of claims (left index, right index) with the same ``key_of(claim)`` (None: no key)
    where each is the only claim of that key in its article, and ``keep(key, claim)`` holds
    for both."""
    def sole(claims: list[Claim]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for i, c in enumerate(claims):
            key = key_of(c)
            if key is not None:
                seen[key] = -1 if key in seen else i
        return {k: i for k, i in seen.items() if i >= 0 and keep(k, claims[i])}

    lone, rone = sole(left), sole(right)
    return [(i, rone[k]) for k, i in sorted(lone.items()) if k in rone]


def _sole_counts(left: list[Claim], right: list[Claim]) -> list[tuple[int, int]]:
    """Pairs of claims whose unit each article gives one count of, for a distinctive unit: the
    count told once, or told again with the same figure ("seriously injuring two ... The two
    injured"), beside no other count of it but a limit or a change's end ("lowers the class
    size to 24 pupils from 26" beside "1.1 million pupils")."""
    def sole(claims: list[Claim]) -> dict[str, int]:
        by_unit: dict[str, list[int]] = {}
        for i, c in enumerate(claims):
            if not c.elliptical:
                by_unit.setdefault(c.unit, []).append(i)
        out: dict[str, int] = {}
        for u, ix in by_unit.items():
            if u in _GENERIC_UNITS or len(u) <= 2 or u.startswith(("~", "percent", *_MONEY)):
                continue
            if len(ix) > 1:
                plain = [i for i in ix if not claims[i].change and claims[i].bound != "max"]
                ix = plain if plain else ix
            if all(claims[i].low == claims[ix[0]].low and claims[i].high == claims[ix[0]].high
                   and claims[i].bound == claims[ix[0]].bound for i in ix):
                out[u] = ix[0]
        return out

    lone, rone = sole(left), sole(right)
    return [(i, rone[k]) for k, i in sorted(lone.items()) if k in rone]


_MONEY = ("usd", "eur", "gbp", "jpy", "inr", "cad", "aud", "nzd", "hkd", "sgd", "brl", "twd")


def _sole_sums(left: list[Claim], right: list[Claim]) -> list[tuple[int, int]]:
    """Pairs of sums of money in one currency, each the only sum its article gives in that
    currency ("a ransom of $4 million" / "a $6 million payment"), not a price per share."""
    return _sole_pairs(left, right, lambda c: None if c.elliptical or c.bound else c.unit,
                       lambda u, _: u in _MONEY)


def _person_ages(left: list[Claim], right: list[Claim]) -> list[tuple[int, int]]:
    """Pairs of ages of one person (``Claim.of_person``, by the person's name), each the only
    age its article gives that person."""
    return _sole_pairs(left, right, lambda c: next(iter(c.subjects)) if c.of_person and len(c.subjects) == 1
                       else None)


def _sole_events(left: list[Claim], right: list[Claim]) -> list[tuple[int, int]]:
    """Pairs of clock times of one named event (``Claim.event``), each its article's only time
    of that event, given as what happened (not a plan) -- or its only sentence with one, which
    may give the moment in two zones ("09:47 local time (1247 GMT)")."""
    def one_sentence(claims: list[Claim]) -> dict[str, list[int]]:
        by_event: dict[str, list[int]] = {}
        for i, c in enumerate(claims):
            if c.event:
                by_event.setdefault(c.event, []).append(i)
        return {e: ix for e, ix in by_event.items() if len({claims[i].segment for i in ix}) == 1
                and not any(claims[i].planned for i in ix)}

    lone, rone = one_sentence(left), one_sentence(right)
    return [(i, j) for e in sorted(lone.keys() & rone.keys()) for i in lone[e] for j in rone[e]]


MAX_FLOOR = 0.2
"""A figure given as a most ("up to 800,000", "as many as 300") says the number is near it: a
figure of the same thing under this share of it disagrees."""
AS_MANY_FLOOR = 0.7
"""A count given as "as many as 50" (how many there were, not a limit as "up to" may be) says it
reached near it: a count of the same thing told exactly under this share of it disagrees."""
_AS_MANY = re.compile(r"as\s+(?:many|much)\s+as\b", re.I)
OUTSHONE = 2
"""Words in common by which a figure's closest counterpart outdoes another claim's pair with it..."""
PLAIN = 4
"""...when that counterpart shares this many words with it (a plain match, not one of many alike)."""


def _outshone(keep: set[tuple[int, int]], best: dict[tuple[int, int], tuple]) -> set[tuple[int, int]]:
    """The pairs kept, less those where one claim has a far closer counterpart than the other
    ("cut its base rate by 25 basis points" is the counterpart of "cut interest rates by 50
    basis points", not "lowered the overnight rates by 25 basis points each"): a figure is
    compared with what it is most plainly about, when that is plain."""
    top: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for pair, (shared, *_) in best.items():
        for side in (0, 1):
            top[side][pair[side]] = max(top[side].get(pair[side], 0), shared)
    return {p for p in keep if all(best[p][0] + OUTSHONE > top[side][p[side]] or top[side][p[side]] < PLAIN
                                   for side in (0, 1))}


def _controls_kept(keep: set[tuple[int, int]], left: list[Claim], right: list[Claim]) -> set[tuple[int, int]]:
    """The pairs kept, less a control's figure ("compared with 17.9% on placebo") paired where
    the figure it is the control of is not compared: with the other's, when both are controls
    ("9 percent ..., compared with 6 percent"), else with anything."""
    lpaired, rpaired = {i for i, _ in keep}, {j for _, j in keep}
    agreed = {(i, j) for i, j in keep if _agree(left[i], right[j]) is True}
    out = set()
    for i, j in keep:
        ci, cj = left[i].control, right[j].control
        if ci >= 0 and cj >= 0:
            if (ci, cj) not in keep or ((ci, cj) not in agreed and any(
                    (x == ci) != (y == cj) for x, y in agreed if x == ci or y == cj)):
                continue  # (the two figures they are the controls of: another's counterparts)
        elif (ci >= 0 and ci not in lpaired) or (cj >= 0 and cj not in rpaired):
            continue
        out.add((i, j))
    return out


def _ends_kept(keep: set[tuple[int, int]], left: list[Claim], right: list[Claim]) -> set[tuple[int, int]]:
    """The pairs kept, less a change's start paired with a figure that its end is paired with
    too ("cut its forecast to 2.4% from 3.0%" / "expects growth of 2.6%"): a figure given alone
    is what the thing is now, the change's end."""
    ends = {(i, j) for i, j in keep if left[i].change == "to" or right[j].change == "to"}
    out = set()
    for i, j in keep:
        a, b = left[i], right[j]
        if a.change == "from" and not b.change and any(y == j and x != i and left[x].segment == a.segment
                                                       for x, y in ends):
            continue
        if b.change == "from" and not a.change and any(x == i and y != j and right[y].segment == b.segment
                                                       for x, y in ends):
            continue
        out.add((i, j))
    return out


def _agree(a: Claim, b: Claim) -> bool | None:
    """Whether two claims can both be true; None when they cannot be compared."""
    if a.bound and a.bound == b.bound:  # "up to 60 days" / "up to 90 days": two limits
        return abs(a.value - b.value) <= 0.05 * max(a.value, b.value)
    for x, y in ((a, b), (b, a)):
        if x.bound == "max" and not y.bound and x.unit != "duration" and 0 < y.high < MAX_FLOOR * x.value:
            return False  # "as many as 800,000 patients" / "about 80,000 patients": not near the most
        if x.bound == "max" and not y.bound and x.unit not in ("duration", "percent") and y.low == y.high \
                and 0 < y.high < AS_MANY_FLOOR * x.value and _AS_MANY.match(x.said):
            return False  # "as many as 50 fire engines" / "Thirty fire engines"
    if a.zone != b.zone and a.place != b.place:
        xs = (a.offset,) if a.offset is not None else a.offsets
        ys = (b.offset,) if b.offset is not None else b.offsets
        if not xs or not ys:
            return None  # "21:32 local time" / "18:32 GMT": cannot tell apart
        meet = any(a.low <= b.high + x - y + day and b.low + x - y + day <= a.high  # b's time in a's zone,
                   for x in xs for y in ys for day in (-1440, 0, 1440))  # either side of midnight
        if a.offset is None or b.offset is None:
            return None if meet else False  # "local" in one of the places the article names
        return meet
    if a.measured and b.measured and a.measured != b.measured:
        # one figure converted from the other's unit and rounded ("90 km/h" / "56 mph",
        # "3,000 metres" / "10,000 feet")
        slack = BARREL_SLACK if "barrel" in (a.measured, b.measured) else CONVERSION_SLACK
        return a.low * (1 - slack) <= b.high * (1 + slack) and b.low * (1 - slack) <= a.high * (1 + slack)
    for x, y in ((a, b), (b, a)):
        if x.bound in ("min", "max") and not y.bound and y.low <= x.value <= y.high:
            return True  # "more than 9.6 tonnes" / "9.6 tonnes": one figure, once told as a limit
        if x.low < x.high and not y.bound and y.low == y.high == x.value:
            return True  # "nearly two weeks" / "two weeks": one figure, once told with a qualifier
    return a.low <= b.high and b.low <= a.high


def _same_day(a: Claim, b: Claim) -> bool:
    """Two clock times can be on one day: the same weekday written with both, or none written
    with one while the other is on its story's day. A time written with its weekday, in an article
    that gives times on two days, is not the time of a story whose main event is on its other day
    ("broke out at 11:40 p.m. on Saturday ... under control at 9 a.m. on Sunday" / "started at
    10.40 pm", of a Saturday event: the Sunday time is not that one)."""
    if a.day is not None and b.day is not None:
        return a.day == b.day
    for x, y in ((a, b), (b, a)):
        if x.day is not None and y.day is None and y.on_day is not None and y.on_day != x.day \
                and y.on_day in x.days_told:
            return False
    return not (a.off_day or b.off_day)


def _main_day(ctx: PairContext, side: str, year: int | None) -> int | None:
    """The weekday of an article's main event (dating.main_event), if it gives one."""
    from tui.engine import dating

    article, segments = (ctx.left, ctx.left_segments) if side == "left" else (ctx.right, ctx.right_segments)
    dated = ctx.per_article(side, ("dating.dated", year), lambda: dating.dated_sentences(article, segments, year))
    main = dating.main_event(article, segments, dated, lambda i, j: ctx.aligner.score_within(side, i, j))
    return next(iter(main.days)) if main is not None and len(main.days) == 1 else None


def _local_places(article, other) -> tuple[str, ...]:
    """The zones an article's "local time" may be in when its dateline does not say: those of
    the places it names, and of the other article's dateline (one story, one place)."""
    there = zones.dateline_zone(other.text)
    return zones.named_zones(article.text) + ((there,) if there else ())


def _story_day(article, times: list[TimeMention]) -> tuple[int, int, int] | None:
    """The day an article tells its story on (year or 0, month, day): its date, else the one
    its opening writes (``temporal.opening_day``)."""
    if article.date:
        return article.date.year, article.date.month, article.date.day
    return opening_day(article.text, times)


def find_quantity_conflicts(ctx: PairContext) -> list[Finding]:
    lyear, ryear = article_year(ctx.left), article_year(ctx.right)
    ltimes = times_in(ctx.left.text, 0, len(ctx.left.text), lyear)
    rtimes = times_in(ctx.right.text, 0, len(ctx.right.text), ryear)
    lday, rday = _story_day(ctx.left, ltimes), _story_day(ctx.right, rtimes)
    findings: list[Finding] = []
    right_to_left = ctx.right_to_left()
    left_at = _entity_index(ctx.left_entities, lambda k: k)
    right_at = _entity_index(ctx.right_entities, lambda k: right_to_left.get(k, k))
    for kind, left, right in (
        ("number", figure_claims(ctx.left.text, ctx.left_segments, ltimes, left_at, lday or rday),
         figure_claims(ctx.right.text, ctx.right_segments, rtimes, right_at, rday or lday)),
        ("time", time_claims(ctx.left.text, ctx.left_segments, ltimes, lambda o: ctx.segment_at("left", o),
                             zones.dateline_zone(ctx.left.text), ctx.left.date or ctx.right.date,
                             _main_day(ctx, "left", lyear or ryear), lambda: _local_places(ctx.left, ctx.right)),
         time_claims(ctx.right.text, ctx.right_segments, rtimes, lambda o: ctx.segment_at("right", o),
                     zones.dateline_zone(ctx.right.text), ctx.right.date or ctx.left.date,
                     _main_day(ctx, "right", ryear or lyear), lambda: _local_places(ctx.right, ctx.left))),
    ):
        # each claim meets its closest counterpart (most shared context), from both sides
        best: dict[tuple[int, int], tuple[int, float]] = {}
        right_by_segment: dict[int, list[int]] = {}
        for j, b in enumerate(right):
            right_by_segment.setdefault(b.segment, []).append(j)
        partners = ctx.partners("left")
        for i, a in enumerate(left):
            near = partners.get(a.segment, {})
            for j in (j for seg in sorted(near) for j in right_by_segment.get(seg, ())):
                b = right[j]
                if not _same_unit(a.unit, b.unit) or not _same_years(a.years, b.years) or a.planned != b.planned:
                    continue
                if a.change and b.change and a.change != b.change:
                    continue  # "from nine years to six" / "from nine years to five": ends with ends
                if not _same_day(a, b):
                    continue  # "took off at 21:32" (on Saturday) / "left at 11 a.m. Sunday"
                if _deeds_differ(a, b):
                    continue  # "laden with 780,000 barrels" / "11,000 barrels had leaked"
                if _things_differ(a, b):
                    continue  # "9.6 tonnes of pangolin scales" / "3 tonnes of ivory"
                same_source = bool(a.source) and a.source == b.source
                if a.subjects and b.subjects and not (a.subjects & b.subjects):
                    continue  # "Carrow fell 4.2%" / "Medivance jumped 31%": two companies
                shared = len(a.about & b.about)
                related = near[b.segment]
                if related < RELATED:
                    continue
                if same_source:  # "organisers said 200,000" / "organizers claimed about 150,000"
                    shared = max(shared, SHARED_CONTEXT)
                if a.topic and b.topic:
                    if a.topic == b.topic:  # "trade reached $7.4bn" / "trade was worth $4.7bn"
                        shared = max(shared, SHARED_CONTEXT)
                    elif a.topic not in b.about and b.topic not in a.about:
                        continue  # "exports reached $2bn" / "imports were worth $900m"
                # about the same thing: enough words in common around the figures, or one in
                # sentences that report the same thing (for clock times, whose context is their
                # whole sentence, one in related sentences: a story gives few times of day)
                if shared < SHARED_CONTEXT and not (shared and (related >= CLOSE_SENTENCES or kind == "time")):
                    continue
                if a.event and a.event == b.event:
                    shared += OUTSHONE  # times of one named event ("took off at" / "departed at")
                best[(i, j)] = (shared, related)
        if kind == "number":
            # a count of something distinctive that each article gives once ("four paintings",
            # "14 agreements"), wherever it stands, with a word in common around it -- or in two
            # articles that report one story, however it is told ("a ship with 22 crew members" /
            # "It had 25 crew on board": the story's one ship)
            lbags, rbags = ctx.aligner.left_bags, ctx.aligner.right_bags
            one_story = ctx.same_story()
            for (i, j) in _sole_counts(left, right):
                a, b = left[i], right[j]
                if (i, j) in best or not _may_compare(a, b) or (a.topic and b.topic and a.topic != b.topic) \
                        or _deeds_differ(a, b):
                    continue
                common = len(lbags[a.segment].keys() & rbags[b.segment].keys())
                related = ctx.related(a.segment, b.segment)
                if a.about & b.about or common >= 3 or (common >= 2 and related >= SOLE_RELATED) \
                        or (one_story and not a.bound and not b.bound):
                    best[(i, j)] = (len(a.about & b.about), related)
            # the one sum in a currency each article gives, with a word in common around it or
            # in sentences that share several ("The satellite, which cost 310 million euros" /
            # "destroying a weather satellite worth 390 million euros")
            for (i, j) in _sole_sums(left, right):
                a, b = left[i], right[j]
                if (i, j) in best or not _may_compare(a, b) or (a.topic and b.topic and a.topic != b.topic):
                    continue
                common = len(lbags[a.segment].keys() & rbags[b.segment].keys())
                if a.about & b.about or common >= 3:
                    best[(i, j)] = (len(a.about & b.about), ctx.related(a.segment, b.segment))
            # the one sum each article gives per month, per year... (a rent, a wage), with a word
            # in common around it or in sentences that share several
            for (i, j) in _sole_pairs(left, right,
                                      lambda c: f"{c.unit}/{c.rate}" if c.rate and not c.planned else None):
                a, b = left[i], right[j]
                if (i, j) in best or not _may_compare(a, b):
                    continue
                if a.about & b.about or len(lbags[a.segment].keys() & rbags[b.segment].keys()) >= 3:
                    best[(i, j)] = (len(a.about & b.about), ctx.related(a.segment, b.segment))
            # the one sum each article says was demanded, paid, fined... (a ransom demanded:
            # "demanding $4 million in bitcoin" / "has demanded $4.5 million")
            for (i, j) in _sole_pairs(left, right, lambda c: c.deed + " planned" * c.planned if c.deed else None):
                a, b = left[i], right[j]
                if a.deed.endswith("deadline") and not (a.about & b.about) and len(
                        lbags[a.segment].keys() & rbags[b.segment].keys()) < 3:
                    continue  # (a deadline is a story's one only where the two sentences share words)
                if (i, j) not in best and _may_compare(a, b):
                    best[(i, j)] = (len(a.about & b.about), ctx.related(a.segment, b.segment))
            # the age each article gives a person once, after the person's name, wherever it stands
            for (i, j) in _person_ages(left, right):
                if (i, j) not in best:
                    best[(i, j)] = (len(left[i].about & right[j].about), ctx.related(left[i].segment, right[j].segment))
        else:
            # the only time each article gives of an event that happens once in a story (a
            # flight's take-off, its landing), told in other words
            for (i, j) in _sole_events(left, right):
                a, b = left[i], right[j]
                if (i, j) not in best and _same_day(a, b):
                    best[(i, j)] = (len(a.about & b.about), ctx.related(a.segment, b.segment))
        keep = best_each_side(best)
        keep = _outshone(keep, best)
        if kind == "number":
            keep = _ends_kept(keep, left, right)
            keep = _controls_kept(keep, left, right)
        # a figure the other article confirms elsewhere, in as close a context, is not
        # contradicted by another figure there ("23 arrested ... 15 injured" / "23 detained")
        confirmed_left: dict[int, int] = {}
        confirmed_right: dict[int, int] = {}
        for (i, j), (shared, _) in best.items():
            # (confirmed by a figure, not by a bound: "as much as 19%" does not confirm 12%)
            if _agree(left[i], right[j]) is True and not left[i].bound and not right[j].bound:
                confirmed_left[i] = max(confirmed_left.get(i, -1), shared)
                confirmed_right[j] = max(confirmed_right.get(j, -1), shared)
        for i, j in sorted(keep):
            a, b = left[i], right[j]
            if kind == "number" and {a.direction, b.direction} == {"up", "down"} and best[(i, j)][0] \
                    and not a.change and not b.change and not a.bound and not b.bound:
                # "Norvale shares rose 6%" / "Its shares fell 6%": one thing went two ways
                findings.append(ctx.finding("contradiction", kind, a.span, b.span,
                                            Why("number", f"{a.direction}: {a.said or a.written}",
                                                f"{b.direction}: {b.said or b.written}", "opposite directions"),
                                            0.85, [a.number or a.span], [b.number or b.span]))
                continue
            if kind == "number" and a.value and a.value == b.value and a.low == b.low and a.high == b.high \
                    and best[(i, j)][0]:
                # the same figure written two ways ("€150,000" / "150,000 euros"): a passage both
                # articles report
                findings.append(ctx.finding(
                    "overlap", "paraphrase", a.span, b.span,
                    Why("paraphrase", note=f"the same figure: {a.written} / {b.written}"), 0.15))
                continue
            if _agree(a, b) is not False:
                continue  # the two can both be true (or cannot be compared)
            if (a.twin >= 0 and _agree(left[a.twin], b) is not None) \
                    or (b.twin >= 0 and _agree(a, right[b.twin]) is not None):
                continue  # the moment told again in another zone, when as written first it compares
            shared = best[(i, j)][0]
            if confirmed_left.get(i, -1) >= shared or confirmed_right.get(j, -1) >= shared:
                continue
            if kind == "time":
                spelled_out = ":" in a.written and ":" in b.written
                note = f"{clock(a.low)} vs {clock(b.low)}" if a.low == a.high and b.low == b.high \
                    and not spelled_out else ""
                if (a.offset is None) != (b.offset is None):
                    note = "not one moment in any place the article names"  # ("local", no dateline)
                why = Why("time", a.written, b.written, note)
            else:
                why = Why("number", a.said or a.written, b.said or b.written)
            findings.append(ctx.finding("contradiction", kind, a.span, b.span, why, 0.85,
                                        [a.number or a.span], [b.number or b.span]))
    return findings
