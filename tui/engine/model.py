"""The data model shared by the engine, the CLI, the app, reviews and exports.

Every offset is a Python string index (code points, end exclusive) into
``Article.text``, the text as it was loaded (front matter removed, markup extracted).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in one article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Article:
    """One loaded article: the text every offset indexes, and what is known about it."""

    path: str
    text: str
    title: str = ""
    outlet: str = ""
    date: dt.date | None = None
    url: str = ""
    source_format: str = "txt"
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def display_name(self) -> str:
        return self.title or self.path.rsplit("/", 1)[-1]


class Token(NamedTuple):
    """A word or number with its offsets; ``norm`` is the key it is compared by.

    ``stop`` marks a function word: never enough on its own to make two passages alike.
    (A named tuple: articles have hundreds of thousands of tokens, and tuples are cheap.)
    """

    start: int
    end: int
    text: str
    norm: str
    stop: bool = False


@dataclass(slots=True)
class Segment:
    """A sentence, heading or dateline, with its tokens."""

    index: int
    start: int
    end: int
    kind: str  # "sentence" | "heading" | "dateline"
    paragraph: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two segments, one per article, judged to report the same thing."""

    left: int
    right: int
    score: float


@dataclass(frozen=True, slots=True)
class Why:
    """A finding's one-line explanation, kept in parts so it can be seen from either side:
    "name: Polak vs Poklad (same role)" is Why("name", "Polak", "Poklad", "same role")."""

    label: str
    left: str = ""
    right: str = ""
    note: str = ""

    def __str__(self) -> str:
        if self.left or self.right:
            text = f"{self.label}: {self.left or '—'} vs {self.right or '—'}"
            return f"{text} ({self.note})" if self.note else text
        return f"{self.label}: {self.note}" if self.note else self.label

    def mirrored(self) -> Why:
        note = self.note
        if note.count(" vs ") == 1:  # a note that compares the two sides ("16:30 vs 17:30") turns too
            first, second = note.split(" vs ")
            note = f"{second} vs {first}"
        return Why(self.label, self.right, self.left, note)


@dataclass(slots=True)
class Finding:
    """An overlap or a contradiction between the two articles."""

    kind: str  # "overlap" | "contradiction"
    type: str
    left: Span
    right: Span
    why: Why
    significance: float
    left_text: str = ""
    right_text: str = ""
    left_marks: list[Span] = field(default_factory=list)
    """The differing words inside ``left`` (for a contradiction), to mark in a view."""
    right_marks: list[Span] = field(default_factory=list)
    id: str = ""
    origin: str = "engine"
    """Who found it: ``engine``; ``manual`` (a reviewer added it); ``kept`` (a reviewed finding the
    engine no longer reports, kept at its passages by the review session)."""

    @property
    def explanation(self) -> str:
        """One line: what differs, or what is shared, and why it was flagged."""
        return str(self.why)

    def mirrored(self) -> Finding:
        """The same finding seen from the other side (left and right swapped)."""
        return Finding(
            kind=self.kind,
            type=self.type,
            left=self.right,
            right=self.left,
            why=self.why.mirrored(),
            significance=self.significance,
            left_text=self.right_text,
            right_text=self.left_text,
            left_marks=list(self.right_marks),
            right_marks=list(self.left_marks),
            id=self.id,
            origin=self.origin,
        )


@dataclass(slots=True)
class Entity:
    """One real-world thing mentioned by either article, with its mentions on each side."""

    name: str
    type: str  # PERSON | ORG | GPE | LOC | DATE | TIME | NUMBER
    left: list[Span] = field(default_factory=list)
    right: list[Span] = field(default_factory=list)
    left_forms: list[str] = field(default_factory=list)
    right_forms: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def spelled_differently(self) -> bool:
        """A name the two articles write differently (Kyiv / Kiev); dates and numbers are
        written in many ways and are never marked."""
        from tui.engine.tokens import fold

        if self.type not in ("PERSON", "ORG", "GPE", "LOC"):
            return False
        lf = {fold(f) for f in self.left_forms}
        rf = {fold(f) for f in self.right_forms}
        return bool(lf and rf and not (lf & rf))

    @property
    def presence(self) -> str:
        """"both", "left" or "right"."""
        if self.left and self.right:
            return "both"
        return "left" if self.left else "right"

    def mirrored(self) -> Entity:
        return Entity(
            self.name, self.type, list(self.right), list(self.left),
            list(self.right_forms), list(self.left_forms), self.id,
        )


@dataclass(slots=True)
class Comparison:
    """Everything the engine found between two articles."""

    left: Article
    right: Article
    left_segments: list[Segment]
    right_segments: list[Segment]
    alignment: list[AlignedPair]
    findings: list[Finding]
    entities: list[Entity]
    timings: dict[str, float] = field(default_factory=dict)
    """Milliseconds spent per stage."""
