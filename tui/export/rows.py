"""The two articles laid out side by side with aligned passages level, as rows.

Each article is cut into *chunks*, one per segment (a sentence, heading or dateline), each from
the segment's start to the next one's, the first from offset 0 and the last to the end: the
chunks cover the text, every character once, in order. The alignment pairs segments of the two
articles; the longest chain of pairs that runs forward in both articles (of those, the one with
the highest score) becomes the rows that hold a passage of each side level. Every other chunk,
one with no partner or whose partner is out of order, gets a row of its own (the left article's
before the right's between two level rows), so both texts read down their column whole and in
order.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine.model import Comparison, Segment


@dataclass(frozen=True, slots=True)
class Row:
    """One row: a range of each article's text (``None``: nothing of that side in this row)."""

    left: tuple[int, int] | None
    right: tuple[int, int] | None

    @property
    def level(self) -> bool:
        """Both sides hold aligned passages."""
        return self.left is not None and self.right is not None


def chunks(segments: list[Segment], length: int) -> list[tuple[int, int]]:
    """``(start, end)`` per segment, in the order of ``segments``, covering ``[0, length)``."""
    starts = [s.start for s in segments]
    if not starts:
        return [(0, length)]
    bounds = [0, *starts[1:], length]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _chain(pairs: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The longest list of pairs increasing in both coordinates, of the highest total score among
    the longest (``pairs`` maps a pair to its score; a Fenwick tree of best chains, O(n log n))."""
    if not pairs:
        return []
    ordered = sorted(pairs)
    size = max(r for _, r in ordered) + 1
    tree: list[tuple[int, float, int]] = [(0, 0.0, -1)] * (size + 1)  # (length, score, end) by right index
    best: list[tuple[int, float, int]] = []
    before: list[int] = []
    n = 0
    while n < len(ordered):  # one left index at a time: pairs sharing it never chain
        group = n
        while group < len(ordered) and ordered[group][0] == ordered[n][0]:
            group += 1
        for k in range(n, group):
            r = ordered[k][1]
            top, i = (0, 0.0, -1), r  # the best chain ending at a right index below r
            while i > 0:
                top = max(top, tree[i])
                i -= i & -i
            best.append((top[0] + 1, top[1] + pairs[ordered[k]], k))
            before.append(top[2])
        for k in range(n, group):
            i = ordered[k][1] + 1
            while i <= size:
                tree[i] = max(tree[i], best[k])
                i += i & -i
        n = group
    chain = []
    k = max(best)[2]
    while k >= 0:
        chain.append(ordered[k])
        k = before[k]
    return chain[::-1]


def level_rows(comparison: Comparison) -> list[Row]:
    """The rows of the side-by-side view of ``comparison``."""
    left = chunks(comparison.left_segments, len(comparison.left.text))
    right = chunks(comparison.right_segments, len(comparison.right.text))
    left_pos = {s.index: n for n, s in enumerate(comparison.left_segments)}
    right_pos = {s.index: n for n, s in enumerate(comparison.right_segments)}
    pairs: dict[tuple[int, int], float] = {}
    for p in comparison.alignment:
        if p.left in left_pos and p.right in right_pos:
            key = (left_pos[p.left], right_pos[p.right])
            pairs[key] = max(pairs.get(key, 0.0), p.score)
    chain = _chain(pairs)
    rows: list[Row] = []
    li = ri = 0
    for k, (l0, r0) in enumerate(chain):
        l_stop, r_stop = chain[k + 1] if k + 1 < len(chain) else (len(left), len(right))
        # a segment aligned with one already in the row, and before the next level row, joins it
        l1, r1 = l0, r0
        grown = True
        while grown:
            grown = False
            if l1 + 1 < l_stop and any((l1 + 1, r) in pairs for r in range(r0, r1 + 1)):
                l1, grown = l1 + 1, True
            if r1 + 1 < r_stop and any((lx, r1 + 1) in pairs for lx in range(l0, l1 + 1)):
                r1, grown = r1 + 1, True
        rows.extend(Row(left[i], None) for i in range(li, l0))
        rows.extend(Row(None, right[j]) for j in range(ri, r0))
        rows.append(Row((left[l0][0], left[l1][1]), (right[r0][0], right[r1][1])))
        li, ri = l1 + 1, r1 + 1
    rows.extend(Row(left[i], None) for i in range(li, len(left)))
    rows.extend(Row(None, right[j]) for j in range(ri, len(right)))
    return rows
