"""A review in progress: one comparison, one session, every change saved at once.

``Review`` is what the app, ``diptych export`` and the tests hold: the comparison's findings
(engine findings, plus the session's manual and kept ones), a verdict and note for each, the
ignore rules and what they hide, and the progress. Every method that changes something saves
the session atomically before it returns (``SessionError`` if the file cannot be written: the
change is kept in memory and saved with the next one).
"""

from __future__ import annotations

import getpass
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tui import __version__
from tui.engine.identity import content_id
from tui.engine.model import Article, Comparison, Finding, Span
from tui.engine.tokens import fold
from tui.review.attach import AttachReport, attach, record_finding
from tui.review.decisions import Decisions
from tui.review.session import (
    ArticleRecord,
    Cursor,
    IgnoreRule,
    Passage,
    ReviewRecord,
    Session,
    now_utc,
)
from tui.review.store import SessionLock, SessionWriter, default_session_path, location


def default_reviewer() -> str:
    """The reviewer's name: ``reviewer:`` in the settings, else the operating system's user name."""
    from tui.config import load_config

    name = load_config()[0].reviewer
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def article_record(article: Article, with_text: bool = True) -> ArticleRecord:
    return ArticleRecord(path=location(article.path), sha256=article.sha256, title=article.title,
                         outlet=article.outlet, date=article.date.isoformat() if article.date else "",
                         url=article.url, retrieved=article.meta.get("retrieved", ""), words=article.word_count,
                         text=article.text if with_text else None)


def new_session(comparison: Comparison, reviewer: str, clock: Callable[[], str] = now_utc,
                with_text: bool = True) -> Session:
    stamp = clock()
    return Session(left=article_record(comparison.left, with_text), right=article_record(comparison.right, with_text),
                   created=stamp, updated=stamp, reviewer=reviewer, tool_version=__version__)


def variant_values(finding: Finding) -> tuple[str, str] | None:
    """The two values a contradiction sets against each other ("Turkey", "Türkiye"), or ``None``."""
    if finding.kind != "contradiction":
        return None
    left, right = finding.why.left.strip(), finding.why.right.strip()
    if not (left and right):
        return None
    return left, right


def rule_matches(rule: IgnoreRule, finding: Finding) -> bool:
    values = variant_values(finding)
    return values is not None and {fold(values[0]), fold(values[1])} == {fold(rule.left), fold(rule.right)}


@dataclass(slots=True)
class Progress:
    """How far the review is: findings reviewed of those shown (rules hide some)."""

    reviewed: int
    total: int
    hidden: int
    by_verdict: Counter[str]

    def __str__(self) -> str:
        text = f"{self.reviewed} of {self.total} reviewed"
        if self.hidden:
            text += f" · {self.hidden} hidden by rules"
        return text


class Review(Decisions):
    """The review of one comparison, saved to ``path`` on every change (``path=None``: not saved)."""

    def __init__(self, comparison: Comparison, session: Session, path: Path | None, reviewer: str,
                 clock: Callable[[], str] = now_utc, with_text: bool = True, read_only: bool = False) -> None:
        """``path``: the session's file, written on every change unless ``read_only`` (an export
        names the file but never writes it)."""
        self.comparison = comparison
        self.session = session
        self.path = path
        self.reviewer = reviewer
        self.clock = clock
        self.report: AttachReport = attach(session, comparison)
        self._writer = SessionWriter(path, with_text) if path is not None and not read_only else None
        self.unsaved = False
        """A change could not be written (the error was reported); it is retried with the next one."""
        self.lock: SessionLock | None = None
        """The session's lock, when this review holds one (the app's; exports take none)."""
        self._reindex()
        if self.report.changed:  # the session now describes the articles as they are
            session.left = article_record(comparison.left, with_text)
            session.right = article_record(comparison.right, with_text)

    @classmethod
    def open(cls, comparison: Comparison, path: Path | None = None, session: Session | None = None,
             reviewer: str | None = None, clock: Callable[[], str] = now_utc, with_text: bool = True) -> Review:
        """Resume ``session`` (or start one) for ``comparison``; saved to ``path`` or the pair's default file."""
        reviewer = reviewer or default_reviewer()
        if session is None:
            session = new_session(comparison, reviewer, clock, with_text)
        if path is None:
            path = default_session_path(comparison.left.path, comparison.left.title,
                                        comparison.right.path, comparison.right.title)
        return cls(comparison, session, path, reviewer, clock, with_text)

    def _reindex(self) -> None:
        self.index = {f.id: i for i, f in enumerate(self.comparison.findings)}
        self.hidden: set[int] = {i for i, f in enumerate(self.comparison.findings)
                                 if any(rule_matches(r, f) and f.id != r.source for r in self.session.rules)}
        """Findings hidden by an ignore rule (the twins of the dismissed finding it was made from)."""

    # --- reading -----------------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        return self.comparison.findings

    def record(self, index: int) -> ReviewRecord | None:
        return self.session.reviews.get(self.findings[index].id)


    def verdicts(self) -> dict[int, str]:
        """Every finding with a verdict (not unreviewed): index -> verdict (from the records, not
        by visiting every finding: a large pair has tens of thousands)."""
        out = {}
        for fid, record in self.session.reviews.items():
            index = self.index.get(fid)
            if index is not None and record.reviewed:
                out[index] = record.verdict
        return out

    def progress(self) -> Progress:
        verdicts = Counter(v for i, v in self.verdicts().items() if i not in self.hidden)
        total = len(self.findings) - len(self.hidden)
        reviewed = sum(verdicts.values())
        verdicts["unreviewed"] = total - reviewed
        return Progress(reviewed, total, len(self.hidden), verdicts)

    def hidden_by(self, rule: IgnoreRule) -> list[int]:
        return [i for i, f in enumerate(self.findings) if rule_matches(rule, f) and f.id != rule.source]

    # --- changing -------------------------------------------------------------------------------

    def _key(self, index: int) -> str:
        return self.findings[index].id

    def _touch(self, index: int) -> ReviewRecord:
        finding = self.findings[index]
        record = self.session.reviews.get(finding.id)
        if record is None:
            stamp = self.clock()
            record = ReviewRecord(
                id=finding.id, kind=finding.kind, type=finding.type,
                left=Passage(finding.left.start, finding.left.end, finding.left_text),
                right=Passage(finding.right.start, finding.right.end, finding.right_text),
                explanation=finding.explanation, reviewer=self.reviewer, created=stamp, updated=stamp,
                manual=finding.origin == "manual",
            )
            self.session.reviews[finding.id] = record
        return record

    def _changed(self, record: ReviewRecord) -> None:
        record.updated = self.clock()
        record.reviewer = self.reviewer
        if not record.reviewed and not record.note and not record.manual:
            self.session.reviews.pop(record.id, None)  # back to as it was: nothing to keep
        self.save()

    def add_rule(self, index: int) -> IgnoreRule | None:
        """"Ignore this variant": dismiss the finding and hide every finding that sets the same two
        values against each other. ``None`` if the finding has no two values to ignore."""
        finding = self.findings[index]
        values = variant_values(finding)
        if values is None:
            return None
        for rule in self.session.rules:
            if rule_matches(rule, finding):
                return rule
        used = {r.id for r in self.session.rules}
        n = len(self.session.rules) + 1
        while f"r{n}" in used:
            n += 1
        rule = IgnoreRule(id=f"r{n}", left=values[0], right=values[1], type=finding.type, source=finding.id,
                          reviewer=self.reviewer, created=self.clock())
        self.session.rules.append(rule)
        record = self._touch(index)
        record.verdict = "dismissed"
        self._reindex()
        self._changed(record)
        return rule

    def remove_rule(self, rule_id: str) -> IgnoreRule | None:
        """Undo a rule: the findings it hid are shown again (the finding it came from stays dismissed)."""
        for n, rule in enumerate(self.session.rules):
            if rule.id == rule_id:
                del self.session.rules[n]
                self._reindex()
                self.save()
                return rule
        return None

    def add_manual(self, kind: str, type_: str, left: Span, right: Span, note: str = "",
                   verdict: str = "confirmed") -> int:
        """A finding the engine missed, flagged by the reviewer; returns its index."""
        left_text = self.comparison.left.text[left.start:left.end]
        right_text = self.comparison.right.text[right.start:right.end]
        base = content_id(kind, type_, left_text, right_text, prefix="m")
        fid, n = base, 1
        while fid in self.index:
            n += 1
            fid = f"{base}-{n}"
        stamp = self.clock()
        record = ReviewRecord(id=fid, kind=kind, type=type_, left=Passage(left.start, left.end, left_text),
                              right=Passage(right.start, right.end, right_text),
                              explanation=f"{type_}: flagged by {self.reviewer}", verdict=verdict, note=note,
                              reviewer=self.reviewer, created=stamp, updated=stamp, manual=True)
        self.session.reviews[fid] = record
        self.findings.append(record_finding(record, left, right, self.comparison))
        self._reindex()
        self.save()
        return len(self.findings) - 1

    def remove_manual(self, index: int) -> bool:
        """Delete a finding the reviewer added (engine findings cannot be deleted, only dismissed)."""
        finding = self.findings[index]
        if finding.origin != "manual":
            return False
        del self.findings[index]
        self.session.reviews.pop(finding.id, None)
        self.session.drafts.pop(finding.id, None)
        self._reindex()
        self.save()
        return True

    def set_cursor(self, finding: int, left_offset: int, right_offset: int) -> None:
        fid = self.findings[finding].id if 0 <= finding < len(self.findings) else ""
        cursor = Cursor(fid, left_offset, right_offset)
        if cursor != self.session.cursor:
            self.session.cursor = cursor
            self.save()

    def cursor_finding(self) -> int:
        """The index of the finding selected when the session was saved (-1: none)."""
        return self.index.get(self.session.cursor.finding, -1)

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the session now, atomically (``SessionError`` if it cannot be written)."""
        session = self.session
        progress = self.progress()
        session.progress = {"reviewed": progress.reviewed, "findings": progress.total}
        session.updated = self.clock()
        session.reviewer = self.reviewer
        session.tool_version = __version__
        if self._writer is None:
            return
        try:
            self._writer.save(session)
        except Exception:
            self.unsaved = True
            raise
        self.unsaved = False
