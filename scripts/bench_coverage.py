"""Benchmark ``diptych matrix``'s coverage (every pair of a set of articles) on synthetic sets.

Per size (number of articles; default 10, 50, 200, each of ~1,000 words): load =
``article_from_text`` for every article; prepare, pairs, claims, entities = the coverage's own
timings (``Coverage.timings``); total = wall time of load + ``build_coverage`` (s); pairs/s =
pairs / total; peak MB = ``ru_maxrss`` of the benchmark process, workers MB = the largest
worker process's (forked workers share most of their pages with the parent, so the two added
overstate the memory used). Each size runs once in a fresh subprocess (``--one N``), so the
memory figures are per size. The 20 s target is for 50 articles, with both cores used.
``--dask ADDRESS`` (or ``local``: a cluster started here, a worker per core) compares the pairs
on a Dask cluster instead of the process pool (``diptych matrix --dask``); the time to start
the cluster and connect is shown apart (cluster s), not in the total.

The sets are deterministic (fixed seed), built from the bundled samples' sentences with
``bench.py``'s generator: a *story* of 90 perturbed sentences; each article tells ~60% of it
(in order, each sentence verbatim 55%, reworded 25%, or with a number or name changed 20%,
so the same statement comes in versions) and adds ~40% sentences of its own, up to ~1,000
words, in paragraphs of 3-6 sentences.

    python scripts/bench_coverage.py [--sizes 10,50,200] [--words 1000] [--workers 1] [--dask local] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import SEED, Generator  # noqa: E402 - the pair benchmark's sentence generator

ROOT = Path(__file__).resolve().parent.parent
STORY_SENTENCES, TIMEOUT = 90, 1800
STAGES = ("prepare", "pairs", "claims", "entities")


def story_set(n: int, words: int, seed: int = SEED) -> list[str]:
    """n articles (front matter with a title and an outlet) of about ``words`` words each."""
    gen = Generator(seed)
    rng = gen.rng
    story = [gen.perturb(rng.choice(gen.src)) for _ in range(STORY_SENTENCES)]
    out = []
    for k in range(n):
        sents, count = [], 0
        told = [s for s in story if rng.random() < 0.6]
        it = iter(told)
        while count < words:
            nxt = next(it, None) if rng.random() < 0.6 else None
            new = [gen.changed(nxt)] if nxt is not None else gen.new_sentences()
            sents += new
            count += sum(len(s.split()) for s in new)
        body = gen.paragraphs(sents, f"Report {k + 1}")
        out.append(body.replace("---\ntitle:", f'---\noutlet: "Outlet {k + 1:03d}"\ntitle:', 1))
    return out


def run_one(n: int, words: int, dask: str = "") -> dict:
    """Child mode: time load + build_coverage for one set size in this (fresh) process."""
    texts = story_set(n, words)
    from tui.coverage import build_coverage
    from tui.engine import article_from_text

    with contextlib.ExitStack() as stack:
        t0 = time.perf_counter()
        client = None
        if dask:
            from tui.coverage.distributed import cluster

            client = stack.enter_context(cluster(dask))
        started = time.perf_counter() - t0
        t0 = time.perf_counter()
        articles = [article_from_text(t, f"a{k:03d}.md", "md") for k, t in enumerate(texts)]
        load = time.perf_counter() - t0
        cov = build_coverage(articles, client=client)
        total = time.perf_counter() - t0
    pairs = len(cov.cells)
    return {"cluster_s": started,
        "articles": n, "pairs": pairs, "words": sum(a.word_count for a in articles),
        "load_s": load, **{f"{s}_s": cov.timings[s] / 1000 for s in STAGES}, "total_s": total,
        "pairs_per_s": pairs / total, "workers": cov.workers,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "claims": len(cov.claims), "disputed": sum(c.disputed for c in cov.claims),
        "entities": len(cov.entities), "compared": sum(c.compared for c in cov.cells.values()),
        "contradictions": sum(c.contradictions for c in cov.cells.values()),
    }


def measure(n: int, words: int, workers: str = "", dask: str = "") -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(n), "--words", str(words)]
    if dask:
        cmd += ["--dask", dask]
    env = {**os.environ, "PYTHONHASHSEED": "0", "DIPTYCH_NO_SPACY": "1"}
    if workers:
        env["DIPTYCH_WORKERS"] = workers
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired:
        return {"articles": n, "status": "TIMEOUT"}
    if p.returncode != 0:
        return {"articles": n, "status": "ERROR", "error": (p.stderr.strip().splitlines() or ["?"])[-1]}
    return {"status": "ok", **json.loads(p.stdout.strip().splitlines()[-1])}


def report(results: list[dict], words: int) -> None:
    cols = ("load", *STAGES, "total")
    print(f"{'articles':>8} {'pairs':>6} " + " ".join(f"{c + ' s':>10}" for c in cols)
          + f" {'pairs/s':>8} {'peak MB':>8} {'wkr MB':>7} {'workers':>7}")
    for r in results:
        if r["status"] != "ok":
            print(f"{r['articles']:>8} {r['status']} {r.get('error', '')}")
            continue
        if r["cluster_s"] > 0.01:
            print(f"{'':>8} (Dask cluster started and connected in {r['cluster_s']:.2f} s, not in the total)")
        print(f"{r['articles']:>8} {r['pairs']:>6} " + " ".join(f"{r[c + '_s']:>10.2f}" for c in cols)
              + f" {r['pairs_per_s']:>8.0f} {r['peak_mb']:>8.1f} {r['workers_mb']:>7.1f} {r['workers']:>7}")
    ok = {r["articles"]: r for r in results if r["status"] == "ok"}
    print()
    for n, r in sorted(ok.items()):
        print(f"{n} articles ({r['words'] / n:.0f} words each): {r['compared']}/{r['pairs']} pairs compared, "
              f"{r['contradictions']} contradictions, {r['claims']} claims ({r['disputed']} disputed), "
              f"{r['entities']} names")
    sizes = sorted(ok)
    for lo, hi in zip(sizes, sizes[1:], strict=False):
        a, b = ok[lo], ok[hi]
        print(f"{hi} vs {lo} articles: {b['pairs'] / a['pairs']:.1f}x pairs -> {b['total_s'] / a['total_s']:.1f}x time "
              f"(per pair {b['total_s'] / b['pairs'] * 1000:.1f} ms vs {a['total_s'] / a['pairs'] * 1000:.1f} ms; "
              + ", ".join(f"{s} {b[s + '_s'] / max(a[s + '_s'], 1e-3):.1f}x" for s in STAGES) + ")")
    verdict = "n/a" if 50 not in ok and not any(r["articles"] == 50 for r in results) else \
        "PASS" if 50 in ok and ok[50]["total_s"] < 20 else "MISS"
    print(f"\nTarget: {verdict:4}  50 articles of {words} words (1,225 pairs) in under 20 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10,50,200", help="numbers of articles, comma separated")
    ap.add_argument("--words", type=int, default=1000, help="words per article (default 1000)")
    ap.add_argument("--workers", default="", help="processes comparing the pairs (default: one per core)")
    ap.add_argument("--dask", default="", metavar="ADDRESS",
                    help="compare the pairs on a Dask cluster: a scheduler's address, or 'local' (one started here)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.words, args.dask)))
        return
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"measuring {n} articles ...", file=sys.stderr, flush=True)
        results.append(measure(n, args.words, args.workers, args.dask))
    if args.json:
        print(json.dumps({"seed": SEED, "words": args.words, "dask": args.dask or None, "results": results}, indent=2))
    else:
        report(results, args.words)


if __name__ == "__main__":
    main()
