"""Using the second core: a stage of a large comparison computed in a forked child.

The child is a copy of this process (``os.fork``): it sees every segment, token and
alignment already computed without anything being copied, runs one function and sends
its result back through a pipe (pickled). The result is the same object the function
would have returned here -- the engine is deterministic -- and when anything goes wrong
in the child (an exception, a crash, a result that cannot be pickled) the function is
simply run again in this process. So forking changes when the work is done, never what
it gives.

Only comparisons of at least ``MIN_WORDS`` words (both articles together) fork: below
that, a fork (a few milliseconds) costs more than it saves. ``DIPTYCH_WORKERS=1`` turns
forking off (``force`` forks for any size: tests). It is also off where ``os.fork`` is
missing or unsafe (not Linux), in a process that runs other threads (a fork copies only the
calling thread, and a lock another thread holds would stay held in the child), on one core,
while the machine is busy (the other cores were not idle while this comparison ran), and
once this process holds more than ``MAX_RSS_MB`` (memory, see there).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

MIN_WORDS = 16_000
"""Comparisons smaller than this (words of both articles) run in one process."""
MAX_RSS_MB = 200
"""No fork while this process holds more memory than this: a child ends up copying about half
of the pages it shares with its parent (every object it reads has its reference count
written), so forking a large process would cost more memory than its speed is worth (a
200k-word pair: 280 MB in one process, 340 MB with the names' child, 400 MB if the
detectors forked too)."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def enabled(words: int, since: CpuTimes | None = None, spare: bool | None = None) -> bool:
    """Whether a comparison of this many words (both sides) should use a forked child now;
    ``since``: the machine's CPU times when the comparison began (see ``_spare_core``), or
    ``spare``: whether a core is known to be free (judged before)."""
    setting = os.environ.get("DIPTYCH_WORKERS", "").strip()
    if setting == "1":
        return False
    if words < (0 if setting == "force" else MIN_WORDS):  # "force": any size (tests)
        return False
    if not (sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1):
        return False
    if setting == "force":
        return True
    return _cores() > 1 and _rss_mb() <= MAX_RSS_MB and (_spare_core(since) if spare is None else spare)


def _rss_mb() -> float:
    """This process's resident memory (MB)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):  # pragma: no cover - no such file
        return 0.0


CpuTimes = tuple[int, int]
"""(idle, total) CPU time of the whole machine so far, in clock ticks (/proc/stat)."""


def cpu_times() -> CpuTimes | None:
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):  # pragma: no cover - not Linux
        return None
    return fields[3] + fields[4], sum(fields)  # idle + waiting for I/O, of user..steal


def _spare_core(since: CpuTimes | None) -> bool:
    """Whether another core is idle: over the time since ``since`` at least half a core
    went unused (this process kept one busy); without a usable interval, whether any
    process but this one is running right now. On a busy machine the child would only
    take turns with this process, and the fork's costs (copied pages, the result's round
    trip) would make the comparison slower."""
    now = cpu_times() if since else None
    if since and now and now[1] - since[1] >= 4:
        return (now[0] - since[0]) / (now[1] - since[1]) * _cores() >= 0.5
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):  # pragma: no cover - no such file
        return True
    return running < _cores()


class Forked(Generic[T]):
    """``fn()`` computed in a forked child; ``result()`` waits for it."""

    def __init__(self, fn: Callable[[], T]):
        self.fn = fn
        self.pid = -1
        self.fd = -1
        try:
            read, write = os.pipe()
        except OSError:  # pragma: no cover - out of file descriptors
            return
        try:
            pid = os.fork()
        except OSError:  # pragma: no cover - out of processes or memory
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, leave without running any clean-up
            os.close(read)
            code = 0
            try:
                data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:  # noqa: BLE001 - the parent recomputes; nothing to report here
                data, code = b"", 1
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(write, view):]
            finally:
                os._exit(code)
        os.close(write)
        self.pid, self.fd = pid, read

    def result(self) -> T:
        if self.pid < 0:
            return self.fn()
        chunks = []
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                self.fd = -1
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
            _, status = os.waitpid(self.pid, 0)
        except BaseException:
            self.cancel()
            raise
        self.pid = -1
        if status != 0 or not chunks:
            return self.fn()  # the child failed: the same result, computed here
        return _loads(b"".join(chunks))

    def cancel(self) -> None:
        """Stop the child (when its result is no longer wanted)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.pid > 0:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:  # pragma: no cover - already gone
                pass
            self.pid = -1


def _loads(data: bytes) -> Any:
    # unpickling allocates many small objects at once: the cyclic collector would walk
    # the whole heap several times meanwhile, for nothing
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if was_enabled:
            gc.enable()
