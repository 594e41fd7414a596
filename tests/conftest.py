"""Shared fixtures for the diptych test suite.

Every article used here is made up for the tests (invented earthquakes, court cases,
company mergers); only a couple of CLI tests touch the bundled samples.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os

import pytest
from hypothesis import settings

from tui.engine import Article, Comparison, article_from_text, compare

# Property tests: a moderate number of examples, no per-example deadline, and a fixed
# derivation of examples so a run is reproducible (HYPOTHESIS_PROFILE=thorough explores
# freshly every run, with more examples).
settings.register_profile("default", max_examples=60, deadline=None, derandomize=True,
                          print_blob=True)
settings.register_profile("thorough", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch):
    """Every test has its own empty user config, data and cache folders: the real ones are never read or written."""
    monkeypatch.setenv("DIPTYCH_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIPTYCH_DATA_DIR", str(tmp_path / "data"))  # and its own sessions folder
    monkeypatch.setenv("DIPTYCH_CACHE_DIR", str(tmp_path / "cache"))  # and its own cache of downloaded pages


@pytest.fixture(autouse=True)
def _no_optional_ner(monkeypatch):
    """The optional spaCy merge is off: the tests check the built-in engine alone."""
    monkeypatch.setenv("DIPTYCH_NO_SPACY", "1")


@pytest.fixture
def make_article():
    """``make_article(text, path=..., fmt="txt", title=..., date=..., outlet=..., url=...)``.

    Builds an Article with ``tui.engine.article_from_text``; keyword metadata is set on
    the result (``date`` may be a ``datetime.date`` or an ISO string).
    """
    counter = itertools.count(1)

    def make(text: str, *, path: str | None = None, fmt: str = "txt", **meta) -> Article:
        article = article_from_text(text, path or f"article-{next(counter)}.{fmt}", fmt)
        for key, value in meta.items():
            if key == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            if not hasattr(article, key):
                raise TypeError(f"Article has no field {key!r}")
            setattr(article, key, value)
        return article

    return make


@pytest.fixture
def write_pair(tmp_path):
    """``write_pair(left_text, right_text)`` -> the paths (str) of two article files holding them."""

    def write(left: str, right: str) -> tuple[str, str]:
        paths = tmp_path / "left.txt", tmp_path / "right.txt"
        for path, text in zip(paths, (left, right), strict=True):
            path.write_text(text, encoding="utf-8")
        return str(paths[0]), str(paths[1])

    return write


@pytest.fixture
def compare_texts(make_article):
    """``compare_texts(left_text, right_text)`` -> Comparison of two made-up articles."""

    def run(left: str, right: str, **meta) -> Comparison:
        return compare(make_article(left, path="left.txt", **meta),
                       make_article(right, path="right.txt", **meta))

    return run


@pytest.fixture(params=["left-right", "right-left"])
def run(request, compare_texts):
    """``run(a, b)``: compare a with b in both orders, the other order mirrored back to a's side,
    so each test using it checks both. (A test module may define its own ``run``.)"""
    swapped = request.param == "right-left"

    def _run(a: str, b: str, **meta):
        if swapped:
            from tui.engine.pipeline import mirror

            return mirror(compare_texts(b, a, **meta))
        return compare_texts(a, b, **meta)

    return _run


@pytest.fixture
def launched(monkeypatch):
    """Pretend to be on a terminal and record each app the command line would run, instead of running it."""
    import tui.app
    import tui.cli

    runs = []
    monkeypatch.setattr(tui.cli, "_on_terminal", lambda: True)
    monkeypatch.setattr(tui.app.DiptychApp, "run", lambda self, *a, **k: runs.append(self))
    return runs
