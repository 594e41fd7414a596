"""Messages the app's analysis worker sends to its screen."""

from __future__ import annotations

from textual.message import Message

from tui.reading import Prepared
from tui.review import Review


class AnalysisProgress(Message):
    """The engine finished ``stage``; ``fraction`` of the work is done (0..1)."""

    def __init__(self, stage: str, fraction: float) -> None:
        super().__init__()
        self.stage = stage
        self.fraction = fraction

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


class AnalysisReady(Message):
    """The comparison is ready to show (``prepared``: with what the screen draws; ``review``: the
    session resumed or started for it)."""

    def __init__(self, prepared: Prepared, review: Review) -> None:
        super().__init__()
        self.prepared = prepared
        self.review = review
