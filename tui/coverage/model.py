"""The data of a coverage: many articles about one story, compared pair by pair and as a whole.

Outlets are numbered from 0 in the order the articles were given; every other object refers
to an outlet by that index. Offsets are string indexes into that outlet's ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.engine.model import Article, Span


@dataclass(slots=True)
class Outlet:
    """One article of the set and the name it is shown under."""

    index: int
    name: str
    """The article's outlet, else its title, else its file name (made unique in the set)."""
    article: Article
    chars: int
    """Characters of its text that can be shared (its segments: sentences, headings, datelines)."""


@dataclass(frozen=True, slots=True)
class PairContradiction:
    """One contradiction between two outlets, as the engine found it (``left`` is the pair's
    first outlet)."""

    type: str
    label: str
    left_value: str
    right_value: str
    note: str
    explanation: str
    significance: float
    left: Span
    right: Span
    left_segment: int
    right_segment: int
    left_text: str
    right_text: str

    def mirrored(self) -> PairContradiction:
        return PairContradiction(self.type, self.label, self.right_value, self.left_value, self.note,
                                 self.explanation, self.significance, self.right, self.left,
                                 self.right_segment, self.left_segment, self.right_text, self.left_text)


@dataclass(frozen=True, slots=True)
class PairCell:
    """One cell of the matrix: what two outlets share and where they disagree.

    Shares are fractions (0..1) of an article's characters inside the pair's overlaps
    (verbatim or paraphrase): ``left_share`` is the part of ``left``'s text that ``right``
    also carries, ``right_share`` the other way; ``share`` is the symmetric figure, the shared
    characters of both articles over the characters of both."""

    left: int
    right: int
    left_share: float
    right_share: float
    share: float
    overlaps: int
    contradictions: int
    compared: bool = True
    """False when the two articles share no content word at all: nothing to compare."""
    aligned: tuple[tuple[int, int, float], ...] = ()
    """Aligned sentences: (segment of left, segment of right, score)."""
    contradiction_list: tuple[PairContradiction, ...] = ()

    def share_of(self, outlet: int) -> float:
        """The part of ``outlet``'s text (one of the two) that the other one also carries."""
        return self.left_share if outlet == self.left else self.right_share

    def mirrored(self) -> PairCell:
        return PairCell(self.right, self.left, self.right_share, self.left_share, self.share, self.overlaps,
                        self.contradictions, self.compared, tuple((b, a, s) for a, b, s in self.aligned),
                        tuple(c.mirrored() for c in self.contradiction_list))


@dataclass(frozen=True, slots=True)
class ClaimSentence:
    """One outlet's sentence stating a claim."""

    outlet: int
    segment: int
    span: Span
    text: str


@dataclass(slots=True)
class ClaimVariant:
    """One version of a disputed point, and the outlets that give it."""

    value: str
    outlets: list[int]
    forms: list[str] = field(default_factory=list)
    """Every way the outlets write this value ("Friday", "Friday 16 May 2025")."""

    @property
    def count(self) -> int:
        return len(self.outlets)


@dataclass(slots=True)
class ClaimPoint:
    """A point of a claim on which its outlets disagree ("day of the main event"): its
    versions, the most widely given first."""

    type: str
    label: str
    variants: list[ClaimVariant]

    @property
    def majority(self) -> ClaimVariant | None:
        """The version more outlets give than any other, if there is one."""
        if len(self.variants) == 1 or self.variants[0].count > self.variants[1].count:
            return self.variants[0]
        return None


@dataclass(slots=True)
class Claim:
    """Sentences of several outlets that report the same thing."""

    id: str
    text: str
    """The sentence that represents the claim (the one most alike the others)."""
    outlet: int
    """The outlet of that sentence."""
    sentences: list[ClaimSentence]
    outlets: list[int]
    """Every outlet that states it, in whatever version."""
    points: list[ClaimPoint]
    """Where the outlets stating it disagree (empty: they agree)."""
    differing: list[int]
    """Outlets that state it differently: they give a minority version of a point (with no
    majority version, every outlet taking part in the point)."""
    silent: list[int]
    """Outlets that do not state it at all."""

    @property
    def agreeing(self) -> list[int]:
        differing = set(self.differing)
        return [o for o in self.outlets if o not in differing]

    @property
    def disputed(self) -> bool:
        return bool(self.points)


@dataclass(slots=True)
class Spelling:
    """One way of writing an entity's name, and the outlets that write it so."""

    form: str
    outlets: list[int]


@dataclass(slots=True)
class CrossEntity:
    """A person, organisation or place, linked across every outlet that mentions it."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC
    mentions: dict[int, int]
    """outlet -> number of mentions."""
    forms: dict[int, list[str]]
    """outlet -> the forms it writes (most used first)."""
    variants: list[Spelling]
    """Where outlets spell the name differently: each spelling with its outlets (else empty)."""

    @property
    def outlets(self) -> list[int]:
        return sorted(self.mentions)

    @property
    def spelled_differently(self) -> bool:
        return bool(self.variants)


@dataclass(slots=True)
class Coverage:
    """A story's coverage by several outlets: the pairs, the claims and the entities."""

    outlets: list[Outlet]
    cells: dict[tuple[int, int], PairCell]
    """(i, j) with i < j -> the pair's cell (``cell`` gives either order)."""
    claims: list[Claim]
    entities: list[CrossEntity]
    timings: dict[str, float] = field(default_factory=dict)
    """Milliseconds per stage (prepare, pairs, claims, entities)."""
    workers: int = 1
    """Processes that compared the pairs."""

    def cell(self, i: int, j: int) -> PairCell:
        """The cell of outlets i and j, seen from i (``left == i``)."""
        if i == j:
            raise ValueError("an outlet is not compared with itself")
        return self.cells[(i, j)] if i < j else self.cells[(j, i)].mirrored()

    @property
    def pairs(self) -> list[PairCell]:
        return [self.cells[k] for k in sorted(self.cells)]
