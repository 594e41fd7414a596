"""The built-in entity extractor, and linking entities across the two articles.

Extraction works on runs of capitalised words inside each segment. A run is split
into titles, known names (the gazetteer), organisations (a run ending in a head word
such as "Ministry" or "Agency", with an "of ..." complement), places with a head
word ("Palace"), and people (a run after a title, a known given name, or a name
followed by a speech verb). Sentence-initial common words and headings are not
mistaken for names. Within an article, a surname alone joins the full name it
belongs to; across the two articles, spellings are linked by the gazetteer's
aliases and by fuzzy matching of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from tui.engine import gazetteer, lexicon
from tui.engine.model import Article, Entity, Segment, Span
from tui.engine.names import GIVEN_NAMES
from tui.engine.temporal import times_in
from tui.engine.tokens import fold

_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?")
_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "al", "el", "bin", "ibn", "von", "van",
                         "der", "la", "du", "da", "di", "le"})
_NOT_ORGS = frozenset("""POW POWS TV PM AM CEO GDP ID OK UTC GMT COVID AI HIV AIDS DNA USD EUR CET
EST PDF URL FAQ MP MPS VIP I II III IV PR HQ""".split())
_REPORT_VERBS = frozenset("reported reports said says told cited quoted wrote".split())
_MEDIA_HEADS = frozenset("channel agency newspaper broadcaster television network outlet daily "
                         "magazine radio station".split())
_TITLE_OF = frozenset({"staff", "state", "defense", "defence", "justice", "finance", "the interior",
                       "foreign affairs", "state for foreign affairs"})
_MAX_PERSON_TOKENS = 4
_PLACE_KINDS = frozenset("province region district county oblast prefecture governorate city town "
                         "village municipality state".split())


@dataclass(slots=True)
class Mention:
    """One occurrence of a name in one article."""

    start: int
    end: int
    text: str
    type: str
    key: str
    title: str = ""
    """The title written with this mention ("Deputy Foreign Minister"), if any."""
    title_span: tuple[int, int] | None = None


class _Word:
    """A word of a segment; compared by identity, and knows its place in the segment."""

    __slots__ = ("start", "end", "text", "low", "cap", "idx")

    def __init__(self, start: int, end: int, text: str, idx: int = -1):
        self.start, self.end, self.text, self.idx = start, end, text, idx
        self.low = fold(text)
        self.cap = text[:1].isupper()


@dataclass(slots=True)
class ArticleEntities:
    """The entities of one article: key -> mentions, and key -> display form."""

    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    def add(self, m: Mention, name: str) -> None:
        self.mentions.setdefault(m.key, []).append(m)
        current = self.names.get(m.key)
        if current is None or len(name) > len(current):
            self.names[m.key] = name.removeprefix("the ").removeprefix("The ")
        self.types.setdefault(m.key, m.type)


def _strip_possessive(word: _Word) -> _Word:
    for suffix in ("'s", "’s"):
        if word.text.endswith(suffix):
            return _Word(word.start, word.end - 2, word.text[:-2], word.idx)
    if word.text.endswith(("s'", "s’")):
        return _Word(word.start, word.end - 1, word.text[:-1], word.idx)
    return word


def _words(text: str, seg: Segment) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group(), k)
            for k, m in enumerate(_WORD_RE.finditer(text, seg.start, seg.end))]


def _gap_ok(text: str, a: _Word, b: _Word) -> bool:
    """Whether two capitalised words belong to one name (only spaces, or an abbreviation's dot)."""
    gap = text[a.end:b.start]
    if gap.strip() == "":
        return "\n" not in gap and not a.text.endswith(("'s", "’s"))
    if gap.strip() == "." and a.low in lexicon.ABBREVIATIONS:
        return True
    return False


def _runs(text: str, words: list[_Word]) -> list[list[_Word]]:
    """Maximal runs of capitalised words, allowing lower-case connectors inside."""
    runs: list[list[_Word]] = []
    i = 0
    n = len(words)
    while i < n:
        if not words[i].cap:
            i += 1
            continue
        run = [words[i]]
        j = i + 1
        while j < n:
            w = words[j]
            if not _gap_ok(text, run[-1], w):
                break
            if w.cap:
                run.append(w)
                j += 1
                continue
            if w.low in _CONNECTORS:
                k = j
                while k < n and words[k].low in _CONNECTORS and _gap_ok(text, words[k - 1], words[k]):
                    k += 1
                if k < n and words[k].cap and _gap_ok(text, words[k - 1], words[k]):
                    run.extend(words[j:k])
                    j = k
                    continue
            break
        runs.append(run)
        i = j
    return runs


def _title_case(words: list[_Word]) -> bool:
    """Whether most of a line's words are capitalised, small words included ("Court Upholds Fine")."""
    lexical = [w for w in words if w.low not in ("a", "an", "the", "of", "in", "on", "for", "to", "and", "at")]
    return len(lexical) >= 3 and sum(w.cap for w in lexical) >= 0.8 * len(lexical)


def _is_title(word: _Word) -> bool:
    low = word.low
    if low in lexicon.TITLE_WORDS:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in lexicon.TITLE_WORDS or p in ("in", "at", "of") for p in parts) \
        and parts[0] in lexicon.TITLE_WORDS  # "Secretary-General", "Vice-President"


def _title_before(words: list[_Word], index: int, text: str) -> tuple[str, tuple[int, int]] | None:
    """Lower-case title words immediately before ``words[index]`` ("presidential aide")."""
    j = index - 1
    first = None
    while j >= 0 and (words[j].low in lexicon.TITLE_WORDS or (
            words[j].low in ("of", "the", "to", "for") and first is not None)) and \
            text[words[j].end:words[j + 1].start].strip() in ("", "."):
        if words[j].low in lexicon.TITLE_WORDS:
            first = j
        j -= 1
    if first is None:
        return None
    return " ".join(w.text for w in words[first:index]), (words[first].start, words[index - 1].end)


class _Extractor:
    def __init__(self, article: Article, segments: list[Segment]):
        self.article = article
        self.text = article.text
        self.segments = segments
        self.result = ArticleEntities()
        lowered = re.findall(r"(?<![.!?]\s)(?<!^)\b[a-z][a-z'’-]+\b", self.text)
        self.common_words = {w for w in lowered}
        self.unsure: list[list[_Word]] = []
        self.title_case = False
        self.last_org: tuple[str, str, int] | None = None
        """The organisation named last (key, name, end): a "(ACRONYM)" right after it is its alias."""
        self.dateline_places: set[str] = set()

    # -- helpers -------------------------------------------------------------
    def emit(self, words: list[_Word], etype: str, key: str | None = None, name: str | None = None,
             title: str = "", title_span: tuple[int, int] | None = None) -> None:
        if not words:
            return
        start, end = words[0].start, words[-1].end
        surface = self.text[start:end]
        name = name or surface
        if key is None:
            key = f"{etype}:{fold(name)}"
        self.result.add(Mention(start, end, surface, etype, key, title, title_span), name)

    def known(self, words: list[_Word]) -> tuple[str, str] | None:
        return gazetteer.lookup(" ".join(w.text for w in words))

    # -- a run ---------------------------------------------------------------
    def take_run(self, run: list[_Word], all_words: list[_Word], run_index: int, seg: Segment,
                 sentence_start: bool) -> None:
        heading = seg.kind != "sentence"
        # split hyphenated place compounds: "Russia-Ukraine"
        expanded: list[_Word] = []
        for w in run:
            parts = w.text.split("-")
            if len(parts) > 1 and not gazetteer.lookup(w.text) and all(gazetteer.lookup(p) for p in parts):
                pos = w.start
                for p in parts:
                    expanded.append(_Word(pos, pos + len(p), p, w.idx))
                    pos += len(p) + 1
            else:
                expanded.append(w)
        run = [_strip_possessive(w) for w in expanded]
        first = run[0] if run else None
        if first is not None and first.idx == 0 and first.text.isupper() and len(first.text) >= 3 and not self.known([first]) \
                and self.text[first.end:first.end + 1] in (",", " ") and (
                    self.text[first.end:first.end + 3].strip().startswith((",", "—", "–", "-"))):
            # a dateline: "MALATYA, Turkey (Reuters) -" names the place the story is filed from
            self.emit([first], "GPE", f"GPE:{first.low}", first.text.title())
            self.dateline_places.add(first.low)
            run = run[1:]
            if not run:
                return
        if sentence_start and run and not self.known(run[:1]) and not _is_title(run[0]):
            first = run[0].low
            if first in lexicon.STOPWORDS or first in self.common_words or (
                    len(run) == 1 and first not in GIVEN_NAMES):
                run = run[1:]
                while run and run[0].low in _CONNECTORS:
                    run = run[1:]
        if not run:
            return
        idx = run[-1].idx
        nxt = all_words[idx + 1] if 0 <= idx < len(all_words) - 1 else None
        if nxt is not None and not nxt.cap and nxt.low in _PLACE_KINDS and not any(
                _is_title(w) for w in run) and not self.known(run) and len(run) <= 3:
            self.emit(run, "GPE")  # "Adiyaman province"
            return
        if nxt is not None and nxt.low in _MEDIA_HEADS and not nxt.cap and not any(
                _is_title(w) for w in run) and not self.known(run):
            self.emit(run, "ORG")  # "the We Are Ukraine television channel"
            return
        self.split_run(run, all_words, heading)

    def split_run(self, run: list[_Word], all_words: list[_Word], heading: bool) -> None:
        text = self.text
        if heading and self.title_case:
            # a title-case headline capitalises every word: only names the gazetteer knows
            i = 0
            while i < len(run):
                for size in range(min(6, len(run) - i), 0, -1):
                    found = self.known(run[i:i + size])
                    if found:
                        self.emit(run[i:i + size], found[1], f"{found[1]}:{fold(found[0])}")
                        i += size
                        break
                else:
                    i += 1
            return
        i = 0
        n = len(run)
        title_words: list[_Word] = []
        last_org = self.last_org
        while i < n:
            w = run[i]
            # parenthesised acronym after an organisation: an alias
            # 1. a known name (longest first)
            hit = None
            for size in range(min(6, n - i), 0, -1):
                if size > 1 and any(x.low in ("and",) for x in run[i:i + size]):
                    continue
                found = self.known(run[i:i + size])
                if found:
                    hit = (size, found)
                    break
            if hit:
                size, (canon, etype) = hit
                if etype == "GPE" and i + size < n and self._org_ahead(run, i + size):
                    # "Turkish Foreign Ministry"-style: the place belongs to an organisation name
                    pass
                else:
                    following = run[i + size:]
                    if etype in ("GPE", "ORG") and following and self._is_media_tail(run, i + size, all_words):
                        self.emit(run[i:], "ORG")
                        return
                    self.emit(run[i:i + size], etype, f"{etype}:{fold(canon)}")
                    if etype == "ORG":
                        last_org = self.last_org = (f"ORG:{fold(canon)}", canon, run[i + size - 1].end)
                    if title_words and i > 0 and run[i - 1].low in ("of", "for", "to", "the"):
                        title_words.extend(run[i:i + size])  # "Envoy for Ukraine"
                    else:
                        title_words = []
                    i += size
                    continue
            low = w.low
            if low in gazetteer.DEMONYM_TO_PLACE and not self._org_ahead(run, i):
                i += 1  # a nationality describes, it is not a place
                continue
            if low in _CONNECTORS:
                if title_words:
                    title_words.append(w)
                i += 1
                continue
            # 2. titles ("Deputy Energy Minister": every word up to the office is the title)
            if not _is_title(w) and title_words and not self._org_ahead(run, i):
                h = next((k for k in range(i, min(n, i + 3)) if run[k].low in lexicon.TITLE_HEADS), None)
                if h is not None and all(run[k].cap and not self.known(run[k:k + 1])
                                         and run[k].low not in GIVEN_NAMES for k in range(i, h)):
                    title_words.extend(run[i:h + 1])
                    i = h + 1
                    continue
            if _is_title(w) and not self._org_ahead(run, i):
                title_words.append(w)
                i += 1
                # "Chief of Staff", "Secretary of State"
                if i + 1 < n and run[i].low == "of" and run[i + 1].low in _TITLE_OF:
                    title_words.extend(run[i:i + 2])
                    i += 2
                continue
            # 3. organisations: up to a head word, with an "of X" complement
            org_end = self._org_end(run, i)
            if org_end:
                self.emit(run[i:org_end], "ORG")
                key = f"ORG:{fold(self.text[run[i].start:run[org_end - 1].end])}"
                last_org = self.last_org = (key, self.text[run[i].start:run[org_end - 1].end], run[org_end - 1].end)
                if title_words and i > 0 and run[i - 1].low in ("of", "for", "to", "the"):
                    title_words.extend(run[i:org_end])  # "Deputy Head of the Security Service"
                else:
                    title_words = []
                i = org_end
                continue
            loc_end = self._loc_end(run, i)
            if loc_end:
                self.emit(run[i:loc_end], "LOC")
                i = loc_end
                continue
            # 4. acronyms
            if re.fullmatch(r"[A-Z]{2,6}", w.text) and w.text not in _NOT_ORGS:
                before = text[max(0, w.start - 1):w.start]
                if before == "(" and last_org and 0 <= w.start - last_org[2] <= 3:
                    self.emit([w], "ORG", last_org[0], last_org[1])
                else:
                    self.emit([w], "ORG")
                i += 1
                continue
            if heading or re.fullmatch(r"[A-Z]{1,6}", w.text):
                i += 1
                continue
            # 5. people
            j = i
            while j < n and j - i < _MAX_PERSON_TOKENS and run[j].cap and not _is_title(run[j]) \
                    and not self.known(run[j:j + 1]) and run[j].low not in _CONNECTORS \
                    and not re.fullmatch(r"[A-Z]{2,6}", run[j].text):
                j += 1
            person = run[i:j] if j > i else [w]
            titled = bool(title_words)
            while title_words and title_words[-1].low in _CONNECTORS:
                title_words.pop()
            title_span = (title_words[0].start, title_words[-1].end) if title_words else None
            title = text[title_span[0]:title_span[1]] if title_span else ""
            if not titled:
                before = _title_before(all_words, run[i].idx, text) if run[i].idx >= 0 else None
                if before:
                    titled, (title, title_span) = True, before
            speech_after = self._speech_after(all_words, person[-1])
            looks_named = person[0].low in GIVEN_NAMES
            if len(person) >= 2 and (titled or looks_named or speech_after):
                self.emit(person, "PERSON", title=title, title_span=title_span)
            elif len(person) == 1 and (titled or speech_after) and len(person[0].text) > 1:
                self.emit(person, "PERSON", title=title, title_span=title_span)
            elif len(person) >= 2 and all(p.text[:1].isupper() and p.text[1:].islower() for p in person) \
                    and len(person) <= 3 and not any(p.low in self.common_words for p in person):
                self.unsure.append(person)  # a person only if the surname recurs with a signal
            i = max(j, i + 1)
            title_words = []

    def _org_ahead(self, run: list[_Word], i: int) -> bool:
        return self._org_end(run, i) is not None

    def _org_end(self, run: list[_Word], i: int) -> int | None:
        """End of an organisation name starting at run[i]: the run up to an ORG head word,
        extended by an "of the X" complement."""
        n = len(run)
        for j in range(i, min(n, i + 5)):
            if run[j].low in gazetteer.ORG_HEADS and j > i or (
                    run[j].low in gazetteer.ORG_HEADS and j == i and j + 1 < n and run[j + 1].low == "of"):
                end = j + 1
                if any((x.low in lexicon.TITLE_HEADS or x.low in lexicon.RANK_WORDS) and x.low != "general"
                       for x in run[i:j]):
                    return None  # "Deputy Head of the Security Service": a title, then an organisation
                while end + 1 < n and run[end].low == "of":
                    k = end + 1
                    if run[k].low == "the" and k + 1 < n:
                        k += 1
                    # of + known place, or of + words ending in another head
                    if self.known(run[k:k + 1]) and gazetteer.lookup(run[k].text)[1] == "GPE":
                        end = k + 1
                        continue
                    m = k
                    while m < n and run[m].cap and run[m].low not in gazetteer.ORG_HEADS:
                        m += 1
                    if m < n and run[m].low in gazetteer.ORG_HEADS:
                        end = m + 1
                        continue
                    if j == i:
                        # "Ministry of Foreign Affairs": a head first takes the words after "of",
                        # up to a name that starts a person
                        m = k
                        while m < n and m - k < 4 and run[m].cap and run[m].low not in GIVEN_NAMES \
                                and not (m > k and run[m].low in lexicon.TITLE_HEADS):
                            m += 1
                        if m > k:
                            end = m
                    break
                return end
            if not run[j].cap or run[j].low in _CONNECTORS and j == i:
                return None
        return None

    def _loc_end(self, run: list[_Word], i: int) -> int | None:
        for j in range(i + 1, min(len(run), i + 4)):
            if run[j].low in gazetteer.LOC_HEADS:
                return j + 1
        return None

    def _is_media_tail(self, run: list[_Word], k: int, all_words: list[_Word]) -> bool:
        """A known name followed by more capitalised words and a reporting verb or media
        word: the whole run names an outlet ("Türkiye Today reported")."""
        idx = run[-1].idx
        nxt = all_words[idx + 1].low if 0 <= idx < len(all_words) - 1 else ""
        tail = run[k:]
        return bool(tail) and not any(self.known([t]) for t in tail) and not any(
            t.low in GIVEN_NAMES for t in tail) and (nxt in _REPORT_VERBS or nxt in _MEDIA_HEADS)

    def _speech_after(self, words: list[_Word], last: _Word) -> bool:
        idx = last.idx
        if idx < 0:
            return False
        for w in words[idx + 1: idx + 3]:
            if w.low in lexicon.SPEECH_VERBS:
                return True
            if w.low not in ("has", "had", "also", "later", "then", "was", "is"):
                return False
        return False

    # -- whole article -------------------------------------------------------
    def run(self) -> ArticleEntities:
        for seg in self.segments:
            self.last_org = None
            words = _words(self.text, seg)
            self.title_case = seg.kind == "heading" and _title_case(words)
            for run in _runs(self.text, words):
                idx = run[0].idx
                # the first word of a sentence, also after an opening quote or a dateline dash
                sentence_start = idx == 0 or (
                    idx > 0 and self.text[words[idx - 1].end:run[0].start].strip() in ("—", "–", "-")
                    and words[idx - 1].text.isupper())
                self.take_run(run, words, idx, seg, sentence_start)
        full_surnames = {fold(self.result.names[k]).split()[-1] for k in self.result.mentions
                         if self.result.types[k] == "PERSON" and len(self.result.names[k].split()) >= 2}
        for person in self.unsure:
            if person[-1].low in full_surnames:
                self.emit(person, "PERSON")
        self._link_dateline_places()
        self._link_surnames()
        return self.result

    def _link_dateline_places(self) -> None:
        """Later bare mentions of the dateline's place ("in Malatya") are that place."""
        for low in self.dateline_places:
            key = f"GPE:{low}"
            form = self.result.names.get(key)
            if not form:
                continue
            taken = {m.start for m in self.result.mentions[key]}
            for m in re.finditer(rf"\b{re.escape(form)}\b", self.text):
                if m.start() not in taken:
                    self.result.add(Mention(m.start(), m.end(), m.group(), "GPE", key), form)

    def _link_surnames(self) -> None:
        """A surname (or a surname with a title) alone joins the full name it belongs to,
        and every further occurrence of a known surname is a mention."""
        res = self.result
        full: dict[str, str] = {}
        for key, ms in res.mentions.items():
            if res.types[key] == "PERSON":
                toks = fold(res.names[key]).split()
                if len(toks) >= 2:
                    full.setdefault(toks[-1], key)
        for key in list(res.mentions):
            if res.types.get(key) != "PERSON":
                continue
            toks = fold(res.names[key]).split()
            if len(toks) == 1 and toks[0] in full and full[toks[0]] != key:
                target = full[toks[0]]
                for m in res.mentions.pop(key):
                    m.key = target
                    res.mentions[target].append(m)
                res.names.pop(key)
                res.types.pop(key)
        # further bare occurrences of surnames ("Putin" with no title)
        covered = {i for ms in res.mentions.values() for m in ms for i in range(m.start, m.end)}
        forms = {res.names[key].split()[-1]: key for key in full.values()}
        if forms:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                                 + r")\b")
            for seg in self.segments:
                if seg.kind != "sentence":
                    continue
                for m in pattern.finditer(self.text, seg.start, seg.end):
                    if m.start() in covered:
                        continue
                    key = forms[m.group()]
                    res.mentions[key].append(Mention(m.start(), m.end(), m.group(), "PERSON", key))
                    covered.update(range(m.start(), m.end()))
        # bare gazetteer names missed inside longer runs are found by the runs themselves;
        # single capitalised words that are neither known nor titled were dropped.
        # drop single-token people that never got a full name and were never titled
        for key in list(res.mentions):
            if res.types.get(key) == "PERSON" and len(res.names[key].split()) == 1:
                if not any(m.title for m in res.mentions[key]):
                    res.mentions.pop(key)
                    res.names.pop(key)
                    res.types.pop(key)
        for ms in res.mentions.values():
            ms.sort(key=lambda m: m.start)


def extract(article: Article, segments: list[Segment]) -> ArticleEntities:
    """Names of people, organisations and places in one article, with their mentions."""
    return _Extractor(article, segments).run()


def extract_values(article: Article, segments: list[Segment]) -> ArticleEntities:
    """Dates, times and numbers (with their unit word) in one article."""
    res = ArticleEntities()
    text = article.text
    year = article.date.year if article.date else None
    for seg in segments:
        if seg.kind == "dateline" and seg.start == 0:
            pass
        for t in times_in(text, seg.start, seg.end, default_year=year):
            surface = text[t.start:t.end]
            if t.kind == "time":
                etype, name = "TIME", surface
            else:
                etype = "DATE"
                name = t.date.isoformat() if t.date else surface
            res.add(Mention(t.start, t.end, surface, etype, f"{etype}:{fold(name)}"), name)
        taken = [(m.start, m.end) for ms in res.mentions.values() for m in ms]
        for tok in seg.tokens:
            if not tok.norm[:1].isdigit() or any(a <= tok.start < b for a, b in taken):
                continue
            if re.fullmatch(r"(1[89]|20)\d{2}", tok.norm):
                continue  # a year on its own
            nxt = next((t for t in seg.tokens if t.start >= tok.end), None)
            unit = ""
            if nxt and not nxt.stop and nxt.text[:1].islower() and nxt.start - tok.end <= 1:
                unit = nxt.text
            end = nxt.end if unit else tok.end
            surface = text[tok.start:end]
            res.add(Mention(tok.start, end, surface, "NUMBER", f"NUMBER:{tok.norm} {fold(unit)}"), surface)
    return res


# -- linking the two articles ----------------------------------------------------------

def _person_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", fold(name)) if t]


def _similar(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def same_person(a: str, b: str) -> str | None:
    """How two person names relate: "same", "variant" (spelled differently), or None."""
    ta, tb = _person_tokens(a), _person_tokens(b)
    if ta == tb:
        return "same"
    if not ta or not tb:
        return None
    if sorted(ta) == sorted(tb):
        return "variant"  # given names in another order
    if ta[-1] == tb[-1]:
        if len(ta) == 1 or len(tb) == 1:
            return "same"
        if ta[0] == tb[0]:
            return "same"
        if _similar(ta[0], tb[0]) >= 0.5 or (min(len(ta[0]), len(tb[0])) == 1 and ta[0][0] == tb[0][0]):
            return "variant"  # Serhiy / Sergey; an initial and its name
        return None
    if _similar(ta[-1], tb[-1]) >= 0.6 and len(ta[-1]) >= 4:
        if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0]:
            return "variant"
        if (len(ta) == 1 or len(tb) == 1) and _similar(ta[-1], tb[-1]) >= 0.8:
            return "variant"
    return None


@dataclass(slots=True)
class LinkedEntity:
    """An entity of the pair, with the keys it has on each side."""

    entity: Entity
    left_keys: list[str]
    right_keys: list[str]
    relation: str  # same | variant


def link(left: ArticleEntities, right: ArticleEntities, left_text: str,
         right_text: str) -> list[LinkedEntity]:
    """One entity per real-world thing: the two articles' entities joined."""
    used_right: set[str] = set()
    linked: list[LinkedEntity] = []
    for lkey, lms in left.mentions.items():
        ltype, lname = left.types[lkey], left.names[lkey]
        match, relation = None, "same"
        if lkey in right.mentions:
            match = lkey
        elif ltype == "PERSON":
            best = None
            for rkey in right.mentions:
                if right.types[rkey] != "PERSON" or rkey in used_right:
                    continue
                rel = same_person(lname, right.names[rkey])
                if rel and (best is None or rel == "same"):
                    best = (rkey, rel)
                    if rel == "same":
                        break
            if best:
                match, relation = best
        if match and match in used_right:
            match = None
        rms = right.mentions.get(match, []) if match else []
        if match:
            used_right.add(match)
            if relation == "same" and {fold(m.text) for m in lms}.isdisjoint({fold(m.text) for m in rms}) \
                    and ltype != "PERSON":
                relation = "variant"
        entity = Entity(
            name=lname,
            type=ltype,
            left=[Span(m.start, m.end) for m in lms],
            right=[Span(m.start, m.end) for m in rms],
            left_forms=sorted({m.text for m in lms}),
            right_forms=sorted({m.text for m in rms}),
        )
        if match and ltype == "PERSON" and len(right.names[match]) > len(lname) and relation == "same":
            entity.name = right.names[match]
        linked.append(LinkedEntity(entity, [lkey], [match] if match else [], relation))
    for rkey, rms in right.mentions.items():
        if rkey in used_right:
            continue
        entity = Entity(
            name=right.names[rkey], type=right.types[rkey],
            right=[Span(m.start, m.end) for m in rms], right_forms=sorted({m.text for m in rms}),
        )
        linked.append(LinkedEntity(entity, [], [rkey], "same"))
    return linked
