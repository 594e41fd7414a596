"""The matrix's pairs compared on a Dask cluster (``diptych matrix --dask``), for sets of
thousands of articles: the same per-pair code path (``matrix.compare_pair``) as the built-in
process pool, so the same cells.

The articles are prepared here (as for the local run: the claims and the names need them
here too) and sent out in *blocks* of up to ``MAX_BLOCK`` articles (``client.scatter``, with
their content words and an empty memo). A task compares one *tile* of pairs: every pair
between two blocks (or within one), up to ``MAX_BLOCK``² pairs, so 200 articles make a few
hundred tasks rather than 19,900, and a worker needs only the two blocks of its task, not the
whole set. Each task sends back its small ``PairCell``s; they are gathered as the tiles are
done (for the progress) and returned in pair order, as ``compare_pairs`` returns them.

Dask is an optional extra (``pip install "diptych[distributed]"``): it is imported only here,
only when asked (``require``); ``import tui.coverage`` does not import it.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import CancelledError
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from tui.coverage.matrix import PairProgress, compare_pair, content_keys
from tui.coverage.model import PairCell
from tui.engine.errors import InputError
from tui.engine.pipeline import Prepared

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

MAX_BLOCK = 16
"""Articles per block at most: a tile of two blocks is at most 256 pairs (a few seconds)."""

TILES_PER_WORKER = 16
"""A set small enough to make fewer tiles than this per worker gets smaller blocks (down to
two articles), so every worker has work until the end."""

INSTALL = 'install diptych[distributed] (pip install "diptych[distributed]")'

Block = tuple[int, list[Prepared], list[frozenset[str]]]
"""A block as a task receives it: the index of its first article, the articles, their content words."""


class ClusterError(InputError):
    """Dask is not installed, the scheduler cannot be reached, or the cluster failed: one line."""


def require() -> Any:
    """The ``distributed`` package, or a ``ClusterError`` saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--dask needs Dask, which is not installed: {INSTALL}") from None
    return distributed


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@contextmanager
def cluster(address: str, timeout: float = 10.0) -> Iterator[Client]:
    """A client of the Dask scheduler at ``address`` (``tcp://host:8786``), or, for ``local``,
    of a cluster started here (one single-threaded worker process per core), closed after.
    Waits ``timeout`` seconds at most for the scheduler and for a first worker."""
    dist = require()
    if address == "local":
        with dist.LocalCluster(n_workers=_cores(), threads_per_worker=1, processes=True,
                               dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL) as local, \
                dist.Client(local, timeout=timeout) as client:
            yield client
        return
    try:
        client = dist.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ClusterError(f"no Dask scheduler at {address} (waited {timeout:g} s): {_first_line(exc)}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"the Dask scheduler at {address} has no workers (waited {timeout:g} s)") from exc
        _check_workers(client, address)
        yield client
    finally:
        client.close()


def _worker_version() -> str:
    import tui

    return tui.__version__


def _check_workers(client: Client, address: str) -> None:
    """Every worker runs this version of diptych (else its cells could differ)."""
    import tui

    try:
        versions = client.run(_worker_version)
    except Exception as exc:  # noqa: BLE001 - a worker without diptych answers a plain Exception("ModuleNotFoundError…")
        raise ClusterError(f"the Dask workers at {address} cannot run diptych: install it on every worker "
                           f"({_first_line(exc)})") from None
    other = sorted({v for v in versions.values() if v != tui.__version__})
    if other:
        raise ClusterError(f"the Dask workers at {address} run diptych {', '.join(other)}, this is "
                           f"{tui.__version__}: install the same version everywhere")


def block_size(n: int, workers: int) -> int:
    """Articles per block: ``MAX_BLOCK`` for a large set, smaller for a small one, so that the
    tiles are at least ``TILES_PER_WORKER`` per worker where the set allows."""
    blocks = math.ceil(math.sqrt(2 * TILES_PER_WORKER * max(1, workers)))  # b(b+1)/2 tiles
    return max(2, min(MAX_BLOCK, math.ceil(n / blocks)))


def tiles(n: int, block: int) -> list[tuple[int, int]]:
    """The (left block, right block) of every tile, left <= right, covering each pair i < j once."""
    count = math.ceil(n / block)
    return [(a, b) for a in range(count) for b in range(a, count)]


def compare_tile(left: Block, right: Block) -> list[PairCell]:
    """The cells of every pair i < j with i in the left block and j in the right one (the same
    block for a tile on the diagonal), each by ``compare_pair``: runs on a worker."""
    by_index: dict[int, Prepared] = {}
    keys: dict[int, frozenset[str]] = {}
    for start, prepared, words in (left, right):
        for k, (p, w) in enumerate(zip(prepared, words, strict=True)):
            by_index[start + k], keys[start + k] = p, w
    lefts = range(left[0], left[0] + len(left[1]))
    rights = range(right[0], right[0] + len(right[1]))
    # compare_pair only indexes its sequences: the two blocks' articles, by their index in the set
    seq, seq_keys = cast("Sequence[Prepared]", by_index), cast("Sequence[frozenset[str]]", keys)
    return [compare_pair(seq, seq_keys, i, j) for i in lefts for j in rights if i < j]


def compare_pairs_on(client: Client, prepared: Sequence[Prepared], progress: PairProgress | None = None,
                     *, block: int | None = None) -> tuple[dict[tuple[int, int], PairCell], int]:
    """Every pair (i < j) compared on the client's cluster: the same cells as
    ``matrix.compare_pairs`` (in pair order), and the number of worker threads."""
    dist = require()
    n = len(prepared)
    total = n * (n - 1) // 2
    workers = max(1, sum(client.nthreads().values()))
    if total == 0:
        return {}, workers
    block = block or block_size(n, workers)
    keys = [content_keys(p) for p in prepared]
    # each block goes out once, with an empty memo (the workers fill their own)
    payloads = [(s, [dataclasses.replace(p, memo={}) for p in prepared[s:s + block]], keys[s:s + block])
                for s in range(0, n, block)]
    cells: dict[tuple[int, int], PairCell] = {}
    futures = []
    try:
        blocks = client.scatter(payloads, hash=False)
        futures = [client.submit(compare_tile, blocks[a], blocks[b], pure=False) for a, b in tiles(n, block)]
        for future in dist.as_completed(futures):
            for cell in future.result():
                cells[(cell.left, cell.right)] = cell
            future.release()
            if progress:
                progress(len(cells), total)
    except (OSError, TimeoutError, CancelledError, dist.KilledWorker) as exc:
        raise ClusterError(f"the Dask cluster failed while comparing the pairs: {_first_line(exc)}") from None
    finally:
        for f in futures:
            f.release()
    if len(cells) != total:  # pragma: no cover - a tile lost or a pair counted twice
        raise ClusterError(f"the Dask cluster returned {len(cells)} of {total} pairs")
    return dict(sorted(cells.items())), workers
