"""Re-attaching a session's reviews to a fresh analysis, also after an article changed.

A review record names its finding by content-derived id and keeps both passages. For each
record, in order:

1. the fresh analysis has a finding with the same id: attached as it is;
2. both passages are still in the texts (found exactly, across re-wrapped white space, or,
   for a slightly edited passage, by fuzzy matching near where it was): attached to the fresh
   finding of the same kind at those places if there is one, otherwise kept there as a
   ``kept`` finding, so the verdict whose passages still exist is never lost;
3. otherwise the record is *detached*: kept in the session, listed in the app and in exports,
   with the reason (which passage is gone), never silently dropped.

Manual findings (added by a reporter) follow steps 2 and 3 at their passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.engine.model import Comparison, Finding, Span, Why
from tui.review.session import Passage, ReviewRecord, Session

FUZZY_SCORE = 90.0
"""How alike (rapidfuzz's 0–100 score) an edited passage must be to where it is found."""
FUZZY_MIN_CHARS = 24
"""Shorter passages are only found exactly (a short phrase fuzzily matches too much)."""
FUZZY_WINDOW = 20_000
"""Characters either side of the passage's old place searched fuzzily."""


@dataclass(slots=True)
class AttachReport:
    """What happened to a session's records when they met a fresh analysis."""

    changed: list[str] = field(default_factory=list)
    """The sides (``left``, ``right``) whose text differs from the one the session was saved with."""
    attached: int = 0
    """Records whose finding has the same id."""
    moved: dict[str, str] = field(default_factory=dict)
    """Old id -> new id: records re-attached to a fresh finding at their passages."""
    kept: list[str] = field(default_factory=list)
    """Ids of records kept at their passages as ``kept`` findings (the engine no longer reports them)."""
    detached: list[ReviewRecord] = field(default_factory=list)
    """Records detached now (their passages are gone)."""

    @property
    def summary(self) -> str:
        """One line for a notification: "" when nothing needed re-attaching."""
        if not (self.changed or self.moved or self.kept or self.detached):
            return ""
        sides = " and ".join(self.changed)
        head = f"The {sides} article changed since this session was saved. " if self.changed else ""
        parts = [f"{self.attached + len(self.moved) + len(self.kept)} reviews re-attached"]
        if self.kept:
            parts.append(f"{len(self.kept)} kept where the engine no longer flags them")
        if self.detached:
            parts.append(f"{len(self.detached)} could not be re-attached (listed under 'detached')")
        return head + "; ".join(parts) + "."


def locate(text: str, passage: Passage) -> Span | None:
    """Where ``passage`` is in ``text`` now: the same place, the nearest exact copy, the nearest
    copy with its white space re-flowed, or a fuzzy match near its old place; ``None`` if gone."""
    wanted = passage.text
    if not wanted:
        return Span(min(passage.start, len(text)), min(passage.start, len(text)))
    if text[passage.start:passage.end] == wanted:
        return Span(passage.start, passage.end)
    exact = _nearest(text, re.escape(wanted), passage.start)
    if exact:
        return exact
    words = wanted.split()
    if words:
        reflowed = _nearest(text, r"\s+".join(map(re.escape, words)), passage.start)
        if reflowed:
            return reflowed
    if len(wanted) < FUZZY_MIN_CHARS:
        return None
    from rapidfuzz import fuzz

    lo = max(0, passage.start - FUZZY_WINDOW)
    window = text[lo: passage.end + FUZZY_WINDOW]
    found = fuzz.partial_ratio_alignment(wanted, window, score_cutoff=FUZZY_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return None
    return Span(lo + found.dest_start, lo + found.dest_end)


def _nearest(text: str, pattern: str, near: int) -> Span | None:
    best: Span | None = None
    for n, m in enumerate(re.finditer(pattern, text)):
        if best is None or abs(m.start() - near) < abs(best.start - near):
            best = Span(m.start(), m.end())
        elif m.start() > near or n > 1000:  # further matches only move away
            break
    return best


def record_finding(record: ReviewRecord, left: Span, right: Span, comparison: Comparison) -> Finding:
    """A finding rebuilt from a record at ``left`` / ``right`` (a manual or kept finding)."""
    origin = "manual" if record.manual else "kept"
    note = "added by the reviewer" if record.manual else "kept from the review session: the engine no longer flags it"
    return Finding(
        kind=record.kind, type=record.type or ("other" if record.kind == "contradiction" else "paraphrase"),
        left=left, right=right, why=Why(record.type or record.kind, note=note),
        significance=1.0 if record.manual else 0.5,
        left_text=comparison.left.text[left.start:left.end], right_text=comparison.right.text[right.start:right.end],
        id=record.id, origin=origin,
    )


def attach(session: Session, comparison: Comparison) -> AttachReport:
    """Attach ``session``'s records to ``comparison`` (in place: manual and kept findings are
    appended to ``comparison.findings``; detached records move to ``session.detached``)."""
    report = AttachReport(changed=[side for side in ("left", "right")
                                   if getattr(session, side).sha256 != getattr(comparison, side).sha256])
    by_id = {f.id: i for i, f in enumerate(comparison.findings)}
    claimed = {rid for rid in session.reviews if rid in by_id}
    kept: dict[str, ReviewRecord] = {}
    for rid, record in session.reviews.items():
        if rid in by_id and not record.manual:
            report.attached += 1
            kept[rid] = record
            _refresh(record, comparison.findings[by_id[rid]])
            continue
        left = locate(comparison.left.text, record.left)
        right = locate(comparison.right.text, record.right)
        if left is None or right is None:
            gone = [side for side, span in (("left", left), ("right", right)) if span is None]
            record.detached_reason = (f"the {' and '.join(gone)} passage{'s are' if len(gone) > 1 else ' is'} "
                                      "no longer in the article")
            report.detached.append(record)
            continue
        twin = None if record.manual else _twin(comparison, record, left, right, claimed)
        if twin is not None:
            new_id = comparison.findings[twin].id
            claimed.add(new_id)
            report.moved[rid] = new_id
            record.id = new_id
            _refresh(record, comparison.findings[twin])
            kept[new_id] = record
            continue
        finding = record_finding(record, left, right, comparison)
        comparison.findings.append(finding)
        by_id[finding.id] = len(comparison.findings) - 1
        _refresh(record, finding)
        if not record.manual:
            report.kept.append(rid)
        kept[rid] = record
    session.reviews = kept
    session.detached.extend(report.detached)
    return report


def _twin(comparison: Comparison, record: ReviewRecord, left: Span, right: Span, claimed: set[str]) -> int | None:
    """A fresh finding of the record's kind (and type, if one exists) at both passages, unreviewed so far."""
    best, best_score = None, 0.0
    for i, f in enumerate(comparison.findings):
        if f.kind != record.kind or f.id in claimed or not (f.left.overlaps(left) and f.right.overlaps(right)):
            continue
        score = _shared(f.left, left) + _shared(f.right, right) + (1.0 if f.type == record.type else 0.0)
        if score > best_score:
            best, best_score = i, score
    return best


def _shared(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(len(a), len(b), 1)


def _refresh(record: ReviewRecord, finding: Finding) -> None:
    """The record's passages as they are now (so the next re-attachment starts from here)."""
    record.left = Passage(finding.left.start, finding.left.end, finding.left_text)
    record.right = Passage(finding.right.start, finding.right.end, finding.right_text)
    record.detached_reason = ""
