"""``rnn-studio train`` records runs; ``rnn-studio runs ...`` reads, compares and edits them."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import time

import pytest

from rnn_studio.core.runstore import RunStore
from rnn_studio.paths import corpora_dir

CONTRACT = ("id", "status", "cell", "layers", "hidden", "steps", "best_val_loss", "corpus_sha256", "started")
HELLO = corpora_dir() / "hello.txt"


@pytest.fixture
def flags(hello_setup):
    """The lecture's example as flags, evaluating every 20 steps and sampling every 30."""
    return [*hello_setup["flags"], "--eval-every", "20", "--sample-every", "30"]


@pytest.fixture
def train(cli, tmp_path, flags):
    def run(*extra, name="m"):
        r = cli(["train", HELLO, *flags, "--quiet", "--out", tmp_path / f"{name}.rnn", *extra])
        assert r.code == 0, r.err
        return r
    return run


def test_train_records_the_run_and_list_json_has_the_contract_fields(cli, train):
    train("--cell", "gru", name="a")
    r = cli(["runs", "list", "--json"])
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert len(rows) == 1 and set(CONTRACT) <= set(rows[0])
    row = rows[0]
    assert (row["status"], row["cell"], row["layers"], row["hidden"], row["steps"]) == ("finished", "gru", 1, 8, 60)
    import hashlib
    assert row["corpus_sha256"] == hashlib.sha256(HELLO.read_bytes()).hexdigest()
    assert row["best_val_loss"] > 0 and row["started"].startswith(time.strftime("%Y-"))
    text = cli(["runs", "list"])
    assert text.code == 0 and "GRU 1×8" in text.out and "hello.txt" in text.out


def test_show_compare_rename_delete(cli, train, tmp_path):
    train(name="a")
    train("--cell", "lstm", name="b")
    shown = cli(["runs", "show", "2", "--json"])
    data = json.loads(shown.out)
    assert data["cell"] == "lstm" and data["settings"]["train"]["eval_every"] == 20
    assert data["reports"]["step"] == [10, 20, 30, 40, 50, 60] and data["evals"]["step"] == [20, 40, 60]
    assert [s["step"] for s in data["samples"]] == [30, 60] and data["torch_version"]
    assert "LSTM, 1 layer × 8 units" in cli(["runs", "show", "2"]).out
    out = tmp_path / "compare.csv"
    r = cli(["runs", "compare", "1", "2", "--csv", out])
    assert r.code == 0, r.err
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0])
    for name in CONTRACT + ("final_val_loss", "bpc", "accuracy", "parameters", "chars_seen", "time_s",
                            "chars_per_s", "train.lr", "model.embedding"):
        assert name in header
    assert [row["cell"] for row in rows] == ["rnn", "lstm"]
    assert cli(["runs", "rename", "1", "baseline"]).code == 0
    assert json.loads(cli(["runs", "show", "1", "--json"]).out)["name"] == "baseline"
    assert cli(["runs", "delete", "1"]).code == 0
    assert [row["id"] for row in json.loads(cli(["runs", "list", "--json"]).out)] == [2]
    assert (tmp_path / "a.rnn").exists()          # deleting a run keeps its model file


def test_bad_ids_and_a_missing_store_are_refused_in_words(cli, train, tmp_path):
    train()
    for argv in (["runs", "show", "7"], ["runs", "compare", "1", "7"], ["runs", "delete", "1", "7"],
                 ["runs", "rename", "7", "x"], ["runs", "list", "--runs-db", tmp_path / "none.sqlite"],
                 ["runs", "show", "1", "--runs-db", tmp_path / "none.sqlite"]):
        r = cli(argv)
        assert r.code == 2 and r.err.startswith("error: ") and "Traceback" not in r.err, argv
    assert cli(["runs", "show", "1"]).code == 0          # the refused delete deleted nothing


def test_no_record_and_runs_db(cli, train, tmp_path, runs_db):
    train("--no-record")
    assert not runs_db.exists()
    other = tmp_path / "other.sqlite"
    train("--runs-db", other)
    assert not runs_db.exists()
    assert len(json.loads(cli(["runs", "list", "--json", "--runs-db", other]).out)) == 1
    assert len(json.loads(cli(["runs", "--runs-db", other, "list", "--json"]).out)) == 1


def test_environment_variable_moves_the_store(run_module, hello_setup, tmp_path, runs_db):
    r = run_module("train", str(HELLO), *hello_setup["flags"], "--quiet", "--out", str(tmp_path / "m.rnn"))
    assert r.returncode == 0, r.stderr
    with RunStore(runs_db, create=False) as s:      # RNN_STUDIO_RUNS_DB, set by the fixture
        assert [run.status for run in s.runs()] == ["finished"]


def test_two_runs_started_at_the_same_moment_are_both_recorded_completely(spawn_module, flags, tmp_path, runs_db):
    procs = [spawn_module("train", HELLO, *flags, "--steps", "200", "--quiet", "--cell", cell,
                          "--out", tmp_path / f"{cell}.rnn") for cell in ("rnn", "gru")]
    errs = [p.communicate(timeout=180)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("locked" in e or "warning" in e for e in errs), errs
    with RunStore(runs_db, create=False) as s:
        runs = sorted(s.runs(), key=lambda r: r.cell)
        assert [(r.cell, r.status, r.steps) for r in runs] == [("gru", "finished", 200), ("rnn", "finished", 200)]
        for r in runs:
            curves = s.curves(r.id)
            assert curves["reports"]["step"] == list(range(10, 201, 10))
            assert curves["evals"]["step"] == list(range(20, 201, 20))
            assert len(s.samples(r.id)) == 6


def _poll(db, sql: str, deadline_s: float = 120):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            with sqlite3.connect(db) as conn:
                row = conn.execute(sql).fetchone()
            if row:
                return row
        except sqlite3.OperationalError:       # not created yet
            pass
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for: {sql}")


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_kill_9_mid_run_leaves_a_whole_database_with_the_run_interrupted(spawn_module, hello_setup, tmp_path,
                                                                         runs_db):
    p = spawn_module("train", HELLO, *hello_setup["flags"], "--steps", "100000000", "--eval-every", "25",
               "--log-every", "1", "--quiet", "--out", str(tmp_path / "long.rnn"))
    try:
        _poll(runs_db, "SELECT id FROM runs r WHERE status = 'running' AND "
                       "(SELECT COUNT(*) FROM evals e WHERE e.run_id = r.id) >= 2")
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(30)
    with RunStore(runs_db, create=False) as s:
        assert s.integrity() == "ok"
        (run,) = s.runs()
        assert run.status == "interrupted" and run.steps >= 50 and run.ended is not None
        assert len(s.curves(run.id)["evals"]["step"]) >= 2


def test_compare_cells_trains_each_cell_and_depth_in_turn(cli, tmp_path):
    r = cli(["runs", "compare-cells", HELLO, "--cells", "rnn,gru", "--layers", "1,2", "--one-hot",
             "--hidden", "8", "--seq-len", "16", "--batch-size", "8", "--steps", "20", "--eval-every", "10",
             "--sample-every", "0", "--device", "cpu", "--warmup-steps", "0", "--out-dir", tmp_path])
    assert r.code == 0, r.err
    assert "[4/4] GRU 2×8: finished" in r.out
    rows = json.loads(cli(["runs", "list", "--json"]).out)[::-1]
    assert [(x["cell"], x["layers"], x["status"], x["steps"]) for x in rows] == [
        ("rnn", 1, "finished", 20), ("rnn", 2, "finished", 20), ("gru", 1, "finished", 20), ("gru", 2, "finished", 20)]
    assert sorted(p.name for p in tmp_path.glob("*.rnn")) == ["hello-gru-1x8.rnn", "hello-gru-2x8.rnn",
                                                               "hello-rnn-1x8.rnn", "hello-rnn-2x8.rnn"]
    bad = cli(["runs", "compare-cells", HELLO, "--cells", "rnn,transformer", "--steps", "5"])
    assert bad.code == 2 and bad.err.startswith("error: cells must be among")


def test_a_store_that_cannot_be_used_is_refused_before_training(cli, hello_setup, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database " * 200)
    r = cli(["train", HELLO, *hello_setup["flags"], "--quiet", "--out", tmp_path / "m.rnn", "--runs-db", notes])
    assert r.code == 2 and r.err.startswith("error: ") and "not a run store" in r.err
    assert not (tmp_path / "m.rnn").exists()
    r = cli(["train", HELLO, *hello_setup["flags"], "--quiet", "--out", tmp_path / "m.rnn",
             "--runs-db", tmp_path / "no" / "runs.sqlite"])
    assert r.code == 2 and "does not exist" in r.err
