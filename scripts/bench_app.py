"""Benchmark the side-by-side app (a benchmark, not a test): launch to first complete frame,
and the time to handle a next-finding key press.

1. **Launch, in a real terminal**: ``diptych LEFT RIGHT`` on the first and fourth bundled
   samples runs in a pseudo-terminal (160x48); the time runs from ``exec`` until the screen
   shows the finished comparison (the finding bar's "found" message), median of 5 fresh
   processes. This is what a user waits for, imports and analysis included.
2. **Launch, headless, per stage**: in a fresh process: import, load, first frame after the
   analysis (Textual's ``run_test``), median of 5.
3. **Keys**: ``n`` pressed 60 times on the samples and on synthetic 10k- and 50k-word pairs
   (``scripts/bench.py``'s generator); each press is timed from the key event reaching the app
   to the end of the screen update it causes, median and 95th percentile.

    python scripts/bench_app.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import select
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIPTYCH = Path(sys.executable).parent / "diptych"


def samples() -> tuple[str, str]:
    sys.path.insert(0, str(ROOT))
    from tui.resources import sample_paths

    paths = sample_paths()
    return str(paths[0]), str(paths[3])


def launch_in_pty(left: str, right: str, timeout: float = 30.0) -> float:
    """Seconds from exec to the finished first screen, in a real pseudo-terminal."""
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="160", LINES="48", DIPTYCH_CONFIG_DIR="/tmp/diptych-bench",
               DIPTYCH_DATA_DIR="/tmp/diptych-bench-data")
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app
        os.execve(str(DIPTYCH), [str(DIPTYCH), left, right], env)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))
    seen = b""
    elapsed = float("nan")
    try:
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                seen += chunk
                if b"found." in seen[-70000:]:
                    elapsed = time.perf_counter() - t0
                    break
    finally:
        os.write(fd, b"q")
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                os.read(fd, 65536)
            except OSError:
                pass
            time.sleep(0.02)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    return elapsed


HEADLESS = r"""
import time
t0 = time.perf_counter()
import asyncio, json, os, sys
sys.path.insert(0, {root!r})
os.environ["DIPTYCH_CONFIG_DIR"] = "/tmp/diptych-bench"
os.environ["DIPTYCH_DATA_DIR"] = "/tmp/diptych-bench-data"
from tui.app import DiptychApp
from tui.engine import load_article
t_import = time.perf_counter()
left, right = load_article({left!r}), load_article({right!r})
t_load = time.perf_counter()
async def main():
    app = DiptychApp(left, right, remember_theme=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        t_frame = time.perf_counter()
        print(json.dumps(dict(imports=t_import - t0, load=t_load - t_import, first_frame=t_frame - t_load,
                              total=t_frame - t0)))
asyncio.run(main())
"""


def launch_headless(left: str, right: str) -> dict:
    code = HEADLESS.format(root=str(ROOT), left=left, right=right)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    import json

    return json.loads(out.strip().splitlines()[-1])


@contextmanager
def key_timing():
    """While inside: each key event's time to the end of the next screen update written to the
    (headless) terminal is recorded. Yields ``(marks, Timed)``: ``Timed`` is the app class to run
    (``DiptychApp`` noting when a key arrives), ``marks`` holds ``key`` and ``done`` (seconds,
    ``time.perf_counter``) for the last key. Used by this script and ``bench_app_scale.py``."""
    from textual import events
    from textual.app import App

    from tui.app import DiptychApp

    marks: dict[str, float] = {}
    original_display = App._display

    def display(self, screen, renderable) -> None:
        original_display(self, screen, renderable)
        if "key" in marks and "done" not in marks:
            marks["done"] = time.perf_counter()

    class Timed(DiptychApp):
        async def on_event(self, event) -> None:
            if isinstance(event, events.Key):
                marks.clear()
                marks["key"] = time.perf_counter()
            await super().on_event(event)

    App._display = display
    try:
        yield marks, Timed
    finally:
        App._display = original_display


async def key_latency(left_text: str, right_text: str, presses: int = 60) -> list[float]:
    """Seconds from each ``n`` key event reaching the app to the end of the next screen update
    written to the (headless) terminal: what the user waits for, without the test harness."""
    from tui.engine import article_from_text

    with key_timing() as (marks, Timed):
        app = Timed(article_from_text(left_text, "left.md", "md"), article_from_text(right_text, "right.md", "md"),
                    remember_theme=False)
        times = []
        async with app.run_test(size=(160, 48)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for _ in range(presses):
                await pilot.press("n")
                await pilot.pause(0.05)
                if "done" in marks:
                    times.append(marks["done"] - marks["key"])
    return times


def synthetic(words: int) -> tuple[str, str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import Generator

    return Generator(20250516).pair(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 50k pair")
    args = parser.parse_args()
    os.environ["DIPTYCH_CONFIG_DIR"] = "/tmp/diptych-bench"
    os.environ["DIPTYCH_DATA_DIR"] = "/tmp/diptych-bench-data"
    left, right = samples()
    runs = 3 if args.quick else 5

    pty_times = [launch_in_pty(left, right) for _ in range(runs)]
    print(f"launch to first complete frame, real terminal (pty 160x48, samples 0 and 3): "
          f"median {statistics.median(pty_times) * 1000:.0f} ms (runs: "
          f"{', '.join(f'{t * 1000:.0f}' for t in pty_times)})")
    stages = [launch_headless(left, right) for _ in range(runs)]
    parts = {k: statistics.median(s[k] for s in stages) * 1000 for k in stages[0]}
    print("launch, headless, median ms: " + ", ".join(f"{k} {v:.0f}" for k, v in parts.items()))

    pairs = [("samples", Path(left).read_text(encoding="utf-8"), Path(right).read_text(encoding="utf-8"))]
    for words in ((10_000,) if args.quick else (10_000, 50_000)):
        pairs.append((f"{words // 1000}k words/side", *synthetic(words)))
    for label, a, b in pairs:
        times = asyncio.run(key_latency(a, b))
        q = statistics.quantiles(times, n=20)
        print(f"next-finding key (n), {label}: median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {q[-1] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms ({len(times)} presses)")
    print("targets: launch < 1 s; key < 50 ms")


if __name__ == "__main__":
    main()
