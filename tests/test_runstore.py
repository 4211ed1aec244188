"""The run store and the recorder: what a run records, batching, migration, interrupted runs."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import threading

import pytest

from rnn_studio.core import events as ev
from rnn_studio.core import runschema
from rnn_studio.core.errors import UserError
from rnn_studio.core.recorder import Recorder
from rnn_studio.core.runstore import RunStore, store_path

# The schema as version 1 shipped it, frozen here: a newer program must open such a file.
V1_SQL = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL, started REAL NOT NULL,
    ended REAL, heartbeat REAL, pid INTEGER, host TEXT, proc_token TEXT, source TEXT, cell TEXT,
    layers INTEGER, hidden INTEGER, parameters INTEGER, settings TEXT NOT NULL DEFAULT '{}',
    corpus_name TEXT, corpus_path TEXT, corpus_chars INTEGER, corpus_bytes INTEGER, corpus_sha256 TEXT,
    machine TEXT, cpu TEXT, torch_version TEXT, device TEXT, precision TEXT, model_path TEXT, message TEXT,
    steps INTEGER NOT NULL DEFAULT 0, chars_seen INTEGER NOT NULL DEFAULT 0, elapsed_s REAL NOT NULL DEFAULT 0,
    chars_per_s REAL, train_loss REAL, best_val_loss REAL, final_val_loss REAL, final_bpc REAL,
    final_accuracy REAL);
CREATE TABLE reports (run_id INTEGER NOT NULL, step INTEGER NOT NULL, elapsed_s REAL, chars_seen INTEGER,
    train_loss REAL, chars_per_s REAL, lr REAL);
CREATE INDEX reports_run ON reports (run_id, step);
CREATE TABLE evals (run_id INTEGER NOT NULL, step INTEGER NOT NULL, elapsed_s REAL, chars_seen INTEGER,
    val_loss REAL, bpc REAL, accuracy REAL);
CREATE INDEX evals_run ON evals (run_id, step);
CREATE TABLE samples (run_id INTEGER NOT NULL, step INTEGER NOT NULL, prompt TEXT, text TEXT);
CREATE INDEX samples_run ON samples (run_id, step);
CREATE INDEX runs_status ON runs (status);
INSERT INTO schema_version (version) VALUES (1);
"""


@pytest.fixture
def store(runs_db):
    s = RunStore(runs_db)
    yield s
    s.close()


def _trained(store, small_corpus, tiny_configs, **kw):
    from rnn_studio.core.trainer import Trainer
    model_cfg, train_cfg = tiny_configs(**kw)
    trainer = Trainer(small_corpus, model_cfg, train_cfg)
    rec = Recorder.begin(store, trainer, small_corpus, model_path="model.rnn", source="test")
    trainer.callbacks.append(rec)
    result = trainer.run()
    rec.close()
    return trainer, rec, result


def test_a_run_records_its_settings_corpus_machine_curves_and_samples(store, small_corpus, tiny_configs):
    import torch
    trainer, rec, _ = _trained(store, small_corpus, tiny_configs, steps=12, log_every=2, eval_every=6,
                               sample_every=6, sample_length=10)
    run = store.run(rec.run_id)
    assert run.status == "finished" and run.reason == "budget" and run.source == "test"
    assert run.settings == {"model": dataclasses.asdict(trainer.model_cfg), "train": dataclasses.asdict(trainer.cfg)}
    assert (run.cell, run.layers, run.hidden) == ("lstm", 1, 16)
    assert run.parameters == sum(p.numel() for p in trainer.model.parameters())
    assert (run.corpus_name, run.corpus_chars, run.corpus_sha256) == ("small.txt", small_corpus.n_chars,
                                                                      small_corpus.sha256)
    assert run.machine and run.cpu and run.torch_version == torch.__version__
    assert run.device == "cpu" and run.precision in ("float32", "bfloat16")
    assert run.model_path.endswith("model.rnn")
    assert run.ended >= run.started
    assert (run.steps, run.chars_seen) == (12, trainer.chars_seen)
    curves = store.curves(rec.run_id)
    assert curves["reports"]["step"] == [2, 4, 6, 8, 10, 12]
    assert curves["reports"]["train_loss"] == pytest.approx(trainer.history.train_loss, abs=1e-4)
    assert all(lr > 0 for lr in curves["reports"]["lr"])
    assert curves["evals"]["step"] == [6, 12]
    assert curves["evals"]["val_loss"] == pytest.approx(trainer.history.val_loss, abs=1e-4)
    assert run.best_val_loss == pytest.approx(min(trainer.history.val_loss), abs=1e-5)   # the history keeps 5 decimals
    assert run.final_val_loss == pytest.approx(trainer.history.val_loss[-1], abs=1e-5)
    assert [s["step"] for s in store.samples(rec.run_id)] == [6, 12]
    assert all(len(s["text"]) == 10 for s in store.samples(rec.run_id))


def test_step_reports_are_written_in_batches(store):
    rec = Recorder(store, store.begin_run({"cell": "rnn"}), flush_every=50, flush_s=1e9)
    for step in range(1, 121):
        rec(ev.StepEvent(step, 200, step * 0.01, step * 64, 2.0, 6400.0, 1e-3, step / 200, None))
    assert rec.writes == 2                       # 120 reports: two batches of 50, 20 still buffered
    rec(ev.EvalEvent(120, 1.2, 7680, 1.5, 2.16, 0.4))
    assert rec.writes == 3                       # an evaluation writes at once, with the buffer
    assert len(store.curves(rec.run_id)["reports"]["step"]) == 120
    assert store.run(rec.run_id).steps == 120


def test_how_a_run_ends_becomes_its_status(store):
    def ended(*events):
        rec = Recorder(store, store.begin_run({}))
        for e in events:
            rec(e)
        rec.close()
        return store.run(rec.run_id)
    assert ended(ev.DoneEvent(5, "stopped", 1.0, None)).status == "stopped"
    assert ended(ev.FailedEvent(5, "loss became nan at step 5; try a lower learning rate", 4)).status == "diverged"
    assert ended(ev.FailedEvent(5, "this machine ran out of memory at step 5", 4)).status == "failed"
    assert ended(ev.StepEvent(1, 5, 0.1, 64, 2.0, 640.0, 1e-3, 0.2, None)).status == "interrupted"


def test_fields_a_newer_trainer_adds_are_read_when_present(store):
    @dataclasses.dataclass
    class BestEval(ev.EvalEvent):
        is_best: bool = False

    @dataclasses.dataclass
    class EarlyDone(ev.DoneEvent):
        best_step: int | None = None
    rec = Recorder(store, store.begin_run({}))
    rec(BestEval(10, 1.0, 640, 1.2, 1.7, 0.5, is_best=True))
    rec(BestEval(20, 2.0, 1280, 1.1, 1.6, 0.5, is_best=False))     # lower, but the trainer says not kept
    rec(EarlyDone(20, "early_stop", 2.0, 1.2, best_step=10))
    run = store.run(rec.run_id)
    assert (run.status, run.reason, run.best_step, run.best_val_loss) == ("finished", "early_stop", 10, 1.2)
    assert store.curves(rec.run_id)["evals"]["is_best"] == [1, 0]


def test_a_failing_store_never_stops_training(store):
    errors = []
    rec = Recorder(store, store.begin_run({}), on_error=errors.append)
    store.close()
    rec(ev.EvalEvent(1, 0.1, 64, 2.0, 2.9, 0.1))
    rec(ev.DoneEvent(1, "budget", 0.1, 2.0))
    assert rec.error and errors == [rec.error]


def test_an_older_database_is_upgraded_and_keeps_its_runs(runs_db):
    conn = sqlite3.connect(runs_db)
    conn.executescript(V1_SQL)
    conn.execute("INSERT INTO runs (status, started, cell, layers, hidden, settings, best_val_loss) "
                 "VALUES ('finished', 1.0e9, 'gru', 2, 64, '{\"model\": {\"cell\": \"gru\"}}', 1.25)")
    conn.execute("INSERT INTO evals VALUES (1, 10, 1.0, 640, 1.25, 1.8, 0.6)")
    conn.commit()
    conn.close()
    with RunStore(runs_db) as s:
        assert runschema.version_of(s.conn) == runschema.VERSION
        run = s.run(1)
        assert (run.cell, run.layers, run.best_val_loss, run.name) == ("gru", 2, 1.25, None)
        assert s.curves(1)["evals"]["is_best"] == [None]
        s.rename(1, "deep gru")
        assert s.run(1).name == "deep gru"
        assert s.integrity() == "ok"


def test_a_database_from_a_newer_program_is_refused_in_words(runs_db):
    RunStore(runs_db).close()
    conn = sqlite3.connect(runs_db)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="newer RNN Studio"):
        RunStore(runs_db)


def test_a_file_that_is_not_a_store_is_refused_in_words(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("these are my notes, not a database " * 100)
    with pytest.raises(UserError, match="not a run store"):
        RunStore(bad)
    with pytest.raises(UserError, match="no run store"):
        RunStore(tmp_path / "absent.sqlite", create=False)
    with pytest.raises(UserError, match="does not exist"):
        RunStore(tmp_path / "no" / "such" / "runs.sqlite")


def test_runs_whose_process_is_gone_are_marked_interrupted_at_open(runs_db):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    with RunStore(runs_db) as s:
        mine = s.begin_run({"cell": "rnn"})
        dead = s.begin_run({"cell": "lstm"})
        reused = s.begin_run({"cell": "gru"})
        s.update(dead, pid=dead_pid)
        s.update(reused, proc_token="not this process's start time")     # our id, another process
    with RunStore(runs_db) as s:
        assert s.run(mine).status == "running"
        assert s.run(dead).status == "interrupted" and s.run(reused).status == "interrupted"
        assert s.run(dead).ended is not None


def test_store_path_comes_from_the_flag_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RNN_STUDIO_RUNS_DB", str(tmp_path / "env.sqlite"))
    assert store_path() == tmp_path / "env.sqlite"
    assert store_path(tmp_path / "flag.sqlite") == tmp_path / "flag.sqlite"
    monkeypatch.delenv("RNN_STUDIO_RUNS_DB")
    monkeypatch.setenv("RNN_STUDIO_DATA_DIR", str(tmp_path / "data"))
    assert store_path() == tmp_path / "data" / "runs.sqlite"


def test_two_threads_with_their_own_connections_write_at_once(runs_db):
    RunStore(runs_db).close()
    barrier = threading.Barrier(2)
    ids, errors = [], []

    def write() -> None:
        try:
            with RunStore(runs_db) as s:
                rec = Recorder(s, s.begin_run({}), flush_every=1)
                ids.append(rec.run_id)
                barrier.wait()
                for step in range(1, 201):
                    rec(ev.StepEvent(step, 200, 0.0, step, 1.0, 1.0, 1e-3, step / 200, None))
                rec(ev.DoneEvent(200, "budget", 1.0, None))
                assert rec.error is None, rec.error
        except BaseException as exc:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(exc)
    threads = [threading.Thread(target=write) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with RunStore(runs_db) as s:
        for i in ids:
            assert s.run(i).status == "finished"
            assert s.curves(i)["reports"]["step"] == list(range(1, 201))


def test_a_run_still_training_cannot_be_deleted(store):
    running = store.begin_run({"cell": "rnn"})
    done = store.begin_run({"cell": "gru"})
    store.finish(done, "finished")
    with pytest.raises(UserError, match="still training"):
        store.delete([done, running])
    assert [r.id for r in store.runs()] == [done, running]
    store.delete([done])
    assert [r.id for r in store.runs()] == [running]
