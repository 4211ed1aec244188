"""Atomic file writes, shared by model files and the autosave sidecar (no torch, no Qt).

``write_atomic`` writes a temporary file in the target's folder, fsyncs it, renames it over
the target and fsyncs the folder, so a crash at any point leaves either the old file or the
new one, whole. A process killed mid-write leaves its temporary file
(``.NAME.PID-XXXXXXXX.tmp``) behind; the next successful write of the same target removes
those whose process no longer runs.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (True when it cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name == "nt" or pid <= 0:   # on Windows os.kill(pid, 0) would send Ctrl+C
        return pid > 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                   # PermissionError: it runs, as another user
        return True
    return True


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; raises ``OSError`` and leaves no temporary."""
    folder = path.parent if str(path.parent) else Path(".")
    started = time.time()
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
        # mkstemp makes the file private (0600); a saved file gets the mode any new file
        # would (0644 under the usual umask), as text files saved beside it do.
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    remove_stale_temporaries(folder, path.name, started)


def _read_umask() -> int:
    # Read once, at import: setting the umask to read it is process-wide, not thread-safe.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path, name: str, before: float) -> int:
    """Remove temporaries of ``name`` that killed writes left; returns how many.

    Only files last changed before ``before`` and written by a process that no longer runs
    (names without a process id, from older versions: any old enough), so a write running
    now in another process keeps its file.
    """
    pattern = re.compile(rf"\.{re.escape(name)}\.(?:(\d+)-)?[^/\\]*\.tmp")
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if not m:
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_mtime >= before:
                continue
            if m.group(1) is not None and process_alive(int(m.group(1))):
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
    return removed
