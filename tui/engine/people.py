"""Contradictions about people: a name spelled two ways, a person given two titles.

Both work on people linked across the two articles (entities.py). A *name*
contradiction is a linked pair whose spellings differ beyond accents (a letter
changed, given names swapped), confirmed by the same role or position: the same
surname, a title with the same office, or mentions in aligned sentences. A *role*
contradiction compares the titles written with a person on each side (before the
name, "Deputy Foreign Minister X", or in apposition, "X, director of Y"): the same
office with a different rank ("Deputy" vs "First Deputy") or a different remit
("envoy to Ukraine and Russia" vs "envoy for Ukraine"). One side saying less is an
omission, not a contradiction; descriptions like "leader" are not titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from tui.engine import gazetteer, lexicon
from tui.engine.context import PairContext
from tui.engine.entities import Mention, person_tokens
from tui.engine.model import Finding, Span, Why
from tui.engine.tokens import concept, fold

_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+|[A-Z][\w’'.-]*(?:'s|’s)\s+)?"
    r"(?P<title>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+"
    r"(?:\s+(?:of|to|for|at|in)\s+[^,.;:]+?)?)"
    r"(?=\s*(?:[,.;:)]|\s+(?:while|who|which|said|says|and\s+(?:he|she|the|a)\b)))"
)


_TITLE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|\b[A-Z][\w’'.-]*(?:'s|’s)\s+)"
    r"(?P<title>(?:[\w’'-]+\s+){0,6}?[\w’'-]+),\s*$"
)
"""A title in apposition before a name: "the gallery's director, Piet Ranveld"."""


@dataclass(slots=True)
class Title:
    """A parsed title: the office, its rank, and its remit."""

    text: str
    span: tuple[int, int]
    head: str
    ranks: frozenset[str]
    remit: frozenset[str]


_OFFICE_RANKS = frozenset("deputy vice assistant under acting first chief".split())
"""Words that make a different office: a Deputy Minister is not the Minister."""
_DESCRIPTORS = frozenset("""senior top special presidential national general executive principal former
retired public state""".split())
"""Words that describe an office without changing it ("senior adviser" is an adviser)."""
_C_SUITE = {"chief executive officer": "ceo", "chief executive": "ceo", "chief operating officer": "coo",
            "chief financial officer": "cfo", "chief technology officer": "cto", "ceo": "ceo",
            "coo": "coo", "cfo": "cfo", "cto": "cto"}
_COMPLEMENT = ("of", "to", "for", "at", "in")
_CHIEF_OFFICER = re.compile(r"\bchief ([a-z]+(?: [a-z]+)?) officer\b")
_PRIME_MINISTER = re.compile(r"\b(?:prime minister|premier)\b")


def parse_title(text: str, span: tuple[int, int]) -> Title | None:
    words = re.findall(r"[\w’'.-]+", text)
    low = [fold(w).rstrip(".") for w in words]
    joined = " ".join(low)
    for phrase, office in _C_SUITE.items():  # "chief operating officer" is one office
        if re.search(rf"\b{phrase}\b", joined):
            return Title(text, span, office, frozenset(), frozenset())
    officer = _CHIEF_OFFICER.search(joined)
    if officer:  # "chief medical officer", "chief scientific officer"
        return Title(text, span, f"chief {officer.group(1)} officer", frozenset(), frozenset())
    if re.search(r"\bminister of state\b", joined):  # a junior office, not the minister
        ranks = frozenset(w for w in joined[:joined.index("minister of state")].split() if w in _OFFICE_RANKS)
        rest = joined[joined.index("minister of state") + len("minister of state"):].split()
        remit = frozenset(_remit_word(w) for w in rest if w not in lexicon.STOPWORDS and w not in _COMPLEMENT)
        return Title(text, span, "minister of state", ranks, remit)
    prime = _PRIME_MINISTER.search(joined)
    if prime:  # "Prime Minister", "Deputy Prime Minister": not a minister of a portfolio
        ranks = frozenset(w for w in joined[:prime.start()].split() if w in _OFFICE_RANKS)
        return Title(text, span, "prime minister", ranks, frozenset())
    head_at = None
    for k, w in enumerate(low):
        if w in _COMPLEMENT and head_at is not None:
            break
        if w in lexicon.TITLE_HEADS or w in ("gen", "lt", "col", "maj", "capt", "adm"):
            head_at = k
    if head_at is None:
        return None
    head = low[head_at]
    if head in ("head", "chief") and head_at + 1 < len(low) and low[head_at + 1] == "of":
        # "head of the anti-corruption prosecutors' office": its chief prosecutor; "head of
        # clinical development": an office of its own
        rest = [w.rstrip("'’").removesuffix("s") for w in low[head_at + 2:]]
        inner = next((w for w in rest if w in lexicon.TITLE_HEADS and w not in ("head", "chief")), None)
        if inner:
            inner = lexicon.HEAD_SYNONYMS.get(inner, inner)
            return Title(text, span, inner, frozenset({"chief"}), frozenset())
        remit = frozenset(_remit_word(w) for w in low[head_at + 2:] if w not in lexicon.STOPWORDS)
        if remit:
            return Title(text, span, "head of " + " ".join(sorted(remit)), frozenset(), remit)
    head = {"gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
            "capt": "captain", "adm": "admiral"}.get(head, head)
    head = lexicon.HEAD_SYNONYMS.get(head, head)
    before = low[:head_at]
    ranks = frozenset(w for w in before if w in _OFFICE_RANKS)
    # the remit: what the office covers, before it ("Foreign Minister") or after it ("Minister
    # of Water Resources", "envoy to Ukraine"); nationalities and places before it are not
    # part of it ("Turkish Foreign Minister", "US Secretary of State")
    portfolio = [w for w in before if w not in _OFFICE_RANKS and w not in _DESCRIPTORS
                 and w not in lexicon.STOPWORDS and w not in gazetteer.DEMONYM_TO_PLACE
                 and not gazetteer.lookup(w) and not w.endswith(("'s", "’s")) and len(w) > 1]
    complement = [w for w in low[head_at + 1:] if w not in lexicon.STOPWORDS and w not in _COMPLEMENT
                  and w not in ("affairs",)]
    remit = frozenset(_remit_word(w) for w in portfolio + complement)
    return Title(text, span, head, ranks, remit)


def _remit_word(word: str) -> str:
    """A word of a remit as it is compared: British and American spellings alike ("Defence"
    and "Defense" Minister are one office), synonyms and plurals as one."""
    return concept(lexicon.SPELLING.get(word, word))


_CHIEF_BEFORE = re.compile(r"\b[Cc]hief(?:\s+[a-z]+){1,2}\s+$")
"""The start of "chief medical officer" before a title read as "officer" alone."""


def _titles(ctx: PairContext, side: str, mentions: list[Mention]) -> list[tuple[Title, Mention]]:
    text = ctx.left.text if side == "left" else ctx.right.text
    out: list[tuple[Title, Mention]] = []
    for m in mentions:
        if m.title and m.title_span:
            title, title_span = m.title, m.title_span
            chief = _CHIEF_BEFORE.search(text, max(0, title_span[0] - 40), title_span[0]) \
                if fold(title.split()[0]) == "officer" else None
            if chief:  # "Chief medical officer Ingrid Sether": the words before "officer" too
                title_span = (chief.start(), title_span[1])
                title = text[title_span[0]:title_span[1]]
            words = {fold(w) for w in title.split()}
            if not words <= lexicon.GENERIC_DESCRIPTORS:
                t = parse_title(title, title_span)
                if t:
                    out.append((t, m))
        before = _TITLE_BEFORE.search(text, max(0, m.start - 90), m.start) \
            if text[max(0, m.start - 3):m.start].rstrip().endswith(",") else None
        if before:  # "Norsk Pharma's chief medical officer, Mara Lind"
            phrase = before.group("title")
            words = [fold(w).rstrip("'’") for w in phrase.split()]
            if any(w in lexicon.TITLE_HEADS for w in words) and not any(
                    w in lexicon.GENERIC_DESCRIPTORS for w in words[-1:]):
                t = parse_title(phrase, before.span("title"))
                if t:
                    out.append((t, m))
        app = _APPOSITIVE.match(text, m.end)
        if app:
            phrase = app.group("title")
            first_words = [fold(w) for w in phrase.split()[:6]]
            if any(w in lexicon.TITLE_HEADS for w in first_words) and not any(
                    w in lexicon.GENERIC_DESCRIPTORS for w in first_words[:1]):
                t = parse_title(phrase, app.span("title"))
                if t:
                    out.append((t, m))
    return out


_COUNTRIES = frozenset(fold(v) for v in gazetteer.COUNTRY_BY_FORM.values())
_EXCLUSIVE = frozenset({"ceo", "coo", "cfo", "cto", "chairman", "director", "curator", "president",
                        "prime minister", "minister", "chancellor", "governor", "mayor", "king", "queen",
                        "ambassador", "senator", "spokesperson", "commander", "economist", "analyst",
                        "minister of state"})
"""Offices one person does not hold at once: a CEO is not the COO, a President not the Prime
Minister, a museum's director not its curator (any "chief ... officer" too)."""


def _is_place(word: str) -> bool:
    return bool(gazetteer.lookup(word)) or word in _COUNTRIES


def _exclusive(head: str) -> bool:
    return head in _EXCLUSIVE or (head.startswith("chief ") and head.endswith(" officer")) \
        or head.startswith("head of ")


def _conflict(a: Title, b: Title) -> str | None:
    if a.head != b.head:
        return "office" if _exclusive(a.head) and _exclusive(b.head) else None
    if a.ranks != b.ranks and (a.ranks or b.ranks) and not (a.ranks <= {"chief"} >= b.ranks and a.head == "chief"):
        return "rank"
    if a.remit and b.remit and not (a.remit <= b.remit or b.remit <= a.remit):
        return "remit"
    # "envoy to Ukraine and Russia" vs "envoy for Ukraine": one names a place the other leaves out
    # (a remit of places only: "Lisbon Tenants' Union" and "tenants' union" are one union)
    places = {w for w in a.remit ^ b.remit if _is_place(w)}
    if a.remit and b.remit and places and all(_is_place(w) for w in a.remit | b.remit):
        return "remit"
    return None


_WORK = r"(?:study|trial|research|report|survey|analysis|paper|review|investigation|project)"
_OUTSIDER = re.compile(rf"\b(?:who\s+(?:was|is|were|has\s+not\s+been)\s+)?(?:not|un)\s*involved\s+(?:in|with)\s+"
                       rf"(?:the\s+|this\s+)?(?:new\s+)?{_WORK}\b", re.I)
_INSIDER = re.compile(
    rf"\b(?:(?:one\s+of\s+)?(?:the|a|an)\s+(?:{_WORK}'s\s+|{_WORK}’s\s+)(?:(?:lead|principal|senior|chief|co-?)\s*)?"
    rf"(?:investigators?|authors?|researchers?|leaders?)|(?:who|which)\s+(?:led|co-?led|ran|designed|wrote|conducted)\s+"
    rf"(?:the\s+)?{_WORK}|(?:lead|principal|senior)\s+(?:investigator|author|researcher)\s+(?:of|on|for)\s+the\s+{_WORK})\b",
    re.I)
"""Outside a study ("who was not involved in the study") or one of its makers ("one of the trial's
lead investigators", "who led the study"): said of one person, the two disagree."""


def _part(text: str, segments, segment_at, mentions: list[Mention], pattern: re.Pattern) -> tuple[Span, str] | None:
    """Where a person is said to be inside or outside a study: in the sentence of a mention, in
    the words after the name up to the end of the clause that describes them."""
    for m in mentions:
        seg = segments[segment_at(m.start)]
        found = pattern.search(text, m.end, min(seg.end, m.end + 120))
        if found and not re.search(r"[.;]|\bsaid\b|\bsays\b", text[m.end:found.start()]):
            return Span(found.start(), found.end()), found.group()
    return None


def _part_conflict(ctx: PairContext, lms: list[Mention], rms: list[Mention]):
    """One article puts a person outside a study, the other among its makers."""
    def find(side: str, ms: list[Mention], pattern: re.Pattern):
        art, segs = (ctx.left, ctx.left_segments) if side == "left" else (ctx.right, ctx.right_segments)
        return _part(art.text, segs, lambda o: ctx.segment_at(side, o), ms, pattern)

    for a, b in ((_OUTSIDER, _INSIDER), (_INSIDER, _OUTSIDER)):
        left = find("left", lms, a)
        if left:
            right = find("right", rms, b)
            if right:
                return left, right
    return None


def _span_with(title: Title, mention: Mention) -> Span:
    return Span(min(title.span[0], mention.start), max(title.span[1], mention.end))


def _full(mentions: list[Mention]) -> Mention:
    return max(mentions, key=lambda m: (len(m.text.split()), -m.start))


def find_people_conflicts(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    for link in ctx.linked:
        ent = link.entity
        if ent.type != "PERSON" or not link.left_keys or not link.right_keys:
            continue
        lms = ctx.left_entities.mentions[link.left_keys[0]]
        rms = ctx.right_entities.mentions[link.right_keys[0]]
        ltitles, rtitles = _titles(ctx, "left", lms), _titles(ctx, "right", rms)
        # -- role
        role_found = None
        # a person given two offices on one side ("chairman and chief executive") and one of
        # them on the other is described less fully, not differently
        lheads, rheads = {t.head for t, _ in ltitles}, {t.head for t, _ in rtitles}
        for lt, lm in ltitles:
            for rt, rm in rtitles:
                why = _conflict(lt, rt)
                if why == "office" and lheads & rheads:
                    continue
                if why:
                    role_found = (lt, lm, rt, rm, why)
                    break
            if role_found:
                break
        if role_found:
            lt, lm, rt, rm, why = role_found
            left, right = _span_with(lt, lm), _span_with(rt, rm)
            findings.append(ctx.finding(
                "contradiction", "role", left, right,
                Why("role", lt.text, rt.text, f"{ent.name}: " + {"rank": "a different rank",
                    "remit": "a different remit", "office": "a different office"}[why]),
                0.7, [Span(*lt.span)], [Span(*rt.span)]))
        if not role_found:
            part = _part_conflict(ctx, lms, rms)
            if part:
                (left, lw), (right, rw) = part
                findings.append(ctx.finding(
                    "contradiction", "role", left, right,
                    Why("role", lw, rw, f"{ent.name}: outside the study on one side, one of its authors on the other"),
                    0.7, [left], [right]))
        # -- name
        if link.relation != "variant":
            continue
        lfull, rfull = _full(lms), _full(rms)
        lt_tokens, rt_tokens = person_tokens(lfull.text), person_tokens(rfull.text)
        if [_plain(t) for t in lt_tokens] == [_plain(t) for t in rt_tokens]:
            continue  # (the same letters, "Mirosław" written "Miroslaw": a convention)
        same_office = any(a.head == b.head for a, _ in ltitles for b, _ in rtitles)
        same_surname = bool(lt_tokens and rt_tokens and lt_tokens[-1] == rt_tokens[-1])
        swapped = sorted(lt_tokens) == sorted(rt_tokens)
        li, ri = ctx.segment_at("left", lfull.start), ctx.segment_at("right", rfull.start)
        aligned = ctx.aligner.score(li, ri) >= 0.2
        # the same given name and a surname one letter or two apart is one person on its own
        close = _close_names([_plain(t) for t in lt_tokens], [_plain(t) for t in rt_tokens])
        if not (same_office or same_surname or swapped or aligned or close):
            continue
        basis = ("same role" if same_office else "same surname" if same_surname
                 else "same position" if aligned else "same given name, near-identical surname" if close
                 else "same names")
        if swapped:
            basis = f"the same names in another order; {basis}"
        findings.append(ctx.finding(
            "contradiction", "name", Span(lfull.start, lfull.end), Span(rfull.start, rfull.end),
            Why("name", lfull.text, rfull.text, basis), 0.8,
            [Span(lfull.start, lfull.end)], [Span(rfull.start, rfull.end)]))
    return findings + _unlinked_spellings(ctx)


_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                          "ħ": "h", "ŀ": "l"})
"""Letters that do not decompose into a plain letter and an accent (Polish ł, Danish ø): a name
written without them ("Miroslaw" for "Mirosław") is the same name by convention."""


def _plain(word: str) -> str:
    return fold(word).translate(_LETTERS)


def _close_names(a: list[str], b: list[str]) -> bool:
    """The same given name and a surname a letter or two apart ("Radoslaw Wiatrek" /
    "Radosław Wiatrak"): one person's name, misspelt on one side."""
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] != b[-1] \
        and Levenshtein.normalized_similarity(a[-1], b[-1]) >= 0.8


def _unlinked_spellings(ctx: PairContext) -> list[Finding]:
    """People the two articles were not found to share, whose names differ by a letter or two
    in the surname and by no more than a convention in the given name ("Mirosław Dembski" /
    "Miroslaw Dembicki"): one person, misspelt on one side."""
    def lonely(side: str) -> list[tuple[list[str], Mention]]:
        ents = ctx.left_entities if side == "left" else ctx.right_entities
        keys = [k for link in ctx.linked if link.entity.type == "PERSON"
                and bool(link.left_keys) != bool(link.right_keys)
                for k in (link.left_keys if side == "left" else link.right_keys)]
        out = []
        for k in keys:
            ms = ents.mentions.get(k)
            if ms:
                full = _full(ms)
                out.append(([_plain(t) for t in person_tokens(full.text)], full))
        return out

    findings: list[Finding] = []
    right = lonely("right")
    if not right:
        return findings
    for ltoks, lm in lonely("left"):
        near = [(rtoks, rm) for rtoks, rm in right if _close_names(ltoks, rtoks)]
        if len(near) != 1:
            continue  # (two candidates: which one is meant cannot be told)
        rm = near[0][1]
        findings.append(ctx.finding(
            "contradiction", "name", Span(lm.start, lm.end), Span(rm.start, rm.end),
            Why("name", lm.text, rm.text, "same given name, near-identical surname"), 0.75,
            [Span(lm.start, lm.end)], [Span(rm.start, rm.end)]))
    return findings


SPELLING_ALIGNMENT = 0.35
"""Aligned pairs scoring from this on are compared word for word for spelling variants."""


def find_spelling_in_diff(ctx: PairContext) -> list[Finding]:
    """A capitalised name replaced by a near-identical one in the same position of two
    aligned sentences ("Malatya" vs "Malatiya"): the same person or place spelled two ways.
    Known alternative names (Kyiv/Kiev, Turkey/Türkiye) are conventions, not errors."""
    from rapidfuzz.distance import Levenshtein

    from tui.engine import gazetteer

    findings: list[Finding] = []
    for pair in ctx.alignment:
        if pair.score < SPELLING_ALIGNMENT:
            continue
        ls, rs = ctx.left_segments[pair.left], ctx.right_segments[pair.right]
        for a0, a1, b0, b1 in ctx.replacements(pair.left, pair.right):
            la, rb = ls.tokens[a0:a1], rs.tokens[b0:b1]
            if len(la) != len(rb) or len(la) > 3:
                continue
            if not all(t.text[:1].isupper() and not t.text.isupper() for t in la + rb):
                continue
            if any(t.norm in lexicon.WEEKDAYS or t.norm in lexicon.MONTHS for t in la + rb):
                continue  # "Monday" / "Sunday": two days (the dates' detector), not one name spelled two ways
            lw, rw = " ".join(t.text for t in la), " ".join(t.text for t in rb)
            lk, rk = gazetteer.lookup(lw), gazetteer.lookup(rw)
            if lk and rk and lk == rk:
                continue
            if lk and rk:
                continue  # two different known places: not a spelling matter
            if Levenshtein.normalized_similarity(fold(lw), fold(rw)) < 0.6:
                continue
            left, right = Span(la[0].start, la[-1].end), Span(rb[0].start, rb[-1].end)
            findings.append(ctx.finding(
                "contradiction", "name", left, right,
                Why("name", lw, rw, "the same position in matching sentences"), 0.75, [left], [right]))
    return findings
