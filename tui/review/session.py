"""What a review session holds, as plain data, and its conversion to and from the YAML mapping.

A session is everything a reporter decided about one pair of articles: a verdict and a note per
finding, the findings they added by hand, the variants they chose to ignore, where they were.
It refers to findings by their content-derived ids (``tui.engine.identity``) and keeps each
reviewed finding's passages, so a review can be re-attached when an article changes.

``session_from_dict`` checks the shape of what it reads and raises ``SessionError`` with one
line saying what is wrong; it never guesses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "diptych-session"
FORMAT_VERSION = 1
VERDICTS = ("unreviewed", "confirmed", "disputed", "dismissed")
"""Every verdict a finding can carry; ``unreviewed`` is the default."""
KINDS = ("contradiction", "overlap")
CONTRADICTION_TYPES = ("number", "date", "time", "name", "role", "membership", "quote", "negation", "other")
OVERLAP_TYPES = ("verbatim", "paraphrase")


class SessionError(Exception):
    """A session file that cannot be read or written; the message is one line naming the file."""


def now_utc() -> str:
    """The time now, as recorded in sessions: ISO 8601 in UTC to the second, e.g. ``2026-12-02T18:42:46Z``."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class Passage:
    """One side of a finding as it was when reviewed: its offsets and its text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class ReviewRecord:
    """A reporter's decision on one finding (an engine finding or one added by hand)."""

    id: str
    kind: str
    type: str
    left: Passage
    right: Passage
    explanation: str = ""
    verdict: str = "unreviewed"
    note: str = ""
    reviewer: str = ""
    created: str = ""
    updated: str = ""
    manual: bool = False
    """Added by the reporter, not found by the engine."""
    detached_reason: str = ""
    """Why the record could not be re-attached to the current texts ("" when it is attached)."""

    @property
    def reviewed(self) -> bool:
        return self.verdict != "unreviewed"


@dataclass(slots=True)
class IgnoreRule:
    """"Ignore this variant": contradictions between these two values are hidden (Turkey / Türkiye)."""

    id: str
    left: str
    right: str
    type: str = ""
    """The type of the finding the rule was made from (shown; rules match on the values)."""
    source: str = ""
    """The id of the dismissed finding the rule was made from."""
    reviewer: str = ""
    created: str = ""

    @property
    def label(self) -> str:
        return f"{self.left} / {self.right}"


@dataclass(slots=True)
class ArticleRecord:
    """What a session knows of one article: where it was, what it was, and (optionally) its text."""

    path: str
    sha256: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    words: int = 0
    text: str | None = None
    retrieved: str = ""
    """When a web page was downloaded (ISO 8601, UTC); "" for a file."""


@dataclass(slots=True)
class Cursor:
    """Where the reporter was: the selected finding and the offset at the top of each pane."""

    finding: str = ""
    left: int = 0
    right: int = 0


@dataclass(slots=True)
class Session:
    """One review of one pair of articles, as saved."""

    left: ArticleRecord
    right: ArticleRecord
    reviews: dict[str, ReviewRecord] = field(default_factory=dict)
    """Engine and manual findings' records by finding id (only findings a reporter touched, and every manual one)."""
    rules: list[IgnoreRule] = field(default_factory=list)
    drafts: dict[str, str] = field(default_factory=dict)
    """Notes being typed, by finding id: kept until saved or cancelled, so a crash loses nothing."""
    detached: list[ReviewRecord] = field(default_factory=list)
    """Records that could not be re-attached after an article changed: kept, listed, exported."""
    cursor: Cursor = field(default_factory=Cursor)
    created: str = ""
    updated: str = ""
    reviewer: str = ""
    """Who last changed the session."""
    tool_version: str = ""
    progress: dict[str, int] = field(default_factory=dict)
    """``reviewed`` and ``findings`` when last saved (for ``diptych sessions`` without re-analysis)."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Top-level keys this version does not know (kept as they were, written back)."""


# --- to and from plain data -------------------------------------------------------------------


def record_dict(r: ReviewRecord) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": r.kind, "type": r.type, "verdict": r.verdict}
    if r.note:
        d["note"] = r.note
    d.update({"reviewer": r.reviewer, "created": r.created, "updated": r.updated})
    if r.manual:
        d["manual"] = True
    if r.detached_reason:
        d["id"] = r.id
        d["detached"] = r.detached_reason
    d["explanation"] = r.explanation
    d["left"] = r.left.to_dict()
    d["right"] = r.right.to_dict()
    return d


def rule_dict(r: IgnoreRule) -> dict[str, Any]:
    return {"id": r.id, "left": r.left, "right": r.right, "type": r.type, "from": r.source,
            "reviewer": r.reviewer, "created": r.created}


def article_record_dict(a: ArticleRecord, with_text: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {"path": a.path, "title": a.title, "outlet": a.outlet, "date": a.date, "url": a.url,
                         "sha256": a.sha256, "words": a.words}
    if a.retrieved:
        d["retrieved"] = a.retrieved
    if with_text and a.text is not None:
        d["text"] = a.text
    return d


def header_dict(s: Session) -> dict[str, Any]:
    """Everything but the articles, in the order it is written (the articles, with their texts, come last)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "tool": f"diptych {s.tool_version}".strip(),
        "created": s.created,
        "updated": s.updated,
        "reviewer": s.reviewer,
        "progress": dict(s.progress),
        "pair": {"left": s.left.path, "right": s.right.path, "left_title": s.left.title, "right_title": s.right.title,
                 "left_sha256": s.left.sha256, "right_sha256": s.right.sha256},
        "cursor": {"finding": s.cursor.finding, "left": s.cursor.left, "right": s.cursor.right},
        "rules": [rule_dict(r) for r in s.rules],
        "reviews": {rid: record_dict(r) for rid, r in s.reviews.items()},
        "detached": [record_dict(r) for r in s.detached],
        "drafts": dict(s.drafts),
        **s.extra,
    }


KNOWN_KEYS = {"format", "version", "tool", "created", "updated", "reviewer", "progress", "pair", "cursor",
              "rules", "reviews", "detached", "drafts", "articles"}


class _Reader:
    """Checks the shape of a parsed session, naming the first thing that is wrong."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, what: str) -> SessionError:
        return SessionError(f"{self.where}: {what}")

    def mapping(self, value: Any, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(f"{what} should be a mapping, not {type(value).__name__}")
        return value

    def text(self, d: dict[str, Any], key: str, what: str, default: str = "") -> str:
        value = d.get(key, default)
        if value is None:
            return default
        if isinstance(value, (dt.date, dt.datetime)):  # a hand-edited date or timestamp, unquoted
            return value.isoformat()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(f"{what}.{key} should be text, not {type(value).__name__}")
        return str(value)

    def number(self, d: dict[str, Any], key: str, what: str) -> int:
        value = d.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(f"{what}.{key} should be a whole number ≥ 0, not {value!r}")
        return value

    def passage(self, value: Any, what: str) -> Passage:
        d = self.mapping(value, what)
        start, end = self.number(d, "start", what), self.number(d, "end", what)
        if end < start:
            raise self.fail(f"{what} ends ({end}) before it starts ({start})")
        return Passage(start, end, self.text(d, "text", what))

    def record(self, rid: str, value: Any, what: str) -> ReviewRecord:
        d = self.mapping(value, what)
        verdict = self.text(d, "verdict", what, "unreviewed")
        if verdict not in VERDICTS:
            raise self.fail(f"{what}.verdict is {verdict!r}, not one of {', '.join(VERDICTS)}")
        kind = self.text(d, "kind", what)
        if kind not in KINDS:
            raise self.fail(f"{what}.kind is {kind!r}, not one of {', '.join(KINDS)}")
        return ReviewRecord(
            id=rid, kind=kind, type=self.text(d, "type", what), verdict=verdict,
            left=self.passage(d.get("left"), f"{what}.left"), right=self.passage(d.get("right"), f"{what}.right"),
            explanation=self.text(d, "explanation", what), note=self.text(d, "note", what),
            reviewer=self.text(d, "reviewer", what), created=self.text(d, "created", what),
            updated=self.text(d, "updated", what), manual=bool(d.get("manual", False)),
            detached_reason=self.text(d, "detached", what),
        )

    def article(self, value: Any, what: str) -> ArticleRecord:
        d = self.mapping(value, what)
        text = d.get("text")
        if text is not None and not isinstance(text, str):
            raise self.fail(f"{what}.text should be text")
        sha = self.text(d, "sha256", what)
        if not sha:
            raise self.fail(f"{what}.sha256 is missing")
        return ArticleRecord(
            path=self.text(d, "path", what), sha256=sha, title=self.text(d, "title", what),
            outlet=self.text(d, "outlet", what), date=self.text(d, "date", what), url=self.text(d, "url", what),
            words=self.number(d, "words", what), text=text, retrieved=self.text(d, "retrieved", what),
        )


def session_from_dict(data: Any, where: str) -> Session:
    """The session in ``data`` (a parsed YAML document); ``SessionError`` if it is not one."""
    rd = _Reader(where)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise SessionError(f"{where}: not a diptych session file (no 'format: {FORMAT_NAME}' line)")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise rd.fail("the session's version is missing")
    if version > FORMAT_VERSION:
        raise rd.fail(f"written by a newer diptych (session format {version}; this one reads {FORMAT_VERSION})")
    articles = rd.mapping(data.get("articles"), "articles")
    if "left" not in articles or "right" not in articles:
        raise rd.fail("the articles (left and right) are missing")
    reviews = {}
    for rid, value in rd.mapping(data.get("reviews"), "reviews").items():
        reviews[str(rid)] = rd.record(str(rid), value, f"reviews.{rid}")
    detached = []
    raw_detached = data.get("detached") or []
    if not isinstance(raw_detached, list):
        raise rd.fail("detached should be a list")
    for n, value in enumerate(raw_detached):
        d = rd.mapping(value, f"detached[{n}]")
        detached.append(rd.record(rd.text(d, "id", f"detached[{n}]"), d, f"detached[{n}]"))
    rules = []
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise rd.fail("rules should be a list")
    for n, value in enumerate(raw_rules):
        d, what = rd.mapping(value, f"rules[{n}]"), f"rules[{n}]"
        rules.append(IgnoreRule(
            id=rd.text(d, "id", what) or f"r{n + 1}", left=rd.text(d, "left", what), right=rd.text(d, "right", what),
            type=rd.text(d, "type", what), source=rd.text(d, "from", what), reviewer=rd.text(d, "reviewer", what),
            created=rd.text(d, "created", what),
        ))
    drafts = {str(k): str(v) for k, v in rd.mapping(data.get("drafts"), "drafts").items() if v is not None}
    cursor_d = rd.mapping(data.get("cursor"), "cursor")
    cursor = Cursor(rd.text(cursor_d, "finding", "cursor"), rd.number(cursor_d, "left", "cursor"),
                    rd.number(cursor_d, "right", "cursor"))
    progress = {k: v for k, v in rd.mapping(data.get("progress"), "progress").items()
                if isinstance(k, str) and isinstance(v, int)}
    tool = rd.text(data, "tool", "session")
    return Session(
        left=rd.article(articles["left"], "articles.left"), right=rd.article(articles["right"], "articles.right"),
        reviews=reviews, rules=rules, drafts=drafts, detached=detached, cursor=cursor,
        created=rd.text(data, "created", "session"), updated=rd.text(data, "updated", "session"),
        reviewer=rd.text(data, "reviewer", "session"), tool_version=tool.removeprefix("diptych").strip(),
        progress=progress, extra={k: v for k, v in data.items() if k not in KNOWN_KEYS},
    )
