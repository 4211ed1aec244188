"""Autosave: every few minutes the running model goes to a recovery file, so a crash loses little.

The window (or any front end) owns one ``Autosaver`` and calls it between training steps::

    saver = Autosaver()                   # folder: $RNN_STUDIO_DATA_DIR, else platformdirs' user data dir
    info = saver.pending()                # at start: a RecoveryInfo for a run a crash left, or None
    if info:                              # offer it: info.describe() says what it is
        snap = saver.load()               # a Snapshot, loss history included; UserError if damaged
        ...                               # or, if the user declines: saver.discard()
    saver.reset()                         # a run starts (or resumes): the clock starts now
    saver.maybe_save(trainer.snapshot, corpus_path=path)   # between steps; cheap when not due
    saver.clear()                         # the user saved the model, or the window closes cleanly

``maybe_save(snapshot_fn)`` calls ``snapshot_fn()`` only when ``every_s`` seconds have passed
since the last autosave (or ``reset``), so pass the function, not a snapshot. Call it where a
snapshot is consistent: in the training thread between steps (``Trainer`` callbacks run
there), or with a snapshot from a ``SnapshotEvent``. ``save_now(snapshot)`` writes at once.
``every_s <= 0`` turns autosaving off.

Files, in the folder: ``recovery.rnn``, an ordinary model file (weights, optimizer state and
loss history: recovering is loading it), and ``recovery.json``, a small sidecar a start-up
dialog reads without torch (corpus path and name, time, step, model settings, process id).
Both are written atomically, the model first: a crash between the two leaves a sidecar
describing the previous autosave, and the model file is what gets loaded. A failed autosave (disk full, folder not writable) never stops training:
``maybe_save`` returns None, ``last_error`` holds the message, and the next try waits for
the next interval. While another RNN Studio process that is still running owns the
recovery files, ``pending`` ignores them and this Autosaver does not overwrite them.

This module imports neither torch nor Qt (model files are read and written only inside
``load`` and ``save_now``), so the window can check for a recovery before the engine loads.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rnn_studio.core.errors import UserError
from rnn_studio.core.fsutil import process_alive, write_atomic

ENV_DATA_DIR = "RNN_STUDIO_DATA_DIR"
MODEL_NAME = "recovery.rnn"
INFO_NAME = "recovery.json"
INFO_FORMAT = "rnn-studio-recovery"
DEFAULT_EVERY_S = 300.0


def data_dir() -> Path:
    """The user data directory: ``$RNN_STUDIO_DATA_DIR`` if set (tests set it), else platformdirs'."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_data_dir("rnn-studio", appauthor=False))


@dataclass
class RecoveryInfo:
    """What a recovery file holds, read from its sidecar (fields are None where unknown)."""
    model_path: Path
    saved_at: float | None = None          # seconds since the epoch
    step: int | None = None
    elapsed_s: float | None = None
    corpus_path: str | None = None
    corpus_name: str | None = None
    model: dict[str, Any] = field(default_factory=dict)
    best_val_loss: float | None = None
    pid: int | None = None

    def describe(self, now: float | None = None) -> str:
        """One line for a "recover this run?" dialog."""
        parts = []
        m = self.model
        if isinstance(m.get("cell"), str) and isinstance(m.get("layers"), int) and isinstance(m.get("hidden"), int):
            parts.append(f"{m['cell'].upper()} {m['layers']}×{m['hidden']}")
        if self.corpus_name:
            parts.append(f"on {self.corpus_name}")
        if self.step is not None:
            parts.append(f"step {self.step:,}")
        if self.saved_at is not None:
            ago = max(0.0, (now if now is not None else time.time()) - self.saved_at)
            parts.append(f"saved {_ago(ago)}")
        return ", ".join(parts) or "an unsaved training run"


def _ago(seconds: float) -> str:
    if seconds < 90:
        return "just now" if seconds < 60 else "a minute ago"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} minutes ago"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.0f} hours ago"
    return f"{seconds / 86400:.0f} days ago"


def _typed(data: dict, key: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, kind):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class Autosaver:
    def __init__(self, folder: str | Path | None = None, every_s: float = DEFAULT_EVERY_S,
                 clock: Callable[[], float] = time.monotonic):
        self.folder = Path(folder) if folder is not None else data_dir()
        self.every_s = float(every_s)
        self.clock = clock
        self.last_error: str | None = None
        self.saves = 0
        self._last = clock()
        self._wrote = False
        self._lock = threading.Lock()

    @property
    def model_path(self) -> Path:
        return self.folder / MODEL_NAME

    @property
    def info_path(self) -> Path:
        return self.folder / INFO_NAME

    # ---- while a run trains -------------------------------------------------------------
    def reset(self) -> None:
        """A run starts: the next autosave is due ``every_s`` seconds from now."""
        self._last = self.clock()

    def due(self) -> bool:
        return self.every_s > 0 and self.clock() - self._last >= self.every_s

    def maybe_save(self, snapshot_fn: Callable[[], Any], corpus_path: str | Path | None = None) -> Path | None:
        """Autosave if due: the path written, or None (not due, or failed: see ``last_error``)."""
        if not self.due():
            return None
        return self.save_now(snapshot_fn(), corpus_path)

    def save_now(self, snapshot: Any, corpus_path: str | Path | None = None) -> Path | None:
        """Write the recovery files now; the path written, or None with ``last_error`` set."""
        from rnn_studio.core import modelfile
        from rnn_studio.core.config import to_dict

        with self._lock:
            self._last = self.clock()
            try:
                owner = self._owner()
                if owner is not None and owner != os.getpid() and process_alive(owner):
                    raise UserError(f"another RNN Studio (process {owner}) is autosaving to {self.folder}")
                self.folder.mkdir(parents=True, exist_ok=True)
                modelfile.save(self.model_path, snapshot)
                best = snapshot.best_val_loss()
                info = {
                    "format": INFO_FORMAT, "version": 1, "saved_at": time.time(), "pid": os.getpid(),
                    "corpus_path": str(corpus_path) if corpus_path is not None else None,
                    "corpus_name": snapshot.corpus.get("name"), "step": snapshot.step,
                    "elapsed_s": snapshot.elapsed_s, "model": to_dict(snapshot.model_cfg),
                    "best_val_loss": best if best is not None and math.isfinite(best) else None,
                }
                write_atomic(self.info_path, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"))
            except UserError as exc:
                self.last_error = f"autosave failed: {exc.message}"
                return None
            except OSError as exc:
                self.last_error = f"autosave failed: cannot write {self.info_path}: {exc.strerror or exc}"
                return None
            self.last_error = None
            self.saves += 1
            self._wrote = True
            return self.model_path

    # ---- at start, and at the end --------------------------------------------------------
    def pending(self) -> RecoveryInfo | None:
        """The run a crash left behind, or None (none, or another running process's)."""
        if not self.model_path.is_file():
            return None
        data = self._read_info()
        info = RecoveryInfo(self.model_path)
        if data is not None:
            pid = _typed(data, "pid", int)
            if pid is not None and pid != os.getpid() and process_alive(pid):
                return None
            model = data.get("model")
            info = RecoveryInfo(
                self.model_path, saved_at=_typed(data, "saved_at", (int, float)),
                step=_typed(data, "step", int), elapsed_s=_typed(data, "elapsed_s", (int, float)),
                corpus_path=_typed(data, "corpus_path", str), corpus_name=_typed(data, "corpus_name", str),
                model=dict(model) if isinstance(model, dict) else {},
                best_val_loss=_typed(data, "best_val_loss", (int, float)), pid=pid)
        else:
            try:
                info.saved_at = self.model_path.stat().st_mtime
            except OSError:
                pass
        return info

    def load(self) -> Any:
        """The recovered run as a ``Snapshot`` (``UserError`` naming the file if it is damaged)."""
        from rnn_studio.core import modelfile
        return modelfile.load(self.model_path)

    def discard(self) -> None:
        """The user declined to recover: remove the recovery files, whoever wrote them."""
        with self._lock:
            self._remove()

    def clear(self) -> None:
        """The run was saved or the window closed cleanly: remove what this process wrote."""
        with self._lock:
            if self._wrote or self._owner() == os.getpid():
                self._remove()
            self._wrote = False
            self._last = self.clock()

    # ---- helpers ---------------------------------------------------------------------------
    def _read_info(self) -> dict | None:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("format") == INFO_FORMAT else None

    def _owner(self) -> int | None:
        if not self.model_path.exists():
            return None
        data = self._read_info()
        return _typed(data, "pid", int) if data is not None else None

    def _remove(self) -> None:
        for p in (self.info_path, self.model_path):   # a model without its sidecar is still found
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                self.last_error = f"cannot remove {p}: {exc.strerror or exc}"

