"""Writing files atomically: a temporary file in the same folder, fsync, rename."""

from __future__ import annotations

import os
import stat
import tempfile


def _mode_for(path: str) -> int:
    """The permissions of the file being replaced, or the default for a new file (0666 less the umask)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text_atomic(path: str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` so a crash leaves either the old or the new file."""
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file.

    A symbolic link is followed (the file it points to is replaced, the link stays a link), and
    what is not a regular file -- ``/dev/null``, ``/dev/stdout``, a named pipe -- is written
    through: renaming a file onto it would replace the device itself."""
    path = os.path.realpath(path)
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        special = False  # (a new file)
    if special:
        with open(path, "wb") as fh:
            fh.write(data)
        return
    folder = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".diptych-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, _mode_for(path))  # mkstemp makes it private; the file keeps the usual permissions
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
