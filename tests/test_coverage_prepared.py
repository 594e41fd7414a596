"""The engine's prepared comparison (``pipeline.prepare``, ``compare(..., prepared=...)``): an
article prepared once and compared with many others gives, pair for pair, what the plain
``compare`` gives, in either order, however often its memo has been used before."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tui.engine import compare, load_article
from tui.engine.pipeline import prepare
from tui.engine.serialise import comparison_dict

from coveragetexts import STORY

FIXTURES = Path(__file__).parent / "fixtures"
SETS = sorted(p for p in (FIXTURES / "eval2").iterdir() if p.is_dir())[:3]


def _plain(d: dict) -> dict:
    d.pop("timings_ms")
    return d


def _same_as_plain(articles) -> int:
    prepared = [prepare(a) for a in articles]
    n = 0
    for i, j in itertools.permutations(range(len(articles)), 2):
        plain = _plain(comparison_dict(compare(articles[i], articles[j])))
        again = _plain(comparison_dict(compare(articles[i], articles[j], prepared=(prepared[i], prepared[j]))))
        assert plain == again, (articles[i].path, articles[j].path)
        n += 1
    return n


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_prepared_is_plain_on_the_evaluation_sets(folder):
    assert _same_as_plain([load_article(str(p)) for p in sorted(folder.glob("*.txt"))]) >= 2


def test_prepared_is_plain_across_sets(make_article):
    """Articles of different stories in one set: each prepared article meets many others."""
    articles = [make_article(t, path=n, fmt="md") for n, t in STORY.items()]
    articles += [load_article(str(p)) for p in sorted(SETS[0].glob("*.txt"))]
    assert _same_as_plain(articles) == len(articles) * (len(articles) - 1)


def test_prepare_is_per_article(make_article):
    a = make_article(STORY["a-gazette.md"], path="a.md", fmt="md")
    p = prepare(a)
    assert p.article is a and p.segments and p.names.mentions and p.values.mentions is not None
    compare(a, make_article(STORY["c-ledger.md"], path="c.md", fmt="md"), prepared=(p, prepare(a)))
    assert p.memo  # the pair stages kept what depends on this article alone
