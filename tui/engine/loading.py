"""Loading an article from a file or standard input, with its metadata.

The text is decoded (UTF-8, UTF-16 by its BOM, else detected), front matter is read
and removed, Markdown and HTML become plain text; that plain text is what every
offset indexes. Anything that cannot be an article raises ``InputError`` with a
one-line reason.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import yaml

from tui.engine.errors import InputError, yaml_problem
from tui.engine.model import Article
from tui.engine.textformats import html_to_text, markdown_to_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_SCRAPED_HEAD = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$", re.M)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\s*$")


def _human(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: a named encoding, else BOMs, UTF-8, then a detector."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid {encoding}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16") from None
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{name}: a binary file, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _detected(data)
    if text is None:
        raise InputError(f"{name}: not text in any encoding diptych recognises")
    return text


_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd\ue000-\uf8ff]")


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 without a byte order mark, if that is what it is: the zero bytes
    (the high bytes of ASCII letters, spaces and newlines) all on one side of the code units, and
    the result text (no control characters, private-use or replacement characters), else ``None``."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(data) % 2 or (even and odd) or max(even, odd) < len(head) // 40:
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _NOT_TEXT.search(text) else text


_CODE_PAGE = {
    "English": "cp1252", "French": "cp1252", "German": "cp1252", "Spanish": "cp1252", "Italian": "cp1252",
    "Portuguese": "cp1252", "Dutch": "cp1252", "Danish": "cp1252", "Swedish": "cp1252", "Norwegian": "cp1252",
    "Finnish": "cp1252", "Turkish": "cp1254", "Russian": "cp1251", "Ukrainian": "cp1251", "Bulgarian": "cp1251",
    "Serbian": "cp1251", "Polish": "cp1250", "Czech": "cp1250", "Slovak": "cp1250", "Hungarian": "cp1250",
    "Croatian": "cp1250", "Slovene": "cp1250", "Romanian": "cp1250", "Greek": "cp1253",
}
"""The Windows code page of each language charset-normalizer names: the one taken when several
encodings read the bytes equally well (French in cp1252 reads as well in cp1250, where "à" is "ŕ")."""


def _detected(data: bytes) -> str | None:
    """``data`` decoded in the encoding charset-normalizer finds best; among encodings that read it
    equally well (the same "chaos"), the language's own Windows code page, else Windows-1252."""
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    tied = {m.encoding: m for m in results if abs(m.chaos - best.chaos) < 1e-9}
    for encoding in (_CODE_PAGE.get(best.language), "cp1252"):
        if encoding in tied:
            return str(tied[encoding])
    return str(best)


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    from tui.engine.temporal import find_times

    written = [t for t in find_times(value) if t.kind == "date" and t.date]
    if written and written[0].start <= 1:
        return written[0].date  # "May 16, 2025", "16 May 2025"
    m = _NUMERIC_DATE.match(value)
    if m:
        a, b, c = (int(x) for x in m.groups())
        year, first, second = (a, b, c) if a > 31 else (c, a, b)
        day, month = (first, second) if first > 12 or second <= 12 and first <= 31 else (second, first)
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:  # "a !!python/object/apply:os.system tag is not allowed", "not valid YAML …"
        raise InputError(f"{name}: the front matter: {yaml_problem(exc, first_line=2)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # e.g. a date like 2024-13-45
        raise InputError(f"{name}: the front matter is not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{name}: the front matter must be a mapping of keys to values")
    return data, text[m.end():]


def _infer_metadata(text: str) -> dict[str, object]:
    """Title and date from the first lines, where the file has no front matter."""
    meta: dict[str, object] = {}
    head = text.lstrip()[:400]
    m = _SCRAPED_HEAD.match(head)
    if m:
        meta["date"], meta["title"] = m.group(1), m.group(2)
        return meta
    for line in head.splitlines()[:4]:
        line = line.strip()
        if not line:
            continue
        date = _parse_date(line) if _NUMERIC_DATE.match(line) else None
        if date:
            meta.setdefault("date", date)
            continue
        words = line.split()
        if len(words) <= 16 and line[-1] not in ".!?\"'”’:" and "title" not in meta \
                and not line.lower().startswith(("photo", "image", "by ")):
            meta["title"] = line
        break
    return meta


def article_from_text(raw: str, path: str, fmt: str = "txt") -> Article:
    """An Article from decoded text of the given format (txt, md or html)."""
    name = path
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, object] = {}
    if fmt == "html":
        text, html_meta = html_to_text(raw)
        meta.update(html_meta)
    else:
        meta, body = _front_matter(raw, name)
        text = markdown_to_text(body) if fmt == "md" else body
        if not meta:
            meta = _infer_metadata(text)
    if not text.strip():
        raise InputError(f"{name}: no article text (the file is empty)")
    date = _parse_date(meta.get("date"))
    extra = {str(k): str(v) for k, v in meta.items() if k not in ("title", "outlet", "date", "url")}
    return Article(
        path=path,
        text=text,
        title=str(meta.get("title") or "").strip(),
        outlet=str(meta.get("outlet") or "").strip(),
        date=date,
        url=str(meta.get("url") or "").strip(),
        source_format=fmt,
        meta=extra,
    )


def _format_of(path: str, raw: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in ("", ".txt", ".text") and re.match(r"\s*(<!doctype html|<html)", raw[:200], re.I):
        return "html"
    return "txt"


def load_article(path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 refresh: bool = False, timeout: float | None = None) -> Article:
    """Load ``path`` (or ``-`` for standard input, or an ``http(s)://`` address) as an Article.

    A web page is downloaded, or read from the download cache unless ``refresh``; ``timeout`` is
    the download's limit in seconds (``tui.engine.fetching``)."""
    if re.match(r"(?i)https?://", path):
        from tui.engine.fetching import load_url

        return load_url(path, encoding=encoding, max_bytes=max_bytes, refresh=refresh, timeout=timeout)
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        name = path
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory, not an article")
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise InputError(f"{path}: {_human(size)} is over the {_human(max_bytes)} limit (--max-size)")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the {_human(max_bytes)} limit (--max-size)")
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    raw = decode(data, name, encoding)
    return article_from_text(raw, name, _format_of(path, raw))
