"""Segmenting an article into sentences, headings and datelines, with offsets.

Lines are split first: a headline, a dateline ("ISTANBUL", "16/05/2025") or a photo
credit is its own segment. Inside a paragraph, a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotes and brackets) followed by white space and a capital, digit or
opening quote -- unless the full stop belongs to an abbreviation ("Lt.", "Gen."), an
initial ("J. K."), a dotted acronym followed by a name ("U.S. President") or a number.
Very long sentences are cut at clause boundaries so no segment is unbounded.
"""

from __future__ import annotations

import re

from tui.engine import gazetteer, lexicon
from tui.engine.model import Segment
from tui.engine.tokens import Token, tokenize

MAX_SEGMENT_TOKENS = 120
"""A sentence longer than this is cut at clause boundaries (keeps every diff small)."""

_LINE_RE = re.compile(r"[^\n]+")
_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)")
_OPENERS = "\"'“‘«([—–-"
_DATELINE_RE = re.compile(
    r"""^\s*(?:
        \d{1,4}[./-]\d{1,2}[./-]\d{1,4}               # 16/05/2025 2025-05-16
      | (?-i:[A-Z][A-Z .'-]{1,40})(?:,\s*[A-Za-z .]+)?\s*[—–-]?\s*$   # ISTANBUL / KYIV, Ukraine —
      | (?:photo|image|video|source|credit)s?:.*        # Photo: ... / EPA-EFE
      | (?:by\s+(?-i:[A-Z]).{0,60})                      # By A Writer
      | \s*date\s+\d{4}-\d{2}-\d{2}.*                     # scraped "date 2025-05-16 Title"
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_NEXT_WORD_RE = re.compile(r"[\w'’]+")
_INITIAL_RE = re.compile(r"[A-Z]")
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_CLAUSE_RE = re.compile(r"[;:,—–](?=\s)")


_CAPS_LINE = re.compile(r"[A-Z][A-Z .'-]{1,40}")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _caps_heading(line: str, text: str, vocabulary: set[str]) -> bool:
    """Whether a line in capitals alone is a subheading ("SHIPS DEPLOYED", "INVESTIGATION"),
    not a dateline's place ("ISTANBUL", "NEW YORK"): each of its words is one the article
    also writes in lower case (or another form of one: "SEASON OPENER" in an article that
    writes "opened"), a function word or an organisation's known name ("NATO SUMMIT"), which
    no place's name is as a whole."""
    stripped = line.strip()
    if not _CAPS_LINE.fullmatch(stripped):
        return False
    words = [w.lower() for w in _CAPS_WORD.findall(stripped)]
    if not words:
        return False
    if not vocabulary:
        lower = _LOWER_WORD.findall(text)
        vocabulary.update(lower)
        vocabulary.update(_STEM_MARK + w[:_STEM] for w in lower if len(w) > _STEM)
        vocabulary.add("")  # (read once, even for an article without a lower-case word)
    return all(w in vocabulary or (len(w) > _STEM and _STEM_MARK + w[:_STEM] in vocabulary)
               or w in lexicon.STOPWORDS or _known_org(w) for w in words)


_STEM = 5
"""Letters two forms of a word share at the start ("opener", "opened"), for words longer than this."""
_STEM_MARK = "\x00"
"""Marks a word's first letters among the article's words (``_caps_heading``'s vocabulary)."""


def _known_org(word: str) -> bool:
    known = gazetteer.lookup(word)
    return known is not None and known[1] == "ORG"


def _is_heading(line: str) -> bool:
    """A short line without final punctuation: a headline or a section heading."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?\"'”’:;,":
        return False
    return len(stripped.split()) <= 16


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences end inside ``text[start:end]``."""
    ends: list[int] = []
    for m in _END_RE.finditer(text, start, end):
        stop = m.end()
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        punct = m.group()
        if punct.startswith(".") and not punct.startswith("..."):
            # the word the full stop ends
            w_start = m.start()
            while w_start > start and not text[w_start - 1].isspace():
                w_start -= 1
            word = text[w_start:m.start()].lstrip("\"'“‘([")
            low = word.lower().rstrip(".")
            next_word = _NEXT_WORD_RE.match(text[nxt:nxt + 40])
            next_low = next_word.group().lower() if next_word else ""
            if low in lexicon.ABBREVIATIONS and punct == ".":
                continue
            if _INITIAL_RE.fullmatch(word) and punct == ".":
                continue  # an initial: "J. K. Rowling"
            if _DOTTED_RE.fullmatch(word) and punct == ".":
                # a dotted acronym (U.S., a.m.): a new sentence only if a typical opener follows
                if next_low not in lexicon.SENTENCE_STARTERS:
                    continue
        ends.append(stop)
    return ends


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, tokens) -> list[tuple[int, int]]:
    """Cut an over-long sentence at clause marks, or else every MAX_SEGMENT_TOKENS words."""
    pieces: list[tuple[int, int]] = []
    piece_start, count = start, 0
    clause_marks = {m.end() for m in _CLAUSE_RE.finditer(text, start, end)}
    for tok in tokens:
        count += 1
        at_clause = any(p in clause_marks for p in range(tok.end, min(tok.end + 2, end + 1)))
        if (count >= MAX_SEGMENT_TOKENS // 2 and at_clause) or count >= MAX_SEGMENT_TOKENS:
            cut = tok.end + (1 if tok.end < end and text[tok.end] in ";:,—–" else 0)
            pieces.append((piece_start, cut))
            piece_start, count = cut, 0
    if piece_start < end:
        pieces.append((piece_start, end))
    return [p for p in (_trim(text, a, b) for a, b in pieces) if p[0] < p[1]]


def segment(text: str) -> list[Segment]:
    """The sentences, headings and datelines of ``text``, in order, with tokens."""
    segments: list[Segment] = []
    paragraph = -1
    vocabulary: set[str] = set()  # (the article's lower-case words: read when first needed)
    for line in _LINE_RE.finditer(text):
        l_start, l_end = _trim(text, line.start(), line.end())
        if l_start >= l_end:
            continue
        paragraph += 1  # every line is a paragraph: news copy has one paragraph a line
        body = text[l_start:l_end]
        if _DATELINE_RE.match(body) and not _caps_heading(body, text, vocabulary):
            kinds: list[tuple[str, int, int, list[Token] | None]] = [("dateline", l_start, l_end, None)]
        elif _is_heading(body):
            kinds = [("heading", l_start, l_end, None)]
        else:
            kinds = []
            s = l_start
            for e in _sentence_ends(text, l_start, l_end) + [l_end]:
                a, b = _trim(text, s, e)
                if a < b:
                    tokens = tokenize(text, a, b)
                    if len(tokens) <= MAX_SEGMENT_TOKENS:
                        kinds.append(("sentence", a, b, tokens))
                    else:
                        kinds.extend(("sentence", x, y, None) for x, y in _cut_long(text, a, b, tokens))
                s = e
        for kind, a, b, toks in kinds:
            tokens = toks if toks is not None else tokenize(text, a, b)
            segments.append(Segment(len(segments), a, b, kind, paragraph, tokens))
    return segments
