"""The export dialog: choose a format (one key each) and where to write the snapshot."""

from __future__ import annotations

import os
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

FORMATS = (
    ("html", "h", "HTML — a self-contained report for an editor (opens in any browser, prints well)"),
    ("md", "m", "Markdown — a report to paste into a document or chat"),
    ("csv", "c", "CSV — one row per finding, for a spreadsheet"),
    ("json", "j", "JSON — the whole comparison and review, machine-readable"),
    ("yaml", "y", "YAML — the same, for people and scripts"),
    ("svg", "s", "SVG — a screenshot of this screen"),
)
"""Each export format: its name (and file extension), its key in the dialog, what it is for."""


@dataclass(frozen=True, slots=True)
class ExportChoice:
    format: str
    path: str


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Pick a format with its key (or ↑↓ Enter), edit the file name, Enter writes it."""

    BINDING_GROUP_TITLE = "Export"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"),
    ]

    def __init__(self, stem: str, folder: str = ".") -> None:
        """``folder``: where the file goes unless the name is changed (the current folder: the
        name is shown relative to it, ``./report.html``)."""
        super().__init__()
        self.stem = stem
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(Text("Export a snapshot", style="bold"), id="export-title")
            yield OptionList(*[Option(Text.assemble((f" {key} ", "bold reverse"), f"  {label}"), id=name)
                               for name, key, label in FORMATS], id="export-formats")
            yield Input(self._path("html"), id="export-path")
            yield Static(Text("h m c j y s choose · Enter on the list goes to the file name · Enter there "
                              "exports · Esc cancels", style="italic"), classes="dialog-hint")
            yield Footer()

    def _path(self, fmt: str) -> str:
        return os.path.join(self.folder, f"{self.stem}.{fmt}")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    @property
    def format(self) -> str:
        options = self.query_one(OptionList)
        return FORMATS[options.highlighted or 0][0]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        path = self.query_one(Input)
        base, ext = os.path.splitext(path.value)
        if ext.lstrip(".") in {name for name, _, _ in FORMATS}:
            path.value = f"{base}.{event.option.id}"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one(Input).focus()

    def on_key(self, event) -> None:
        if self.focused is self.query_one(OptionList):
            for n, (_, key, _) in enumerate(FORMATS):
                if event.character == key:
                    event.stop()
                    self.query_one(OptionList).highlighted = n
                    self.query_one(Input).focus()
                    return

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = os.path.expanduser(event.value.strip())
        if not path:
            self.notify("Give a file name to export to.", severity="warning", timeout=3)
            return
        self.dismiss(ExportChoice(self.format, os.path.abspath(path)))

    def action_cancel(self) -> None:
        self.dismiss(None)
