"""The run store: every training run, from the window or the command line, in one SQLite file.

    store = RunStore()                       # $RNN_STUDIO_RUNS_DB, else <user data>/runs.sqlite
    run_id = store.begin_run({...})          # a row with status 'running' (recorder.py fills it)
    store.append(run_id, reports=[...], evals=[...], samples=[...], summary={...})
    store.finish(run_id, "finished", summary={...})
    store.runs(); store.run(3); store.curves(3); store.samples(3); store.rename(3, "x"); store.delete([3])

Several processes write at once (the window and two command-line runs): the file is in WAL
mode, so readers never wait for writers; every write is one short ``BEGIN IMMEDIATE``
transaction (the write lock is taken first, so no transaction fails half-way on a lock it
cannot upgrade); a busy database is waited for (``busy_timeout``) and a write still refused
as busy is retried. ``synchronous=NORMAL``: a ``kill -9`` loses nothing committed, a power
cut at most the last commits, and the file stays whole either way.

Opening the store upgrades an older schema (runschema.py) and marks interrupted every run
left 'running' whose process is gone. No torch, no Qt.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rnn_studio.core import runschema
from rnn_studio.core.autosave import data_dir
from rnn_studio.core.errors import UserError

ENV_RUNS_DB = "RNN_STUDIO_RUNS_DB"
DB_NAME = "runs.sqlite"
BUSY_S = 30.0           # how long a write waits for another process's transaction
RETRIES = 8             # then retries a write refused as busy this many times
REPORT_COLUMNS = ("step", "elapsed_s", "chars_seen", "train_loss", "chars_per_s", "lr")
EVAL_COLUMNS = ("step", "elapsed_s", "chars_seen", "val_loss", "bpc", "accuracy", "is_best")
T = TypeVar("T")


def store_path(explicit: str | os.PathLike | None = None) -> Path:
    """Where the store is: ``explicit`` (--runs-db), else $RNN_STUDIO_RUNS_DB, else the data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_RUNS_DB)
    return Path(env) if env else data_dir() / DB_NAME


def path_is_chosen(explicit: str | os.PathLike | None = None) -> bool:
    """Whether the user named the store (flag or environment), rather than taking the default."""
    return bool(explicit or os.environ.get(ENV_RUNS_DB))


@dataclass
class Run:
    """One row of ``runs``; a column a newer schema adds is ignored, a missing one is None."""
    id: int
    status: str
    started: float
    name: str | None = None
    ended: float | None = None
    heartbeat: float | None = None
    pid: int | None = None
    host: str | None = None
    proc_token: str | None = None
    source: str | None = None
    cell: str | None = None
    layers: int | None = None
    hidden: int | None = None
    parameters: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    corpus_name: str | None = None
    corpus_path: str | None = None
    corpus_chars: int | None = None
    corpus_bytes: int | None = None
    corpus_sha256: str | None = None
    machine: str | None = None
    cpu: str | None = None
    torch_version: str | None = None
    device: str | None = None
    precision: str | None = None
    model_path: str | None = None
    message: str | None = None
    reason: str | None = None
    steps: int = 0
    chars_seen: int = 0
    elapsed_s: float = 0.0
    chars_per_s: float | None = None
    train_loss: float | None = None
    best_val_loss: float | None = None
    best_step: int | None = None
    final_val_loss: float | None = None
    final_bpc: float | None = None
    final_accuracy: float | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Run:
        names = {f.name for f in dataclasses.fields(cls)}
        data = {k: row[k] for k in row.keys() if k in names}
        try:
            settings = json.loads(data.get("settings") or "{}")
        except ValueError:
            settings = {}
        data["settings"] = settings if isinstance(settings, dict) else {}
        return cls(**data)

    @property
    def label(self) -> str:
        shape = f"{(self.cell or '?').upper()} {self.layers or '?'}×{self.hidden or '?'}"
        return f"#{self.id} {self.name}" if self.name else f"#{self.id} {shape}"


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class RunStore:
    def __init__(self, path: str | os.PathLike | None = None, create: bool = True):
        self.path = store_path(path)
        self._lock = threading.RLock()      # one connection, shared by the UI and a worker thread
        if not self.path.exists():
            if not create:
                raise UserError(f"{self.path}: no run store there (no run has been recorded in it)")
            if not path_is_chosen(path):      # the data folder may not exist yet on a first run
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise UserError(f"{self.path.parent}: cannot make the data folder ({exc})") from None
            elif not self.path.parent.is_dir():
                raise UserError(f"{self.path}: the folder {self.path.parent} does not exist")
        elif self.path.is_dir():
            raise UserError(f"{self.path}: is a folder, not a run store")
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=BUSY_S, isolation_level=None,
                                        check_same_thread=False)
        except sqlite3.Error as exc:
            raise UserError(f"{self.path}: cannot open the run store ({exc})") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self._retry(self._setup)
            self.mark_interrupted()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise UserError(f"{self.path}: not a run store, or a damaged one ({exc})") from None
        except UserError:
            self.conn.close()
            raise

    def _setup(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(BUSY_S * 1000)}")
        if c.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise sqlite3.OperationalError("database is locked (could not switch to WAL)")
        c.execute("PRAGMA synchronous = NORMAL")

        def upgrade(c: sqlite3.Connection) -> None:
            found = runschema.version_of(c)
            if found > runschema.VERSION:
                raise UserError(f"{self.path}: written by a newer RNN Studio (run store version {found}; "
                                f"this one reads up to {runschema.VERSION}); update RNN Studio")
            runschema.migrate(c)
        if runschema.version_of(c) != runschema.VERSION:    # a read first: opening takes no write lock
            self._write(upgrade)

    # ---- transactions ------------------------------------------------------------------------
    def _retry(self, fn: Callable[[], T]) -> T:
        for attempt in range(RETRIES + 1):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or attempt == RETRIES:
                    raise
                time.sleep(0.02 * 2 ** min(attempt, 5))
        raise AssertionError("unreachable")

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one short write transaction, retried whole if the database is busy."""
        def once() -> T:
            with self._lock:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    result = fn(self.conn)
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
                return result
        return self._retry(once)

    def _read(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        def once() -> list[sqlite3.Row]:
            with self._lock:
                return self.conn.execute(sql, args).fetchall()
        return self._retry(once)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -----------------------------------------------------------------------------
    def begin_run(self, info: dict[str, Any]) -> int:
        """A new run, status 'running', owned by this process; ``info`` maps columns to values."""
        row = {**info, **runschema.owner(), "status": "running", "started": info.get("started", time.time())}
        if isinstance(row.get("settings"), dict):
            row["settings"] = json.dumps(row["settings"])
        names = list(row)
        sql = f"INSERT INTO runs ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        return self._write(lambda c: int(c.execute(sql, [row[n] for n in names]).lastrowid))

    def append(self, run_id: int, reports: Iterable[tuple] = (), evals: Iterable[tuple] = (),
               samples: Iterable[tuple] = (), summary: dict[str, Any] | None = None) -> None:
        """Add rows (tuples in REPORT_COLUMNS / EVAL_COLUMNS / (step, prompt, text) order) and
        update the run's summary columns and heartbeat, in one transaction."""
        def write(c: sqlite3.Connection) -> None:
            c.executemany(f"INSERT INTO reports (run_id, {', '.join(REPORT_COLUMNS)}) VALUES (?{', ?' * 6})",
                          [(run_id, *r) for r in reports])
            c.executemany(f"INSERT INTO evals (run_id, {', '.join(EVAL_COLUMNS)}) VALUES (?{', ?' * 7})",
                          [(run_id, *r) for r in evals])
            c.executemany("INSERT INTO samples (run_id, step, prompt, text) VALUES (?, ?, ?, ?)",
                          [(run_id, *s) for s in samples])
            _update(c, run_id, {**(summary or {}), "heartbeat": time.time()})
        self._write(write)

    def finish(self, run_id: int, status: str, **columns: Any) -> None:
        """End a run: its status (runschema.STATUSES), end time, and any other columns."""
        self._write(lambda c: _update(c, run_id, {**columns, "status": status, "ended": time.time()}))

    def update(self, run_id: int, **columns: Any) -> None:
        self._write(lambda c: _update(c, run_id, columns))

    def rename(self, run_id: int, name: str) -> None:
        self.run(run_id)
        self.update(run_id, name=name.strip() or None)

    def delete(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        for i in ids:         # an unknown or running run is refused before anything is deleted
            if self.run(i).status == "running":
                raise UserError(f"run {i} is still training; stop it before deleting it")

        def write(c: sqlite3.Connection) -> None:
            for table in ("reports", "evals", "samples"):
                c.executemany(f"DELETE FROM {table} WHERE run_id = ?", [(i,) for i in ids])
            c.executemany("DELETE FROM runs WHERE id = ?", [(i,) for i in ids])
        self._write(write)

    def mark_interrupted(self) -> list[int]:
        """Mark 'interrupted' every run left 'running' whose process is gone; their ids."""
        rows = self._read("SELECT id, pid, host, proc_token, heartbeat, started FROM runs WHERE status = 'running'")
        dead = [r for r in rows if runschema.is_dead(r["pid"], r["host"], r["proc_token"], r["heartbeat"])]

        def write(c: sqlite3.Connection) -> None:
            c.executemany("UPDATE runs SET status = 'interrupted', ended = ? WHERE id = ? AND status = 'running'",
                          [(r["heartbeat"] or r["started"], r["id"]) for r in dead])
        if dead:
            self._write(write)
        return [r["id"] for r in dead]

    # ---- reading -----------------------------------------------------------------------------
    def runs(self, ids: Iterable[int] | None = None) -> list[Run]:
        """All runs, newest first; or the runs ``ids`` in that order (an unknown id is refused)."""
        if ids is not None:
            return [self.run(i) for i in ids]
        return [Run.from_row(r) for r in self._read("SELECT * FROM runs ORDER BY id DESC")]

    def run(self, run_id: int) -> Run:
        rows = self._read("SELECT * FROM runs WHERE id = ?", (int(run_id),))
        if not rows:
            raise UserError(f"no run {run_id} in {self.path}")
        return Run.from_row(rows[0])

    def curves(self, run_id: int) -> dict[str, dict[str, list]]:
        """The run's reports and evaluations as columns: {'reports': {...}, 'evals': {...}}."""
        out: dict[str, dict[str, list]] = {}
        for table, columns in (("reports", REPORT_COLUMNS), ("evals", EVAL_COLUMNS)):
            rows = self._read(f"SELECT {', '.join(columns)} FROM {table} WHERE run_id = ? ORDER BY step, rowid",
                              (int(run_id),))
            out[table] = {name: [r[i] for r in rows] for i, name in enumerate(columns)}
        return out

    def samples(self, run_id: int) -> list[dict[str, Any]]:
        rows = self._read("SELECT step, prompt, text FROM samples WHERE run_id = ? ORDER BY step, rowid",
                          (int(run_id),))
        return [dict(r) for r in rows]

    def integrity(self) -> str:
        return self._read("PRAGMA integrity_check")[0][0]


def _update(c: sqlite3.Connection, run_id: int, columns: dict[str, Any]) -> None:
    if not columns:
        return
    names = list(columns)
    c.execute(f"UPDATE runs SET {', '.join(n + ' = ?' for n in names)} WHERE id = ?",
              [columns[n] for n in names] + [run_id])
