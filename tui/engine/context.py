"""What every classifier can look at for one pair of articles."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

from tui.engine import lexicon
from tui.engine.aligning import Aligner
from tui.engine.diffing import DiffOp, replacements
from tui.engine.entities import ArticleEntities, LinkedEntity
from tui.engine.model import AlignedPair, Article, Finding, Segment, Span, Token, Why

T = TypeVar("T")


def best_each_side(best: dict[tuple[int, int], tuple]) -> set[tuple[int, int]]:
    """Of scored pairs ``(left item, right item) -> score``, each item's best-scoring pair, from
    either side (a detector's claims meet their closest counterparts)."""
    keep: set[tuple[int, int]] = set()
    for side in (0, 1):
        chosen: dict[int, tuple[tuple, tuple[int, int]]] = {}
        for pair, score in best.items():
            if pair[side] not in chosen or score > chosen[pair[side]][0]:
                chosen[pair[side]] = (score, pair)
        keep.update(p for _, p in chosen.values())
    return keep


SAME_STORY_SHARE = 0.3
"""Two articles report one story when this share of the shorter one's sentences is aligned."""


@dataclass(slots=True)
class PairContext:
    """The two articles with their segments, alignment, diffs and entities."""

    left: Article
    right: Article
    left_segments: list[Segment]
    right_segments: list[Segment]
    aligner: Aligner
    alignment: list[AlignedPair]
    diffs: dict[tuple[int, int], list[DiffOp]]
    left_entities: ArticleEntities
    right_entities: ArticleEntities
    linked: list[LinkedEntity]
    _left_starts: list[int] = field(default_factory=list)
    _right_starts: list[int] = field(default_factory=list)
    _partners: dict[str, dict[int, dict[int, float]]] = field(default_factory=dict)
    _replacements: dict[tuple[int, int], list[tuple[int, int, int, int]]] = field(default_factory=dict)
    _negations: dict[tuple[str, int], list[Token]] = field(default_factory=dict)
    _same_story: bool | None = None
    memos: tuple[dict, dict] = field(default_factory=lambda: ({}, {}))
    """Per article (left, right): what depends on that article alone (``per_article``)."""

    def __post_init__(self) -> None:
        self._left_starts = [s.start for s in self.left_segments]
        self._right_starts = [s.start for s in self.right_segments]

    def partners(self, side: str) -> dict[int, dict[int, float]]:
        """segment -> {segment of the other article: score} for the related pairs (those the
        aligner scored), so classifiers never compare every sentence with every other."""
        cache = self._partners.get(side)
        if cache is None:
            cache = {}
            for (i, j), s in self.aligner.candidate_scores.items():
                a, b = (i, j) if side == "left" else (j, i)
                cache.setdefault(a, {})[b] = s
            for p in self.alignment:  # aligned pairs that came from a shared run of words
                a, b = (p.left, p.right) if side == "left" else (p.right, p.left)
                cache.setdefault(a, {}).setdefault(b, p.score)
            self._partners[side] = cache
        return cache

    def per_article(self, side: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, a result that depends on one article alone (its text, segments and
        entities), worked out once per article: for a prepared article (``pipeline.prepare``),
        once for all the pairs it is in. The result is shared, so it is only read."""
        memo = self.memos[0 if side == "left" else 1]
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    def replacements(self, left: int, right: int) -> list[tuple[int, int, int, int]]:
        """``diffing.replacements`` of an aligned pair's diff (worked out once, shared by the
        classifiers that read it)."""
        out = self._replacements.get((left, right))
        if out is None:
            out = self._replacements[(left, right)] = replacements(self.diffs.get((left, right), []))
        return out

    def word_swaps(self, left: int, right: int) -> list[tuple[Token, Token, Token, Token]]:
        """Where an aligned pair's diff replaces one word by one word, with the word after each:
        (left word, right word, left next word, right next word) -- "foreign ministers" /
        "trade ministers", "left engine" / "right-hand engine"."""
        ls, rs = self.left_segments[left].tokens, self.right_segments[right].tokens
        return [(ls[a0], rs[b0], ls[a1], rs[b1]) for a0, a1, b0, b1 in self.replacements(left, right)
                if a1 - a0 == 1 and b1 - b0 == 1 and a1 < len(ls) and b1 < len(rs)]

    def negations(self, side: str, index: int) -> list[Token]:
        """The negation words ("not", "never", "didn't") of a segment."""
        out = self._negations.get((side, index))
        if out is None:
            seg = (self.left_segments if side == "left" else self.right_segments)[index]
            out = self._negations[(side, index)] = [
                t for t in seg.tokens if t.norm in lexicon.NEGATIONS or t.norm.endswith("n't")]
        return out

    def same_story(self) -> bool:
        """Whether the two articles report one story: at least SAME_STORY_SHARE of the shorter
        one's sentences are aligned (worked out once; several detectors ask)."""
        if self._same_story is None:
            lsent = sum(1 for s in self.left_segments if s.kind == "sentence")
            rsent = sum(1 for s in self.right_segments if s.kind == "sentence")
            aligned = min(len({p.left for p in self.alignment}), len({p.right for p in self.alignment}))
            self._same_story = min(lsent, rsent) > 0 and aligned >= SAME_STORY_SHARE * min(lsent, rsent)
        return self._same_story

    def right_to_left(self) -> dict[str, str]:
        """The right article's entity keys -> the key of the same thing on the left (linked
        entities): one key per real-world thing, whichever article names it."""
        return {rk: link.left_keys[0] for link in self.linked if link.left_keys for rk in link.right_keys}

    def related(self, left: int, right: int) -> float:
        """The score of a related pair of segments, 0 for unrelated ones."""
        return self.partners("left").get(left, {}).get(right, 0.0)

    def segment_at(self, side: str, offset: int) -> int:
        """Index of the segment holding ``offset`` on that side (or the one before it)."""
        starts = self._left_starts if side == "left" else self._right_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def finding(self, kind: str, type_: str, left: Span, right: Span, why: Why,
                significance: float, left_marks: list[Span] | None = None,
                right_marks: list[Span] | None = None) -> Finding:
        return Finding(
            kind=kind, type=type_, left=left, right=right, why=why,
            significance=round(significance, 3),
            left_text=self.left.text[left.start:left.end],
            right_text=self.right.text[right.start:right.end],
            left_marks=left_marks or [], right_marks=right_marks or [],
        )
