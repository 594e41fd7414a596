"""Benchmark the side-by-side app on a large pair (a benchmark, not a test: it prints figures
and never fails on them).

The pair is ``scripts/bench.py``'s deterministic synthetic pair (default 200k words per side),
written to a temporary folder (``--keep DIR`` writes it there and leaves it).

1. **A real terminal** (a pseudo-terminal, 160x48): ``diptych LEFT RIGHT`` is started and its
   output read as a terminal would.

   - *first paint*: from ``exec`` until the first frame (the panes with the text, the progress
     bar) has been written;
   - *help during the compare*: ``?`` pressed a second after the first paint; the time until the
     help screen is on the terminal (then Escape closes it);
   - *keys during the compare*: ``j`` pressed while the engine works, the time until the frame
     it causes has been written (see below);
   - *comparison shown*: from ``exec`` until the finding bar says how many findings were found;
   - *keys after loading*: PageDown, ``j``, ``k``, ``n``, End and Home, each pressed repeatedly;
   - *peak memory* of the app's process (``ru_maxrss``);
   - *quit during the compare*: a second process gets ``q`` a second after its first paint; the
     time until that process has exited.

   A key's time runs from writing the key to the terminal until the app's output in reply has
   ended (the last byte before 40 ms of silence, the silence not counted). It includes the
   terminal round trip, so it is what a user sees.
2. **Headless, per key** (Textual's ``run_test``): each key's time from the key event reaching
   the app to the end of the screen update it causes (the app's own ``_display``), median and
   95th percentile, with the pair already compared, and while the engine compares it in its
   worker.

    python scripts/bench_app_scale.py [--words 200000] [--keep DIR] [--no-pty] [--no-headless]
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import json
import os
import pty
import resource
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIPTYCH = Path(sys.executable).parent / "diptych"
SIZE = (160, 48)
QUIET = 0.04
"""Seconds of silence that end the app's reply to a key."""

FIRST_PAINT = b"the text can be read"  # the finding bar's message while the engine works
READY = b"found."  # "… contradictions and … overlaps found."
HELP = "diptych — keys".encode()
KEYS = {"pagedown": b"\x1b[6~", "j": b"j", "k": b"k", "n": b"n", "end": b"\x1b[F", "home": b"\x1b[H",
        "escape": b"\x1b", "?": b"?", "q": b"q"}


def write_pair(words: int, folder: Path) -> tuple[str, str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import SEED, Generator

    left, right = Generator(SEED).pair(words)
    paths = folder / "left.txt", folder / "right.txt"
    for path, text in zip(paths, (left, right), strict=True):
        path.write_text(text, encoding="utf-8")
    return str(paths[0]), str(paths[1])


class Terminal:
    """The app in a pseudo-terminal: keys in, output read and timed."""

    def __init__(self, left: str, right: str) -> None:
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(SIZE[0]), LINES=str(SIZE[1]))
        self.start = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the app
            os.execve(str(DIPTYCH), [str(DIPTYCH), left, right], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
        self.seen = b""
        self.rusage = None

    def read(self, timeout: float) -> tuple[bytes, float]:
        """What arrives within ``timeout`` s (until the first silence of ``QUIET`` s once
        something came); and when the last byte came."""
        got, last = b"", float("nan")
        deadline = time.perf_counter() + timeout
        while True:
            wait = QUIET if got else deadline - time.perf_counter()
            if wait <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if got:
                    break
                continue
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            got += chunk
            last = time.perf_counter()
        self.seen = (self.seen + got)[-200_000:]
        return got, last

    def wait_for(self, needle: bytes, timeout: float, since: float | None = None) -> float:
        """Seconds since ``since`` (default: ``exec``) until ``needle`` was written (nan if it
        never was within ``timeout`` s)."""
        since = self.start if since is None else since
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if needle in self.seen:
                return time.perf_counter() - since
            ready, _, _ = select.select([self.fd], [], [], 0.01)
            if ready:
                try:
                    chunk = os.read(self.fd, 1 << 16)
                except OSError:
                    break
                self.seen = (self.seen + chunk)[-200_000:]
                if needle in self.seen[-len(chunk) - len(needle):]:
                    return time.perf_counter() - since
        return float("nan")

    def press(self, key: str, until: bytes | None = None, timeout: float = 5.0) -> float:
        """Seconds from writing ``key`` until the reply ended (or ``until`` was written)."""
        self.read(0.0)  # drop what is pending
        sent = time.perf_counter()
        os.write(self.fd, KEYS.get(key, key.encode()))
        if until is not None:
            self.seen = b""
            return self.wait_for(until, timeout, since=sent)
        got, last = self.read(timeout)
        return last - sent if got else float("nan")

    def drain(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.read(max(0.0, end - time.perf_counter()))

    def close(self, timeout: float = 30.0) -> float:
        """Press q; seconds until the process has exited (nan: killed after ``timeout``)."""
        sent = time.perf_counter()
        try:
            os.write(self.fd, b"q")
        except OSError:
            pass
        while time.perf_counter() - sent < timeout:
            done, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if done:
                self.rusage = rusage
                os.close(self.fd)
                return time.perf_counter() - sent
            try:
                if select.select([self.fd], [], [], 0.01)[0]:
                    os.read(self.fd, 1 << 16)
            except OSError:
                time.sleep(0.01)
        os.kill(self.pid, 9)
        _, _, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return float("nan")


def stats(times: list[float]) -> str:
    times = [t for t in times if t == t]
    if not times:
        return "no reply"
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
    median, most = statistics.median(times) * 1000, max(times) * 1000
    return f"median {median:.0f} ms, p95 {p95 * 1000:.0f} ms, max {most:.0f} ms ({len(times)})"


def in_terminal(left: str, right: str, presses: int) -> None:
    term = Terminal(left, right)
    first = term.wait_for(FIRST_PAINT, 60)
    print(f"first paint: {first * 1000:.0f} ms")
    term.drain(1.0)
    help_time = term.press("?", until=HELP)
    print(f"help (?) during the compare: {help_time * 1000:.0f} ms until it is on the terminal")
    os.write(term.fd, KEYS["escape"])
    time.sleep(0.5)  # (a lone Escape is told from the start of a key sequence by a pause)
    ready = term.wait_for(READY, 300)
    print(f"comparison shown: {ready:.1f} s")
    term.drain(1.0)
    for key in ("pagedown", "j", "k", "n"):
        print(f"key {key} after loading: {stats([term.press(key) for _ in range(presses)])}")
    edges = []
    for _ in range(5):
        edges += [term.press("end"), term.press("home")]
    print(f"keys End/Home after loading: {stats(edges)}")
    quit_time = term.close()
    print(f"quit after loading: {quit_time * 1000:.0f} ms; peak memory of the app: "
          f"{term.rusage.ru_maxrss / 1024:.0f} MB")

    term = Terminal(left, right)
    term.wait_for(FIRST_PAINT, 60)
    term.drain(1.0)
    quit_time = term.close()
    print(f"quit (q) during the compare: {quit_time * 1000:.0f} ms until the process has exited")


async def headless(left_path: str, right_path: str, presses: int, compared: bool) -> dict[str, list[float]]:
    from bench_app import key_timing
    from textual import events

    from tui.engine import compare, load_article

    left, right = load_article(left_path), load_article(right_path)
    comparison = compare(left, right) if compared else None
    times: dict[str, list[float]] = {}
    with key_timing() as (marks, Timed):
        app = Timed(left, right, comparison=comparison, remember_theme=False)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(0.5)
            if compared:
                keys = [key for key in ("pagedown", "j", "k", "n", "N", "c", "end", "home") for _ in range(presses)]
            else:  # round after round while the engine works
                keys = ["pagedown", "j", "k", "pageup", "question_mark", "escape"] * presses
            screen = app.screen
            for key in keys:
                if not compared and screen.ready:  # type: ignore[attr-defined]
                    break
                # (not pilot.press: it waits for the process to be idle, which it is not while the
                # engine works)
                event = events.Key(key, "?" if key == "question_mark" else key if len(key) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)  # type: ignore[union-attr]
                deadline = time.perf_counter() + 3
                while "done" not in marks and time.perf_counter() < deadline:
                    await asyncio.sleep(0.005)
                await asyncio.sleep(0.05)
                if "done" in marks:
                    times.setdefault(key, []).append(marks["done"] - marks["key"])
            await app.workers.wait_for_complete()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000, help="words per side (default 200,000)")
    parser.add_argument("--keep", metavar="DIR", help="write the pair to DIR and leave it there")
    parser.add_argument("--presses", type=int, default=20, help="presses of each key")
    parser.add_argument("--no-pty", action="store_true", help="skip the real-terminal part")
    parser.add_argument("--no-headless", action="store_true", help="skip the headless part")
    parser.add_argument("--phase", choices=("during", "after"), help=argparse.SUPPRESS)
    parser.add_argument("pair", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        return phase(args.phase, args.presses, *args.pair)
    tmp = tempfile.TemporaryDirectory(prefix="diptych-scale-")
    os.environ.setdefault("DIPTYCH_CONFIG_DIR", str(Path(tmp.name) / "config"))
    os.environ.setdefault("DIPTYCH_DATA_DIR", str(Path(tmp.name) / "data"))
    folder = Path(args.keep) if args.keep else Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    left, right = write_pair(args.words, folder)
    print(f"pair: {args.words:,} words per side ({left}, {right}); terminal {SIZE[0]}x{SIZE[1]}")
    if not args.no_pty:
        print("--- a real terminal (pty) ---")
        in_terminal(left, right, args.presses)
    if not args.no_headless:
        print("--- headless, key event to screen update (a fresh process each) ---")
        for which in ("during", "after"):
            cmd = [sys.executable, __file__, "--phase", which, "--presses", str(args.presses), left, right]
            out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
            when = "after loading" if which == "after" else "during the compare"
            for key, ts in out["times"].items():
                print(f"key {key} {when}: {stats(ts)}")
            print(f"peak memory ({when}, headless): {out['peak_mb']:.0f} MB")
    tmp.cleanup()


def phase(which: str, presses: int, left: str, right: str) -> None:
    """Child mode: one headless run, its key times as JSON on the last line."""
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    times = asyncio.run(headless(left, right, presses, compared=which == "after"))
    print(json.dumps({"times": times, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
