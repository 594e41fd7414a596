"""Aligning sentences of two articles that report the same thing.

Each sentence becomes a bag of *concept* keys (content words with synonyms, demonyms
and plurals folded, see tokens.py), weighted by rarity (idf over both articles).
Candidates come from an inverted index, so a sentence is only scored against the
sentences it shares a word with: the cost grows with the number of shared words,
not with the product of the two articles' lengths. Two sentences score their
idf-weighted Dice overlap. Each sentence keeps its best partner above a threshold
(from both sides, so the result is symmetric), and any further partner that scores
high (one-to-many: a sentence can report what two sentences of the other article
say). Sentences that share a run of four or more words are always candidates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from itertools import accumulate, compress, repeat

from tui.engine.model import AlignedPair, Segment
from tui.engine.tokens import concept

BEST_THRESHOLD = 0.22
"""A sentence's best partner is kept from this score on."""
EXTRA_THRESHOLD = 0.45
"""Further partners (one-to-many) are kept from this score on."""
SHINGLE = 4
MAX_PARTNERS = 3
"""A sentence is aligned with at most this many sentences of the other article."""
MAX_POSTINGS = 50
"""Words in more sentences than this (on one side) are too common to propose candidates."""
RARE_KEYS = 8
"""A sentence proposes candidates through its rarest words only."""
TOP_K = 5
"""Candidates kept per sentence (from each side) before exact scoring."""
EXHAUSTIVE_PAIRS = 40_000
"""Up to this many sentence pairs (200 x 200 sentences), every pair sharing a word is scored;
beyond, each sentence proposes its top partners from its rarest words (linear cost)."""
CANDIDATE_FLOOR = 0.08
"""Pairs scoring less are not related at all (classifiers look no lower than this)."""


def _bag(seg: Segment) -> dict[str, int]:
    bag: dict[str, int] = {}
    get = bag.get
    for t in seg.tokens:
        if t.stop:
            continue
        norm = t.norm
        if len(norm) < 2 and not norm.isdigit():
            continue
        key = concept(norm)
        bag[key] = get(key, 0) + 1
    return bag


def _shingles(seg: Segment) -> set[tuple[str, ...]]:
    """Runs of SHINGLE words with two content words, and figures: a number with the word
    it counts ("30-day ceasefire", "1,000 prisoners"), which are distinctive on their own."""
    toks = seg.tokens
    norms = [t.norm for t in toks]
    out: set[tuple[str, ...]] = set()
    if len(norms) >= SHINGLE:
        # content[i]: content words among the first i tokens
        content = list(accumulate([not t.stop for t in toks], initial=0))
        rich = [b - a >= 2 for a, b in zip(content, content[SHINGLE:], strict=False)]
        out.update(compress(zip(*(norms[k:] for k in range(SHINGLE)), strict=False), rich))
    for i in [i for i, norm in enumerate(norms[:-1]) if norm[:1].isdigit()]:
        if is_figure(norms[i]) and not toks[i + 1].stop and not is_figure(norms[i + 1]):
            out.add((norms[i], norms[i + 1]))
    return out


@lru_cache(maxsize=65536)
def is_figure(norm: str) -> bool:
    """A number that says something: not a bare year, not a small ordinal-like 1 or 2."""
    return norm[:1].isdigit() and not (len(norm) == 4 and norm[:2] in ("19", "20")) and norm not in ("1", "2")


def _bags(segments: list[Segment]) -> list[dict[str, int]]:
    return [_bag(s) if s.kind != "dateline" else {} for s in segments]


def _all_shingles(segments: list[Segment]) -> list[set[tuple[str, ...]]]:
    return [_shingles(s) if s.kind != "dateline" else set() for s in segments]


def _memo(memo: dict, key: str, compute, segments: list[Segment]):
    """``compute(segments)``, kept in ``memo`` (an article's memo: see ``Aligner``)."""
    value = memo.get(key)
    if value is None:
        value = memo[key] = compute(segments)
    return value


class Aligner:
    """Scores sentence pairs of two articles and picks the aligned ones.

    ``memos``: a dict per article where what depends on that article alone (its sentences'
    bags of words and runs of words) is kept, so an article compared with many others works
    them out once (``pipeline.Prepared.memo``); they are only read."""

    def __init__(self, left: list[Segment], right: list[Segment], memos: tuple[dict, dict] | None = None):
        self.left = left
        self.right = right
        self.memos = memos or ({}, {})
        self._own_memos = memos is None
        """Whether the memos are this aligner's own (nobody else reads them): then what is needed
        only while aligning (the runs of words) is dropped once aligned."""
        self.left_bags = _memo(self.memos[0], "aligner.bags", _bags, left)
        self.right_bags = _memo(self.memos[1], "aligner.bags", _bags, right)
        df: dict[str, int] = defaultdict(int)
        for bag in self.left_bags + self.right_bags:
            for k in bag:
                df[k] += 1
        n = len(left) + len(right) + 1
        self.idf = {k: math.log(n / c) + 1.0 for k, c in df.items()}
        self.left_mass = [sum(self.idf[k] for k in b) for b in self.left_bags]
        self.right_mass = [sum(self.idf[k] for k in b) for b in self.right_bags]
        self._twins: tuple[set[int], set[int]] | None = None
        self._rank: dict[str, int] | None = None
        self.candidate_scores: dict[tuple[int, int], float] = {}
        """Every scored pair (after ``align``), aligned or not: where local paraphrases are sought."""
        self._index: dict[str, list[int]] = defaultdict(list)
        for j, bag in enumerate(self.right_bags):
            for k in bag:
                self._index[k].append(j)

    def score(self, i: int, j: int) -> float:
        """idf-weighted Dice overlap of left sentence i and right sentence j (0..1)."""
        a, b = self.left_bags[i], self.right_bags[j]
        if not a or not b:
            return 0.0
        # summed in the order of a's words (the sentence's order): a set's order changes with
        # the interpreter's hash seed, and so would the float sum's last bit, and a near-tie
        common = sum(map(self.idf.__getitem__, filter(b.__contains__, a)))
        return 2 * common / (self.left_mass[i] + self.right_mass[j])

    def score_within(self, side: str, i: int, j: int) -> float:
        """How alike two sentences of the *same* article are (same weighting)."""
        bags, mass = (self.left_bags, self.left_mass) if side == "left" else (self.right_bags, self.right_mass)
        a, b = bags[i], bags[j]
        if not a or not b:
            return 0.0
        common = sum(map(self.idf.__getitem__, filter(b.__contains__, a)))  # (in a's order, as above)
        return 2 * common / (mass[i] + mass[j])

    def _top_partners(self, bags: list[dict[str, int]], index: dict[str, list[int]]) -> set[tuple[int, int]]:
        """For each sentence, the few sentences of the other article that share most of its
        rarest words (cost: RARE_KEYS x MAX_POSTINGS per sentence, whatever the length)."""
        pairs: set[tuple[int, int]] = set()
        idf = self.idf
        rank = self._rarity_rank()
        for i, bag in enumerate(bags):
            if not bag:
                continue
            acc: dict[int, float] = defaultdict(float)
            for k in sorted(bag, key=rank.__getitem__)[:RARE_KEYS]:
                posting = index.get(k)
                if not posting or len(posting) > MAX_POSTINGS:
                    continue
                w = idf[k]
                for j in posting:
                    acc[j] += w
            # most shared first, ties by position: sorted by (-acc[j], j)
            pairs.update(zip(repeat(i), sorted(sorted(acc), key=acc.__getitem__, reverse=True)[:TOP_K]))
        return pairs

    def _rarity_rank(self) -> dict[str, int]:
        """Each word's place in the order rarest first (highest idf), ties alphabetical."""
        if self._rank is None:
            idf = self.idf
            self._rank = {k: r for r, k in enumerate(sorted(idf, key=lambda k: (-idf[k], k)))}
        return self._rank

    def candidates(self) -> dict[tuple[int, int], float]:
        """The pairs worth scoring: each sentence's top partners, seen from both sides, with
        their exact scores (those of at least CANDIDATE_FLOOR)."""
        if len(self.left) * len(self.right) <= EXHAUSTIVE_PAIRS:
            # articles of ordinary length: every pair sharing a word, scored exactly
            scores: dict[tuple[int, int], float] = {}
            for i, bag in enumerate(self.left_bags):
                acc: dict[int, float] = defaultdict(float)
                for k in bag:
                    w = self.idf[k]
                    for j in self._index.get(k, ()):
                        acc[j] += w
                mass = self.left_mass[i]
                for j, common in acc.items():
                    s = 2 * common / (mass + self.right_mass[j])
                    if s >= CANDIDATE_FLOOR:
                        scores[(i, j)] = s
            return scores
        left_index: dict[str, list[int]] = defaultdict(list)
        for i, bag in enumerate(self.left_bags):
            for k in bag:
                left_index[k].append(i)
        pairs = self._top_partners(self.left_bags, self._index)
        pairs |= {(i, j) for j, i in self._top_partners(self.right_bags, left_index)}
        scores = {}
        for i, j in pairs:
            s = self.score(i, j)
            if s >= CANDIDATE_FLOOR:
                scores[(i, j)] = s
        return scores

    def shared_runs(self) -> set[tuple[int, int]]:
        """Pairs that share a run of SHINGLE words, wherever they stand."""
        index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, shingles in enumerate(_memo(self.memos[0], "aligner.shingles", _all_shingles, self.left)):
            for sh in shingles:
                index[sh].append(i)
        pairs: set[tuple[int, int]] = set()
        for j, shingles in enumerate(_memo(self.memos[1], "aligner.shingles", _all_shingles, self.right)):
            for sh in shingles:
                posting = index.get(sh)
                if posting and len(posting) <= MAX_POSTINGS:
                    pairs.update(zip(posting, repeat(j)))
        return pairs

    def twins(self) -> tuple[set[int], set[int]]:
        """Sentences that stand word for word in both articles (left indexes, right indexes)."""
        if self._twins is not None:
            return self._twins
        by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j, seg in enumerate(self.right):
            if seg.tokens:
                by_words[tuple(t.norm for t in seg.tokens)].append(j)
        left_twins, right_twins = set(), set()
        for i, seg in enumerate(self.left):
            js = by_words.get(tuple(t.norm for t in seg.tokens)) if seg.tokens else None
            if js:
                left_twins.add(i)
                right_twins.update(js)
        self._twins = (left_twins, right_twins)
        return self._twins

    def align(self) -> list[AlignedPair]:
        scores = self.candidates()
        self.candidate_scores = scores
        # a sentence both articles carry word for word is aligned with its twin only
        left_twins, right_twins = self.twins()
        if left_twins:
            same = {(i, j) for (i, j) in scores if i in left_twins and j in right_twins
                    and [t.norm for t in self.left[i].tokens] == [t.norm for t in self.right[j].tokens]}
            scores = {p: s for p, s in scores.items()
                      if p in same or (p[0] not in left_twins and p[1] not in right_twins)}
        best_left: dict[int, tuple[float, int]] = {}
        best_right: dict[int, tuple[float, int]] = {}
        for (i, j), s in scores.items():
            # ties broken by position so the result never depends on dict order
            if (s, -j) > best_left.get(i, (-1.0, 0)):
                best_left[i] = (s, -j)
            if (s, -i) > best_right.get(j, (-1.0, 0)):
                best_right[j] = (s, -i)
        chosen: set[tuple[int, int]] = set()
        for i, (s, negj) in best_left.items():
            if s >= BEST_THRESHOLD:
                chosen.add((i, -negj))
        for j, (s, negi) in best_right.items():
            if s >= BEST_THRESHOLD:
                chosen.add((-negi, j))
        # further partners (one-to-many), strongest first, at most MAX_PARTNERS a sentence
        count_l: dict[int, int] = defaultdict(int)
        count_r: dict[int, int] = defaultdict(int)
        for i, j in chosen:
            count_l[i] += 1
            count_r[j] += 1
        extras = sorted((p for p, s in scores.items() if s >= EXTRA_THRESHOLD and p not in chosen),
                        key=lambda p: (-scores[p], p))
        runs = sorted(p for p in self.shared_runs() if p not in chosen and not (
            (p[0] in left_twins or p[1] in right_twins) and p not in scores))
        if self._own_memos:  # (a 200k-word pair's runs of words hold ~50 MB)
            for memo in self.memos:
                memo.pop("aligner.shingles", None)
        for i, j in extras + runs:
            if count_l[i] < MAX_PARTNERS and count_r[j] < MAX_PARTNERS:
                chosen.add((i, j))
                count_l[i] += 1
                count_r[j] += 1
        out = [AlignedPair(i, j, round(scores.get((i, j)) or self.score(i, j), 4)) for i, j in chosen]
        out.sort(key=lambda p: (p.left, p.right))
        return out


def align(left: list[Segment], right: list[Segment]) -> list[AlignedPair]:
    """The aligned sentence pairs of two segmented articles."""
    return Aligner(left, right).align()
