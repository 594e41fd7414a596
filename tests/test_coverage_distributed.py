"""``diptych matrix --dask``: the pairs compared on a Dask cluster (a local one, two worker
processes, started here) give the same cells, and the same JSON, as the built-in process pool;
the tiles cover each pair once; Dask missing, no scheduler or no worker is one line and exit 2;
``import tui.coverage`` leaves Dask out.

Dask is in the test extra, so CI (``CI`` set) runs these tests and fails if it cannot import
it; a developer who installed diptych without the extra sees them skipped, with the reason.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import pickle
import socket
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

if os.environ.get("CI"):
    import distributed  # in the test extra: CI runs these tests, never skips them
else:
    distributed = pytest.importorskip("distributed", reason='Dask is not installed: pip install -e ".[test]"')

from tui.cli import main
from tui.coverage import build_coverage
from tui.coverage.distributed import ClusterError, block_size, cluster, compare_pairs_on, tiles
from tui.coverage.matrix import compare_pair, compare_pairs, content_keys
from tui.engine.pipeline import prepare

from coveragetexts import STORY, UNRELATED, write_story


@pytest.fixture(scope="module", autouse=True)
def _no_thread_left():
    """After this module the test process has one thread again, as before it, so the rest of the
    suite runs as it would alone (the engine forks only a process with one thread: parallel.py,
    matrix._context). Dask keeps one thread for good, its offload executor: it is replaced by a
    fresh one (whose thread starts when it is first used)."""
    yield
    import distributed.utils

    distributed.utils._offload_executor.shutdown(wait=True)
    distributed.utils._offload_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="Dask-Offload")
    deadline = time.monotonic() + 10
    while threading.active_count() > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes on this machine, for the whole module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                                  silence_logs=logging.CRITICAL) as local, distributed.Client(local) as c:
        yield c


@pytest.fixture
def articles(make_article):
    """The story's four outlets and an unrelated article (its pairs are not compared)."""
    texts = {**STORY, "e-farm.md": UNRELATED}
    return [make_article(text, path=name, fmt="md") for name, text in texts.items()]


@pytest.mark.parametrize("n", [2, 3, 5, 16, 17, 50])
@pytest.mark.parametrize("block", [1, 2, 3, 16])
def test_tiles_cover_every_pair_once(n, block):
    pairs = [(i, j) for a, b in tiles(n, block)
             for i in range(a * block, min(n, (a + 1) * block))
             for j in range(b * block, min(n, (b + 1) * block)) if i < j]
    assert sorted(pairs) == list(itertools.combinations(range(n), 2))
    assert len(pairs) == len(set(pairs))


def test_block_size():
    assert block_size(5000, 64) == 16  # a large set: full blocks (at most 256 pairs a task)
    assert block_size(50, 2) == 7  # 8 blocks, 36 tiles: 18 per worker
    assert block_size(4, 2) == 2 and block_size(2, 8) == 2


def test_prepared_articles_pickle(articles):
    """What goes to the workers: a prepared article, pickled and back, compares the same."""
    prepared = [prepare(a) for a in articles]
    keys = [content_keys(p) for p in prepared]
    again = [pickle.loads(pickle.dumps(p)) for p in prepared]
    for i, j in itertools.combinations(range(len(articles)), 2):
        assert compare_pair(again, keys, i, j) == compare_pair(prepared, keys, i, j)


@pytest.mark.parametrize("block", [None, 1, 2])
def test_cluster_cells_are_the_local_cells(client, articles, block):
    prepared = [prepare(a) for a in articles]
    local, _ = compare_pairs(prepared, workers=1)
    seen = []
    cells, workers = compare_pairs_on(client, prepared, lambda k, n: seen.append((k, n)), block=block)
    assert workers == 2
    assert cells == local and list(cells) == list(local)  # the same cells, in pair order
    assert not all(c.compared for c in cells.values())  # the unrelated article's pairs are skipped alike
    assert seen[-1] == (10, 10) and [k for k, _ in seen] == sorted(k for k, _ in seen)


def test_build_coverage_on_a_cluster(client, articles):
    here, there = build_coverage(articles, workers=1), build_coverage(articles, client=client)
    assert there.cells == here.cells and there.claims == here.claims and there.entities == here.entities
    assert there.workers == 2


def _json(capsys, *argv: str) -> dict:
    assert main(["matrix", *argv, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    data.pop("timings_ms"), data.pop("workers")
    return data


def test_cli_dask_local_is_the_same_json(capsys, tmp_path):
    folder = str(write_story(tmp_path / "story"))
    assert _json(capsys, folder, "--dask", "local") == _json(capsys, folder)


def _one_line_exit_2(capsys, *argv: str) -> str:
    code = main(["matrix", *argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diptych: "), err
    return lines[0]


def test_without_dask_the_cli_says_what_to_install(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    line = _one_line_exit_2(capsys, str(write_story(tmp_path / "story")), "--dask", "local")
    assert "install diptych[distributed]" in line


CLI = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    """In a process of its own: a client that cannot connect leaves Dask's event loop running."""
    folder = str(write_story(tmp_path / "story"))
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    for where, expected in ((address, f"no Dask scheduler at {address} (waited 0.5 s)"),
                            ("nowhere", "no Dask scheduler at nowhere")):
        t = time.monotonic()
        proc = subprocess.run([sys.executable, "-c", CLI, "matrix", folder, "--dask", where, "--dask-timeout", "0.5"],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2 and proc.stdout == "", proc
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("diptych: " + expected), proc.stderr
        assert time.monotonic() - t < 20  # the timeout, not Dask's default of 30 s


def test_a_scheduler_without_workers_is_an_error():
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address="127.0.0.1:0",
                                  silence_logs=logging.CRITICAL) as empty:
        with pytest.raises(ClusterError, match="has no workers"), cluster(empty.scheduler_address, timeout=0.5):
            pass


def test_workers_of_another_version_are_refused(client, monkeypatch):
    """The workers must run the same diptych (the client here pretends to be another version)."""
    import tui
    from tui.coverage.distributed import _check_workers

    _check_workers(client, "here")
    monkeypatch.setattr(tui, "__version__", "0.0.0-other")
    with pytest.raises(ClusterError, match="install the same version everywhere"):
        _check_workers(client, "here")


def test_importing_the_coverage_leaves_dask_out(tmp_path):
    folder = write_story(tmp_path / "story")
    code = textwrap.dedent(f"""
        import sys, io, contextlib
        import tui.coverage, tui.coverage.build, tui.coverage.distributed, tui.cli
        with contextlib.redirect_stdout(io.StringIO()):
            assert tui.cli.main(["matrix", {str(folder)!r}, "--format", "json"]) == 0
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed"))
        assert not loaded, loaded
        print("no dask")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "no dask"


def test_workers_without_diptych_are_refused():
    """What ``client.run`` raises when a worker cannot import diptych (seen with a worker from a
    virtual environment holding Dask alone)."""
    from tui.coverage.distributed import _check_workers

    class WorkersWithoutDiptych:
        def run(self, function):
            raise Exception("ModuleNotFoundError(\"No module named 'tui'\")")  # noqa: TRY002 - as Dask raises it

    with pytest.raises(ClusterError, match="cannot run diptych: install it on every worker"):
        _check_workers(WorkersWithoutDiptych(), "tcp://elsewhere:8786")
