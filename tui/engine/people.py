"""Contradictions about people: a name spelled two ways, a person given two titles.

Both work on people linked across the two articles (entities.py). A *name*
contradiction is a linked pair whose spellings differ beyond accents (a letter
changed, given names swapped), confirmed by the same role or position: the same
surname, a title with the same office, or mentions in aligned sentences. A *role*
contradiction compares the titles written with a person on each side (before the
name, "Deputy Foreign Minister X", "KBA president X", "chief economist X"; in
apposition, "X, director of Y", "the bureau's director, X", "X, who heads Y"): the same
office with a different rank ("Deputy" vs "First Deputy") or a different remit
("envoy to Ukraine and Russia" vs "envoy for Ukraine"); two offices one person does
not hold at once (a CEO is not the COO); two posts at one organisation ("chief
economist" and "senior analyst" at one bank). The organisation a title names is found
among the article's organisations, inside the title or just before it; an acronym is
the same organisation as a name with those initials or as the name it abbreviates in
its article ("... Bureau (KBA)"). Offices written with a place and no organisation are
of one administration when the place is the same ("Velmora District Collector" is not "the
district development officer in Velmora"); a government office takes the place and the
portfolio written before it ("Velmora Fisheries Minister" is not "Velmora Labour Minister").
One side saying less is an omission, not a contradiction ("president and chief executive" /
"chief executive"); descriptions like "leader", "an analyst" or "a police officer" are not
posts; "head of the X" may be X's director or president; a former office is not a present
one; an acting one is the office.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from tui.engine import gazetteer, lexicon
from tui.engine.context import PairContext
from tui.engine.entities import Mention, person_tokens
from tui.engine.model import Finding, Span, Why
from tui.engine.tokens import concept, fold

_ORG_POSSESSIVE = r"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for|the|&)\s+)*){0,6}[A-Z][\w’'.-]*(?:'s|’s)\s+"
"""An organisation's name in the possessive, of one word or several ("the Velmora Port
Authority's")."""
_APPOSITIVE = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:(?:the\s+)?{_ORG_POSSESSIVE}|(?:a|an|the)\s+)?"
    r"(?P<title>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+"
    r"(?:\s+(?:of|to|for|at|in)\s+[^,.;:]+?)?)"
    r"(?=\s*(?:[,.;:)]|\s+(?:while|who|which|said|says|and\s+(?:he|she|the|a)\b)))"
)
_WHO_HEADS = re.compile(
    r",\s+who\s+(?P<verb>heads|leads|runs|chairs|directs)\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w’'.&-]*)*)"
    r"(?=\s*[,.;:)]|\s+(?:since|said|says)\b)"
)
"""A post written as a verb after the name: "Rita Moss, who heads the Kestrel Bureau"."""
_WAS = re.compile(r"who\s+(?:was|had\s+been|served|used\s+to|previously|formerly|once)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|formerly|previously)\b", re.I)
"""A past office in apposition: "X, who was chief executive", "X, chairman until 2020"."""
_INDEFINITE = re.compile(r"\s*(?:\d{1,3},\s+)?[Aa]n?\s")
"""A title written as one of several holders: "X, a police officer", "a senior official, X"."""
_WHO_HEADS_OFFICE = {"heads": "head of", "leads": "head of", "runs": "head of", "chairs": "chairman of",
                     "directs": "director of"}


_POST_BEFORE = re.compile(
    r"\b(?P<title>(?:(?:chief|senior|lead|principal|head|deputy|junior|managing|global|group|associate)\s+){1,2}"
    r"(?:[a-z]+\s+)?(?:economist|analyst|strategist)|(?:(?:deputy|assistant)\s+)?treasurer)\s+$")
"""A post written before a name with no comma: "chief economist Ana Ruiz", "party treasurer X"."""
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
    quals: frozenset[str] = frozenset()
    """The words before the office ("senior", "chief", "managing"): a profession with none is a
    description ("an economist at X"), with one a post ("chief economist", "senior analyst")."""
    former: bool = False
    """A past office ("former chief executive", "ex-chairman")."""
    org: Org | None = None
    """The organisation the office is held at, when the title names one."""
    org_words: frozenset[str] = frozenset()
    """The words of that organisation's name (in the remit, they name the place of the office)."""
    place: frozenset[str] = frozenset()
    """The places the office is held in, named in the title or just before it ("Velmora District
    Collector", "the development officer in Velmora", "Velmora's governor"): one place's offices
    are of one administration."""
    definite: bool = False
    """Written as the one holder of the office ("X, the development officer in Velmora"), not as
    one of several ("X, a police officer") nor as a label before the name."""
    indefinite: bool = False
    """Written as one of several holders ("X, an adviser in Velmora")."""


_OFFICE_RANKS = frozenset("deputy vice assistant under first chief".split())
"""Words that make a different office: a Deputy Minister is not the Minister."""
_DESCRIPTORS = frozenset("""senior top special presidential national general executive principal former
retired public state acting interim""".split())
"""Words that describe an office without changing it ("senior adviser" is an adviser; an acting
director is the director for now)."""
_PAST = frozenset("former onetime one-time erstwhile retired".split())
"""Words that make an office a past one ("former chief executive")."""
_GRADES = frozenset("chief senior lead principal head deputy assistant associate junior managing executive "
                    "vice first general".split())
"""Words that make a profession a post ("chief economist", "senior analyst")."""
_COMPOUND_OFFICES = {"director-general": "director", "secretary-general": "secretary-general",
                     "attorney-general": "attorney general", "solicitor-general": "solicitor general",
                     "inspector-general": "inspector general", "governor-general": "governor-general",
                     "surgeon-general": "surgeon general", "editor-in-chief": "editor-in-chief",
                     "commander-in-chief": "commander-in-chief"}
"""Offices written as one hyphenated word ("director-general" is the director of an agency)."""
_HEADS = lexicon.TITLE_HEADS | lexicon.POST_NOUNS | frozenset(_COMPOUND_OFFICES)
_C_SUITE = {"chief executive officer": "ceo", "chief executive": "ceo", "chief operating officer": "coo",
            "chief financial officer": "cfo", "chief technology officer": "cto", "ceo": "ceo",
            "coo": "coo", "cfo": "cfo", "cto": "cto"}
_COMPLEMENT = ("of", "to", "for", "at", "in")
_CHIEF_OFFICER = re.compile(r"\bchief ([a-z]+(?: [a-z]+)?) officer\b")
_PRIME_MINISTER = re.compile(r"\b(?:prime minister|premier)\b")


def _is_head(word: str) -> bool:
    """Whether a folded word names an office ("director", "vice-president", "ex-chairman")."""
    if word in _HEADS:
        return True
    first, _, rest = word.partition("-")
    return bool(rest) and rest in _HEADS and (first in _OFFICE_RANKS or first in ("ex", "then"))


def _title_words(text: str) -> list[str]:
    """A title's words, folded, with offices written in one hyphenated word or two read as one
    ("Director General", "director-general"), a rank joined by a hyphen read apart
    ("vice-president"), and "ex-"/"then-" read as "former"."""
    out: list[str] = []
    for word in re.findall(r"[\w’'.-]+", text):
        w = fold(word).rstrip(".")
        if "-" in w and w not in _COMPOUND_OFFICES:
            first, _, rest = w.partition("-")
            if first in ("ex", "then") and rest:
                out += ["former", rest]  # "ex-chairman", "then-director"
                continue
            if first in _OFFICE_RANKS and rest in _HEADS:
                out += [first, rest]  # "vice-president"
                continue
        if w == "general" and out and out[-1] + "-general" in _COMPOUND_OFFICES:
            out[-1] += "-general"  # "Director General"
            continue
        out.append(w)
    return out


_PRESS = frozenset("press communications communication media public relations information affairs corporate".split())
"""What a spokesperson's office is called by other names: "press secretary", "director of
communications", "head of media relations", "public affairs officer"."""
_PRESS_HEADS = frozenset("secretary officer director manager chief head spokesperson".split())
_PLACE_OF_OFFICE = frozenset(("at", "for", "with", "in"))


_FINANCE = frozenset(("finance", "financial"))
_FINANCE_HEADS = frozenset(("director", "head", "chief"))


def _press_office(low: list[str]) -> bool:
    """Whether a title is a spokesperson's by another name: an office of the press words only
    (an organisation after "at"/"for" aside: "director of communications at Kestrel")."""
    return _office_of(low, _PRESS, _PRESS_HEADS)


def _office_of(low: list[str], field: frozenset[str], offices: frozenset[str]) -> bool:
    """Whether a title is an office (director, head, chief...) of that field's words only, an
    organisation after "at"/"for" aside."""
    words = set()
    for w in low:
        if w in _PLACE_OF_OFFICE:
            break
        if w not in lexicon.STOPWORDS and w not in _DESCRIPTORS:
            words.add(w)
    heads = words & offices
    rest = words - heads - _GRADES
    return bool(heads) and bool(rest) and rest <= field


def parse_title(text: str, span: tuple[int, int]) -> Title | None:
    low = _title_words(text)
    t = _parse_title(text, span, low)
    if t and _press_office(low):  # "press secretary", "director of communications": a spokesperson
        t.head, t.remit = "spokesperson", frozenset(w for w in t.remit if w not in _PRESS_REMIT)
    elif t and _office_of(low, _FINANCE, _FINANCE_HEADS):  # "finance director", "head of finance": the CFO
        t.head, t.remit = "cfo", frozenset(w for w in t.remit if w not in _FINANCE)
    return t


def _parse_title(text: str, span: tuple[int, int], low: list[str]) -> Title | None:
    joined = " ".join(low)
    past = not _PAST.isdisjoint(low)

    def title(head: str, ranks: frozenset[str], remit: frozenset[str], before: Iterable[str] = ()) -> Title:
        return Title(text, span, head, ranks, remit, frozenset(w for w in before if w in _GRADES), past)

    for phrase, office in _C_SUITE.items():  # "chief operating officer" is one office
        if re.search(rf"\b{phrase}\b", joined):
            return title(office, frozenset(), frozenset())
    officer = _CHIEF_OFFICER.search(joined)
    if officer:  # "chief medical officer", "chief scientific officer"
        return title(f"chief {officer.group(1)} officer", frozenset(), frozenset())
    if re.search(r"\bminister of state\b", joined):  # a junior office, not the minister
        ranks = frozenset(w for w in joined[:joined.index("minister of state")].split() if w in _OFFICE_RANKS)
        rest = joined[joined.index("minister of state") + len("minister of state"):].split()
        remit = frozenset(_remit_word(w) for w in rest if w not in lexicon.STOPWORDS and w not in _COMPLEMENT)
        return title("minister of state", ranks, remit)
    prime = _PRIME_MINISTER.search(joined)
    if prime:  # "Prime Minister", "Deputy Prime Minister": not a minister of a portfolio
        ranks = frozenset(w for w in joined[:prime.start()].split() if w in _OFFICE_RANKS)
        return title("prime minister", ranks, frozenset())
    head_at = None
    for k, w in enumerate(low):
        if w in _COMPLEMENT and head_at is not None:
            break
        if w in _HEADS or w in ("gen", "lt", "col", "maj", "capt", "adm"):
            head_at = k
    if head_at is None:
        return None
    head = low[head_at]
    before = low[:head_at]
    if head in ("head", "chief") and head_at + 1 < len(low) and low[head_at + 1] == "of":
        # "head of the anti-corruption prosecutors' office": its chief prosecutor; "head of
        # clinical development": an office of its own ("deputy head of ...": its deputy)
        ranks = frozenset(w for w in before if w in _OFFICE_RANKS)
        rest = [w.rstrip("'’").removesuffix("s") for w in low[head_at + 2:]]
        inner = next((w for w in rest if w in lexicon.TITLE_HEADS and w not in ("head", "chief")), None)
        if inner:
            inner = lexicon.HEAD_SYNONYMS.get(inner, inner)
            return title(inner, ranks or frozenset({"chief"}), frozenset())
        remit = frozenset(_remit_word(w) for w in low[head_at + 2:] if w not in lexicon.STOPWORDS)
        if remit:
            return title("head of " + " ".join(sorted(remit)), ranks, remit, before)
    head = {"gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
            "capt": "captain", "adm": "admiral"}.get(head, head)
    head = _COMPOUND_OFFICES.get(head, head)
    head = lexicon.HEAD_SYNONYMS.get(head, head)
    ranks = frozenset(w for w in before if w in _OFFICE_RANKS)
    # the remit: what the office covers, before it ("Foreign Minister") or after it ("Minister
    # of Water Resources", "envoy to Ukraine"); nationalities and places before it are not
    # part of it ("Turkish Foreign Minister", "US Secretary of State")
    portfolio = [w for w in before if w not in _OFFICE_RANKS and w not in _DESCRIPTORS and w not in _PAST
                 and w not in lexicon.STOPWORDS and w not in gazetteer.DEMONYM_TO_PLACE
                 and not gazetteer.lookup(w) and not w.endswith(("'s", "’s")) and len(w) > 1]
    complement = [w for w in low[head_at + 1:] if w not in lexicon.STOPWORDS and w not in _COMPLEMENT
                  and w not in ("affairs",)]
    remit = frozenset(_remit_word(w) for w in portfolio + complement if not _incidental(w))
    return title(head, ranks, remit, before)


_AGE = re.compile(r"\d+-years?-old")


def _incidental(word: str) -> bool:
    """A word of a title that says nothing of the office: an age ("the 52-year-old director"),
    where its organisation is based ("the Velmora-based importer"), a legal form ("Co", "Ltd")."""
    return word.endswith("-based") or word.replace(".", "") in gazetteer.CORPORATE_SUFFIXES \
        or bool(_AGE.fullmatch(word))


def _remit_word(word: str) -> str:
    """A word of a remit as it is compared: British and American spellings alike ("Defence"
    and "Defense" Minister are one office), synonyms and plurals as one."""
    return concept(lexicon.SPELLING.get(word, word))


_PRESS_REMIT = frozenset(_remit_word(w) for w in _PRESS)


_CHIEF_BEFORE = re.compile(r"\b[Cc]hief(?:\s+[a-z]+){1,2}\s+$")
"""The start of "chief medical officer" before a title read as "officer" alone."""


def _titles(ctx: PairContext, side: str, mentions: list[Mention]) -> list[tuple[Title, Mention]]:
    text = ctx.left.text if side == "left" else ctx.right.text
    out: list[tuple[Title, Mention]] = []

    def add(t: Title | None, m: Mention) -> None:
        if t:
            out.append((t, m))

    for m in mentions:
        if m.title and m.title_span:
            title, title_span = m.title, m.title_span
            chief = _CHIEF_BEFORE.search(text, max(0, title_span[0] - 40), title_span[0]) \
                if fold(title.split()[0]) == "officer" else None
            if chief:  # "Chief medical officer Ingrid Sether": the words before "officer" too
                title_span = (chief.start(), title_span[1])
                title = text[title_span[0]:title_span[1]]
            elif fold(title) == "chief":  # "police chief Ana Ruiz": the body it heads too
                title_span = (_body_before(text, title_span[0]), title_span[1])
                title = text[title_span[0]:title_span[1]]
            words = {fold(w) for w in title.split()}
            if not words <= lexicon.GENERIC_DESCRIPTORS:
                for t in _coordinated(title, title_span):
                    add(t, m)
        elif text.endswith(("ist ", "yst ", "urer "), 0, m.start):
            post = _POST_BEFORE.search(text, max(0, m.start - 50), m.start)
            if post:  # "chief economist Ana Ruiz" (a title the names' reader leaves out)
                for t in _coordinated(post.group("title"), post.span("title")):
                    add(t, m)
        before = _TITLE_BEFORE.search(text, max(0, m.start - 90), m.start) \
            if text[max(0, m.start - 3):m.start].rstrip().endswith(",") else None
        if before:  # "Norsk Pharma's chief medical officer, Mara Lind"
            phrase = before.group("title")
            title_words = [fold(w).rstrip("'’") for w in phrase.split()]
            if any(_is_head(w) for w in title_words) and not any(
                    w in lexicon.GENERIC_DESCRIPTORS for w in title_words[-1:]):
                for t in _coordinated(phrase, before.span("title")):
                    t.indefinite = bool(_INDEFINITE.match(before.group()))
                    t.definite = not t.indefinite
                    add(t, m)
        if text.startswith(",", m.end):
            app = _APPOSITIVE.match(text, m.end)
            if app:
                phrase = app.group("title")
                first_words = [fold(w) for w in phrase.split()[:6]]
                if any(_is_head(w) for w in first_words) and not any(
                        w in lexicon.GENERIC_DESCRIPTORS for w in first_words[:1]) and not _names_another(phrase):
                    past = _WAS.match(phrase) or _UNTIL.search(phrase)
                    definite = not _INDEFINITE.match(text, app.start() + 1, app.start("title"))
                    for t in _coordinated(phrase, app.span("title")):
                        t.former = t.former or bool(past)  # "who was chief executive until 2020"
                        t.definite, t.indefinite = definite, not definite
                        add(t, m)
            if text.startswith(" who ", m.end + 1):
                heads = _WHO_HEADS.match(text, m.end)
                if heads:  # "Rita Moss, who heads the Kestrel Bureau": its head
                    headed = parse_title(f"{_WHO_HEADS_OFFICE[heads.group('verb')]} {heads.group('org')}",
                                         (heads.start("verb"), heads.end("org")))
                    if headed:
                        headed.text = text[heads.start("verb"):heads.end("org")]
                    add(headed, m)
    return out


def _names_another(phrase: str) -> bool:
    """Whether a phrase after a name is the next person of a list, not the name's title: "Trade
    Minister X, Foreign Minister Y and ..." (an office followed by a name)."""
    words = phrase.split()
    return any(_is_head(fold(w)) and nxt[:1].isupper() and fold(nxt) not in lexicon.TITLE_WORDS
               and not _is_head(fold(nxt)) for w, nxt in zip(words, words[1:], strict=False))


_WORDS_BEFORE = re.compile(r"(?:\b[A-Za-z][\w’'-]*\s+){1,2}$")


def _body_before(text: str, start: int) -> int:
    """Where the words naming what a "chief" heads begin, up to two of them ("Velmora police
    chief", "fire chief"), no function word or verb of saying among them."""
    found = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not found:
        return start
    at = start
    for word in reversed(list(re.finditer(r"[\w’'-]+", text[found.start():start]))):
        low = fold(word.group())
        if low in lexicon.STOPWORDS or low in lexicon.SPEECH_VERBS or low in lexicon.TITLE_WORDS \
                or low in lexicon.WEEKDAYS or low in lexicon.MONTHS:
            break
        at = found.start() + word.start()
    return at


def _coordinated(phrase: str, span: tuple[int, int]) -> list[Title]:
    """The offices of a title: two joined by "and" are two ("president and chief executive",
    "Deputy Prime Minister and Foreign Minister"), each compared on its own; a remit joined by
    "and" stays one ("minister of housing and urban agenda")."""
    at = phrase.find(" and ")
    if at > 0:
        first, second = phrase[:at], phrase[at + 5:].split()
        # (after "of"/"for" an office is what the first one serves: "spokesman for the
        # president and prime minister", unless it comes first: "... of X and chairman of Y")
        served = any(fold(w) in _COMPLEMENT for w in first.split()) and not (second and _is_head(fold(second[0])))
        if not served and any(_is_head(fold(w)) for w in first.split()) \
                and any(_is_head(fold(w)) for w in second[:4]):
            one = parse_title(first, (span[0], span[0] + at))
            two = parse_title(phrase[at + 5:], (span[0] + at + 5, span[1]))
            if one and two and one.former:
                two.former = True  # "the former chairman and chief executive": both past
            return [t for t in (one, two) if t]
    t = parse_title(phrase, span)
    return [t] if t else []


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_NOT_INITIALS = frozenset("of and the for de du des la le el del & in on at".split())


def _initials(name: str) -> set[str]:
    """What an organisation's name may be shortened to: the initials of its words, and of the
    words before its last "of" ("Maritime and Port Authority of Velmora": MPAV and MPA)."""
    out = set()
    for part in (name, name[:name.rfind(" of ")] if " of " in name else ""):
        words = [w for w in re.split(r"[\s-]+", part) if w and w not in _NOT_INITIALS]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words))
    return out


def _org_name(surface: str) -> str:
    words = fold(surface).removeprefix("the ").split()
    while len(words) > 1 and words[-1].replace(".", "") in gazetteer.CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass(slots=True, frozen=True)
class Org:
    """An organisation as one article writes it: its names, the acronyms it is written as, and
    the initials of its names (one article's "KBA" is the other's "Kestrel Bureau of Aeronautics")."""

    names: frozenset[str]
    acronyms: frozenset[str]
    initials: frozenset[str]

    def same(self, other: Org) -> bool:
        return bool(self.names & other.names or self.acronyms & (other.acronyms | other.initials)
                    or self.initials & other.acronyms)


class _OrgIndex:
    """The organisations of one article, to find the one a title names: inside the title ("chief
    economist at Kestrel Bank"), or written just before it ("KBA president", "Kestrel Bank's
    chief economist")."""

    def __init__(self, ctx: PairContext, side: str):
        ents = ctx.left_entities if side == "left" else ctx.right_entities
        self.text = ctx.left.text if side == "left" else ctx.right.text
        keys = [k for k, ty in ents.types.items() if ty == "ORG"]
        links: dict[str, set[str]] = {}
        for i, link in enumerate(ctx.linked):  # what the entity linker joined is one
            if link.entity.type == "ORG" and link.left_keys and link.right_keys:
                for k in link.left_keys if side == "left" else link.right_keys:
                    links.setdefault(k, set()).add(f"#{i}")
        names: dict[str, set[str]] = {}
        acronyms: dict[str, set[str]] = {}
        for k in keys:
            names[k] = {k.removeprefix("ORG:")} | links.get(k, set())
            acronyms[k] = set()
            for m in ents.mentions[k]:
                if _ACRONYM.fullmatch(m.text):
                    acronyms[k].add(m.text.lower())
                else:
                    names[k].add(_org_name(m.text))
        # one article's "Kestrel Bureau of Aeronautics (KBA)" and its later "KBA" are one
        by_acronym: dict[str, list[str]] = {}
        for k in keys:
            for a in acronyms[k]:
                by_acronym.setdefault(a, []).append(k)
        self.orgs: dict[str, Org] = {}
        for k in keys:
            group = {k} | {j for a in acronyms[k] for j in by_acronym[a]}
            ns = {n for j in group for n in names[j]}
            acs = {a for j in group for a in acronyms[j]}
            inits = {i for n in ns if not n.startswith("#") for i in _initials(n)}
            self.orgs[k] = Org(frozenset(ns), frozenset(acs), frozenset(inits))
        self.spans = sorted((m.start, m.end, k) for k in keys for m in ents.mentions[k])
        self.places = sorted((m.start, m.end, k) for k, ty in ents.types.items()
                             if ty in ("GPE", "LOC") for m in ents.mentions[k])
        self.ctx = ctx
        self._place_names: set[str] | None = None

    @property
    def place_names(self) -> set[str]:
        """The places either article names (a place one article names in passing, the other may
        write only before an office: "Velmora Fisheries Minister")."""
        if self._place_names is None:
            self._place_names = {_place_name(k.partition(":")[2])
                                 for e in (self.ctx.left_entities, self.ctx.right_entities)
                                 for k, ty in e.types.items() if ty in ("GPE", "LOC")}
        return self._place_names

    def attach(self, title: Title) -> None:
        if title.head in _GOVERNMENT and self._portfolio(title):
            self._place(title)  # "Velmora Fisheries Minister": a place and a portfolio, no organisation
            return
        start, end = title.span
        lo = bisect.bisect_left(self.spans, (start - _LONGEST_NAME,))
        for ms, me, k in self.spans[lo:]:
            if ms > end:
                break
            inside = start <= ms and me <= end
            if inside or me <= start and self.text[me:start] in _ORG_BEFORE:
                title.org = self.orgs[k]
                title.org_words = frozenset(_remit_word(fold(w).rstrip("'’").removesuffix("'s"))
                                            for w in self.text[ms:me].split())
                if not inside:  # "KBA president": the title as written
                    title.span = (ms, end)
                    title.text = self.text[ms:end]
                break
        self._place(title)

    def _is_place(self, words: list[str]) -> bool:
        name = _place_name(" ".join(words))
        return name in self.place_names or bool(gazetteer.lookup(name))

    def _portfolio(self, title: Title) -> bool:
        """Whether a government office is written after a place and a portfolio the title does
        not hold ("Velmora Fisheries Minister", the entities' reader giving "Minister" alone, or
        an organisation "Velmora Fisheries"): the title is re-read with the portfolio, the place
        kept as the office's place."""
        start, end = title.span
        before = _CAPS_BEFORE.search(self.text, max(0, start - 80), start)
        if not before:
            return False
        words = before.group().split()
        for k in range(len(words)):
            for e in range(len(words), k, -1):  # the longest place first ("New Velmora")
                if not self._is_place(words[k:e]):
                    continue
                at = before.start() + len(" ".join(words[:e])) + 1 if e < len(words) else start
                t = parse_title(self.text[at:end], (at, end))
                if t is None or t.head != title.head:
                    return False
                title.ranks, title.quals, title.remit = t.ranks, t.quals, t.remit
                title.span, title.text = t.span, t.text
                title.place = frozenset({_place_name(" ".join(words[k:e]))})
                return True
        return False

    def _place(self, title: Title) -> None:
        """The places an office is held in: named inside the title (not as where it is directed:
        "envoy to Velmora"), or just before it ("Velmora District Collector", "Velmora's governor")."""
        start, end = title.span
        places = set(title.place)
        lo = bisect.bisect_left(self.places, (start - _LONGEST_NAME,))
        for ps, pe, key in self.places[lo:]:
            if ps >= end:
                break
            if pe > end:
                continue
            if start <= ps and not _TOWARD.search(self.text, max(start, ps - 8), ps) \
                    or pe <= start and self.text[pe:start] in _ORG_BEFORE and title.org is None:
                places.add(_place_name(key.partition(":")[2]))  # "officer in Velmora", "Velmora Collector"
        title.place = frozenset(places)


_GOVERNMENT = frozenset({"minister", "minister of state", "secretary"})
"""Offices of a government, which a name before them gives a place and a portfolio, not an
organisation."""
_CAPS_BEFORE = re.compile(r"(?:\b[A-Z][\w’'.-]*\s){1,4}$")
"""Up to four capitalised words before a title."""
_TOWARD = re.compile(r"\b(?:to|from|with|toward|towards)\s+(?:the\s+)?$", re.I)
_JURISDICTIONS = frozenset("district county state province region city municipality prefecture oblast "
                           "governorate division".split())


def _place_name(surface: str) -> str:
    """A place as it is compared: its known name, a jurisdiction after it aside ("Velmora District"
    is Velmora)."""
    words = fold(surface).removeprefix("the ").removesuffix("'s").removesuffix("’s").split()
    while len(words) > 1 and words[-1] in _JURISDICTIONS:
        words.pop()
    name = " ".join(words)
    known = gazetteer.lookup(name)
    return fold(known[0]) if known else name


_LONGEST_NAME = 300
"""Characters a name of an organisation or place spans at most: only names starting this close
before a title are looked at (each title's scan stays short however long the article)."""
_ORG_BEFORE = (" ", "'s ", "’s ", "' ", "’ ")
"""What stands between an organisation and the title it gives ("KBA president", "KBA's president")."""


_COUNTRIES = frozenset(fold(v) for v in gazetteer.COUNTRY_BY_FORM.values())
_EXCLUSIVE = frozenset({"ceo", "coo", "cfo", "cto", "chairman", "director", "curator", "president",
                        "prime minister", "minister", "chancellor", "governor", "mayor", "king", "queen",
                        "ambassador", "senator", "spokesperson", "commander", "minister of state",
                        "secretary-general"})
"""Offices one person does not hold at once: a CEO is not the COO, a President not the Prime
Minister, a museum's director not its curator (any "chief ... officer" too)."""
_TOP = frozenset({"president", "director", "chairman", "ceo", "commissioner", "governor", "commander",
                  "secretary-general", "chancellor", "rector", "administrator", "editor-in-chief", "collector"})
"""Offices that head an organisation: its "head" or "chief" may be any of them."""
_POSTS = _EXCLUSIVE | _TOP | frozenset({"secretary", "treasurer", "adviser", "coordinator"}) | lexicon.POST_NOUNS
"""Posts at an organisation: one person holds one of them there ("chief economist at Kestrel
Bank" is not "a senior analyst at Kestrel Bank")."""


def _is_place(word: str) -> bool:
    return bool(gazetteer.lookup(word)) or word in _COUNTRIES


def _exclusive(head: str) -> bool:
    return head in _EXCLUSIVE or (head.startswith("chief ") and head.endswith(" officer")) \
        or head.startswith("head of ")


def _generic_head(t: Title) -> bool:
    """The head of a body, by no office's name: "head of the Kestrel Bureau", "KBA chief", "the
    police chief" (not "head of research at Kestrel Bank", an office there)."""
    if t.ranks:
        return False
    return t.head == "chief" or t.head.startswith("head of ") and (t.org is None or t.remit <= t.org_words)


def _one_body(a: Title, b: Title) -> bool:
    """Whether two titles' remits name one body, places aside ("police chief", "spokeswoman for
    the Velmora police")."""
    ar = {w for w in a.remit if not _is_place(w)}
    br = {w for w in b.remit if not _is_place(w)}
    return bool(ar and br and (ar <= br or br <= ar))


def _may_head(t: Title, head: Title, same_org: bool) -> bool:
    """Whether ``t`` may be the office of the body's head ``head`` names: a top office there, or
    of an organisation not named ("the bureau's director")."""
    return (t.head in _TOP or _generic_head(t)) and not t.ranks and (
        same_org or t.org is None and head.org is not None or _one_body(t, head) or _same_place(t, head))


def _post(t: Title) -> bool:
    if t.head in lexicon.PROFESSIONS:
        return bool(t.quals)  # "a senior analyst", not "an analyst"
    if t.head == "officer":  # "the district development officer", not "a police officer", "the senior officer"
        return t.definite and not t.quals and bool(_where(t) - {_remit_word(w) for p in t.place for w in p.split()})
    if t.head == "collector":  # "Velmora District Collector", not "an art collector"
        return bool(t.place)
    return t.head in _POSTS or _generic_head(t) or t.head.startswith("chief ") and t.head.endswith(" officer")


def _same_place(a: Title, b: Title) -> bool:
    """Whether two offices at no named organisation are held in one place, so in one
    administration ("Velmora District Collector", "the development officer in Velmora")."""
    return a.org is None and b.org is None and bool(a.place & b.place)


_ONE_OFFICE_ELSEWHERE = (frozenset({"minister", "secretary"}), frozenset({"minister", "treasurer"}),
                         frozenset({"secretary", "treasurer"}))
"""Offices that are one under another country's name (a "Foreign Secretary" is its foreign
minister; a state's "Treasurer" its finance minister)."""


def _where(t: Title) -> frozenset[str]:
    """A remit without the organisation's name, its legal form, its place ("at Kestrel Bank AG
    in Velmora", "at Velmora-based Kestrel Bank"): what the office covers there."""
    return frozenset(w for w in t.remit if w not in t.org_words and not _is_place(w.removesuffix("-based"))
                     and w.replace(".", "") not in gazetteer.CORPORATE_SUFFIXES)


def _conflict(a: Title, b: Title) -> str | None:
    same_org = a.org is not None and b.org is not None and a.org.same(b.org)
    if a.head != b.head:
        if a.former or b.former:
            return None  # a past office and a present one, or two past ones
        if a.head.startswith("head of ") and b.head.startswith("head of ") and (
                same_org or a.remit <= b.remit or b.remit <= a.remit):
            return None  # one office, named more fully on one side
        if _generic_head(a) and _may_head(b, a, same_org) or _generic_head(b) and _may_head(a, b, same_org):
            return None  # "head of the Kestrel Bureau" is its director, its president
        if _exclusive(a.head) and _exclusive(b.head):
            return "office"
        if _post(a) and _post(b) and (same_org or (_generic_head(a) or _generic_head(b)) and _one_body(a, b)):
            return "office"  # two posts at one organisation ("police chief", "police spokeswoman")
        if _post(a) and _post(b) and _same_place(a, b) and not (a.indefinite or b.indefinite) \
                and frozenset((a.head, b.head)) not in _ONE_OFFICE_ELSEWHERE:
            return "office"  # two posts in one place's administration ("collector", "development officer")
        return None
    # ("an economist at X" describes "the chief economist at X", a rank it leaves out)
    described = a.head in lexicon.PROFESSIONS and not (a.quals and b.quals)
    if a.ranks != b.ranks and (a.ranks or b.ranks) and not described \
            and not (a.ranks <= {"chief"} >= b.ranks and a.head == "chief"):
        return "rank"
    ar, br = (_where(a), _where(b)) if same_org else (a.remit, b.remit)
    if ar and br and not (ar <= br or br <= ar):
        return "remit"
    # "envoy to Ukraine and Russia" vs "envoy for Ukraine": one names a place the other leaves out
    # (a remit of places only: "Lisbon Tenants' Union" and "tenants' union" are one union)
    places = {w for w in a.remit ^ b.remit if _is_place(w)}
    if not same_org and a.remit and b.remit and places and all(_is_place(w) for w in a.remit | b.remit):
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


def _role(ctx: PairContext, name: str, ltitles: list[tuple[Title, Mention]], rtitles: list[tuple[Title, Mention]],
          orgs: dict[str, _OrgIndex]) -> Finding | None:
    """The first pair of one person's titles that disagree, as a finding."""
    if not ltitles or not rtitles:
        return None
    for side, titles in (("left", ltitles), ("right", rtitles)):
        if side not in orgs:
            orgs[side] = _OrgIndex(ctx, side)
        for t, _ in titles:
            orgs[side].attach(t)
    # a person given two offices on one side ("chairman and chief executive") and one of
    # them on the other is described less fully, not differently (a rank both sides give,
    # "Colonel", is no such office)
    lheads, rheads = {t.head for t, _ in ltitles}, {t.head for t, _ in rtitles}
    for lt, lm in ltitles:
        for rt, rm in rtitles:
            why = _conflict(lt, rt)
            if why == "office" and (lt.head in rheads or rt.head in lheads):
                continue
            if why:
                left, right = _span_with(lt, lm), _span_with(rt, rm)
                return ctx.finding(
                    "contradiction", "role", left, right,
                    Why("role", lt.text, rt.text, f"{name}: " + {"rank": "a different rank",
                        "remit": "a different remit", "office": "a different office"}[why]),
                    0.7, [Span(*lt.span)], [Span(*rt.span)])
    return None


def find_people_conflicts(ctx: PairContext) -> list[Finding]:
    findings: list[Finding] = []
    orgs: dict[str, _OrgIndex] = {}
    for link in ctx.linked:
        ent = link.entity
        if ent.type != "PERSON" or not link.left_keys or not link.right_keys:
            continue
        lms = ctx.left_entities.mentions[link.left_keys[0]]
        rms = ctx.right_entities.mentions[link.right_keys[0]]
        ltitles, rtitles = _titles(ctx, "left", lms), _titles(ctx, "right", rms)
        # -- role
        role_found = _role(ctx, ent.name, ltitles, rtitles, orgs)
        if role_found:
            findings.append(role_found)
        else:
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
    return findings + _unlinked_spellings(ctx, orgs)


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


def _unlinked_spellings(ctx: PairContext, orgs: dict[str, _OrgIndex]) -> list[Finding]:
    """People the two articles were not found to share, whose names differ by a letter or two
    in the surname and by no more than a convention in the given name ("Mirosław Dembski" /
    "Miroslaw Dembicki"): one person, misspelt on one side -- and given two titles, perhaps."""
    def lonely(side: str) -> list[tuple[list[str], Mention, list[Mention]]]:
        ents = ctx.left_entities if side == "left" else ctx.right_entities
        keys = [k for link in ctx.linked if link.entity.type == "PERSON"
                and bool(link.left_keys) != bool(link.right_keys)
                for k in (link.left_keys if side == "left" else link.right_keys)]
        out = []
        for k in keys:
            ms = ents.mentions.get(k)
            if ms:
                full = _full(ms)
                out.append(([_plain(t) for t in person_tokens(full.text)], full, ms))
        return out

    findings: list[Finding] = []
    right = lonely("right")
    if not right:
        return findings
    for ltoks, lm, lms in lonely("left"):
        near = [(rm, rms) for rtoks, rm, rms in right if _close_names(ltoks, rtoks)]
        if len(near) != 1:
            continue  # (two candidates: which one is meant cannot be told)
        rm, rms = near[0]
        findings.append(ctx.finding(
            "contradiction", "name", Span(lm.start, lm.end), Span(rm.start, rm.end),
            Why("name", lm.text, rm.text, "same given name, near-identical surname"), 0.75,
            [Span(lm.start, lm.end)], [Span(rm.start, rm.end)]))
        role = _role(ctx, rm.text, _titles(ctx, "left", lms), _titles(ctx, "right", rms), orgs)
        if role:
            findings.append(role)
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
