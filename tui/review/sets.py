"""Reviewing a whole set: a verdict and a note on each claim of a story's coverage.

A pair's findings are reviewed in the pair's session (``tui.review.review``); a set's claims
("day of the talks: Friday — 4 outlets; Thursday — 1") are reviewed here, in one YAML file per
set of articles, saved atomically on every change like a pair's session.

A claim's id is a hash of the sentences that state it, so it survives a re-analysis; when the
articles change and a claim gains or loses a sentence, its review follows the new claim that
shares most of its sentences, and one that shares too few is kept as *detached* (listed,
exported, never dropped).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui import __version__
from tui.coverage.model import Claim, Coverage
from tui.engine.identity import passage_key
from tui.review.decisions import Decisions
from tui.review.session import VERDICTS, SessionError, now_utc
from tui.review.store import SUFFIX, dump_yaml, parse_yaml, read_text, sessions_dir, shown, slug

FORMAT_NAME = "diptych-set-session"
FORMAT_VERSION = 1
SET_SUFFIX = ".set" + SUFFIX
REATTACH_SHARE = 0.5
"""The share of a reviewed claim's sentences a new claim must have to take its review."""


def claim_key(claim: Claim) -> frozenset[str]:
    return frozenset(passage_key(s.text) for s in claim.sentences)


def claim_id(claim: Claim) -> str:
    """The id of a claim: a hash of the sentences that state it."""
    digest = hashlib.blake2b("\x1f".join(sorted(claim_key(claim))).encode(), digest_size=6).hexdigest()
    return f"k{digest}"


@dataclass(slots=True)
class ClaimRecord:
    """A reporter's decision on one claim."""

    id: str
    text: str
    sentences: list[str]
    verdict: str = "unreviewed"
    note: str = ""
    reviewer: str = ""
    created: str = ""
    updated: str = ""
    detached_reason: str = ""

    @property
    def reviewed(self) -> bool:
        return self.verdict != "unreviewed"


@dataclass(slots=True)
class SetArticle:
    path: str
    sha256: str
    outlet: str = ""
    title: str = ""


@dataclass(slots=True)
class SetSession:
    articles: list[SetArticle]
    claims: dict[str, ClaimRecord] = field(default_factory=dict)
    detached: list[ClaimRecord] = field(default_factory=list)
    drafts: dict[str, str] = field(default_factory=dict)
    """Notes being typed, by claim id (kept until saved or cancelled: a crash loses nothing)."""
    created: str = ""
    updated: str = ""
    reviewer: str = ""
    progress: dict[str, int] = field(default_factory=dict)


def set_key(paths: list[str]) -> str:
    joined = "\x00".join(sorted(p if "://" in p else os.path.abspath(p) for p in paths))
    return hashlib.blake2b(joined.encode(), digest_size=5).hexdigest()


def set_session_path(coverage: Coverage) -> Path:
    """Where the set's review is kept: named after its first outlet and a hash of every path."""
    paths = [o.article.path for o in coverage.outlets]
    first = slug(coverage.outlets[0].name, 24) if coverage.outlets else "set"
    return sessions_dir() / f"{first}-and-{len(paths) - 1}-more-{set_key(paths)}{SET_SUFFIX}"


# --- to and from YAML -------------------------------------------------------------------------


def _record_dict(r: ClaimRecord) -> dict[str, Any]:
    d: dict[str, Any] = {"verdict": r.verdict}
    if r.note:
        d["note"] = r.note
    d.update({"reviewer": r.reviewer, "created": r.created, "updated": r.updated, "text": r.text})
    if r.detached_reason:
        d["id"] = r.id
        d["detached"] = r.detached_reason
    d["sentences"] = list(r.sentences)
    return d


def session_yaml(s: SetSession) -> str:
    return dump_yaml({
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "tool": f"diptych {__version__}",
        "created": s.created, "updated": s.updated, "reviewer": s.reviewer, "progress": dict(s.progress),
        "claims": {cid: _record_dict(r) for cid, r in s.claims.items()},
        "detached": [_record_dict(r) for r in s.detached],
        "drafts": dict(s.drafts),
        "articles": [{"path": a.path, "sha256": a.sha256, "outlet": a.outlet, "title": a.title} for a in s.articles],
    })


def _text(d: dict[str, Any], key: str) -> str:
    value = d.get(key, "")
    return "" if value is None else str(value)


def _record(cid: str, value: Any, where: str) -> ClaimRecord:
    if not isinstance(value, dict):
        raise SessionError(f"{where}: claim {cid} should be a mapping")
    verdict = _text(value, "verdict") or "unreviewed"
    if verdict not in VERDICTS:
        raise SessionError(f"{where}: claim {cid}: verdict is {verdict!r}, not one of {', '.join(VERDICTS)}")
    sentences = value.get("sentences") or []
    if not isinstance(sentences, list):
        raise SessionError(f"{where}: claim {cid}: sentences should be a list")
    return ClaimRecord(cid, _text(value, "text"), [str(s) for s in sentences], verdict, _text(value, "note"),
                       _text(value, "reviewer"), _text(value, "created"), _text(value, "updated"),
                       _text(value, "detached"))


def load_set_session(path: Path) -> SetSession:
    """The set session saved in ``path``; ``SessionError`` (one line) if it is not one. Never writes."""
    where = shown(path)
    data = parse_yaml(read_text(path), where)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise SessionError(f"{where}: not a diptych set session (no 'format: {FORMAT_NAME}' line)")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise SessionError(f"{where}: written by a newer diptych, or its version is missing")
    claims, detached = data.get("claims") or {}, data.get("detached") or []
    articles = data.get("articles") or []
    if not isinstance(claims, dict) or not isinstance(detached, list) or not isinstance(articles, list):
        raise SessionError(f"{where}: claims should be a mapping, detached and articles lists")
    return SetSession(
        articles=[SetArticle(_text(a, "path"), _text(a, "sha256"), _text(a, "outlet"), _text(a, "title"))
                  for a in articles if isinstance(a, dict)],
        claims={str(k): _record(str(k), v, where) for k, v in claims.items()},
        detached=[_record(_text(d, "id"), d, where) for d in detached if isinstance(d, dict)],
        drafts={str(k): str(v) for k, v in (data.get("drafts") or {}).items() if v is not None}
        if isinstance(data.get("drafts"), dict) else {},
        created=_text(data, "created"), updated=_text(data, "updated"), reviewer=_text(data, "reviewer"),
        progress={k: v for k, v in (data.get("progress") or {}).items() if isinstance(v, int)},
    )


# --- the review -------------------------------------------------------------------------------


@dataclass(slots=True)
class SetProgress:
    reviewed: int
    total: int
    by_verdict: Counter[str]

    def __str__(self) -> str:
        return f"{self.reviewed} of {self.total} claims reviewed"


class SetReview(Decisions):
    """The review of a coverage's claims, saved to ``path`` on every change (``None``: not saved)."""

    def __init__(self, coverage: Coverage, session: SetSession, path: Path | None, reviewer: str,
                 clock: Callable[[], str] = now_utc) -> None:
        self.coverage = coverage
        self.session = session
        self.path = path
        self.reviewer = reviewer
        self.clock = clock
        self.ids = [claim_id(c) for c in coverage.claims]
        self.index = {cid: i for i, cid in enumerate(self.ids)}
        self.changed = [a.path for a, o in zip(session.articles, coverage.outlets, strict=False)
                        if a.sha256 != o.article.sha256]
        self.newly_detached = self._attach()
        session.articles = [SetArticle(o.article.path, o.article.sha256, o.article.outlet, o.article.title)
                            for o in coverage.outlets]

    @classmethod
    def open(cls, coverage: Coverage, path: Path | None = None, reviewer: str | None = None,
             clock: Callable[[], str] = now_utc) -> SetReview:
        """Resume the set's saved review (at ``path`` or the set's default file) or start one."""
        from tui.review.review import default_reviewer

        path = path or set_session_path(coverage)
        session = load_set_session(path) if path.exists() else SetSession([], created=clock())
        return cls(coverage, session, path, reviewer or default_reviewer(), clock)

    def _attach(self) -> list[ClaimRecord]:
        keys = [claim_key(c) for c in self.coverage.claims]
        kept: dict[str, ClaimRecord] = {}
        lost: list[ClaimRecord] = []
        for cid, record in self.session.claims.items():
            if cid in self.index:
                kept[cid] = record
                continue
            mine = frozenset(passage_key(s) for s in record.sentences)
            best, share = -1, 0.0
            for i, key in enumerate(keys):
                if self.ids[i] in kept or self.ids[i] in self.session.claims:
                    continue
                common = len(mine & key) / max(len(mine), 1)
                if common > share:
                    best, share = i, common
            if best >= 0 and share >= REATTACH_SHARE:
                record.id = self.ids[best]
                kept[record.id] = record
            else:
                record.detached_reason = "its sentences are no longer stated together by the outlets"
                lost.append(record)
        self.session.claims = kept
        self.session.detached.extend(lost)
        return lost

    @property
    def summary(self) -> str:
        """One line on re-attachment ("" when there is nothing to say)."""
        if not (self.changed or self.newly_detached):
            return ""
        head = f"{len(self.changed)} article(s) changed since the set was reviewed. " if self.changed else ""
        tail = f"{len(self.newly_detached)} claim review(s) could not be re-attached (kept as detached)." \
            if self.newly_detached else "Every claim review was re-attached."
        return head + tail

    def record(self, index: int) -> ClaimRecord | None:
        return self.session.claims.get(self.ids[index])


    def progress(self) -> SetProgress:
        counts = Counter(self.verdict(i) for i in range(len(self.ids)))
        return SetProgress(len(self.ids) - counts["unreviewed"], len(self.ids), counts)

    def _key(self, index: int) -> str:
        return self.ids[index]

    def _touch(self, index: int) -> ClaimRecord:
        cid = self.ids[index]
        record = self.session.claims.get(cid)
        if record is None:
            claim = self.coverage.claims[index]
            stamp = self.clock()
            record = ClaimRecord(cid, claim.text, [s.text for s in claim.sentences], reviewer=self.reviewer,
                                 created=stamp, updated=stamp)
            self.session.claims[cid] = record
        return record

    def _changed(self, record: ClaimRecord) -> None:
        record.updated, record.reviewer = self.clock(), self.reviewer
        if not record.reviewed and not record.note:
            self.session.claims.pop(record.id, None)
        self.save()

    def save(self) -> None:
        """Write the set's session now, atomically (``SessionError`` if it cannot be written)."""
        from tui.atomic import write_text_atomic

        progress = self.progress()
        session = self.session
        session.progress = {"reviewed": progress.reviewed, "claims": progress.total}
        session.updated, session.reviewer = self.clock(), self.reviewer
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(str(self.path), "# A diptych review of a story's claims (diptych rewrites it on each "
                                              "change).\n" + session_yaml(session))
        except OSError as exc:
            raise SessionError(f"{shown(self.path)}: the set's review cannot be saved "
                               f"({exc.strerror or exc})") from None


def summarise_set(path: Path):
    """What ``diptych sessions`` lists of a set's review."""
    from tui.review.store import SessionSummary

    try:
        session = load_set_session(path)
    except SessionError as exc:
        return SessionSummary(path, "", "", "", "", 0, 0, "", "", problem=str(exc))
    names = [a.outlet or a.title or a.path for a in session.articles]
    first = names[0] if names else ""
    rest = f"{len(names) - 1} more" if len(names) > 1 else ""
    return SessionSummary(path, first, rest, first, rest, session.progress.get("reviewed", 0),
                          session.progress.get("claims", 0), session.updated, session.reviewer,
                          articles=len(names), unit="claims")

