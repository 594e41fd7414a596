"""Flagging a pair of sentences the engine missed: the dialog that asks for the kind, the type
and a note of a manual finding."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.review.session import CONTRADICTION_TYPES, OVERLAP_TYPES
from tui.safetext import one_line

CHOICES = [("contradiction", t) for t in CONTRADICTION_TYPES] + [("overlap", t) for t in OVERLAP_TYPES]
"""Every kind and type a manual finding can have, in the order offered."""


@dataclass(frozen=True, slots=True)
class Flag:
    """What the reviewer chose."""

    kind: str
    type: str
    note: str


class FlagScreen(ModalScreen[Flag | None]):
    """Choose a kind and type (and write a note) for the two marked sentences."""

    BINDING_GROUP_TITLE = "Flag a finding"
    BINDINGS = [
        Binding("ctrl+s", "save", "Flag", id="flag.save", priority=True, tooltip="Add the finding"),
        Binding("escape", "cancel", "Cancel", id="flag.cancel", tooltip="Close without adding anything"),
    ]

    def __init__(self, left_text: str, right_text: str) -> None:
        super().__init__()
        self.left_text = left_text
        self.right_text = right_text

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-dialog", classes="dialog"):
            yield Static(Text("Flag the marked sentences as a finding", style="bold"), id="flag-title")
            for side, text in (("LEFT", self.left_text), ("RIGHT", self.right_text)):
                with Horizontal(classes="flag-passage"):
                    yield Label(side, classes="flag-side")
                    yield Static(Text(one_line(text)[:400]), classes="flag-text")
            yield OptionList(*[Option(f"{kind:<14} {type_}", id=f"{kind}:{type_}") for kind, type_ in CHOICES],
                             id="flag-type")
            yield Input(placeholder="a note (optional): why, and how you checked", id="flag-note")
            yield Static(Text("↑↓ choose the type · Enter or ctrl+s adds it · Esc cancels", style="italic"),
                         classes="dialog-hint")
            yield Footer()

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        choices = self.query_one(OptionList)
        index = choices.highlighted if choices.highlighted is not None else 0
        kind, type_ = CHOICES[index]
        self.dismiss(Flag(kind, type_, self.query_one(Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
