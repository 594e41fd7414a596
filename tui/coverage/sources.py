"""The articles of a coverage: folders and files given on the command line, loaded."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tui.engine.errors import InputError
from tui.engine.fetching import is_url
from tui.engine.loading import DEFAULT_MAX_BYTES, load_article
from tui.engine.model import Article
from tui.resources import ARTICLE_SUFFIXES, article_files


def article_paths(paths: Sequence[str]) -> list[str]:
    """Each folder replaced by its article files (sorted by name), each file kept as given;
    a file named twice is taken once."""
    out: list[str] = []
    seen: set[str] = set()
    for p in paths:
        if p == "-":
            raise InputError("the articles of a matrix are files or folders, not standard input")
        if is_url(p):  # a web page: downloaded (or read from the cache) when loaded
            if p not in seen:
                seen.add(p)
                out.append(p)
            continue
        if not os.path.exists(p):
            raise InputError(f"{p}: no such file or folder")
        if os.path.isdir(p):
            try:
                found = [str(f) for f in article_files(Path(p))]
            except OSError as exc:
                raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
            if not found:
                raise InputError(f"{p}: no articles in this folder ({', '.join(ARTICLE_SUFFIXES)} files)")
        else:
            found = [p]
        for f in found:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def load_articles(paths: Sequence[str], *, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, refresh: bool = False,
                  timeout: float | None = None) -> list[Article]:
    """The articles of these files, folders and web addresses; at least two, or ``InputError``."""
    files = article_paths(paths)
    if len(files) < 2:
        raise InputError(f"a matrix needs at least two articles; {len(files)} found in {', '.join(paths)}")
    return [load_article(f, encoding=encoding, max_bytes=max_bytes, refresh=refresh, timeout=timeout)
            for f in files]
