"""The three views of a story's coverage: the matrix of pairs, the claims, the entities.

Each is a plain Textual widget filled from a ``tui.coverage.Coverage``; what they show is built
from the coverage's data only (no analysis here). Article text goes in as ``Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.color import Color
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from tui.coverage.model import Claim, Coverage
from tui.review.sets import SetReview
from tui.safetext import one_line


def outlet_numbers(outlets: list[int]) -> str:
    """"#1, #3" (outlets are numbered from 1 on screen); "—" for none."""
    return ", ".join(f"#{o + 1}" for o in outlets) or "—"


class MatrixTable(DataTable):
    """Every pair of outlets: the share of the row's article the column's also carries, and the
    contradictions between them. The cells are shaded by the share; Enter opens the pair."""

    class PairChosen(Message):
        """The user chose the pair of outlets ``left`` and ``right`` (indices)."""

        def __init__(self, left: int, right: int) -> None:
            super().__init__()
            self.left = left
            self.right = right

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell", zebra_stripes=False)
        self.coverage: Coverage | None = None

    def show(self, coverage: Coverage) -> None:
        self.coverage = coverage
        self.clear(columns=True)
        self.add_column(Text("outlet", style="bold"), key="outlet")
        for outlet in coverage.outlets:
            self.add_column(Text(f"#{outlet.index + 1}", style="bold", justify="center"), key=str(outlet.index))
        for row in coverage.outlets:
            cells: list[Text] = [Text(f"#{row.index + 1} {one_line(row.name)}"[:28], no_wrap=True)]
            for col in coverage.outlets:
                cells.append(self._cell(row.index, col.index))
            self.add_row(*cells, key=str(row.index))
        if len(coverage.outlets) > 1:
            self.move_cursor(row=0, column=2)

    def _shade(self, share: float) -> str:
        """The cell's background: the theme's background, tinted towards its primary colour the
        more the two articles share."""
        theme = self.app.current_theme
        base = Color.parse(theme.background or ("#000000" if theme.dark else "#ffffff"))
        tint = Color.parse(theme.primary)
        return base.blend(tint, min(0.9, 0.05 + 1.1 * share)).hex

    def _alarm(self) -> str:
        theme = self.app.current_theme
        return theme.error or "red"

    def _cell(self, row: int, col: int) -> Text:
        assert self.coverage is not None
        if row == col:
            return Text("·", justify="center", style="dim")
        cell = self.coverage.cell(row, col)
        if not cell.compared:
            return Text("—", justify="center", style="dim")
        shade = Color.parse(self._shade(cell.share_of(row)))
        ink = "#000000" if shade.brightness > 0.5 else "#ffffff"
        text = Text(justify="center", style=f"{ink} on {shade.hex}")
        text.append(f"{round(cell.share_of(row) * 100):>3}%")
        text.append(" · ")
        text.append(str(cell.contradictions), style=f"bold {self._alarm()}" if cell.contradictions else "")
        return text

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        row, col = event.coordinate.row, event.coordinate.column - 1
        if col >= 0 and col != row:
            self.post_message(self.PairChosen(row, col))
        else:
            self.notify("Choose a cell off the diagonal: it holds a pair of two outlets.", timeout=3)


VERDICT_MARKS = {"confirmed": ("✓ confirmed", "bold green"), "disputed": ("✗ disputed", "bold red"),
                 "dismissed": ("– dismissed", "dim"), "unreviewed": ("", "")}
"""How a claim's verdict is shown in the list (a word and a sign, not only a colour)."""


class ClaimsView(Horizontal):
    """The claims, disputed first: a list on the left, the highlighted claim's versions and
    sentences on the right (silent outlets kept apart from those that disagree). With a review,
    each claim carries its verdict and note."""

    class PairChosen(MatrixTable.PairChosen):
        """Open a pair of outlets that state the highlighted claim differently."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.coverage: Coverage | None = None
        self.review: SetReview | None = None

    @property
    def current(self) -> int | None:
        """The index of the highlighted claim."""
        options = self.query_one(OptionList)
        return options.highlighted if self.coverage and self.coverage.claims else None

    def _label(self, index: int) -> Text:
        assert self.coverage is not None
        claim = self.coverage.claims[index]
        label = Text(no_wrap=True, overflow="ellipsis")
        label.append(f"{claim.id:<4}", style="bold")
        label.append(f"{len(claim.outlets)}/{len(self.coverage.outlets)} ")
        if claim.disputed:
            label.append("disputed ", style="bold reverse")
        if self.review is not None:
            mark, style = VERDICT_MARKS[self.review.verdict(index)]
            if mark:
                label.append(mark + " ", style=style)
            if self.review.note(index):
                label.append("✎ ", style="bold")
        room = max(20, (self.query_one(OptionList).scrollable_content_region.width or 60) - label.cell_len - 1)
        text = one_line(claim.text)
        label.append(text if len(text) <= room else text[: room - 1] + "…")  # one line each: the detail has it all
        return label

    def refresh_claim(self, index: int) -> None:
        """Show the claim's verdict and note again (after a change)."""
        options = self.query_one(OptionList)
        options.replace_option_prompt_at_index(index, self._label(index))
        if options.highlighted == index and self.coverage is not None:
            self._detail(self.coverage.claims[index])

    def compose(self) -> ComposeResult:
        yield OptionList(id="claims-list")
        with VerticalScroll(id="claim-detail"):
            yield Static("", id="claim-text")

    def show(self, coverage: Coverage, review: SetReview | None = None) -> None:
        self.coverage = coverage
        self.review = review
        options = self.query_one(OptionList)
        options.clear_options()
        for index, claim in enumerate(coverage.claims):
            options.add_option(Option(self._label(index), id=claim.id))
        if coverage.claims:
            options.highlighted = 0
            self._detail(coverage.claims[0])
        else:
            self.query_one("#claim-text", Static).update(Text("No statement is made by more than one outlet.",
                                                              style="italic"))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.coverage is not None and event.option_index < len(self.coverage.claims):
            self._detail(self.coverage.claims[event.option_index])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.coverage is None or event.option_index >= len(self.coverage.claims):
            return
        claim = self.coverage.claims[event.option_index]
        first = claim.agreeing[0] if claim.agreeing else claim.outlets[0]
        others = [o for o in (claim.differing or claim.outlets) if o != first]
        if others:
            self.post_message(self.PairChosen(first, others[0]))

    def _detail(self, claim: Claim) -> None:
        assert self.coverage is not None
        names = {o.index: one_line(o.name) for o in self.coverage.outlets}
        text = Text()
        text.append(f"{claim.id} · stated by {len(claim.outlets)} of {len(self.coverage.outlets)} outlets",
                    style="bold")
        if self.review is not None:
            index = self.coverage.claims.index(claim)
            verdict, note = self.review.verdict(index), self.review.note(index)
            text.append("\n")
            text.append(verdict.upper(), style=VERDICT_MARKS[verdict][1] or "italic")
            if note:
                text.append(" · note: ", style="bold")
                text.append(one_line(note))
            else:
                text.append("  —  y confirm · d dispute · r dismiss · i note", style="dim")
        text.append("\n")
        for point in claim.points:
            text.append(f"\n{point.label}: ", style="bold")
            for n, variant in enumerate(point.variants):
                if n:
                    text.append("; ")
                text.append(one_line(variant.value), style="bold" if variant is point.majority else "")
                word = "outlet" if variant.count == 1 else "outlets"
                text.append(f" — {variant.count} {word} ({outlet_numbers(variant.outlets)})")
        if claim.points:
            text.append("\n")
        text.append("\nAgree: ", style="bold")
        text.append(outlet_numbers(claim.agreeing))
        text.append("   Differ: ", style="bold")
        text.append(outlet_numbers(claim.differing))
        text.append("   Silent: ", style="bold")
        text.append(outlet_numbers(claim.silent))
        text.append("\n")
        for sentence in claim.sentences:
            text.append(f"\n#{sentence.outlet + 1} {names[sentence.outlet]}\n", style="bold")
            text.append(one_line(sentence.text) + "\n")
        if claim.silent:
            text.append("\nSays nothing of it: ", style="italic")
            text.append(", ".join(f"#{o + 1} {names[o]}" for o in claim.silent), style="italic")
        if claim.disputed:
            text.append("\n\nEnter opens two outlets that disagree, side by side.", style="dim")
        self.query_one("#claim-text", Static).update(text)


class CrossEntityTable(DataTable):
    """People, organisations and places across the outlets: who mentions each, and the spellings
    each outlet uses (names spelled differently first)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def show(self, coverage: Coverage) -> None:
        self.clear(columns=True)
        self.add_columns("name", "type", "outlets", "mentions", "spellings by outlet")
        entities = sorted(coverage.entities, key=lambda e: (not e.spelled_differently, -len(e.mentions), e.name))
        for entity in entities:
            spellings = Text(no_wrap=True, overflow="ellipsis")
            for n, spelling in enumerate(entity.variants):
                if n:
                    spellings.append(" / ", style="dim")
                spellings.append(one_line(spelling.form), style="bold")
                spellings.append(f" {outlet_numbers(spelling.outlets)}")
            name = Text(one_line(entity.name), style="bold" if entity.spelled_differently else "")
            self.add_row(name, entity.type, outlet_numbers(entity.outlets), str(sum(entity.mentions.values())),
                         spellings, key=entity.id)
