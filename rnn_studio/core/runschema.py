"""The run store's schema, its forward migrations, and how to tell a dead run's process.

The database carries its schema version in a one-row table ``schema_version``. Each entry of
``MIGRATIONS`` takes a database from version i to i + 1; opening a database applies the
missing ones in one write transaction, so a newer program opens (and upgrades) an older
database, and two processes opening an old database at once upgrade it once. A database
written by a newer program (a version above ``VERSION``) is refused with words: an older
program cannot know what the newer columns mean. Never edit a migration that has shipped;
append a new one.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time

from rnn_studio.core.fsutil import process_alive

# Version 1: runs with their summary, reports, evaluations and samples.
_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    status TEXT NOT NULL,
    started REAL NOT NULL,
    ended REAL,
    heartbeat REAL,
    pid INTEGER,
    host TEXT,
    proc_token TEXT,
    source TEXT,
    cell TEXT,
    layers INTEGER,
    hidden INTEGER,
    parameters INTEGER,
    settings TEXT NOT NULL DEFAULT '{}',
    corpus_name TEXT,
    corpus_path TEXT,
    corpus_chars INTEGER,
    corpus_bytes INTEGER,
    corpus_sha256 TEXT,
    machine TEXT,
    cpu TEXT,
    torch_version TEXT,
    device TEXT,
    precision TEXT,
    model_path TEXT,
    message TEXT,
    steps INTEGER NOT NULL DEFAULT 0,
    chars_seen INTEGER NOT NULL DEFAULT 0,
    elapsed_s REAL NOT NULL DEFAULT 0,
    chars_per_s REAL,
    train_loss REAL,
    best_val_loss REAL,
    final_val_loss REAL,
    final_bpc REAL,
    final_accuracy REAL
);
CREATE TABLE reports (
    run_id INTEGER NOT NULL, step INTEGER NOT NULL, elapsed_s REAL, chars_seen INTEGER,
    train_loss REAL, chars_per_s REAL, lr REAL
);
CREATE INDEX reports_run ON reports (run_id, step);
CREATE TABLE evals (
    run_id INTEGER NOT NULL, step INTEGER NOT NULL, elapsed_s REAL, chars_seen INTEGER,
    val_loss REAL, bpc REAL, accuracy REAL
);
CREATE INDEX evals_run ON evals (run_id, step);
CREATE TABLE samples (run_id INTEGER NOT NULL, step INTEGER NOT NULL, prompt TEXT, text TEXT);
CREATE INDEX samples_run ON samples (run_id, step);
CREATE INDEX runs_status ON runs (status);
INSERT INTO schema_version (version) VALUES (0);
"""

# Version 2: a name the user gives a run; why it ended; the best evaluation (keep-best).
_V2 = """
ALTER TABLE runs ADD COLUMN name TEXT;
ALTER TABLE runs ADD COLUMN reason TEXT;
ALTER TABLE runs ADD COLUMN best_step INTEGER;
ALTER TABLE evals ADD COLUMN is_best INTEGER;
"""

MIGRATIONS: list[str] = [_V1, _V2]
VERSION = len(MIGRATIONS)

STATUSES = ("running", "finished", "stopped", "diverged", "failed", "interrupted")
# A run on another machine (a shared folder) is judged by its heartbeat only.
FOREIGN_STALE_S = 24 * 3600.0


def version_of(conn: sqlite3.Connection) -> int:
    """The database's schema version; 0 for an empty database."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, upto: int = VERSION) -> int:
    """Apply the missing migrations; the caller holds a write transaction. Returns the old version."""
    old = version_of(conn)
    for v in range(old, upto):
        for statement in MIGRATIONS[v].split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("UPDATE schema_version SET version = ?", (v + 1,))
    return old


# ---- whether a run's process still runs ----------------------------------------------------
def host_name() -> str:
    return socket.gethostname()


def process_token(pid: int) -> str | None:
    """What tells this process from a later one given the same id: its start time (Linux);
    None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else None     # field 22, starttime (clock ticks since boot)


def owner() -> dict:
    """The columns that name the process recording a run."""
    pid = os.getpid()
    return {"pid": pid, "host": host_name(), "proc_token": process_token(pid), "heartbeat": time.time()}


def is_dead(pid: int | None, host: str | None, token: str | None, heartbeat: float | None,
            now: float | None = None) -> bool:
    """Whether the process that recorded a 'running' run is gone (a crash, a kill -9)."""
    now = time.time() if now is None else now
    if host != host_name():
        return heartbeat is not None and now - heartbeat > FOREIGN_STALE_S
    if pid is None or not process_alive(pid):
        return True
    current = process_token(pid)
    return token is not None and current is not None and current != token    # the id was reused
