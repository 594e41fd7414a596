"""Building a coverage: prepare every article, compare every pair, group claims, link entities."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tui.coverage.claims import group_claims
from tui.coverage.entities import link_entities
from tui.coverage.matrix import compare_pairs, text_chars
from tui.coverage.model import Coverage, Outlet
from tui.engine.errors import InputError
from tui.engine.model import Article
from tui.engine.pipeline import prepare

if TYPE_CHECKING:  # pragma: no cover - Dask is an optional extra, imported only when asked
    from distributed import Client

Progress = Callable[[str, float], None]
"""Called with a stage name ("prepare", "pairs", "claims", "entities") and the fraction done."""


def outlet_names(articles: Sequence[Article]) -> list[str]:
    """Each article's name in the set: its outlet, else its title, else its file name; a name
    given twice is numbered ("Reuters (2)")."""
    names = [a.outlet or a.title or a.path.replace("\\", "/").rsplit("/", 1)[-1] for a in articles]
    counts, seen = Counter(names), Counter[str]()
    out = []
    for n in names:
        seen[n] += 1
        out.append(f"{n} ({seen[n]})" if counts[n] > 1 else n)
    return out


def build_coverage(articles: Sequence[Article], *, workers: int | None = None,
                   progress: Progress | None = None, client: Client | None = None) -> Coverage:
    """The coverage of a story by these articles (at least two); ``workers``: processes that
    compare the pairs (default: one per core when there are enough pairs); ``client``: a Dask
    client whose cluster compares the pairs instead (``distributed.compare_pairs_on``)."""
    if len(articles) < 2:
        raise InputError(f"a coverage needs at least two articles ({len(articles)} given)")
    timings: dict[str, float] = {}
    t = time.perf_counter()

    def done(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[stage] = round((now - t) * 1000, 1)
        t = now
        if progress:
            progress(stage, 1.0)

    prepared = [prepare(a) for a in articles]
    outlets = [Outlet(k, name, a, text_chars(p))
               for k, (name, a, p) in enumerate(zip(outlet_names(articles), articles, prepared, strict=True))]
    done("prepare")
    pair_progress = (lambda k, n: progress("pairs", k / n)) if progress else None
    if client is not None:
        from tui.coverage.distributed import compare_pairs_on

        cells, used = compare_pairs_on(client, prepared, pair_progress)
    else:
        cells, used = compare_pairs(prepared, workers, pair_progress)
    done("pairs")
    claims = group_claims(outlets, [p.segments for p in prepared], cells)
    done("claims")
    entities = link_entities(outlets, prepared)
    done("entities")
    return Coverage(outlets, cells, claims, entities, timings, used)
