"""Word-level diff of two aligned segments with diff-match-patch.

Each distinct normalised word is mapped to one character (as ``diff_linesToChars``
does for lines), the two character strings are diffed, and the result is mapped
back to token index ranges. Segments are bounded in length (segmenting.py), so a
diff is small; the timeout is set on purpose, and a result that degraded at the
deadline is detected and reported as unaligned rather than trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of the diff: ``op`` over left tokens [a0, a1) and right tokens [b0, b1)."""

    op: int  # EQUAL | DELETE | INSERT
    a0: int
    a1: int
    b0: int
    b1: int


def _encode(a: list[Token], b: list[Token]) -> tuple[str, str]:
    table: dict[str, str] = {}

    def char(norm: str) -> str:
        c = table.get(norm)
        if c is None:
            code = len(table) + 1
            if code >= 0xD800:
                code += 0x800  # skip the surrogate range
            c = table[norm] = chr(code)
        return c

    return "".join(char(t.norm) for t in a), "".join(char(t.norm) for t in b)


def word_diff(a: list[Token], b: list[Token]) -> list[DiffOp]:
    """The word diff of two token lists (normalised keys compared)."""
    sa, sb = _encode(a, b)
    if _fast is not None:
        counted = _fast.diff(sa, sb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No",
                             counts_only=True)
        diffs = []
        pa = pb = 0
        for sym, n in counted:
            if sym == "=":
                diffs.append((EQUAL, sa[pa:pa + n]))
                pa, pb = pa + n, pb + n
            elif sym == "-":
                diffs.append((DELETE, sa[pa:pa + n]))
                pa += n
            else:
                diffs.append((INSERT, sb[pb:pb + n]))
                pb += n
    else:
        diffs = _dmp.diff_main(sa, sb, False)
    # No semantic cleanup: it folds a short shared run between two large edits into the
    # edits, and a shared name or figure is exactly what a fact-checker needs to see.
    # Word-level symbols already make the raw diff readable.
    ops: list[DiffOp] = []
    i = j = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == EQUAL:
            ops.append(DiffOp(EQUAL, i, i + n, j, j + n))
            i, j = i + n, j + n
        elif op == DELETE:
            ops.append(DiffOp(DELETE, i, i + n, j, j))
            i += n
        else:
            ops.append(DiffOp(INSERT, i, i, j, j + n))
            j += n
    if sa and sb and not any(o.op == EQUAL for o in ops) and set(sa) & set(sb):
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
    k = 0
    while k < len(ops):
        if ops[k].op == EQUAL:
            k += 1
            continue
        a0, b0 = ops[k].a0, ops[k].b0
        a1, b1 = ops[k].a1, ops[k].b1
        while k < len(ops) and ops[k].op != EQUAL:
            a1, b1 = max(a1, ops[k].a1), max(b1, ops[k].b1)
            k += 1
        if a1 > a0 and b1 > b0:
            out.append((a0, a1, b0, b1))
    return out
