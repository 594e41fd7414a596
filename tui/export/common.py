"""What every export format shares: the findings numbered in reading order with their review,
the provenance of the two texts, the summary counts, verdict labels, passages with their
differing words. Plain Python (no Textual).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from tui.engine.model import Article, Finding, Span
from tui.reading import passage_text, position_order
from tui.review import IgnoreRule, Progress, Review
from tui.review.session import VERDICTS, now_utc
from tui.safetext import terminal_safe

VERDICT_LABELS = {"unreviewed": "Unreviewed", "confirmed": "Confirmed", "disputed": "Disputed",
                  "dismissed": "Dismissed"}
assert set(VERDICT_LABELS) == set(VERDICTS)

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """Article or reviewer text made safe to write anywhere: control characters (but newline and
    tab) shown as visible placeholders one for one, lone surrogates (which cannot be encoded)
    replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", terminal_safe(text))


@dataclass(frozen=True, slots=True)
class Entry:
    """One finding as exported: its number in reading order, the finding, and its review."""

    number: int
    index: int
    """The finding's index in ``review.findings``."""
    finding: Finding
    verdict: str
    note: str
    reviewer: str
    created: str
    updated: str
    hidden_by: tuple[IgnoreRule, ...]
    """The ignore rules that hide it (empty: it is shown)."""

    @property
    def hidden(self) -> bool:
        return bool(self.hidden_by)

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS.get(self.verdict, self.verdict)

    @property
    def rule_ids(self) -> str:
        return " ".join(r.id for r in self.hidden_by)

    @property
    def flags(self) -> list[tuple[str, str]]:
        """What sets the finding apart, as (what, label): ``("origin", "manual")`` for one added by
        hand or kept from an earlier analysis, ``("hidden", "hidden by r1")`` for one a rule hides."""
        out = []
        if self.finding.origin != "engine":
            out.append(("origin", self.finding.origin))
        if self.hidden_by:
            out.append(("hidden", f"hidden by {self.rule_ids}"))
        return out


def detail(finding: Finding) -> str:
    """The explanation without its leading type ("Polak vs Poklad (same role)" for a finding of
    type name whose explanation is "name: Polak vs Poklad (same role)")."""
    text, prefix = finding.explanation, f"{finding.why.label}: "
    if finding.why.label == finding.type and text.startswith(prefix):
        return text[len(prefix):]
    return text


def entries(review: Review) -> list[Entry]:
    """Every finding, hidden ones too, numbered from 1 in reading order of the left article."""
    rules: dict[int, list[IgnoreRule]] = {}
    for rule in review.session.rules:
        for index in review.hidden_by(rule):
            rules.setdefault(index, []).append(rule)
    out = []
    for number, index in enumerate(position_order(review.findings), start=1):
        record = review.record(index)
        out.append(Entry(
            number=number, index=index, finding=review.findings[index], verdict=review.verdict(index),
            note=review.note(index), reviewer=record.reviewer if record else "",
            created=record.created if record else "", updated=record.updated if record else "",
            hidden_by=tuple(rules.get(index, ())),
        ))
    return out


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts a report opens with."""

    contradictions: int
    overlaps: int
    by_type: Counter[str]
    """Findings per ``kind/type`` (``overlap/verbatim``, ``contradiction/name``...)."""
    entities: int
    spelled_differently: int
    aligned: int
    progress: Progress
    rules: int
    detached: int
    manual: int
    kept: int


def summary(review: Review) -> Summary:
    findings = review.findings
    kinds = Counter(f.kind for f in findings)
    return Summary(
        contradictions=kinds["contradiction"], overlaps=kinds["overlap"],
        by_type=Counter(f"{f.kind}/{f.type}" for f in findings), entities=len(review.comparison.entities),
        spelled_differently=sum(e.spelled_differently for e in review.comparison.entities),
        aligned=len(review.comparison.alignment), progress=review.progress(), rules=len(review.session.rules),
        detached=len(review.session.detached), manual=sum(f.origin == "manual" for f in findings),
        kept=sum(f.origin == "kept" for f in findings),
    )


def verdict_counts(progress: Progress) -> list[tuple[str, int]]:
    """(verdict, count) for every verdict, reviewed ones first, of the findings shown."""
    order = [v for v in VERDICTS if v != "unreviewed"] + ["unreviewed"]
    return [(v, progress.by_verdict.get(v, 0)) for v in order]


def readable_time(stamp: str) -> str:
    """A session timestamp for people: ``2026-12-02T18:42:46Z`` is ``2026-12-02 18:42 UTC``
    (anything else is shown as it is)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]00:00)", stamp)
    return f"{m.group(1)} {m.group(2)} UTC" if m else stamp


def exported_now(exported_at: str | None) -> str:
    return exported_at if exported_at is not None else now_utc()


def source_dict(article: Article) -> dict[str, Any]:
    """Where one article came from and what it was, for a provenance block."""
    return {
        "name": article.display_name, "title": article.title, "path": article.path, "url": article.url,
        "outlet": article.outlet, "date": article.date.isoformat() if article.date else "",
        "words": article.word_count, "sha256": article.sha256, "retrieved": article.meta.get("retrieved", ""),
    }


def provenance(review: Review, exported_at: str, tool_version: str) -> dict[str, Any]:
    """Both texts' sources and hashes, the tool, the date of export, the reviewer, the session file."""
    return {
        "left": source_dict(review.comparison.left),
        "right": source_dict(review.comparison.right),
        "tool": f"diptych {tool_version}",
        "exported_at": exported_at,
        "reviewer": review.reviewer,
        "session": str(review.path) if review.path is not None else "",
        "session_created": review.session.created,
        "session_updated": review.session.updated,
    }


def where(source: dict[str, Any]) -> str:
    """An article's URL if it has one, else its file name or path."""
    return source["url"] or source["path"]


def passage_pieces(article: Article, span: Span, marks: list[Span], limit: int) -> list[tuple[str, bool]]:
    """A passage on one line as ``(text, differs)`` pieces: at most ``limit`` characters with an
    ellipsis where it was shortened (the first differing word kept in view), control characters
    made visible. The same renderer as the app's finding bar (``tui.reading.passage_text``)."""
    text = passage_text(article, span, marks, "mark", limit, cells=False)
    plain = _SURROGATE.sub("\ufffd", text.plain)
    flags = [False] * len(plain)
    for s in text.spans:
        for i in range(s.start, min(s.end, len(plain))):
            flags[i] = True
    pieces: list[tuple[str, bool]] = []
    start = 0
    for i in range(1, len(plain) + 1):
        if i == len(plain) or flags[i] != flags[start]:
            pieces.append((plain[start:i], flags[start]))
            start = i
    return pieces
