"""The note editor: a small dialog to write a finding's note.

``ctrl+s`` saves, Escape cancels. What is typed is kept as a draft in the session a moment
after each change (``on_draft``), so a crash or a killed terminal loses nothing: the next
time the editor opens on that finding, the draft is back.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

DRAFT_DELAY = 0.4
"""Seconds after the last key before the draft is saved."""


class NoteScreen(ModalScreen[str | None]):
    """Edit a note; dismisses with the text to save, or ``None`` when cancelled."""

    BINDING_GROUP_TITLE = "Note"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", priority=True, tooltip="Save the note and close"),
        Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="Close without saving (the draft is dropped)"),
    ]

    def __init__(self, title: str, note: str, draft: str | None, on_draft: Callable[[str | None], None]) -> None:
        super().__init__()
        self.heading = title
        self.note = note
        self.restored = draft is not None and draft != note
        self.initial = draft if self.restored and draft is not None else note
        self.on_draft = on_draft
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(Text(self.heading, style="bold", no_wrap=True, overflow="ellipsis"), id="note-title")
            if self.restored:
                yield Static(Text("Restored the unsaved draft from last time.", style="italic"), id="note-restored")
            yield TextArea(self.initial, id="note-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            yield Static(Text("ctrl+s saves · Esc cancels · what you type is kept as a draft until then",
                              style="italic"), classes="dialog-hint")
            yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DRAFT_DELAY, self._keep_draft)

    def _keep_draft(self) -> None:
        self._timer = None
        self.on_draft(self.query_one(TextArea).text)

    def action_save(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.on_draft(None)
        self.dismiss(None)
