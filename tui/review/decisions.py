"""What a pair's review and a set's review have in common: a verdict and a note per item (a
finding, a claim), with the note's draft kept while it is typed. Each review says what an item
is (``_key``), how its record is made (``_touch``) and how a change is kept (``_changed``)."""

from __future__ import annotations

from typing import Any

from tui.review.session import VERDICTS


class Decisions:
    """Verdicts, notes and drafts by item index (a mixin of ``Review`` and ``SetReview``)."""

    session: Any

    def _key(self, index: int) -> str:  # pragma: no cover - each review's own
        raise NotImplementedError

    def record(self, index: int) -> Any:  # pragma: no cover
        raise NotImplementedError

    def verdict(self, index: int) -> str:
        record = self.record(index)
        return record.verdict if record else "unreviewed"

    def note(self, index: int) -> str:
        record = self.record(index)
        return record.note if record else ""

    def _touch(self, index: int) -> Any:  # pragma: no cover
        raise NotImplementedError

    def _changed(self, record: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def save(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def set_verdict(self, index: int, verdict: str) -> None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        record = self._touch(index)
        record.verdict = verdict
        self._changed(record)

    def set_note(self, index: int, note: str) -> None:
        """Save the note (an empty one removes it) and forget the draft."""
        record = self._touch(index)
        record.note = note.strip("\n")
        self.session.drafts.pop(record.id, None)
        self._changed(record)

    def draft(self, index: int) -> str | None:
        """A note being typed for this item when the app last stopped, if any."""
        return self.session.drafts.get(self._key(index))

    def set_draft(self, index: int, text: str | None) -> None:
        """Keep (or, with ``None``, forget) the text of a note being typed; saved at once."""
        key = self._key(index)
        if text is None:
            if self.session.drafts.pop(key, None) is None:
                return
        elif self.session.drafts.get(key) == text:
            return
        else:
            self.session.drafts[key] = text
        self.save()
