"""Word-level diff of two aligned segments with diff-match-patch.

Each distinct normalised word is mapped to one character (as ``diff_linesToChars``
does for lines), the two character strings are diffed, and the result is mapped
back to token index ranges. Segments are bounded in length (segmenting.py), so a
diff is small; the timeout is set on purpose, and a result that degraded at the
deadline is detected and reported as unaligned rather than trusted.
"""

from __future__ import annotations

from typing import NamedTuple

import diff_match_patch as dmp_module

from tui.engine.model import Token

try:  # the same algorithm, compiled (C++): about four times faster; optional
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _fast = None

DIFF_TIMEOUT = 0.5
"""Seconds diff-match-patch may spend on one pair before it gives up (never reached on
sentence pairs of bounded length; a safeguard, checked below)."""

_dmp = dmp_module.diff_match_patch()
_dmp.Diff_Timeout = DIFF_TIMEOUT
_dmp.Diff_EditCost = 4

EQUAL, DELETE, INSERT = 0, -1, 1


class DiffOp(NamedTuple):
    """One run of the diff: ``op`` over left tokens [a0, a1) and right tokens [b0, b1).
    (A named tuple: a large pair has tens of thousands of them.)"""

    op: int  # EQUAL | DELETE | INSERT
    a0: int
    a1: int
    b0: int
    b1: int


_MAX_CODE = 0x10FFFF - 0x800
"""Distinct words one encoder can hold (one code point each, surrogates skipped)."""


class Encoder:
    """Maps each distinct normalised word to one character, for any number of token lists.

    The diff compares characters for equality only, so one table shared by all the pairs
    of a comparison gives the same diffs as a table per pair -- and each segment is
    encoded once, however many segments it is aligned with."""

    __slots__ = ("table",)

    def __init__(self) -> None:
        self.table: dict[str, str] = {}

    def encode(self, tokens: list[Token]) -> str | None:
        """The tokens as a string of one character a word (None once the table is full)."""
        table = self.table
        try:
            return "".join([table[t.norm] for t in tokens])
        except KeyError:
            pass
        for t in tokens:
            if t.norm not in table:
                code = len(table) + 1
                if code >= _MAX_CODE:
                    return None
                if code >= 0xD800:
                    code += 0x800  # skip the surrogate range
                table[t.norm] = chr(code)
        return "".join([table[t.norm] for t in tokens])


def _encode(a: list[Token], b: list[Token]) -> tuple[str, str]:
    enc = Encoder()
    return enc.encode(a) or "", enc.encode(b) or ""


def word_diff(a: list[Token], b: list[Token]) -> list[DiffOp]:
    """The word diff of two token lists (normalised keys compared)."""
    sa, sb = _encode(a, b)
    return diff_codes(sa, sb)


def pair_diffs(pairs, left_tokens: list[list[Token]], right_tokens: list[list[Token]]
               ) -> dict[tuple[int, int], list[DiffOp]]:
    """The word diff of every (left segment, right segment) pair, each segment encoded once."""
    enc = Encoder()
    lcodes: dict[int, str | None] = {}
    rcodes: dict[int, str | None] = {}
    out: dict[tuple[int, int], list[DiffOp]] = {}
    for i, j in pairs:
        sa = lcodes.get(i)
        if sa is None:
            sa = lcodes[i] = enc.encode(left_tokens[i])
        sb = rcodes.get(j)
        if sb is None:
            sb = rcodes[j] = enc.encode(right_tokens[j])
        if sa is None or sb is None:  # more distinct words than code points: one table a pair
            out[(i, j)] = word_diff(left_tokens[i], right_tokens[j])
        else:
            out[(i, j)] = diff_codes(sa, sb)
    return out


def diff_codes(sa: str, sb: str) -> list[DiffOp]:
    """The diff of two encoded token lists, as token index runs."""
    # No semantic cleanup: it folds a short shared run between two large edits into the
    # edits, and a shared name or figure is exactly what a fact-checker needs to see.
    # Word-level symbols already make the raw diff readable.
    ops: list[DiffOp] = []
    i = j = 0
    equal = False
    if _fast is not None:
        for sym, n in _fast.diff(sa, sb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No",
                                 counts_only=True):
            if sym == "=":
                ops.append(DiffOp(EQUAL, i, i + n, j, j + n))
                i, j, equal = i + n, j + n, True
            elif sym == "-":
                ops.append(DiffOp(DELETE, i, i + n, j, j))
                i += n
            else:
                ops.append(DiffOp(INSERT, i, i, j, j + n))
                j += n
    else:
        for op, chunk in _dmp.diff_main(sa, sb, False):
            n = len(chunk)
            if op == EQUAL:
                ops.append(DiffOp(EQUAL, i, i + n, j, j + n))
                i, j, equal = i + n, j + n, True
            elif op == DELETE:
                ops.append(DiffOp(DELETE, i, i + n, j, j))
                i += n
            else:
                ops.append(DiffOp(INSERT, i, i, j, j + n))
                j += n
    if not equal and sa and sb and not set(sa).isdisjoint(sb):
        # a degraded result (everything deleted, everything inserted) although the two share
        # words: fall back to the exact, bounded difflib matcher
        return _difflib_ops(sa, sb)
    return ops


def _difflib_ops(sa: str, sb: str) -> list[DiffOp]:
    import difflib

    ops = []
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(DiffOp(EQUAL, a0, a1, b0, b1))
        else:
            if a1 > a0:
                ops.append(DiffOp(DELETE, a0, a1, b0, b0))
            if b1 > b0:
                ops.append(DiffOp(INSERT, a1, a1, b0, b1))
    return ops


def replacements(ops: list[DiffOp]) -> list[tuple[int, int, int, int]]:
    """Places where both sides say something different: (a0, a1, b0, b1), both non-empty."""
    out = []
    k, n = 0, len(ops)
    while k < n:
        op, a0, a1, b0, b1 = ops[k]
        if op == EQUAL:
            k += 1
            continue
        k += 1
        while k < n and ops[k][0] != EQUAL:
            o = ops[k]
            a1, b1 = max(a1, o[2]), max(b1, o[4])
            k += 1
        if a1 > a0 and b1 > b0:
            out.append((a0, a1, b0, b1))
    return out
