"""What the app shows of a comparison, in plain Python (no Textual): highlight layers per
article, soft-wrapped lines, where a click lands, which passage sits level with which.

The widgets in ``tui.widgets`` only draw what this module computes, so the same logic is
tested without a terminal and reused by exports.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len
from rich.text import Text

from tui.engine.model import Article, Comparison, Entity, Finding, Span
from tui.engine.tokens import fold
from tui.safetext import flat

KIND_ORDER = ("unreported", "verbatim", "paraphrase", "passage", "mark")
"""Highlight layers from weakest to strongest (a later layer's style wins)."""

TYPE_CODES = {
    "number": "#", "date": "D", "time": "T", "name": "N", "role": "R",
    "membership": "M", "quote": "Q", "negation": "¬",
}
"""One-character codes of contradiction types, shown in a pane's gutter."""

ENTITY_GROUPS = (
    ("PERSON", "People"), ("ORG", "Organisations"), ("GPE", "Countries and cities"),
    ("LOC", "Places"), ("DATE", "Dates"), ("TIME", "Times"), ("NUMBER", "Numbers"),
)
"""Entity types in sidebar order, with the heading each group is shown under."""

SIGNIFICANCE_RANK = {"number": 0, "name": 0, "date": 0, "membership": 0, "time": 1, "role": 1, "quote": 1,
                     "negation": 1}
"""Contradiction types a fact-checker looks at first (lower is earlier) when sorting by significance."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled range of one article: ``layer`` is one of ``KIND_ORDER``; ``finding`` is the
    index of the finding it belongs to (-1 for unreported text)."""

    start: int
    end: int
    layer: str
    finding: int = -1


@dataclass(slots=True)
class SideLayers:
    """The highlights of one article, sorted by start, with a lookup by position."""

    highlights: list[Highlight] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _longest: int = 0
    _by_finding: dict[int, list[Highlight]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.highlights.sort(key=lambda h: (h.start, KIND_ORDER.index(h.layer), -h.end))
        self._starts = [h.start for h in self.highlights]
        self._longest = max((h.end - h.start for h in self.highlights), default=0)

    def overlapping(self, start: int, end: int) -> list[Highlight]:
        """Highlights that overlap ``[start, end)``, in layer order (weakest first)."""
        hi = bisect.bisect_left(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        found = [h for h in self.highlights[lo:hi] if h.end > start and h.start < end]
        found.sort(key=lambda h: KIND_ORDER.index(h.layer))
        return found

    def index_findings(self) -> None:
        """Build the lookup of each finding's highlights (done once, lazily or by ``prepare``)."""
        if not self._by_finding:
            for h in self.highlights:
                self._by_finding.setdefault(h.finding, []).append(h)

    def highlights_of(self, finding: int) -> list[Highlight]:
        """Every highlight drawn for one finding."""
        if finding < 0:
            return []
        self.index_findings()
        return self._by_finding.get(finding, [])

    def finding_at(self, offset: int) -> int:
        """The finding whose highlight covers ``offset`` (the strongest, the narrowest), or -1."""
        best: Highlight | None = None
        for h in self.overlapping(offset, offset + 1):
            if h.finding < 0:
                continue
            if best is None or KIND_ORDER.index(h.layer) > KIND_ORDER.index(best.layer) or (
                h.layer == best.layer and h.end - h.start < best.end - best.start
            ):
                best = h
        return best.finding if best else -1


def side_layers(comparison: Comparison, side: str, hidden: AbstractSet[int] = frozenset()) -> SideLayers:
    """The highlight layers of the ``"left"`` or ``"right"`` article (without the ``hidden`` findings)."""
    highlights: list[Highlight] = []
    for index, finding in enumerate(comparison.findings):
        if index in hidden:
            continue
        span: Span = getattr(finding, side)
        marks: list[Span] = getattr(finding, f"{side}_marks")
        if finding.kind == "overlap":
            layer = "verbatim" if finding.type == "verbatim" else "paraphrase"
            highlights.append(Highlight(span.start, span.end, layer, index))
        else:
            highlights.append(Highlight(span.start, span.end, "passage", index))
            for mark in marks:
                highlights.append(Highlight(mark.start, mark.end, "mark", index))
    segments = comparison.left_segments if side == "left" else comparison.right_segments
    aligned = {getattr(p, side) for p in comparison.alignment}
    for seg in segments:
        if seg.kind == "sentence" and seg.index not in aligned:
            highlights.append(Highlight(seg.start, seg.end, "unreported"))
    return SideLayers(highlights)


# --- passages ---------------------------------------------------------------------------------

PASSAGE_CHARS = 600
"""Longest passage shown in the finding bar; longer ones end with an ellipsis."""


def passage_text(article: Article, span: Span, marks: list[Span], mark_style: str,
                 limit: int = PASSAGE_CHARS, *, cells: bool = True) -> Text:
    """A passage of ``article`` as data, newlines folded, ``marks`` styled, at most ``limit``
    characters (the first mark is kept in view); ``cells``: as drawn on a terminal
    (``safetext.flat``), else for an export."""
    start, end = span.start, min(span.end, span.start + limit)
    if marks and marks[0].end > end:  # begin shortly before the first differing word
        start = max(span.start, marks[0].start - limit // 3)
        end = min(span.end, start + limit)
    text = Text(flat(article.text[start:end], cells=cells))
    for mark in marks:
        a, b = max(mark.start, start) - start, min(mark.end, end) - start
        if a < b:
            text.stylize(mark_style, a, b)
    if start > span.start:
        text = Text("…") + text
    if span.end > end:
        text.append("…")
    return text



# --- soft wrapping -----------------------------------------------------------------------

NO_BREAK = "\u00a0\u2007\u202f"
"""Spaces a line never breaks at (no-break, figure and narrow no-break space): they belong to the
words on either side, as in "10\u00a0km" or "M.\u00a0Dupont"."""
ZERO_WIDTH_BREAK = "\u200b"
"""The zero-width space: no cell, but a line may break after it (like a space)."""
_BREAKING = "\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000"
"""Where a line may break: every whitespace character (``str.isspace``) but the no-break ones, and
the zero-width space (one character class each way: much faster than an alternation)."""
_SPACE = f"[{_BREAKING}]"
_INK = f"[^{_BREAKING}]"
_WORD = re.compile(rf"({_INK}+)({_SPACE}*)|({_SPACE}+)")
_FAST_LINES: dict[int, re.Pattern[str]] = {}
_ONE_CELL: set[str] = set()
_NOT_ONE_CELL: set[str] = set()


def char_cells(ch: str) -> int:
    """Terminal cells one character of article text takes (a tab is shown as one space)."""
    if ch == "\t":
        return 1
    return cell_len(ch)


def breaks_after(ch: str) -> bool:
    """May a line break after ``ch`` (a space, but not a no-break one; the zero-width space)?"""
    return _BREAKS.match(ch) is not None


_BREAKS = re.compile(_SPACE)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Soft-wrap ``text`` to ``width`` cells: a list of ``(start, end)`` offsets, one per screen
    line. Newlines end lines (the newline itself is not in the range); words longer than a line
    are broken; the spaces after a word stay on its line so every offset belongs to a line.
    Lines break at spaces (not at no-break spaces) and after zero-width spaces; wide characters
    (CJK, emoji) take two cells, combining marks none."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        if pos < stop and not breaks_after(text[pos]) and _one_cell_each(text[pos:stop]):
            _wrap_one_cell_paragraph(text, pos, stop, width, lines)
        else:
            _wrap_paragraph(text, pos, stop, width, lines)
        if nl < 0:
            break
        pos = nl + 1
    return lines


def _one_cell_each(paragraph: str) -> bool:
    """Does every character of ``paragraph`` take exactly one cell (so cells can be counted as
    characters: most Latin, Greek and Cyrillic text)?"""
    if paragraph.isascii() and paragraph.isprintable():
        return True
    chars = set(paragraph)
    if chars <= _ONE_CELL:
        return True
    if not chars.isdisjoint(_NOT_ONE_CELL):
        return False
    for ch in chars - _ONE_CELL:  # characters not seen before
        (_ONE_CELL if char_cells(ch) == 1 and ch not in "\u200d\ufe0f" else _NOT_ONE_CELL).add(ch)
    return chars <= _ONE_CELL


def _wrap_one_cell_paragraph(text: str, start: int, stop: int, width: int, out: list[tuple[int, int]]) -> None:
    """``_wrap_paragraph`` for a paragraph of one-cell characters that does not begin with a space,
    by a regular expression (three times faster: a 200k-word article is wrapped again on every
    resize). Each line is the longest run of at most ``width`` characters that ends a word, with
    the spaces after it; a word longer than a line is cut every ``width`` characters."""
    line = _FAST_LINES.get(width)
    if line is None:
        line = _FAST_LINES[width] = re.compile(rf"[^\n]{{0,{width}}}(?<={_INK})(?!{_INK}){_SPACE}*")
    pos = start
    while True:
        m = line.match(text, pos, stop)
        end = m.end() if m is not None and m.end() > pos else pos + width
        if end >= stop:
            out.append((pos, stop))
            return
        out.append((pos, end))
        pos = end


def _wrap_paragraph(text: str, start: int, stop: int, width: int, out: list[tuple[int, int]]) -> None:
    if start == stop:
        out.append((start, stop))
        return
    line_start, used = start, 0
    for m in _WORD.finditer(text, start, stop):
        word = m.group()
        core = m.group(1) or ""
        if word.isascii():
            word_cells, core_cells = len(word), len(core)
        else:  # Rich's cell_len is cached per string; a tab is one cell here (it is drawn as a space)
            core_cells = cell_len(core.replace("\t", " "))
            tail = word[len(core):]
            word_cells = core_cells + (len(tail) if tail.isascii() else cell_len(tail.replace("\t", " ")))
        if used + core_cells <= width:
            used += word_cells
            continue
        if used > 0:  # the word goes to the next line
            out.append((line_start, m.start()))
            line_start, used = m.start(), 0
        if core_cells <= width:
            used = word_cells
            continue
        # a word longer than a line: break it by cells
        pos = m.start()
        for i, ch in enumerate(word):
            c = char_cells(ch)
            if used + c > width and used > 0 and not breaks_after(ch):
                out.append((line_start, pos + i))
                line_start, used = pos + i, 0
            used += c
    out.append((line_start, stop))


@dataclass(slots=True)
class Wrapped:
    """An article soft-wrapped to a width: its lines and a lookup from offset to line."""

    width: int
    lines: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [a for a, _ in self.lines]

    def line_of(self, offset: int) -> int:
        """The index of the line that holds ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


def wrapped(text: str, width: int) -> Wrapped:
    """``text`` wrapped to ``width`` cells."""
    return Wrapped(width, wrap(text, width))


def offset_at_cell(text: str, line: tuple[int, int], cell: int) -> int:
    """The offset in ``text`` of the character drawn at ``cell`` on a wrapped ``line``."""
    start, end = line
    used = 0
    for i in range(start, end):
        used += char_cells(text[i])
        if used > cell:
            return i
    return max(start, end - 1) if end > start else start


# --- aligned reading ------------------------------------------------------------------------


@dataclass(slots=True)
class Partners:
    """For each sentence of one article, the sentence of the other it is aligned with."""

    starts: list[int]
    """Start offsets of this side's segments."""
    partner: list[int]
    """For segment ``i``: the index of its first aligned segment on the other side, or -1."""

    def segment_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def nearest_aligned(self, index: int) -> int:
        """``index`` if it has a partner, else the closest earlier segment that has one, or -1."""
        while index >= 0 and self.partner[index] < 0:
            index -= 1
        return index


def partners(comparison: Comparison, side: str) -> Partners:
    """How the sentences of ``side`` map to the other article's (first partner by position)."""
    segments = comparison.left_segments if side == "left" else comparison.right_segments
    other = "right" if side == "left" else "left"
    partner = [-1] * len(segments)
    for pair in sorted(comparison.alignment, key=lambda p: (getattr(p, side), getattr(p, other))):
        i = getattr(pair, side)
        if partner[i] < 0:
            partner[i] = getattr(pair, other)
    return Partners([s.start for s in segments], partner)


def level_rows(line_a: int, line_b: int, height: int) -> int:
    """The screen row at which two passages (starting on ``line_a`` and ``line_b`` of their
    panes) can both be shown: a third of the way down where possible, never above a document's
    start, so the two sit level."""
    return max(0, min(height // 3, line_a, line_b))


# --- ordering, filtering -------------------------------------------------------------------


def significance_order(findings: list[Finding]) -> list[int]:
    """Finding indices by significance: contradictions before overlaps; conflicts on numbers,
    names, dates and participants first; then by score; then by position."""

    def key(i: int) -> tuple:
        f = findings[i]
        return (0 if f.kind == "contradiction" else 1, SIGNIFICANCE_RANK.get(f.type, 2), -f.significance,
                f.left.start, f.right.start)

    return sorted(range(len(findings)), key=key)


def position_order(findings: list[Finding]) -> list[int]:
    """Finding indices in reading order of the left article (then the right)."""
    return sorted(range(len(findings)), key=lambda i: (findings[i].left.start, findings[i].right.start, i))


def entity_mark(entity: Entity) -> str:
    """A short mark for where an entity is mentioned: ``≠`` spelled differently, ``L+R`` both,
    ``L`` only left, ``R`` only right."""
    if entity.spelled_differently:
        return "≠"
    return {"both": "L+R", "left": "L", "right": "R"}[entity.presence]


def entity_matches(entity: Entity, query: str) -> bool:
    """Does the sidebar filter ``query`` match the entity (name, any form, or its type)? Case
    and accents do not count ("turkiye" finds Türkiye)."""
    q = fold(query.strip())
    if not q:
        return True
    hay = [entity.name, *entity.left_forms, *entity.right_forms, entity.type]
    hay += [label for code, label in ENTITY_GROUPS if code == entity.type]
    return any(q in fold(h) for h in hay)


@dataclass(slots=True)
class Hits:
    """Places to step through in both articles (an entity's mentions or search matches): the left
    article's first, then the right's; ``current`` is the one shown (-1: none yet)."""

    left: tuple[tuple[int, int], ...] = ()
    right: tuple[tuple[int, int], ...] = ()
    current: int = -1

    def __len__(self) -> int:
        return len(self.left) + len(self.right)

    def step(self, step: int) -> None:
        """Move ``step`` places on (or back), wrapping around; the first step goes to the first or last."""
        if not len(self):
            return
        if self.current < 0:
            self.current = 0 if step > 0 else len(self) - 1
        else:
            self.current = (self.current + step) % len(self)

    def place(self, index: int | None = None) -> tuple[str, int, int]:
        """(side, index within that side, start offset) of hit ``index`` (default: the current one)."""
        index = self.current if index is None else index
        if index < len(self.left):
            return "left", index, self.left[index][0]
        return "right", index - len(self.left), self.right[index - len(self.left)][0]


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4)
def _folded(text: str) -> tuple[str, list[int], list[int], list[bool]]:
    """``text`` folded for searching (case, accents, curly quotes and dashes: ``tokens.fold``),
    with the way back: the folded text is cut in pieces, piece k starting at folded offset
    ``starts[k]`` and coming from the original at ``sources[k]``; an ASCII piece maps one to one
    (``linear[k]``), any other piece is one original character folded to any number of them
    ("é" to "e", a combining accent to nothing, "ß" to "ss"). Worked out once per text."""
    pieces: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    linear: list[bool] = []
    at = pos = 0
    for m in _NON_ASCII.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()].lower())
            starts.append(at), sources.append(pos), linear.append(True)
            at += m.start() - pos
        for i in range(m.start(), m.end()):
            folded = fold(text[i])
            pieces.append(folded)
            starts.append(at), sources.append(i), linear.append(False)
            at += len(folded)
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:].lower())
        starts.append(at), sources.append(pos), linear.append(True)
    return "".join(pieces), starts, sources, linear


def search(text: str, query: str) -> list[tuple[int, int]]:
    """Literal matches of ``query`` in ``text`` (the query is not a regex), whatever the case,
    the accents ("Turkiye" finds "Türkiye", also written with a combining accent), and curly
    or straight quotes and dashes; offsets index ``text``."""
    needle = fold(query)
    if not needle:
        return []
    if text.isascii() and query.isascii():
        return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
    hay, starts, sources, linear = _folded(text)

    def original(at: int) -> int:  # the original offset of folded offset ``at``
        k = bisect.bisect_right(starts, at) - 1
        return sources[k] + (at - starts[k] if linear[k] else 0)

    out: list[tuple[int, int]] = []
    at = hay.find(needle)
    while at >= 0:
        start, end = original(at), original(at + len(needle) - 1) + 1
        while end < len(text) and not text[end].isascii() and not fold(text[end]):
            end += 1  # the combining accents of the last character
        if not out or start >= out[-1][1]:
            out.append((start, end))
        at = hay.find(needle, at + len(needle))
    return out


# --- everything a view needs, prepared once ----------------------------------------------------


@dataclass(slots=True)
class Prepared:
    """A comparison with what the screen draws and navigates by, computed once (off the UI
    thread for big pairs): highlight layers and sentence partners per side, reading order."""

    comparison: Comparison
    layers: dict[str, SideLayers]
    partners: dict[str, Partners]
    order: list[int]
    """Finding indices in reading order."""
    rank: dict[int, int]
    """A finding index -> its place in ``order``."""
    order_by_kind: dict[str, list[int]]
    """Reading order of each kind's findings."""
    codes: dict[int, str]
    """A contradiction's index -> its type code for the gutter."""
    by_significance: list[int] = field(default_factory=list)
    """Finding indices by significance (the findings list's first order), without the hidden ones."""


def prepare(comparison: Comparison, hidden: AbstractSet[int] = frozenset()) -> Prepared:
    """Everything the comparison screen needs from ``comparison``; ``hidden`` findings (ignored
    by a review rule) are neither drawn nor visited."""
    layers = {side: side_layers(comparison, side, hidden) for side in ("left", "right")}
    for side_layer in layers.values():
        side_layer.index_findings()  # built now rather than on the first key press
    order = [i for i in position_order(comparison.findings) if i not in hidden]
    by_kind: dict[str, list[int]] = {}
    for index in order:
        by_kind.setdefault(comparison.findings[index].kind, []).append(index)
    codes = {i: TYPE_CODES.get(f.type, "!") for i, f in enumerate(comparison.findings) if f.kind == "contradiction"}
    by_significance = [i for i in significance_order(comparison.findings) if i not in hidden]
    return Prepared(comparison, layers, {side: partners(comparison, side) for side in ("left", "right")}, order,
                    {index: rank for rank, index in enumerate(order)}, by_kind, codes, by_significance)
