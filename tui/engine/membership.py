"""Membership contradictions: two articles naming different participants.

A list of two or more names of one kind ("Turkey, the US and Ukraine"; organisations, people,
regions) is read as a set of participants. A member's short name in brackets stays inside the
list ("the Velmoran Tax Office (VTO), ..."), a possessive before a member says whose it is
("Finland's Transport Safety Bureau"), a member may be added after the list ("A and B, assisted
by C"), and works listed with their authors are lists of the authors ('A's "Title", B's "Title"').
When a list (or a single name) is introduced by "with", "together with", "with help from" or
"joined by", the subject of the clause takes part too ("the Ukrainian delegation held talks with
the US and Türkiye"; "X leads it, with help from A"; "It will be joined by B": the subject of the
sentence before).

Two lists in related sentences that share some members but where *each* side has a member the
other lacks disagree about who took part; one list being a subset of the other is an omission,
unless the shorter one says it names them all (a count as long as it, "both", "The X are A and
B"). Lists with the same subject disagree when each names a helper the other lacks. A body
described, not named ("the police fraud unit, A and B"), may be any one member the other names.
Bodies named one per country ("the Czech National Bank and the National Bank of Velmora") are
compared, as countries, with places that stand for one body each ("the central banks of A and
B"). A list that matches another list of the other article exactly settles the question, so no
conflict is reported for it. People named by nationality ("both Estonian nationals" / "a Filipino
and an Estonian") are compared the same way, as are counts of members ("all five countries").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from tui.engine import gazetteer, lexicon
from tui.engine.context import PairContext, best_each_side
from tui.engine.entities import ArticleEntities
from tui.engine.model import Finding, Span, Why
from tui.engine.patterns import find_all, literal_alternation, segments_found, segments_hinted
from tui.engine.tokens import concept, fold

MIN_SHARED = 0.3
"""Jaccard overlap from which two lists are about the same group."""
RELATED = 0.12
"""Sentences scoring below this are not about the same event."""
ALONE_ALIGNED = 0.3
"""Aligned sentences this alike, each holding one list, are about the same group even when the
words around the lists differ ("to monitor deforestation in A and B" / "imaging A and C")."""

_SEPARATOR = re.compile(r"^(?:\s*,\s*(?:which|who)\b[^,;:()\"“”]{1,90},)?"
                        r"(?:\s*,\s*(?:and\s+(?:(?:by|with|from)\s+)?)?|\s+and\s+(?:(?:by|with|from)\s+)?"
                        r"|\s*,?\s*as well as\s+)(?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}$")
"""Between two members: a comma or "and", and at most two lower-case words saying what the next
one is ("accountant Rafe Tollund and businessman Corin Mazzel"); a clause about the member before
may come first ("A, which built the ship, and B"), and "and by"/"and with" repeats a preposition."""
_ADDED = re.compile(r"^\s*,?\s*(?:(?:assisted|aided|helped|joined|accompanied)\s+by|(?:together|along)\s+with|"
                    r"alongside|with\s+(?:the\s+)?(?:help|support|assistance|participation)\s+(?:of|from))"
                    r"\s+(?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}$")
"""Before a member added to a list: "A and B, assisted by C", "A and B together with C"."""
_LEAD_IN = re.compile(r"\b(?:(?:assisted|aided|helped|joined|accompanied)\s+by|(?:together|along)\s+with|"
                      r"alongside|with(?:\s+(?:the\s+)?(?:help|support|assistance|participation)\s+(?:of|from))?)"
                      r"\s+(?:the\s+)?(?:[a-z][a-z-]+\s+){0,2}$")
"""Before members who take part with the clause's subject: "X opened an inquiry together with A and B",
"X leads it, with help from C", "It will be joined by D"."""
_BARE_WITH = re.compile(r"with\s(?!(?:the\s+)?(?:help|support|assistance|participation)\b)")
_LEAD_WORDS = ("with", "ed by", "alongside")
"""The words of ``_LEAD_IN``, found once per article (``_found``)."""


_FAR_LISTED = (", which", ", who", "'s ", "’s ")
"""What may part two members further apart than usual: a clause about the first, its work's title."""
_PRONOUN_SUBJECT = re.compile(r"(?:It|They)\s")
_POSSESSIVE_GAP = ("'s ", "’s ")


def _separates(gap: str) -> bool:
    m = _SEPARATOR.match(gap)
    if not m:
        return False
    words = re.findall(r"[a-z][a-z-]+", gap[gap.rfind(",") + 1:] if "which" in gap or "who" in gap else gap)
    # (the descriptors are content words: not "and then between")
    return all(w in ("and", "the", "as", "well", "by", "with", "from") or w not in lexicon.STOPWORDS for w in words)


_TITLE = r"(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"
_YEAR = r"\s*\((?:c\.\s*)?\d{4}\)"
_WORK_AFTER = re.compile(rf"['’]s\s+(?:{_TITLE}(?:{_YEAR})?|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|with|a|an|the|in|on|"
                         rf"at|to|for|from)){{0,7}}{_YEAR})")
"""A work after its author's name: 'X's "Title"', "X's Title Words (1634)"."""
_WORK_BEFORE = re.compile(rf"{_TITLE}(?:{_YEAR})?\s+by\s+$")
"""A work before its author's name: '"Title" by X'."""
_BODY = r"(?:unit|police|agency|office|service|team|ministry|department|regulator|watchdog|authority|squad|" \
        r"prosecutors?|inspectorate|directorate)"
_UNNAMED_BEFORE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{0,3}}{_BODY},\s+(?:the\s+)?$")
_UNNAMED_BETWEEN = re.compile(rf"\s*,\s*(?:and\s+)?(?:the|its|their)\s+(?:[a-z-]+\s+){{0,3}}{_BODY}"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
"""A body described, not named, before a list or inside it: "The police cybercrime unit, A and B"."""
_SHORT_NAME = re.compile(r"\s*\([A-Z][\w.&-]{0,11}\)")
"""A short name in brackets after a member that is not itself a name found ("... Agency (VSA), ...")."""
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")
_DESCRIBED = re.compile(r"\b(?:upstream|downstream|neighbouring|neighboring|fellow|rival|landlocked|coastal|"
                        r"oil-rich|gas-rich|wealthy|wealthier|richer|poorer|smaller|larger|bigger)\s+$", re.I)
"""A word before a list that says what kind its members are ("downstream Uzbekistan, Kazakhstan and
Turkmenistan need the water"): a description of some members, not a list of who took part."""


@dataclass(slots=True)
class Members:
    """A list of participants: its span, the segment it stands in, its members, and what
    the clause around it is about (the concepts of its words: met, signed, attended...).
    ``anchor``: the subject the members take part with ("X, with help from A"), when named."""

    start: int
    end: int
    segment: int
    members: frozenset[str]
    named: tuple[str, ...]
    about: frozenset[str] = frozenset()
    anchor: frozenset[str] = frozenset()
    bodies: bool = False
    """Places that stand for one body each ("the central banks of A and B")."""
    unnamed: int = 0
    """Members described, not named ("the police cybercrime unit, A and B"): each may be any one."""
    owners: tuple[str, ...] = ()
    """Each member's possessive owner, if written ("Finland's"), else ""."""
    opening: tuple[int, int] = (0, 0)
    """Where the list's clause begins, and where the list begins (its first work or owner)."""
    countries: frozenset[str] | None = None
    """For organisations each named for another country ("the Czech National Bank and the National
    Bank of Velmora"), those countries; for places after "the central banks of", the places (worked
    out when asked: ``_countries``)."""
    complete: bool | None = None
    """The list says it names them all: a count as long as it ("two satellites from A and B",
    "both A and B"), or "The X are A, B and C" (worked out when asked: ``_says_all``)."""


def _countries(lst: Members) -> frozenset[str]:
    if lst.countries is None:
        lst.countries = frozenset()
        if lst.bodies:
            lst.countries = lst.members
        elif not lst.anchor and all(k.startswith("ORG:") for k in lst.members):
            owned = [_country_named(name) or (_country_named(owner) if owner else None)
                     for name, owner in zip(lst.named, lst.owners, strict=True)]
            if all(owned) and len(set(owned)) == len(owned):
                lst.countries = frozenset(o for o in owned if o)
    return lst.countries


def _says_all(lst: Members, text: str) -> bool:
    if lst.complete is None:
        places = any(k.startswith(("GPE:", "LOC:")) for k in lst.members)
        lst.complete = not lst.anchor and not lst.unnamed and len(lst.members) == len(lst.named) and _complete(
            text, lst.opening[0], lst.opening[1], len(lst.named), counted=not places)
    return lst.complete


_SMALL_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
"""A count of a few, in words or figures (the counts the patterns below read)."""
_COUNTED = re.compile(rf"\b(?i:({_SMALL_COUNT})\s+(?:(?!of\b)[a-z-]+\s+){{0,2}}"
                      r"[a-z]+s\b)")
"""A count before a list, in its clause: "two satellites built at"."""
_BOTH = re.compile(r"\b[Bb]oth\s+(?:the\s+)?$")
_ARE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:are|were)\s+(?:the\s+)?((?:[a-z-]+\s+)?)$")
"""Before a list that defines a group: "The stolen works are", "The suspects are lawyer"."""


def _complete(text: str, clause_start: int, start: int, size: int, counted: bool = True) -> bool:
    """Whether a list of ``size`` members starting at ``start`` says it names them all (by a
    count before it only when ``counted``: "two people died in A and B" counts no places)."""
    are = _ARE.search(text, max(clause_start, start - 50), start)
    if are and (not are.group(1) or are.group(1).strip() not in lexicon.STOPWORDS
                and not are.group(1).strip().endswith(("ed", "ing"))):
        return True
    if size == 2 and _BOTH.search(text, max(clause_start, start - 10), start):
        return True
    if counted and (before := _COUNTED_BEFORE.search(text, max(0, clause_start - 60), clause_start)):
        word = before.group(1).lower()
        if (int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 0)) == size:
            return True
    for m in _COUNTED.finditer(text, max(clause_start, start - 90), start) if counted else ():
        word = m.group(1).lower()
        if (int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 0)) == size:
            return True
    return False


_LONG_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+(?:[a-z][\w'’-]*\s+){0,3})*[A-Z][\w'’.-]*\s+\($")
"""A name written out before its short name in brackets: "Fédération des professeurs de Velmora (",
where the long name is not itself a name found."""
_COUNTED_BEFORE = re.compile(rf"\b(?i:({_SMALL_COUNT})\s+(?:(?!of\b)[a-z-]+\s+){{0,2}}[a-z]+s),\s+(?:the\s+)?$")
"""A count of what a list names, set off before it: "Two smaller unions, the A and the B"."""
_BODIES_OF = re.compile(r"\b[a-z]+s\s+of\s+(?:the\s+)?$")
"""Before places that stand for one body each: "the central banks of", "the navies of"."""


def _country_named(name: str) -> str | None:
    """The one country an organisation's name names ("Czech National Bank", "National Bank of
    Poland"), as a place's key; None for none or several."""
    words = fold(name).replace("'s", "").split()
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            form = " ".join(words[i:i + size])
            country = gazetteer.COUNTRY_BY_FORM.get(form) or (gazetteer.DEMONYM_TO_PLACE.get(form) if size == 1
                                                               else None)
            if country:
                found.add(f"GPE:{fold(country)}")
                i += size
                break
        else:
            i += 1
    return next(iter(found)) if len(found) == 1 else None


def _near(seg, start: int, end: int, before: int, after: int) -> list:
    """The tokens of a segment just before ``start`` (up to ``before`` of them) and just after
    ``end`` (up to ``after``); the tokens are in order, so two bisections find them."""
    tokens = seg.tokens
    i = bisect.bisect_right(tokens, start, key=_token_end)
    j = bisect.bisect_left(tokens, end, key=_token_start)
    return tokens[max(0, i - before):i] + tokens[j:j + after]


def _token_end(t) -> int:
    return t.end


def _token_start(t) -> int:
    return t.start


def _about(seg, start: int, end: int) -> frozenset[str]:
    """Concepts of the content words near a list (a few words before, a few after)."""
    return frozenset(concept(t.norm) for t in _near(seg, start, end, 8, 6)
                     if not t.stop and not t.text[:1].isupper() and not t.norm[:1].isdigit()
                     and len(t.norm) > 2)


def _subject(text: str, places: list, starts: list[int], segments, seg_i: int, start: int, end: int, etype: str,
             types: dict[str, str]) -> tuple[set[str], frozenset[str]]:
    """The keys of the names of ``etype`` between ``start`` and ``end`` (a clause before its
    "with ..."), leaving out possessives ("Velmora's"); for a clause opening with "It" or "They",
    those of the sentence before up to its first comma, with what that clause is about.
    (``places`` are in order of their ``starts``.)"""
    found = {m.key for m in places[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
             if m.end <= end and types[m.key] == etype and not text.startswith(_POSSESSIVE_GAP, m.end)}
    if not found and _PRONOUN_SUBJECT.match(text, start) and seg_i > 0:
        prev = segments[seg_i - 1]
        cut = _CLAUSE_BREAK.search(text, prev.start, prev.end)
        cut_at = cut.start() if cut else prev.end
        found, _ = _subject(text, places, starts, segments, seg_i - 1, prev.start, cut_at, etype, types)
        return found, _about(prev, cut_at, cut_at)
    return found, frozenset()


def member_lists(text: str, segments, ents: ArticleEntities, segment_at,
                 kinds: tuple[str, ...] = ("GPE",), key_of=lambda k: k) -> list[Members]:
    every = sorted(
        (m for key, ms in ents.mentions.items() if ents.types[key] in kinds for m in ms),
        key=lambda m: m.start,
    )
    # a possessive right before another name ("Velmora's Tax Office") says whose it is: no member
    owner_start = {b.start: a.start for a, b in zip(every, every[1:], strict=False)
                   if b.start - a.end == 3 and text.startswith(_POSSESSIVE_GAP, a.end)}
    places = [m for m in every if m.end + 3 not in owner_start] if owner_start else every
    lists: list[Members] = []
    every_starts: list[int] | None = None
    leads_at = sorted(end for _, end in find_all(text, _LEAD_WORDS))
    n, p = len(places), 0
    k = 0
    while k < n:
        m = places[k]
        while p < len(leads_at) and leads_at[p] < m.start - 80:
            p += 1
        led = p < len(leads_at) and leads_at[p] <= m.start
        if not led and (k + 1 == n or places[k + 1].start - m.end > 64 and not text.startswith(_FAR_LISTED, m.end)):
            k += 1
            continue  # (most names: alone, far from the next, with no "with" before them)
        group = [places[k]]
        end = places[k].end
        added = False
        unnamed = 0
        j = k + 1
        while j < n:
            nxt = places[j]
            far = nxt.start - end
            if far > 64 and (far > 160 or not text.startswith(_FAR_LISTED, end)):
                break  # (too far apart for one list: only a clause or a work's title part two members so far)
            if far <= 2 and text[end:nxt.start] in (" (", "(") and text.startswith(")", nxt.end) \
                    and ents.types[nxt.key] == ents.types[group[-1].key]:
                end = nxt.end + 1  # "the Velmoran Tax Office (VTO), ...": the member's short name
                j += 1
                continue
            if text.startswith(("'s ", "’s "), end) and (work := _WORK_AFTER.match(text, end)):
                if nxt.start < work.end():
                    j += 1  # a name inside the work's title
                    continue
                end = work.end()  # 'A's "Title", B's "Title"': the works of A and B
            gap = text[end:owner_start.get(nxt.start, nxt.start)]
            if gap.startswith(")") and text[group[-1].start - 1:group[-1].start] == "(":
                gap = gap[1:]  # "the Velmoran Teachers' Guild (VTG) and ...": a member known by its short name
            if "(" in gap and (short := _SHORT_NAME.match(gap)):
                gap = gap[short.end():]
            if "by" in gap and (work := _WORK_BEFORE.search(gap)):
                gap = gap[:work.start()]  # '"Title" by A, "Title" by B'
            if len(gap) > 48 and not gap.startswith(_FAR_LISTED) or not _separates(gap):
                if ("with" in gap or "by" in gap or "alongside" in gap) and _ADDED.match(gap):
                    added = True
                elif "," in gap and _UNNAMED_BETWEEN.match(gap):
                    unnamed += 1  # "A, the police cybercrime unit and B"
                else:
                    break
            group.append(nxt)
            end = nxt.end
            j += 1
        if len(group) == 2 and not added and not re.search(
                r"\band\b|\bas well as\b", text[group[0].end:group[1].start]):
            k = j
            continue  # "Graz, Austria": a place and where it is, not a list (two members take an "and")
        if len(group) < 2 and not led:
            k = j
            continue  # (most names stand alone: none of the words that add one to a subject)
        first = owner_start.get(group[0].start, group[0].start)
        seg_i = segment_at(group[0].start)
        seg = segments[seg_i]
        if text[first - 1:first] == "(" and (long := _LONG_NAME.search(text, max(seg.start, first - 90), first)):
            first = long.start()  # (the first member's full name, before its short one)
        if len(group) > 1 and text.startswith(" by ", first - 4) and (
                work := _WORK_BEFORE.search(text, max(seg.start, first - 100), first)):
            first = work.start()  # '"Title" by A, ...': the list begins with the first work
        lead = _LEAD_IN.search(text, max(seg.start, first - 50), first) if led else None
        if len(group) < 2 and (not lead or _BARE_WITH.match(lead.group())):
            k = j
            continue  # ("held talks with A": one name met, not one who takes part with the subject)
        if len({ents.types[m.key] for m in group}) > 1:
            k = j
            continue  # a list mixes people and places: not one group
        keys = {key_of(m.key) for m in group}
        # "... held talks with representatives from A and B": the subject takes part
        clause_start = _clause_start(text, seg.start, group[0].start)
        keys |= _with_subject(text[clause_start:group[0].start])
        if _DESCRIBED.search(text, max(clause_start, group[0].start - 24), group[0].start):
            k = j
            continue  # "downstream Uzbekistan, Kazakhstan and Turkmenistan": a kind of member, not who took part
        anchor: set[str] = set()
        if lead:
            # the subject is in the clause of "with" ("X opened it together with A"), or in the
            # clause before when "with" opens its own ("X leads it, with help from A")
            breaks = [seg.start] + [br.end() for br in _CLAUSE_BREAK.finditer(text, seg.start, lead.start())]
            if len(breaks) > 1 and not text[breaks[-1]:lead.start()].strip():
                breaks.pop()
            if every_starts is None:
                every_starts = [m.start for m in every]
            subject, told = _subject(text, every, every_starts, segments, seg_i, breaks[-1],
                                     lead.start(), ents.types[group[0].key], ents.types)
            if 1 <= len(subject) <= 2:
                anchor = {key_of(key) for key in subject} - keys
                keys |= anchor
        if len(keys) >= 2:
            about = _about(seg, group[0].start, group[-1].end)
            kind = ents.types[group[0].key]
            bodies = kind == "GPE" and not anchor and "of" in text[max(0, first - 6):first] and bool(
                _BODIES_OF.search(text, max(seg.start, first - 40), first))
            described = _UNNAMED_BEFORE.search(text, max(seg.start, first - 60), first) \
                if kind == "ORG" and not anchor and "," in text[max(0, first - 7):first] else None
            opening = (clause_start, first)
            if described:
                unnamed += 1  # "The police cybercrime unit, A and B"
                first = described.start()
            owners = tuple(text[owner_start[m.start]:m.start] if m.start in owner_start else "" for m in group)
            lists.append(Members(min(first, group[0].start), group[-1].end, seg_i, frozenset(keys),
                                 tuple(m.text for m in group), about | told if anchor else about,
                                 frozenset(anchor), bodies, unnamed if kind == "ORG" else 0, owners, opening))
        k = j
    lists.extend(_demonym_lists(text, segments, segment_at))
    return lists


_AND_CAPITAL = re.compile(r" and ([A-Z][a-z]+(?: [A-Z][a-z]+)?) [a-z]")
"""The last of a list of adjectives of nationality: "... and Ukrainian officials"."""


def _clause_start(text: str, seg_start: int, start: int) -> int:
    clause_start = seg_start
    for br in _CLAUSE_BREAK.finditer(text, seg_start, start):
        clause_start = br.end()
    return clause_start


def _with_subject(before: str) -> set[str]:
    """The countries of the subject of a clause before its "with" ("Velmoran investigators worked
    with ..."): they take part with the members after it."""
    keys: set[str] = set()
    if "with" in before and re.search(r"\bwith\b", before):
        for w in re.findall(r"[A-Z][^\W\d_]*", re.split(r"\bwith\b", before)[0]):
            country = gazetteer.DEMONYM_TO_PLACE.get(fold(w))
            known = gazetteer.lookup(w)
            if country:
                keys.add(f"GPE:{fold(country)}")
            elif known and known[1] == "GPE":
                keys.add(f"GPE:{fold(known[0])}")
    return keys


def _demonym_lists(text: str, segments, segment_at) -> list[Members]:
    """Lists of countries told by their adjectives: "Turkish, American and Ukrainian officials"
    names Turkey, the United States and Ukraine."""
    lists: list[Members] = []
    for m in _AND_CAPITAL.finditer(text):
        last = m.group(1)
        if fold(last) not in gazetteer.DEMONYM_TO_PLACE:
            if " " not in last or fold(last.split()[0]) not in gazetteer.DEMONYM_TO_PLACE:
                continue
            last = last.split()[0]
        found = _DEMONYMS_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if not found:
            continue
        items = [w.strip() for w in found.group(1).split(",")] + [last]
        keys = frozenset(f"GPE:{_country(w)}" for w in items)
        if len(keys) < 2 or len(keys) < len(items):
            continue
        start, end = found.start(1), m.start(1) + len(last)
        seg_i = segment_at(start)
        seg = segments[seg_i]
        if seg.kind != "sentence" or not seg.start <= start < end <= seg.end:
            continue
        keys |= _with_subject(text[_clause_start(text, seg.start, start):start])  # ("worked with A and B officials")
        lists.append(Members(start, end, seg_i, keys, tuple(items), _about(seg, start, end)))
    return lists


def _differ(a: frozenset[str], b: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The members of each list the other lacks; a member named by the end of another's name
    is the same one ("Korea" / "South Korea")."""
    only_a, only_b = set(a - b), set(b - a)
    for x in sorted(only_a):
        kind, name = x.split(":", 1) if ":" in x else ("", x)
        for y in sorted(only_b):
            kind_y, name_y = y.split(":", 1) if ":" in y else ("", y)
            if kind == kind_y and (name_y.endswith(" " + name) or name.endswith(" " + name_y)):
                only_a.discard(x)
                only_b.discard(y)
                break
    return frozenset(only_a), frozenset(only_b)


def _names(keys: frozenset[str]) -> str:
    return ", ".join(sorted(k.split(":", 1)[1].title() for k in keys))


def _compared(a: Members, b: Members) -> tuple[frozenset[str], frozenset[str]]:
    """The members of two lists to compare: the countries of bodies named one per country
    ("the central banks of A and B" / "the Czech National Bank and ..."), else the members."""
    if a.bodies != b.bodies and _countries(a) and _countries(b):
        return _countries(a), _countries(b)
    return a.members, b.members


def _kinds(lst: Members) -> frozenset[str]:
    return frozenset(k.split(":", 1)[0] for k in lst.members)


def _alone(lst: Members, by_segment: dict[int, list[Members]]) -> bool:
    """Whether a list is the only one of its kind of member in its sentence."""
    return sum(1 for o in by_segment[lst.segment] if _kinds(o) & _kinds(lst)) == 1


def find_membership_conflicts(ctx: PairContext) -> list[Finding]:
    # one key per real-world thing on both sides (a person spelled two ways is one member)
    right_to_left = ctx.right_to_left()
    kinds = ("GPE", "PERSON", "ORG", "LOC")
    left = member_lists(ctx.left.text, ctx.left_segments, ctx.left_entities,
                        lambda o: ctx.segment_at("left", o), kinds)
    right = member_lists(ctx.right.text, ctx.right_segments, ctx.right_entities,
                         lambda o: ctx.segment_at("right", o), kinds, lambda k: right_to_left.get(k, k))
    findings: list[Finding] = []

    def settled(lst: Members, others: dict[int, list[Members]], side: str) -> bool:
        near = ctx.partners(side).get(lst.segment, {})
        for o in (o for seg in near for o in others.get(seg, ())):
            score = near[o.segment]
            if score >= RELATED and o.members == lst.members and o.about & lst.about:
                return True
        return False

    aligned = {(p.left, p.right) for p in ctx.alignment}
    left_by_segment: dict[int, list[Members]] = {}
    for lst in left:
        left_by_segment.setdefault(lst.segment, []).append(lst)
    right_by_segment: dict[int, list[Members]] = {}
    for lst in right:
        right_by_segment.setdefault(lst.segment, []).append(lst)
    for r in right:
        if settled(r, left_by_segment, "right"):
            continue
        near = ctx.partners("right").get(r.segment, {})
        alone = _alone(r, right_by_segment)
        related = [(lst_l, near[seg]) for seg in sorted(near) for lst_l in left_by_segment.get(seg, ())
                   if lst_l.about & r.about or alone and _alone(lst_l, left_by_segment)
                   and near[seg] >= ALONE_ALIGNED and (seg, r.segment) in aligned]
        related = [(lst_l, s) for lst_l, s in related if s >= RELATED]
        best = None
        for lst_l, s in related:
            mine, theirs = _compared(lst_l, r)
            only_l, only_r = _differ(mine, theirs)
            # a member described, not named, may be any one the other names
            n_l, n_r = max(0, len(only_l) - r.unnamed), max(0, len(only_r) - lst_l.unnamed)
            both = len(mine) - len(only_l) + len(only_l) - n_l + len(only_r) - n_r
            shared = both / (both + n_l + n_r)
            if not (n_l and n_r or n_r and _says_all(lst_l, ctx.left.text) or n_l and _says_all(r, ctx.right.text)):
                continue  # a list that is part of the other leaves some out (unless it says it names all)
            if shared < MIN_SHARED and not lst_l.anchor & r.anchor and not (
                    both and (_says_all(lst_l, ctx.left.text) or _says_all(r, ctx.right.text))):
                continue
            if settled(lst_l, right_by_segment, "left"):
                continue
            if best is None or (shared, s) > best[1:]:
                best = (lst_l, shared, s)
        if best is None:
            continue
        lst_l = best[0]
        mine, theirs = _compared(lst_l, r)
        only_l, only_r = _differ(mine, theirs)
        findings.append(ctx.finding(
            "contradiction", "membership", Span(lst_l.start, lst_l.end), Span(r.start, r.end),
            Why("membership", _names(only_l), _names(only_r), f"both name {_names(mine & theirs)}"),
            0.85))
    findings.extend(find_count_conflicts(ctx, left, right))
    findings.extend(find_nationality_conflicts(ctx))
    findings.extend(_absent_members(ctx, left, right, right_to_left))
    return findings


_ABSENT = re.compile(
    r"\s+(?:(?:also\s+)?stayed\s+away|boycotted|sat\s+(?:it\s+)?out|pulled\s+out|was\s+absent|were\s+absent|"
    r"(?:did\s+not|didn't|refused\s+to|declined\s+to)\s+(?:join|attend|take\s+part|back|support|sign|endorse))\b",
    re.I)
"""A member named as staying out ("the UGT stayed away", "X did not join", "Y declined to sign")."""


def _absent(ctx: PairContext, side: str, key_of) -> list[tuple[str, int, Span]]:
    """The members an article says stayed out: (key, segment, the words)."""
    ents = ctx.right_entities if side == "right" else ctx.left_entities
    text = (ctx.right if side == "right" else ctx.left).text
    out: list[tuple[str, int, Span]] = []
    for key, ms in ents.mentions.items():
        if ents.types.get(key) not in ("ORG", "GPE", "PERSON"):
            continue
        for m in ms:
            found = _ABSENT.match(text, m.end)
            if found:
                out.append((key_of(key), ctx.segment_at(side, m.start), Span(m.start, found.end())))
    return out


def _absent_members(ctx: PairContext, left: list[Members], right: list[Members], right_to_left) -> list[Finding]:
    """A member one article lists among those who took part and the other says stayed out,
    in related sentences ("backed by the UGT and CCOO unions" / "but the UGT stayed away");
    not when the listing article says so too."""
    findings: list[Finding] = []
    absent = {"left": _absent(ctx, "left", lambda k: k),
              "right": _absent(ctx, "right", lambda k: right_to_left.get(k, k))}
    for side, lists, other in (("left", left, "right"), ("right", right, "left")):
        own = {key for key, _, _ in absent[side]}
        for lst in lists:
            for key, seg, span in absent[other]:
                if key not in lst.members or key in own:
                    continue
                score = ctx.related(lst.segment, seg) if side == "left" else ctx.related(seg, lst.segment)
                if score < RELATED:
                    continue
                mine = Span(lst.start, lst.end)
                a, b = (mine, span) if side == "left" else (span, mine)
                name = key.split(":", 1)[-1].title()
                findings.append(ctx.finding(
                    "contradiction", "membership", a, b,
                    Why("membership", ctx.left.text[a.start:a.end], ctx.right.text[b.start:b.end],
                        f"{name}: listed as taking part on one side, staying out on the other"),
                    0.75, [a], [b]))
                break
    return findings


PORTFOLIO_ALIGNMENT = 0.5
"""Sentences this alike are read word for word for the office of who took part."""
_PORTFOLIOS = frozenset("""foreign defense defence interior justice finance economy energy health education
trade agriculture transport culture labour labor environment housing tourism youth sports digital science
industry infrastructure communications development home""".split())
"""Words that say which minister (or secretary): "the foreign ministers" are not "the trade ministers"."""


def find_portfolio_conflicts(ctx: PairContext) -> list[Finding]:
    """In closely matching sentences, the same office with another portfolio in the same place
    ("joined only by their foreign ministers" / "joined only by their trade ministers")."""
    findings: list[Finding] = []
    for pair in ctx.alignment:
        if pair.score < PORTFOLIO_ALIGNMENT:
            continue
        for la, rb, head_l, head_r in ctx.word_swaps(pair.left, pair.right):
            if la.norm not in _PORTFOLIOS or rb.norm not in _PORTFOLIOS:
                continue
            if head_l.norm != head_r.norm or concept(head_l.norm.rstrip("s")) not in lexicon.TITLE_HEADS:
                continue
            left, right = Span(la.start, head_l.end), Span(rb.start, head_r.end)
            plural = head_l.norm.endswith("s")
            findings.append(ctx.finding(
                "contradiction", "membership" if plural else "role", left, right,
                Why("membership" if plural else "role", ctx.left.text[left.start:left.end],
                    ctx.right.text[right.start:right.end], "another office in the same place"),
                0.75, [Span(la.start, la.end)], [Span(rb.start, rb.end)]))
    return findings


_GROUP_NOUNS = {
    "GPE": frozenset("countries states nations republics governments members".split()),
    "ORG": frozenset("""companies firms unions banks parties airlines groups organisations organizations
                     members""".split()),
}
"""What a count of a list's members is counted in: "all five countries" counts a list of places."""
_ALL_GROUP = frozenset(w for ws in _GROUP_NOUNS.values() for w in ws)
_NUMBER = r"(?i:\b(\d{1,2}|" + "|".join(sorted((w for w in lexicon.NUMBER_WORDS if w != "dozen"), key=len,
                                                reverse=True)) + r")\b)"
_COUNT = re.compile(
    rf"(?i:\b(?:(?:all|both)\s+(?:the\s+|of\s+the\s+)?)?){_NUMBER}\s+"
    rf"(?:of\s+(?:the\s+)?(?:[\w'’]+\s+){{0,3}}?{_NUMBER}\s+)?(?:[A-Z][\w-]*\s+){{0,2}}([a-z]+)\b")
"""A stated count of participants: "all five countries", "Four of Central Asia's five states",
"the three Baltic states"."""


_OF_THE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_EXAMPLES = re.compile(r"\b(?:including|includes|include|such\s+as|among\s+them|among|like|e\.g\.|notably|"
                       r"especially|mainly|mostly)\s+(?:the\s+)?$", re.I)


@dataclass(slots=True)
class Count:
    """How many took part, as a list gives it (its members) or as a number says it."""

    start: int
    end: int
    segment: int
    count: int
    kinds: frozenset[str]
    about: frozenset[str]
    listed: bool


def _count_about(seg, start: int, end: int) -> frozenset[str]:
    """Concepts of the content words near a count (signed, statement, joined...)."""
    return frozenset(concept(t.norm).removesuffix("ed").removesuffix("s") for t in _near(seg, start, end, 6, 6)
                     if not t.stop and not t.text[:1].isupper() and not t.norm[:1].isdigit()
                     and len(t.norm) > 2 and t.norm not in _ALL_GROUP and t.norm not in lexicon.NUMBER_WORDS)


_COUNT_HINTS = tuple(sorted(_ALL_GROUP))
"""The word a stated count counts: a sentence without one states no count (``_COUNT``'s group 3)."""


def _counts(text: str, segments, lists: list[Members]) -> list[Count]:
    out: list[Count] = []
    stated: list[tuple[int, int]] = []
    hinted = segments_found(text, segments, _COUNT_HINTS)
    for si, seg in enumerate(segments):
        if seg.kind != "sentence" or si not in hinted:
            continue
        for m in _COUNT.finditer(text, seg.start, seg.end):
            noun = m.group(3)
            if noun not in _ALL_GROUP:
                continue
            if _OF_THE.search(text, max(seg.start, m.start() - 12), m.start()):
                continue  # "ministers of the five republics": the whole group, not who took part
            word = m.group(1).lower()
            n = int(word) if word.isdigit() else lexicon.NUMBER_WORDS[word]
            kinds = frozenset(k for k, ws in _GROUP_NOUNS.items() if noun in ws)
            out.append(Count(m.start(), m.end(), si, n, kinds, _count_about(seg, m.start(), m.end()), False))
            stated.append((m.end(), si))
    for lst in lists:
        if lst.anchor:
            continue  # ("X, with help from A": who took part, not a list of them)
        # a list that spells out a stated count ("all five countries -- A, B, C, D and E") is that count
        if any(si == lst.segment and 0 <= lst.start - end <= 4 for end, si in stated):
            continue
        kinds = frozenset(k.split(":", 1)[0] for k in lst.members)
        if len(kinds) != 1 or _EXAMPLES.search(text, max(segments[lst.segment].start, lst.start - 24), lst.start):
            continue  # "in 31 countries, including A, B and C": some of them
        seg = segments[lst.segment]
        out.append(Count(lst.start, lst.end, lst.segment, len(lst.members), kinds,
                         _count_about(seg, lst.start, lst.end), True))
    return out


def find_count_conflicts(ctx: PairContext, left_lists: list[Members], right_lists: list[Members]
                         ) -> list[Finding]:
    """How many took part: a list of four places that signed against "signed by all five
    countries", or "four of the five states signed" against it. Lists against lists are
    compared member by member (``find_membership_conflicts``)."""
    left = _counts(ctx.left.text, ctx.left_segments, left_lists)
    right = _counts(ctx.right.text, ctx.right_segments, right_lists)
    best: dict[tuple[int, int], tuple[int, float]] = {}
    for i, a in enumerate(left):
        near = ctx.partners("left").get(a.segment, {})
        for j, b in enumerate(right):
            if a.listed and b.listed or not (a.kinds & b.kinds):
                continue
            related = near.get(b.segment, 0.0)
            shared = len(a.about & b.about)
            if related < RELATED or shared < 2 and not (shared and related >= 0.25):
                continue
            best[(i, j)] = (shared, related)
    keep = best_each_side(best)
    agreed_left = {i for (i, j) in best if left[i].count == right[j].count}
    agreed_right = {j for (i, j) in best if left[i].count == right[j].count}
    findings: list[Finding] = []
    for i, j in sorted(keep):
        a, b = left[i], right[j]
        if a.count == b.count or i in agreed_left or j in agreed_right:
            continue
        ls, rs = Span(a.start, a.end), Span(b.start, b.end)
        findings.append(ctx.finding(
            "contradiction", "membership", ls, rs,
            Why("membership", f"{a.count} ({ctx.left.text[a.start:a.end]})",
                f"{b.count} ({ctx.right.text[b.start:b.end]})", "how many took part"),
            0.8, [ls], [rs]))
    return findings


_DEMONYM = literal_alternation(" ".join(part.capitalize() for part in form.split())
                               for form in gazetteer.DEMONYM_TO_PLACE)
_DEMONYMS_BEFORE = re.compile(rf"(?<![\w-])((?:{_DEMONYM})(?:,\s+(?:{_DEMONYM}))*),?$")
"""Adjectives of nationality before the last one's "and": "Turkish, American"."""
_HOW_MANY = rf"(?i:an?|one|{_SMALL_COUNT})"
_NATIONALITY = re.compile(rf"\b({_HOW_MANY})\s+({_DEMONYM})\b")
_WHO = r"(?:\s+(?!and\b)[a-z][a-z-]+){0,2}"
_NATIONALITIES = re.compile(rf"\b{_HOW_MANY}\s+{_DEMONYM}\b{_WHO}"
                            rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_HOW_MANY}\s+{_DEMONYM}\b{_WHO})+")
"""People named by their nationalities one by one: "a Filipino and an Indonesian", "two Britons and a Dane",
"a Velmoran woman and an Orvanian ski guide"."""
_ROLE_ARE = re.compile(r"(?<![Aa]mong )(?<![Ii]ncluding )\b[Tt]he\s+(?:[a-z-]+\s+){0,2}"
                       r"(?:[a-z]+s|dead|injured|wounded|missing|killed)\s+(?:are|were)\s+$")
"""Before people named by nationality who are all of a group: "The dead were", "The victims were" (not
"Among the dead were")."""
_DEATH = frozenset(concept(w) for w in "dead death deaths killed victim victims fatalities".split())
"""Words of the dead around a list of nationalities: lists of the dead, however told, are one group's."""
_ALL_OF = re.compile(rf"\b(both|all(?:\s+(?:{_SMALL_COUNT}))?)\s+"
                     rf"(?:(?:were|are)\s+)?({_DEMONYM})(?=\s+(?:nationals|citizens|passport\s+holders|men|women)\b"
                     r"|\s*[,.;)])")
"""People all of one nationality: "both Indonesian nationals", "all three were Danish."."""
_NATIONALITY_HINTS = (
    re.compile(rf" and {_HOW_MANY} [A-Z]"),
    re.compile(r"oth (?:(?:were|are) )?[A-Z]"),
    re.compile(rf"all (?:(?:{_SMALL_COUNT}) )?(?:(?:were|are) )?[A-Z]"))
"""What a sentence naming nationalities holds ("... and a Dane", "both Danish"): patterns with a
literal start, found quickly; the sentences without are not read."""


@dataclass(slots=True)
class Nationalities:
    """The nationalities of a group of people, as one article gives them: each one's country
    (``of``), or one country for all (``all_of``)."""

    start: int
    end: int
    segment: int
    of: Counter
    all_of: str
    about: frozenset[str]
    complete: bool = False
    """Told as the whole group ("The dead were two Velmorans and a Kestrian")."""


def _country(demonym: str) -> str:
    return fold(gazetteer.DEMONYM_TO_PLACE[fold(demonym)])


def _nationalities(text: str, segments) -> list[Nationalities]:
    out: list[Nationalities] = []
    hinted: set[int] = set()
    for hint in _NATIONALITY_HINTS:
        if hint.search(text):  # (most articles: none)
            hinted |= segments_hinted(hint, text, segments)
    for si in sorted(hinted):
        seg = segments[si]
        if seg.kind != "sentence":
            continue
        for m in _NATIONALITIES.finditer(text, seg.start, seg.end):
            of: Counter = Counter()
            for item in _NATIONALITY.finditer(text, m.start(), m.end()):
                word = item.group(1).lower()
                n = 1 if word in ("a", "an") else int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word, 1)
                of[_country(item.group(2))] += n
            complete = bool(_ROLE_ARE.search(text, max(seg.start, m.start() - 50), m.start()))
            out.append(Nationalities(m.start(), m.end(), si, of, "", _about(seg, m.start(), m.end()), complete))
        for m in _ALL_OF.finditer(text, seg.start, seg.end):
            out.append(Nationalities(m.start(), m.end(), si, Counter(), _country(m.group(2)),
                                     _about(seg, m.start(), m.end())))
    return out


def _nationalities_differ(a: Nationalities, b: Nationalities) -> bool:
    if a.all_of and b.all_of:
        return a.all_of != b.all_of
    if a.all_of or b.all_of:
        every, listed = (a, b) if a.all_of else (b, a)
        return any(country != every.all_of for country in listed.of)
    if a.complete and b.complete:  # "The dead were A and B" / "The victims were A, B and C"
        return a.of != b.of
    return bool(a.of - b.of) and bool(b.of - a.of)


def find_nationality_conflicts(ctx: PairContext) -> list[Finding]:
    """People of other nationalities in related sentences: "both Estonian nationals" / "a Filipino
    and an Estonian"; "two Danes and a Swede" / "a Dane, a Swede and a Norwegian". Fewer named of
    the same (a part of the group) is an omission."""
    left = ctx.per_article("left", "membership.nationalities", lambda: _nationalities(ctx.left.text, ctx.left_segments))
    if not left:
        return []
    right = ctx.per_article("right", "membership.nationalities",
                            lambda: _nationalities(ctx.right.text, ctx.right_segments))
    best: dict[tuple[int, int], tuple[float]] = {}
    for i, a in enumerate(left):
        near = ctx.partners("left").get(a.segment, {})
        for j, b in enumerate(right):
            score = near.get(b.segment, 0.0)
            if score >= RELATED and (a.about & b.about or a.about & _DEATH and b.about & _DEATH):
                best[(i, j)] = (score,)
    findings: list[Finding] = []
    for i, j in sorted(best_each_side(best)):
        a, b = left[i], right[j]
        if not _nationalities_differ(a, b):
            continue
        ls, rs = Span(a.start, a.end), Span(b.start, b.end)
        findings.append(ctx.finding(
            "contradiction", "membership", ls, rs,
            Why("membership", ctx.left.text[a.start:a.end], ctx.right.text[b.start:b.end], "other nationalities"),
            0.8, [ls], [rs]))
    return findings
