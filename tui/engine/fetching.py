"""Articles from web addresses: download a page, keep it in the cache, extract the article.

``load_url(url)`` turns an ``http://`` or ``https://`` address into an ``Article``:

- the page is downloaded with the standard library (``urllib.request``): a User-Agent naming
  diptych, redirects followed (the final address is recorded), a timeout for the whole
  download, the same size limit as files, and only web pages or plain text accepted;
- the download is kept in the cache (``pages/`` in the user cache folder, ``$DIPTYCH_CACHE_DIR``
  instead when set): the page's bytes and a small JSON file beside them (address, final
  address, time of download, content type, charset), both written atomically. A cached page
  is used without the network; ``refresh=True`` (``--refresh``) downloads it again;
- the bytes are decoded with the charset the server (or the page) declares, else detected as
  files are (``tui.engine.loading.decode``);
- trafilatura, the library made for this, finds the article text and its metadata (title,
  outlet, date, author) among the menus, footers and adverts; when it finds nothing the
  built-in HTML extraction (``tui.engine.textformats``) is used instead.

The Article's ``path`` is the address as given, ``url`` the final one after redirects,
``source_format`` is ``"url"``, and ``meta`` has ``retrieved`` (when the page was downloaded,
ISO 8601 in UTC), ``final_url``, ``author`` when known, and ``cached`` (``"yes"`` when the page
came from the cache). Every failure is an ``InputError`` with one line for the user.

No Textual here; trafilatura and ``urllib.request`` are imported only when a page is loaded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui import __version__
from tui.engine.errors import InputError
from tui.engine.loading import DEFAULT_MAX_BYTES, _human, _parse_date, article_from_text, decode
from tui.engine.model import Article

DEFAULT_TIMEOUT = 20.0
"""Seconds a download may take, from the request to its last byte (``--timeout``)."""
ENV_CACHE_DIR = "DIPTYCH_CACHE_DIR"
"""Environment variable naming diptych's cache folder (downloaded pages live in its ``pages/``)."""
USER_AGENT = f"diptych/{__version__} (a fact-checking workbench comparing news articles; Python urllib)"
MAX_REDIRECTS = 10

_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt", "text/markdown": "md"}
"""The content types accepted, and how each is read."""
_CHUNK = 64 * 1024
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252", "x-user-defined": "cp1252"}
"""Charsets a browser reads as another (a page labelled Latin-1 is read as Windows-1252)."""
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def is_url(text: str | None) -> bool:
    """Is ``text`` a web address diptych downloads (``http://`` or ``https://``)?"""
    return bool(text) and re.match(r"(?i)https?://", text or "") is not None


def cache_dir() -> Path:
    """Where downloaded pages are kept: ``pages/`` in the user cache folder (or ``$DIPTYCH_CACHE_DIR``)."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override).expanduser() / "pages"
    import platformdirs

    return Path(platformdirs.user_cache_dir("diptych", appauthor=False)) / "pages"


def now_utc() -> str:
    """ISO 8601 in UTC to the second, as sessions record times (``2026-12-02T18:42:46Z``)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


@dataclass(slots=True)
class Page:
    """One downloaded page: its bytes and what the server said about them."""

    url: str
    """The address as given."""
    final_url: str
    """The address after redirects."""
    retrieved: str
    """When it was downloaded (ISO 8601, UTC)."""
    content_type: str
    charset: str
    data: bytes
    cached: bool = False
    """Read from the cache rather than downloaded now."""


# --- the cache ---------------------------------------------------------------------------------


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0]  # never sent to the server: the same page


def _cache_files(url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(_without_fragment(url).encode("utf-8", "surrogatepass")).hexdigest()[:40]
    folder = cache_dir()
    return folder / f"{key}.body", folder / f"{key}.json"


def cached_page(url: str) -> Page | None:
    """The cached download of ``url``, or ``None`` (not cached, or the cache entry is incomplete or
    damaged: then it is downloaded again)."""
    body, sidecar = _cache_files(url)
    try:
        info = json.loads(sidecar.read_text(encoding="utf-8"))
        data = body.read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("url") != _without_fragment(url):
        return None
    if info.get("sha256") != hashlib.sha256(data).hexdigest():
        return None  # two downloads raced, or the file was changed: not trusted
    return Page(url=url, final_url=str(info.get("final_url") or url), retrieved=str(info.get("retrieved") or ""),
                content_type=str(info.get("content_type") or ""), charset=str(info.get("charset") or ""),
                data=data, cached=True)


def is_cached(url: str) -> bool:
    """Is a download of ``url`` in the cache?"""
    return cached_page(url) is not None


def store_page(page: Page) -> None:
    """Keep ``page`` in the cache: the bytes, then the JSON beside them (which makes the entry
    complete). A cache that cannot be written is not an error: the page was downloaded."""
    from tui.atomic import write_bytes_atomic, write_text_atomic

    body, sidecar = _cache_files(page.url)
    info = {"url": _without_fragment(page.url), "final_url": page.final_url, "retrieved": page.retrieved,
            "content_type": page.content_type, "charset": page.charset, "bytes": len(page.data),
            "sha256": hashlib.sha256(page.data).hexdigest(), "tool": f"diptych {__version__}"}
    try:
        body.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(str(body), page.data)
        write_text_atomic(str(sidecar), json.dumps(info, ensure_ascii=False, indent=1) + "\n")
    except OSError:
        pass


# --- downloading -------------------------------------------------------------------------------


def _request_address(url: str) -> str:
    """``url`` as an HTTP request can carry it: the host in IDNA, spaces and other non-ASCII
    characters percent-encoded (addresses copied from a browser's address bar often have them)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    url = _without_fragment(url.strip())
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise InputError(f"{_one_line(url)}: not a valid web address ({_one_line(exc)})") from None
    if not host:
        raise InputError(f"{_one_line(url)}: not a valid web address (no host name)")
    netloc = parts.netloc
    if not host.isascii():
        try:
            port = f":{parts.port}" if parts.port else ""
            ascii_host = host.encode("idna").decode("ascii")
        except (UnicodeError, ValueError):
            raise InputError(f"{_one_line(url)}: not a valid web address (the host name)") from None
        userinfo = netloc.rpartition("@")[0]
        netloc = (f"{userinfo}@" if userinfo else "") + ascii_host + port
    safe = "/%:@!$&'()*+,;=-._~?"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe), ""))


def _content_type(header: str) -> tuple[str, str]:
    """``text/html; charset=UTF-8`` -> (``text/html``, ``utf-8``)."""
    mime, _, params = header.partition(";")
    charset = ""
    m = re.search(r"""charset\s*=\s*["']?([^"';\s]+)""", params, re.I)
    if m:
        charset = m.group(1).lower()
    return mime.strip().lower(), charset


def _opener():  # urllib's OpenerDirector (urllib is imported only here)
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if not is_url(newurl):  # urllib would follow ftp://
                raise InputError(f"{_one_line(req.full_url)}: redirected to {_one_line(newurl)}, not a web page")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(Redirects, urllib.request.HTTPSHandler(context=_tls_context()))


def _tls_context():  # an ssl.SSLContext (ssl is imported only here)
    """The system's certificate authorities, or certifi's where the system offers none (Python
    from python.org on macOS, some containers)."""
    import ssl

    context = ssl.create_default_context()
    if not context.cert_store_stats().get("x509_ca"):
        try:
            import certifi

            context.load_verify_locations(certifi.where())
        except (ImportError, OSError, ssl.SSLError):
            pass
    return context


_STATUS_HINTS = {401: "the page needs a login", 403: "the server refuses access", 404: "no such page",
                 410: "the page was removed", 429: "too many requests; try again later",
                 451: "unavailable for legal reasons"}


def _http_error(url: str, code: int, reason: str) -> InputError:
    if 300 <= code < 400:
        return InputError(f"{url}: too many redirects (HTTP {code})")
    hint = _STATUS_HINTS.get(code) or ("a server error; try again later" if code >= 500 else "")
    reason = _one_line(reason)
    return InputError(f"{url}: HTTP {code}{' ' + reason if reason else ''}" + (f" ({hint})" if hint else ""))


def _network_error(url: str, host: str, reason: object, timeout: float) -> InputError:
    import socket
    import ssl

    if isinstance(reason, TimeoutError):
        return InputError(f"{url}: no answer within {timeout:g} s (--timeout)")
    if isinstance(reason, socket.gaierror):
        return InputError(f"{url}: cannot find the server {host} (no network, or a mistyped address)")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"{url}: the server {host} refused the connection")
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = _one_line(getattr(reason, "verify_message", "") or reason)
        return InputError(f"{url}: the site's security certificate cannot be trusted ({detail})")
    if isinstance(reason, ssl.SSLError):
        return InputError(f"{url}: the secure connection failed ({_one_line(reason)})")
    if isinstance(reason, OSError):
        detail = reason.strerror or str(reason) or type(reason).__name__
        return InputError(f"{url}: cannot be downloaded ({_one_line(detail)})")
    return InputError(f"{url}: cannot be downloaded ({_one_line(reason)})")


def download(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Download ``url`` now (``InputError`` with one line if it cannot be, or is not a page)."""
    import http.client
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    shown = _one_line(url)
    address = _request_address(url)
    host = urlsplit(address).hostname or ""
    request = urllib.request.Request(address, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    })
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            final_url = response.geturl()
            retrieved = now_utc()
            mime, charset = _content_type(response.headers.get("Content-Type", ""))
            if mime and mime not in _FORMATS:
                raise InputError(f"{shown}: not a web page or text ({mime})")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{shown}: {_human(int(length))} is over the {_human(max_bytes)} limit (--max-size)")
            chunks, total = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read1(_CHUNK)  # what has arrived: read() would wait for the whole chunk
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise InputError(f"{shown}: over the {_human(max_bytes)} limit (--max-size)")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        raise _http_error(shown, exc.code, str(exc.reason or "")) from None
    except urllib.error.URLError as exc:
        raise _network_error(shown, host, exc.reason, timeout) from None
    except TimeoutError as exc:
        raise _network_error(shown, host, exc, timeout) from None
    except http.client.HTTPException as exc:
        detail = _one_line(exc) or type(exc).__name__
        raise InputError(f"{shown}: the server's answer was broken off or malformed ({detail})") from None
    except ValueError as exc:  # http.client.InvalidURL and urllib's own checks
        raise InputError(f"{shown}: not a valid web address ({_one_line(exc)})") from None
    except OSError as exc:
        raise _network_error(shown, host, exc, timeout) from None
    return Page(url=url, final_url=final_url, retrieved=retrieved, content_type=mime, charset=charset,
                data=b"".join(chunks))


def fetch(url: str, *, refresh: bool = False, timeout: float = DEFAULT_TIMEOUT,
          max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """The page at ``url``: from the cache when it is there (unless ``refresh``), else downloaded
    and kept in the cache."""
    if not refresh:
        page = cached_page(url)
        if page is not None:
            if len(page.data) > max_bytes:
                raise InputError(f"{_one_line(url)}: {_human(len(page.data))} is over the "
                                 f"{_human(max_bytes)} limit (--max-size)")
            return page
    page = download(url, timeout=timeout, max_bytes=max_bytes)
    store_page(page)
    return page


# --- from a page to an article -----------------------------------------------------------------


def _declared_charset(page: Page, fmt: str) -> str:
    if page.charset:
        return page.charset
    if fmt == "html":
        m = _META_CHARSET.search(page.data[:4096])
        if m:
            return m.group(1).decode("ascii", "replace").lower()
    return ""


def page_text(page: Page, fmt: str, encoding: str | None = None) -> str:
    """The page's bytes as text: ``encoding`` if given, else the declared charset (a byte-order
    mark wins, as in browsers), else detected."""
    name = _one_line(page.url)
    if encoding:
        return decode(page.data, name, encoding)
    declared = _declared_charset(page, fmt)
    if declared and not page.data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return page.data.decode(_WHATWG_ALIASES.get(declared, declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead
    return decode(page.data, name)


def _quiet_libraries() -> None:
    """trafilatura and its helpers log warnings about odd pages; without a handler Python would
    print them on stderr, under diptych's one-line messages."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as the other formats are loaded."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = [line for line in lines if line]
    return "\n\n".join(kept) + ("\n" if kept else "")


def extract_html(html: str, url: str) -> tuple[str, dict[str, str]]:
    """The article text of a web page and its metadata (``title``, ``outlet``, ``date``,
    ``author``, ``extractor``): trafilatura's, else the built-in extraction's."""
    from tui.engine.textformats import html_to_text

    text, meta = "", {}
    doc: Any = None
    try:
        _quiet_libraries()
        import trafilatura

        # the date from the page's metadata, marked-up dates or the address, never guessed from the
        # article's text (where "work starts on 3 March" is not the day it was published)
        dates = {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False, include_links=False,
                                          date_extraction_params=dates)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot handle is read by the built-in extraction
        doc = None
    if doc is not None:
        text = _paragraphs(str(getattr(doc, "text", "") or ""))
        for key, attr in (("title", "title"), ("outlet", "sitename"), ("date", "date"), ("author", "author")):
            value = _one_line(getattr(doc, attr, "") or "")
            if value:
                meta[key] = value
        meta["extractor"] = "trafilatura"
    if not text.strip() or not {"title", "outlet", "date"} <= set(meta):
        fallback_text, fallback_meta = html_to_text(html)
        if not text.strip():
            text, meta["extractor"] = fallback_text, "built-in"
        for key in ("title", "outlet", "date"):
            if not meta.get(key) and fallback_meta.get(key):
                meta[key] = _one_line(fallback_meta[key])
    return text, meta


def _format_of(page: Page) -> str:
    if page.content_type in _FORMATS:
        return _FORMATS[page.content_type]
    head = page.data[:512].lstrip().lower()  # no content type: look at the start
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "txt"


def article_from_page(page: Page, encoding: str | None = None) -> Article:
    """An Article from a downloaded page (``InputError`` if it holds no article text)."""
    name = _one_line(page.url)
    where = f" (the copy downloaded {page.retrieved}; --refresh downloads it again)" if page.cached else ""
    if not page.data.strip():
        raise InputError(f"{name}: the page is empty{where}")
    fmt = _format_of(page)
    raw = page_text(page, fmt, encoding)
    if fmt == "html":
        text, meta = extract_html(raw, page.final_url)
        if not text.strip():
            raise InputError(f"{name}: no article text found on the page{where}")
        article = Article(path=page.url, text=text, title=meta.pop("title", ""), outlet=meta.pop("outlet", ""),
                          date=_parse_date(meta.pop("date", None)), meta=meta)
    else:
        article = article_from_text(raw, page.url, fmt)
    article.url = page.final_url
    article.source_format = "url"
    article.meta.update({"retrieved": page.retrieved, "final_url": page.final_url})
    if page.cached:
        article.meta["cached"] = "yes"
    return article


def load_url(url: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
             refresh: bool = False, timeout: float | None = None) -> Article:
    """The article at ``url``, from the cache or downloaded (see the module's description)."""
    page = fetch(url, refresh=refresh, timeout=DEFAULT_TIMEOUT if timeout is None else timeout, max_bytes=max_bytes)
    return article_from_page(page, encoding)


def cache_note(article: Article) -> str | None:
    """What to tell the user about an article read from the download cache, or ``None``."""
    if article.meta.get("cached") != "yes":
        return None
    return (f"{_one_line(article.path)}: the copy downloaded {article.meta.get('retrieved', '')}, from the cache "
            "(--refresh downloads it again)")
