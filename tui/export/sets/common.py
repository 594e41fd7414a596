"""What every format of a set's export shares: the set's review opened read-only, the pairs of
the set that have a saved review of their own, each claim's stance per outlet, the provenance.
Plain Python (no Textual).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.coverage.model import Claim, Coverage
from tui.engine.errors import InputError
from tui.export.common import Entry, entries
from tui.review import Review, SessionError, default_reviewer, find_session, sessions_dir
from tui.review.sets import SET_SUFFIX, SetReview, SetSession, load_set_session, set_session_path
from tui.review.store import SUFFIX, read_header, shown


class ReadOnlySetReview(SetReview):
    """A set's review opened to be exported: it names its session file, and never writes it."""

    def save(self) -> None:
        raise SessionError(f"{shown(self.path or 'the set session')}: opened read-only, to export")


def open_set_review(coverage: Coverage, path: Path | None = None, reviewer: str | None = None) -> SetReview:
    """The set's saved review (at ``path``, else the set's default file), or an empty one when
    there is none; read-only: the file is read, never written. ``SessionError`` if it is not a
    set session."""
    path = path or set_session_path(coverage)
    exists = path.exists()
    session = load_set_session(path) if exists else SetSession([])
    return ReadOnlySetReview(coverage, session, path if exists else None, reviewer or default_reviewer())


@dataclass(frozen=True, slots=True)
class PairReviewed:
    """A pair of the set with a saved review of its own (its findings' verdicts and notes)."""

    left: int
    """The outlet (index) that is the session's left article."""
    right: int
    path: Path
    review: Review | None
    """Read-only (``None`` when the session could not be read: see ``problem``)."""
    problem: str = ""

    @property
    def reviewed(self) -> list[Entry]:
        """The findings with a verdict or a note, numbered as in the pair's own export."""
        if self.review is None:
            return []
        return [en for en in entries(self.review) if en.verdict != "unreviewed" or en.note]


def _session_paths(coverage: Coverage) -> dict[tuple[int, int], Path]:
    """Each pair's saved session, as ``find_session`` finds it: by the two paths, else by the two
    texts' hashes (the session files' headers are read once for the whole set, not per pair)."""
    outlets = coverage.outlets
    found: dict[tuple[int, int], Path] = {}
    missing: list[tuple[int, int]] = []
    for i, j in sorted(coverage.cells):
        path = find_session(outlets[i].article.path, outlets[j].article.path)
        if path is None:
            missing.append((i, j))
        else:
            found[(i, j)] = path
    folder = sessions_dir()
    if not missing or not folder.is_dir():
        return found
    by_texts: dict[frozenset[str], Path] = {}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.endswith(SET_SUFFIX):
            continue
        try:
            pair = read_header(path).get("pair") or {}
        except SessionError:
            continue
        if isinstance(pair, dict):
            by_texts.setdefault(frozenset((str(pair.get("left_sha256")), str(pair.get("right_sha256")))), path)
    for i, j in missing:
        path = by_texts.get(frozenset((outlets[i].article.sha256, outlets[j].article.sha256)))
        if path is not None:
            found[(i, j)] = path
    return found


def find_pair_reviews(coverage: Coverage, reviewer: str | None = None) -> list[PairReviewed]:
    """The pairs of the set that have a saved session, each compared again and its session
    attached read-only (as ``diptych export LEFT RIGHT`` does); a session that cannot be read is
    listed with its problem. Session files are read, never written."""
    from tui.engine import compare
    from tui.review.resolve import open_pair

    reviewer = reviewer or default_reviewer()
    out = []
    for (i, j), path in sorted(_session_paths(coverage).items()):
        a, b = coverage.outlets[i].article, coverage.outlets[j].article
        try:
            opened = open_pair(a.path, b.path, str(path), {a.path: a, b.path: b}.__getitem__)
        except (SessionError, InputError) as exc:
            out.append(PairReviewed(i, j, path, None, str(exc)))
            continue
        if opened.session is None:  # gone since it was found
            continue
        review = Review(compare(opened.left, opened.right), opened.session, path, reviewer, read_only=True)
        left, right = (i, j) if opened.left is a else (j, i)
        out.append(PairReviewed(left, right, path, review))
    return out


STANCES = ("states", "differs", "silent")


def stance(claim: Claim, outlet: int) -> str:
    """``states`` (the claim, in the most given version), ``differs`` (a minority version of a
    disputed point) or ``silent`` (the outlet does not state it)."""
    if outlet in claim.differing:
        return "differs"
    return "states" if outlet in claim.outlets else "silent"


def claim_order(coverage: Coverage) -> list[int]:
    """The claims' indexes, disputed ones first (each group in the coverage's order)."""
    claims = coverage.claims
    return sorted(range(len(claims)), key=lambda i: not claims[i].disputed)


def set_provenance(set_review: SetReview, exported_at: str, tool_version: str) -> dict[str, Any]:
    """The tool, the date of export, the reviewer and the set's session file."""
    session = set_review.session
    return {
        "tool": f"diptych {tool_version}",
        "exported_at": exported_at,
        "reviewer": set_review.reviewer,
        "session": str(set_review.path) if set_review.path is not None else "",
        "session_created": session.created,
        "session_updated": session.updated,
    }


def outlet_label(coverage: Coverage, outlet: int) -> str:
    """"#2 Coastal Times"."""
    return f"#{outlet + 1} {coverage.outlets[outlet].name}"
