"""The entity sidebar: people, organisations, places, dates and numbers of both articles,
grouped by type, with mention counts per side and a mark for where they appear."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.engine.model import Entity
from tui.reading import ENTITY_GROUPS, entity_mark, entity_matches
from tui.safetext import one_line
from tui.widgets.findings_table import fit

ENTITY_VARIABLE = {"PERSON": "entity-person", "ORG": "entity-org", "GPE": "entity-gpe", "LOC": "entity-loc",
                   "DATE": "entity-date", "TIME": "entity-time", "NUMBER": "entity-number"}


def entity_prompt(entity: Entity, colour: str | None, width: int) -> Text:
    """One sidebar row: a swatch in the type's colour, the name, left and right counts, the mark."""
    counts = f"{len(entity.left):>3} {len(entity.right):>3} {entity_mark(entity):>3}"
    name_width = max(4, width - len(counts) - 4)
    text = Text(no_wrap=True, end="")
    text.append("■ ", style=colour or "")
    text.append(fit(one_line(entity.name), name_width))  # in cells: a CJK name takes two a character
    text.append(" " + counts, style="bold" if entity.spelled_differently else "")
    return text


def column_heading(width: int) -> Text:
    """The heading over the rows: the counts' columns named ("L" left, "R" right, where)."""
    counts = f"{'L':>3} {'R':>3} {'':>3}"
    name_width = max(4, width - len(counts) - 4)
    return Text("  " + "name".ljust(name_width) + " " + counts, style="dim", no_wrap=True)


GROUP_LIMIT = 200
"""Most entities listed per group; the rest are found with the filter box (a 200k-word pair can
mention thousands of names, and a list that long helps nobody)."""


class EntitySidebar(Vertical):
    """A filter box over the grouped entity list."""

    BINDING_GROUP_TITLE = "Entities"
    BINDINGS = [
        Binding("escape", "leave", "Back to text", show=False, id="entities.leave",
                tooltip="Return focus to the article panes"),
    ]

    class Chosen(Message):
        """The user picked an entity (Enter or click); ``index`` is its place in the comparison."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entities: list[Entity] = []
        self._query = ""
        self._built_width = -1

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter entities…", id="entity-filter")
        yield Static(id="entity-columns")
        yield OptionList(id="entity-list")
        yield Static(Text("L+R both · L/R one side only · ≠ spelled differently", style="dim"), id="entity-legend")

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._rebuild())

    def set_entities(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._rebuild()

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#entity-list", OptionList)

    def _rebuild(self) -> None:
        olist = self.option_list
        highlighted = olist.highlighted_option.id if olist.highlighted_option else None
        width = max(20, olist.scrollable_content_region.width or 30)
        variables = self.app.theme_variables
        options: list[Option] = []
        groups: dict[str, list[tuple[int, Entity]]] = {code: [] for code, _ in ENTITY_GROUPS}
        for i, e in enumerate(self._entities):  # one pass (a 200k-word pair has thousands of names)
            if e.type in groups and entity_matches(e, self._query):
                groups[e.type].append((i, e))
        for code, label in ENTITY_GROUPS:
            members = groups[code]
            if not members:
                continue
            heading = Text(f"{label} ({len(members):,})", style="bold underline", no_wrap=True, end="")
            options.append(Option(heading, id=f"group-{code}", disabled=True))
            colour = variables.get(ENTITY_VARIABLE[code])
            for i, entity in members[:GROUP_LIMIT]:  # the engine lists the most mentioned first
                options.append(Option(entity_prompt(entity, colour, width), id=f"entity-{i}"))
            if len(members) > GROUP_LIMIT:
                more = Text(f"  … {len(members) - GROUP_LIMIT:,} more: type in the filter box", style="dim italic",
                            no_wrap=True, end="")
                options.append(Option(more, id=f"more-{code}", disabled=True))
        self._built_width = olist.scrollable_content_region.width
        olist.set_options(options)
        self.query_one("#entity-columns", Static).update(column_heading(width))
        if highlighted:
            try:
                olist.highlighted = olist.get_option_index(highlighted)
            except Exception:  # noqa: BLE001 - the entity may be filtered out
                pass

    def on_resize(self) -> None:
        width = self.option_list.scrollable_content_region.width
        if self._entities and width != self._built_width:
            self._rebuild()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._query = event.value
        self._rebuild()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.option_list.focus()
        if self.option_list.highlighted is None and self.option_list.option_count:
            self.option_list.action_first()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("entity-"):
            self.post_message(self.Chosen(int(event.option.id.removeprefix("entity-"))))

    def action_leave(self) -> None:
        self.screen.action_focus_pane("left")  # type: ignore[attr-defined]

    def focus_list(self) -> None:
        olist = self.option_list
        olist.focus()
        if olist.highlighted is None and olist.option_count:
            olist.action_first()
