"""Atomic writes (tui/atomic.py) replace a regular file in one step, follow a symbolic link to the
file it points to, and write through what is not a regular file: renaming a temporary file onto
``/dev/null`` or a named pipe would replace the device itself (``-o /dev/null`` once did; a
named pipe stands for any such file here, so a failure cannot break the machine's /dev/null)."""

from __future__ import annotations

import os
import stat
import threading

from tui.atomic import write_bytes_atomic, write_text_atomic


def test_a_regular_file_is_replaced_with_its_permissions(tmp_path):
    target = tmp_path / "session.yaml"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["session.yaml"]  # no temporary file left


def test_a_symbolic_link_stays_a_link_to_the_new_content(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("old")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    write_text_atomic(str(link), "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_named_pipe_is_written_through_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_bytes_atomic(str(pipe), b"report")
    reader.join(10)
    assert received == [b"report"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)

