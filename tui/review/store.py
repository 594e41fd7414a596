"""Session files: where they live, how they are written (atomically) and read (``safe_load`` only).

Sessions live in ``sessions/`` under the user data folder (``$DIPTYCH_DATA_DIR`` instead, when
set). A pair's file is named after its titles and a hash of the two article paths, in either
order, so ``diptych LEFT RIGHT`` finds it again; a session can live anywhere (``--session``).

The articles, with their texts, are written last in the file, after the reviews, so a person
reading the file sees the decisions first and ``read_header`` can list sessions without
parsing the texts. A file that does not parse, or is not a diptych session, raises
``SessionError`` and is never written over.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tui.atomic import write_text_atomic
from tui.engine.fetching import is_url
from tui.review.session import (
    FORMAT_NAME,
    Session,
    SessionError,
    article_record_dict,
    header_dict,
    session_from_dict,
)

ENV_DATA_DIR = "DIPTYCH_DATA_DIR"
"""Environment variable naming diptych's data folder (sessions live in its ``sessions/``)."""
SUFFIX = ".diptych.yaml"
MAX_SESSION_BYTES = 512 * 1024 * 1024
_FIRST_LINE = "# A diptych review session: verdicts and notes on two articles (diptych rewrites it on each change).\n"

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("diptych", appauthor=False))


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def shown(path: Path | str) -> str:
    """``path`` for a message (the home folder as ~)."""
    from tui.config import display_path

    return display_path(path)


def slug(text: str, limit: int = 32) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "-", ascii_).strip("-").lower()
    return words[:limit].rstrip("-") or "article"


def location(path: str) -> str:
    """Where an article is, as sessions record it: a file's absolute path, a web address as it is."""
    return path if path in ("", "-") or is_url(path) else os.path.abspath(path)


def _stem(path: str) -> str:
    """A name for an untitled article: the file's name, or a web page's last path segment (else its host)."""
    if is_url(path):
        from urllib.parse import urlsplit

        parts = urlsplit(path)
        last = [p for p in parts.path.split("/") if p]
        return Path(last[-1]).stem if last else (parts.hostname or "page")
    return Path(path).stem


def pair_key(left_path: str, right_path: str) -> str:
    """A short hash of the two articles' locations (absolute paths, web addresses), the same in either order."""
    a, b = sorted(location(p) for p in (left_path, right_path))
    return hashlib.blake2b(f"{a}\x00{b}".encode(), digest_size=5).hexdigest()


def default_session_path(left_path: str, left_title: str, right_path: str, right_title: str) -> Path:
    """Where a new session of this pair is saved."""
    names = sorted([(location(left_path), left_title), (location(right_path), right_title)])
    stem = f"{slug(names[0][1] or _stem(names[0][0]), 24)}--{slug(names[1][1] or _stem(names[1][0]), 24)}"
    return sessions_dir() / f"{stem}-{pair_key(left_path, right_path)}{SUFFIX}"


# --- writing ----------------------------------------------------------------------------------


class _Literal(str):
    """A multi-line string written as a YAML literal block (``|``), as a person would write it."""


def _literal(dumper: Any, value: _Literal) -> Any:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style="|")


class _Dumped(_Dumper):  # type: ignore[misc,valid-type]
    pass


_Dumped.add_representer(_Literal, _literal)


def _readable(value: Any) -> Any:
    """``value`` with multi-line strings marked to be written as literal blocks."""
    if isinstance(value, str):
        # literal blocks cannot hold trailing spaces before a line end or control characters cleanly
        if "\n" in value and not re.search(r"[ \t]\n|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]", value):
            return _Literal(value)
        return value
    if isinstance(value, dict):
        return {k: _readable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v) for v in value]
    return value


def dump_yaml(data: Any) -> str:
    return yaml.dump(_readable(data), Dumper=_Dumped, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


class SessionWriter:
    """Writes a session on every change; the articles block (the big part) is serialised once."""

    def __init__(self, path: Path, with_text: bool = True) -> None:
        self.path = path
        self.with_text = with_text
        self._articles_key: tuple[str, str] | None = None
        self._articles_yaml = ""

    def render(self, session: Session) -> str:
        key = (session.left.sha256 + session.left.path, session.right.sha256 + session.right.path)
        if key != self._articles_key:
            block = {"articles": {"left": article_record_dict(session.left, self.with_text),
                                  "right": article_record_dict(session.right, self.with_text)}}
            self._articles_yaml, self._articles_key = dump_yaml(block), key
        return _FIRST_LINE + dump_yaml(header_dict(session)) + self._articles_yaml

    def save(self, session: Session) -> None:
        """Replace the file with ``session`` atomically (``SessionError`` if it cannot be written)."""
        text = self.render(session)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(str(self.path), text)
        except OSError as exc:
            raise SessionError(f"{shown(self.path)}: the session cannot be saved ({exc.strerror or exc})") from None


# --- reading ----------------------------------------------------------------------------------


def read_text(path: Path, limit: int = MAX_SESSION_BYTES) -> str:
    """A session file's text; ``SessionError`` (one line) if it is missing, too large, binary or not UTF-8."""
    where = shown(path)
    try:
        if path.is_dir():
            raise SessionError(f"{where}: is a folder, not a session file")
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except FileNotFoundError:
        raise SessionError(f"{where}: no such session file") from None
    except OSError as exc:
        raise SessionError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise SessionError(f"{where}: larger than {limit // (1024 * 1024)} MB, not read")
    if b"\x00" in raw[:8192]:
        raise SessionError(f"{where}: a binary file, not a diptych session")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionError(f"{where}: not UTF-8 text, not a diptych session") from None


def parse_yaml(text: str, where: str) -> Any:
    """``text`` parsed with the (C) safe loader; ``SessionError`` naming ``where`` if it is not YAML."""
    from tui.config import yaml_problem

    try:
        return yaml.load(text, Loader=_Loader)  # the C SafeLoader: safe_load, faster
    except yaml.YAMLError as exc:
        raise SessionError(f"{where}: {yaml_problem(exc)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:
        raise SessionError(f"{where}: not valid YAML: {exc}") from None


def load_session(path: Path) -> Session:
    """The session saved in ``path``; ``SessionError`` (one line) if it cannot be read. The file is
    never modified by reading it."""
    return session_from_dict(parse_yaml(read_text(path), shown(path)), shown(path))


@dataclass(slots=True)
class SessionSummary:
    """What ``diptych sessions`` lists, read from a session's header (without its article texts)."""

    path: Path
    left: str
    right: str
    left_title: str
    right_title: str
    reviewed: int
    findings: int
    updated: str
    reviewer: str
    problem: str = ""
    articles: int = 2
    """How many articles the session reviews (a set's claims: more than two)."""
    unit: str = "findings"
    """What is counted as reviewed: ``findings`` (a pair) or ``claims`` (a set)."""


def read_header(path: Path) -> dict[str, Any]:
    """The session's mapping without the ``articles`` block (the texts): only the lines before
    it are read, so listing sessions does not read every article again."""
    lines: list[str] = []
    try:
        with open(path, encoding="utf-8-sig") as fh:
            for line in fh:
                if line.startswith("articles:"):
                    break
                lines.append(line)
    except FileNotFoundError:
        raise SessionError(f"{shown(path)}: no such session file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SessionError(f"{shown(path)}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    data = parse_yaml("".join(lines), shown(path))
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise SessionError(f"{shown(path)}: not a diptych session file")
    return data


def summarise(path: Path) -> SessionSummary:
    try:
        data = read_header(path)
    except SessionError as exc:
        return SessionSummary(path, "", "", "", "", 0, 0, "", "", problem=str(exc))
    pair = data.get("pair") if isinstance(data.get("pair"), dict) else {}
    progress = data.get("progress") if isinstance(data.get("progress"), dict) else {}
    titles = [str(pair.get("left_title") or ""), str(pair.get("right_title") or "")]

    def number(key: str) -> int:
        value = progress.get(key, 0)
        return value if isinstance(value, int) else 0

    return SessionSummary(path, str(pair.get("left", "")), str(pair.get("right", "")), titles[0], titles[1],
                          number("reviewed"), number("findings"), str(data.get("updated", "")),
                          str(data.get("reviewer", "")))


def list_sessions(folder: Path | None = None) -> list[SessionSummary]:
    """Every session file in the sessions folder, most recently updated first."""
    folder = folder or sessions_dir()
    if not folder.is_dir():
        return []
    from tui.review.sets import SET_SUFFIX, summarise_set

    found = [summarise_set(p) if p.name.endswith(SET_SUFFIX) else summarise(p)
             for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    found.sort(key=lambda s: s.updated, reverse=True)
    return found


def find_session(left_path: str, right_path: str, left_sha: str = "", right_sha: str = "") -> Path | None:
    """The saved session of this pair: the file named after the two paths, else (the articles
    were moved or copied) a session whose two texts have these hashes, in either order."""
    by_name = sessions_dir().glob(f"*-{pair_key(left_path, right_path)}{SUFFIX}")
    for path in sorted(by_name):
        return path
    if not (left_sha and right_sha):
        return None
    wanted = {left_sha, right_sha}
    for summary_path in sorted(sessions_dir().glob(f"*{SUFFIX}")) if sessions_dir().is_dir() else []:
        try:
            pair = read_header(summary_path).get("pair") or {}
        except SessionError:
            continue
        if isinstance(pair, dict) and {pair.get("left_sha256"), pair.get("right_sha256")} == wanted:
            return summary_path
    return None


# --- one diptych at a time per session ----------------------------------------------------------


class SessionLock:
    """``FILE.lock`` beside a session while a diptych has it open, holding that process's id, so a
    second diptych on the same session does not write over the first one's changes. A lock whose
    process is gone (a crash) is taken over."""

    def __init__(self, session_path: Path) -> None:
        self.path = session_path.with_name(session_path.name + ".lock")
        self.held = False

    def owner(self) -> int | None:
        """The id of the live process holding the lock, or ``None``."""
        try:
            pid = int(self.path.read_text(encoding="utf-8").split()[0])
        except (OSError, ValueError, IndexError):
            return None
        if pid == os.getpid():
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:  # alive, another user's
            return pid
        except OSError:
            return None
        return pid

    def acquire(self) -> int | None:
        """Take the lock; returns ``None`` when taken, else the id of the process that holds it."""
        holder = self.owner()
        if holder is not None:
            return holder
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(str(self.path), f"{os.getpid()}\n")
        except OSError:
            return None  # a folder we cannot write: the save will say so
        self.held = True
        return None

    def release(self) -> None:
        if self.held:
            self.held = False
            try:
                if self.owner() is None:
                    self.path.unlink()
            except OSError:
                pass
