"""One article's text, soft-wrapped and highlighted, drawn line by line (Textual's Line API).

Only the lines on screen are rendered, so a 200k-word article scrolls as smoothly as a short
one. The text is data: it goes into ``rich.text.Text`` (never parsed as markup) after control
characters have been made visible.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.engine.model import Span
from tui.reading import TYPE_CODES, SideLayers, Wrapped, offset_at_cell, wrapped
from tui.safetext import cell_safe

GUTTER = 3
"""Cells left of the text: a bar beside the selected passage, a contradiction's type code, a space."""

WRAPS_KEPT = 3
"""Widths whose wrapped lines a view keeps."""
STRIPS_KEPT = 600
"""Drawn lines a view keeps (a dozen screens; each line is a ``Strip`` with seven small caches, all
of which a full garbage collection walks)."""

ENTITY_CLASS = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "DATE": "date", "TIME": "time",
                "NUMBER": "number"}


def display_text(text: str) -> str:
    """The article text as drawn: control characters visible, each character as wide as the terminal
    draws it (``cell_safe``), tabs as one space (1:1 in length)."""
    return cell_safe(text).replace("\t", " ")


@dataclass(slots=True)
class Marked:
    """What is marked in the view besides the findings: the selected finding, an entity's
    mentions, search matches."""

    selected: int = -1
    selected_span: Span | None = None
    contradiction_type: str = ""
    mentions: tuple[tuple[int, int], ...] = ()
    mention_class: str = ""
    current_mention: int = -1
    matches: tuple[tuple[int, int], ...] = ()
    current_match: int = -1
    cursor: Span | None = None
    """The sentence under the cursor (what ``v`` marks and a manual finding takes), shown in the gutter."""
    picked: Span | None = None
    """The sentence marked for a manual finding."""


class ArticleView(ScrollView, can_focus=True):
    """A scrollable, highlighted view of one article."""

    BINDING_GROUP_TITLE = "Reading"

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="pane.down", tooltip="Scroll down one line"),
        Binding("k,up", "scroll_up", "Up", show=False, id="pane.up", tooltip="Scroll up one line"),
        Binding("pagedown,space,ctrl+f", "page_down", "Page down", show=False, id="pane.page-down",
                tooltip="Scroll down one page"),
        Binding("pageup,b,ctrl+b", "page_up", "Page up", show=False, id="pane.page-up",
                tooltip="Scroll up one page"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="pane.half-down",
                tooltip="Scroll down half a page"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="pane.half-up",
                tooltip="Scroll up half a page"),
        Binding("g,home", "scroll_home", "Top", show=False, id="pane.top", tooltip="Go to the start"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="pane.bottom", tooltip="Go to the end"),
        Binding("h,left", "screen.focus_pane('left')", "Left pane", show=False, id="pane.focus-left",
                tooltip="Focus the left article"),
        Binding("l,right", "screen.focus_pane('right')", "Right pane", show=False, id="pane.focus-right",
                tooltip="Focus the right article"),
    ]

    COMPONENT_CLASSES = {
        "article--unreported", "article--verbatim", "article--paraphrase", "article--passage", "article--mark",
        "article--selected", "article--selected-mark", "article--search", "article--search-current",
        "article--gutter", "article--gutter-bar", "article--gutter-code", "article--gutter-cursor", "article--picked",
        "article--dismissed", "article--code-confirmed", "article--code-disputed", "article--code-dismissed",
        *(f"article--mention-{name}" for name in ENTITY_CLASS.values()), "article--mention-current",
    }

    class Clicked(Message):
        """A click on the text: ``offset`` is the character clicked in the article."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

    class Scrolled(Message):
        """The view scrolled (by the user or by code)."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.Scrolled) and message.view is self.view

    def __init__(self, side: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.side = side
        self._text = ""
        self._display = ""
        self._layers = SideLayers([])
        self._wrapped: Wrapped = wrapped("", 1)
        self._codes: dict[int, str] = {}
        self._verdicts: dict[int, str] = {}
        self.marked = Marked()
        self._cache: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}
        self._wraps: dict[int, Wrapped] = {}
        """The text wrapped to the widths it was shown at lately (toggling the sidebar or resizing
        back does not wrap a 200k-word article again)."""
        self._frame: tuple[Style, int] | None = None
        """The base style and the width while ``render_lines`` draws a frame (looked up once)."""

    # --- content ---------------------------------------------------------------------------

    def set_article(self, text: str, layers: SideLayers, codes: dict[int, str] | None = None) -> None:
        """Show ``text`` with its highlight ``layers``; ``codes`` maps a finding index to its
        contradiction type code (for the gutter)."""
        same_text = text == self._text and bool(self._wrapped.lines)
        if not same_text:
            self._wraps.clear()
            self._display = display_text(text)
        self._text = text
        self._layers = layers
        self._codes = codes or {}
        if same_text:  # only the highlights changed (the analysis finished): no need to wrap again
            self._cache.clear()
            self.refresh()
        else:
            self._rewrap(force=True)

    @property
    def text(self) -> str:
        return self._text

    @property
    def highlights(self) -> SideLayers:
        """The highlight layers drawn over the text (not Textual's CSS ``layers``)."""
        return self._layers

    @property
    def wrapping(self) -> Wrapped:
        return self._wrapped

    @property
    def verdicts(self) -> dict[int, str]:
        """The verdicts drawn (finding index -> verdict; unreviewed findings are not listed)."""
        return self._verdicts

    def set_verdicts(self, verdicts: dict[int, str]) -> None:
        """The review's verdicts by finding index (the type code takes the verdict's colour; a
        dismissed finding is dimmed)."""
        if verdicts != self._verdicts:
            self._verdicts = dict(verdicts)
            self._cache.clear()
            self.refresh()

    def set_marked(self, marked: Marked) -> None:
        """Change what is marked and redraw the lines on screen.

        When only the selected finding, the sentence cursor or the marked sentence changed, only
        the lines of their old and new places are drawn again; other changes redraw every line."""
        old = self.marked
        self.marked = marked
        if (old.mentions, old.matches, old.current_mention, old.current_match) != (
                marked.mentions, marked.matches, marked.current_mention, marked.current_match):
            self._cache.clear()
            self.refresh()
            return
        spans: list[tuple[int, Span | None]] = []
        if (old.selected, old.selected_span) != (marked.selected, marked.selected_span):
            spans += [(old.selected, old.selected_span), (marked.selected, marked.selected_span)]
        if old.cursor != marked.cursor:
            spans += [(-1, old.cursor), (-1, marked.cursor)]
        if old.picked != marked.picked:
            spans += [(-1, old.picked), (-1, marked.picked)]
        for finding, span in spans:
            if span is not None:
                self._redraw(finding, span)

    def _redraw(self, finding: int, span: Span) -> None:
        """Draw again the lines of ``span`` and of ``finding``'s highlights (its marks may lie outside it)."""
        first, last = self.line_of(span.start), self.line_of(max(span.start, span.end - 1))
        for h in self._layers.highlights_of(finding):
            first, last = min(first, self.line_of(h.start)), max(last, self.line_of(max(h.start, h.end - 1)))
        for index in range(first, last + 1):
            self._cache.pop(index, None)
        top = round(self.scroll_y)
        self.refresh(Region(0, first - top, self.size.width, last - first + 1))

    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - GUTTER)

    def _rewrap(self, force: bool = False) -> None:
        if self.scrollable_content_region.width <= GUTTER:  # not laid out yet: wrap when the size is known
            self._wrapped = wrapped("", 1)
            return
        width = self._text_width()
        anchor = self.top_offset() if self._wrapped.lines else 0
        rewrapped = force or width != self._wrapped.width
        if rewrapped:
            self._wrapped = self._wraps.get(width) or wrapped(self._display, width)
            if len(self._wraps) >= WRAPS_KEPT and width not in self._wraps:
                del self._wraps[next(iter(self._wraps))]
            self._wraps[width] = self._wrapped
            self._cache.clear()
        height = max(1, self.scrollable_content_region.height)
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._wrapped.lines) + height - 1)
        if rewrapped and not force:  # keep the same text at the top
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyle()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def _restyle(self) -> None:
        """Forget drawn lines and looked-up styles (the theme or the stylesheet changed)."""
        self._styles.clear()
        self._cache.clear()
        self.refresh()

    # --- positions -------------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        return self._wrapped.line_of(offset)

    def row_of(self, offset: int) -> int:
        """The screen row of ``offset`` (may be off screen: negative or past the height)."""
        return self.line_of(offset) - round(self.scroll_y)

    def top_offset(self) -> int:
        """The offset of the first character on screen."""
        lines = self._wrapped.lines
        index = min(round(self.scroll_y), len(lines) - 1)
        return lines[index][0] if index >= 0 else 0

    def show_at_row(self, offset: int, row: int) -> None:
        """Scroll so that the line holding ``offset`` is on screen row ``row``."""
        self.scroll_to(y=max(0, self.line_of(offset) - row), animate=False, immediate=True)

    def is_visible_offset(self, offset: int) -> bool:
        row = self.row_of(offset)
        return 0 <= row < self.scrollable_content_region.height

    def end_y(self) -> int:
        """The scroll position that shows the last page of text, its last line on the bottom row.

        (The view can scroll further, to put any line at the top when two passages are levelled,
        but the keys that scroll stop here: End shows text, not one line over a blank pane.)"""
        return max(0, len(self._wrapped.lines) - max(1, self.scrollable_content_region.height))

    def _scroll_lines(self, lines: int) -> None:
        """Scroll by ``lines`` (down when positive), not past the last page unless already there."""
        y = self.scroll_y + lines
        if lines > 0:
            y = min(y, max(self.end_y(), self.scroll_y))
        self.scroll_to(y=max(0, y), animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.end_y(), animate=False)

    def action_scroll_down(self) -> None:
        self._scroll_lines(1)

    def action_scroll_up(self) -> None:
        self._scroll_lines(-1)

    def action_page_down(self) -> None:
        self._scroll_lines(max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._scroll_lines(-max(1, self.scrollable_content_region.height - 1))

    def action_half_page(self, direction: int) -> None:
        self._scroll_lines(direction * max(1, self.scrollable_content_region.height // 2))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    # --- mouse -----------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        line = round(self.scroll_y) + event.y
        cell = event.x - GUTTER + round(self.scroll_x)
        lines = self._wrapped.lines
        if cell < 0 or not 0 <= line < len(lines):
            return
        self.post_message(self.Clicked(self, offset_at_cell(self._display, lines[line], cell)))

    # --- drawing ---------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            # only what the rule sets (so layers combine), but with colours as the full style has
            # them: a partial style loses the blending of a translucent colour ("$x 15%")
            partial = self.get_component_rich_style(name, partial=True)
            full = self.get_component_rich_style(name)
            style = partial + Style(color=full.color if partial.color else None,
                                    bgcolor=full.bgcolor if partial.bgcolor else None)
            self._styles[name] = style
        return style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame = self.rich_style, self.scrollable_content_region.width  # (walks every ancestor)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        base, width = self._frame or (self.rich_style, self.scrollable_content_region.width)
        if index >= len(self._wrapped.lines):
            return Strip.blank(width, base)
        cache = self._cache
        strip = cache.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._render_wrapped_line(index, base).crop_extend(0, width, base)
            if len(cache) >= STRIPS_KEPT:  # the lines drawn longest ago go (a long read would keep them all)
                for old in list(cache)[:STRIPS_KEPT // 2]:
                    del cache[old]
            cache[index] = strip
        return strip if not scroll_x else strip.crop_extend(scroll_x, scroll_x + width, base)

    def _render_wrapped_line(self, index: int, base: Style) -> Strip:
        start, end = self._wrapped.lines[index]
        text = Text(self._display[start:end], style=base, no_wrap=True, end="")
        marked = self.marked
        code = " "
        code_verdict = ""
        for h in self._layers.overlapping(start, end):
            a, b = max(h.start, start) - start, min(h.end, end) - start
            if h.layer == "unreported":
                text.stylize(self._style("article--unreported"), a, b)
                continue
            if h.finding == marked.selected:
                continue  # drawn below, on top of everything else
            text.stylize(self._style(f"article--{h.layer}"), a, b)
            verdict = self._verdicts.get(h.finding, "")
            if verdict == "dismissed":
                text.stylize(self._style("article--dismissed"), a, b)
            if h.layer == "passage" and code == " " and h.start >= start:
                code = self._codes.get(h.finding, " ")
                code_verdict = verdict
        selected = marked.selected_span
        on_selected = selected is not None and selected.start < max(end, start + 1) and selected.end > start
        if on_selected and selected is not None:
            a, b = max(selected.start, start) - start, min(selected.end, end) - start
            text.stylize(self._style("article--selected"), a, b)
            for h in self._layers.overlapping(start, end):
                if h.finding == marked.selected and h.layer == "mark":
                    text.stylize(self._style("article--selected-mark"), max(h.start, start) - start,
                                 min(h.end, end) - start)
            if marked.contradiction_type and selected.start >= start:
                code = TYPE_CODES.get(marked.contradiction_type, code)
                code_verdict = self._verdicts.get(marked.selected, "")
        picked = marked.picked
        if picked is not None and picked.start < end and picked.end > start:
            text.stylize(self._style("article--picked"), max(picked.start, start) - start, min(picked.end, end) - start)
        self._stylize_ranges(text, marked.mentions, marked.current_mention, start, end,
                             f"article--mention-{marked.mention_class}", "article--mention-current")
        self._stylize_ranges(text, marked.matches, marked.current_match, start, end,
                             "article--search", "article--search-current")
        plain = base + self._style("article--gutter")
        gutter = [
            Segment("▌", base + self._style("article--gutter-bar")) if on_selected else Segment(" ", plain),
            Segment(code, base + self._style(f"article--code-{code_verdict}" if code_verdict else
                                             "article--gutter-code")) if code != " " else Segment(" ", plain),
            self._cursor_cell(start, end, plain, base),
        ]
        console = self.app.console
        # Text.render leaves the text's own style out (Rich adds it in __rich_console__): add the base here
        segments = gutter + list(Segment.apply_style(text.render(console), base))
        return Strip(segments)

    def _cursor_cell(self, start: int, end: int, plain: Style, base: Style) -> Segment:
        cursor, picked = self.marked.cursor, self.marked.picked
        if picked is not None and picked.start < max(end, start + 1) and picked.end > start:
            return Segment("▸" if picked.start >= start else "┆", base + self._style("article--gutter-cursor"))
        if cursor is not None and cursor.start < max(end, start + 1) and cursor.end > start:
            return Segment("›" if cursor.start >= start else "│", base + self._style("article--gutter-cursor"))
        return Segment(" ", plain)

    def _stylize_ranges(self, text: Text, ranges: tuple[tuple[int, int], ...], current: int, start: int, end: int,
                        style_name: str, current_name: str) -> None:
        if not ranges:
            return
        lo = bisect.bisect_left(ranges, (start - 1000, 0))
        for i in range(lo, len(ranges)):
            a, b = ranges[i]
            if a >= end:
                break
            if b <= start:
                continue
            name = current_name if i == current else style_name
            text.stylize(self._style(name), max(a, start) - start, min(b, end) - start)
