"""Which session goes with which articles: what ``diptych LEFT RIGHT``, ``--session FILE`` and
``diptych export`` resolve before anything is compared.

- ``LEFT RIGHT``: the pair's saved session if there is one (found by the two paths, in either
  order, or by the two texts' hashes), else a new one in the sessions folder. When the session
  was made with the articles the other way round, they are swapped back, so verdicts, cursor
  and manual findings keep their sides.
- ``--session FILE`` with ``LEFT RIGHT``: that file (created on the first change if new).
- ``--session FILE`` alone: the articles the session names; one that is no longer where it was
  is read from the text saved in the session (with a note saying so). A web page is read from
  the download cache, else from the saved text (the page may have changed since); it is
  downloaded again only when the loader says ``refresh`` (``--refresh``).

A web page read from the download cache gets a note saying so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tui.engine import Article, InputError, article_from_text
from tui.engine.fetching import cache_note, is_cached, is_url
from tui.review.session import ArticleRecord, Session, SessionError
from tui.review.store import default_session_path, find_session, load_session, location


@dataclass(slots=True)
class Opened:
    """Two articles, in the session's order, and the session to resume (``None``: a new one at ``path``)."""

    left: Article
    right: Article
    path: Path
    session: Session | None
    notes: list[str] = field(default_factory=list)
    """Things to tell the user (an article read from the session's saved text)."""


Loader = Callable[[str], Article]
"""Loads an article from a path or web address. A loader with a true ``refresh`` attribute downloads
web pages again (``--refresh``); a session's web pages are otherwise never downloaded anew."""


def _from_record(record: ArticleRecord, load: Loader, notes: list[str]) -> Article:
    if is_url(record.path):
        if getattr(load, "refresh", False) or is_cached(record.path):
            return _noted(load(record.path), notes)
        if record.text is None:
            raise InputError(f"{record.path}: not in the download cache, and the session does not keep its text "
                             "(--refresh downloads it again)")
    elif record.path and os.path.isfile(record.path):
        return load(record.path)
    if record.text is None:
        raise InputError(f"{record.path or 'an article'}: not found, and the session does not keep its text")
    article = article_from_text(record.text, record.path or "article.txt")
    article.title, article.outlet, article.url = record.title, record.outlet, record.url
    if is_url(record.path):
        article.source_format = "url"
        article.meta.update({"retrieved": record.retrieved, "final_url": record.url or record.path})
        notes.append(f"{record.path}: not in the download cache; using the text saved in the session"
                     + (f" (downloaded {record.retrieved})" if record.retrieved else "")
                     + "; --refresh downloads it again")
        return _with_date(article, record)
    notes.append(f"{record.path}: not found; using the text saved in the session")
    return _with_date(article, record)


def _with_date(article: Article, record: ArticleRecord) -> Article:
    if record.date:
        import datetime as dt

        try:
            article.date = dt.date.fromisoformat(record.date)
        except ValueError:
            pass
    return article


def _noted(article: Article, notes: list[str]) -> Article:
    """``article``, with a note when it is a web page read from the download cache."""
    note = cache_note(article)
    if note:
        notes.append(note)
    return article


def _same_path(a: str, b: str) -> bool:
    return location(a) == location(b)


def _in_session_order(left: Article, right: Article, session: Session) -> tuple[Article, Article]:
    """The two articles swapped if the session has them the other way round."""
    by_path = _same_path(left.path, session.right.path) and _same_path(right.path, session.left.path)
    by_text = left.sha256 == session.right.sha256 and right.sha256 == session.left.sha256 and \
        left.sha256 != right.sha256
    return (right, left) if by_path or by_text else (left, right)


def open_pair(left_path: str | None, right_path: str | None, session_file: str | None, load: Loader) -> Opened:
    """Resolve the command line's articles and session (``InputError``/``SessionError`` on bad input)."""
    notes: list[str] = []
    if session_file is not None:
        path = Path(session_file).expanduser()
        session = load_session(path) if path.exists() else None
        if left_path is None:
            if session is None:
                raise InputError(f"{session_file}: no such session file (give LEFT RIGHT to start one there)")
            left, right = _from_record(session.left, load, notes), _from_record(session.right, load, notes)
            return Opened(left, right, path, session, notes)
        if right_path is None:
            raise InputError("give two articles (LEFT RIGHT), or only --session FILE")
        left, right = _noted(load(left_path), notes), _noted(load(right_path), notes)
        if session is not None:
            left, right = _in_session_order(left, right, session)
        return Opened(left, right, path, session, notes)
    if left_path is None or right_path is None:
        raise InputError("give two articles: LEFT RIGHT (or --session FILE)")
    left, right = _noted(load(left_path), notes), _noted(load(right_path), notes)
    found = find_session(left.path, right.path, left.sha256, right.sha256)
    if found is None:
        return Opened(left, right, default_session_path(left.path, left.title, right.path, right.title), None, notes)
    try:
        session = load_session(found)
    except SessionError as exc:
        raise SessionError(f"{exc} (left untouched; move it away, or choose another file with --session)") from None
    left, right = _in_session_order(left, right, session)
    return Opened(left, right, found, session, notes)


def session_for(left: Article, right: Article) -> Opened:
    """The saved session of two loaded articles (a pair opened from the coverage screen), or a new one."""
    return open_pair(left.path, right.path, None, {left.path: left, right.path: right}.__getitem__)
