"""Autosave (rnn_studio/core/autosave.py): the engine half of "recover the run after a crash".

The window wires an Autosaver to its training thread; these tests drive the API directly.
The SIGKILL version, a real crashed process, is in test_crash_save.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from robust_helpers import tiny_train

from rnn_studio.core import autosave, modelfile
from rnn_studio.core import events as ev
from rnn_studio.core.autosave import Autosaver, RecoveryInfo
from rnn_studio.core.config import ModelConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.trainer import Trainer


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def test_the_folder_comes_from_the_environment(data_dir, monkeypatch):
    assert Autosaver().folder == data_dir
    monkeypatch.delenv("RNN_STUDIO_DATA_DIR")
    folder = autosave.data_dir()                  # platformdirs' choice; nothing is created
    assert folder.name in ("rnn-studio", "RNN Studio", "rnn_studio") or "rnn-studio" in str(folder)


def test_nothing_pending_at_first(data_dir):
    assert Autosaver().pending() is None
    assert not data_dir.exists()          # looking creates nothing


def test_maybe_save_waits_for_the_interval(snapshot):
    clock = Clock()
    saver = Autosaver(every_s=300, clock=clock)
    calls = []

    def snap():
        calls.append(1)
        return snapshot
    assert saver.maybe_save(snap) is None and calls == []      # not due: no snapshot is even taken
    clock.t += 299
    assert saver.maybe_save(snap) is None and calls == []
    clock.t += 1
    assert saver.maybe_save(snap, corpus_path="/texts/small.txt") == saver.model_path and calls == [1]
    assert saver.maybe_save(snap) is None                       # the clock restarted
    clock.t += 300
    assert saver.maybe_save(snap) == saver.model_path and saver.saves == 2
    assert Autosaver(every_s=0, clock=clock).maybe_save(snap) is None   # 0 turns it off


def test_a_crashed_run_is_found_and_loads_with_its_history(text_corpus):
    """A training run autosaving through a callback; the process 'dies'; a fresh start recovers it."""
    clock = Clock()
    saver = Autosaver(every_s=60, clock=clock)
    trainer = None

    def tick(e):   # the window would do this from its training thread, between steps
        if isinstance(e, ev.StepEvent):
            clock.t += 25
            saver.maybe_save(trainer.snapshot, corpus_path="/texts/small.txt")
    trainer = Trainer(text_corpus, ModelConfig(cell="gru", hidden=8, embedding=4),
                      tiny_train(steps=7, eval_every=3), callbacks=[tick])
    trainer.run()
    assert saver.saves == 2                      # at steps 3 and 6 (75 s and 150 s)
    del saver                                    # … and the process dies without clear()

    fresh = Autosaver()
    info = fresh.pending()
    assert isinstance(info, RecoveryInfo)
    assert (info.step, info.corpus_path, info.corpus_name, info.pid) == (6, "/texts/small.txt", "small.txt", os.getpid())
    assert info.model["cell"] == "gru" and info.best_val_loss is not None
    assert info.describe(now=info.saved_at + 120) == "GRU 1×8, on small.txt, step 6, saved 2 minutes ago"
    snap = fresh.load()
    assert snap.step == 6 and snap.history.step == [1, 2, 3, 4, 5, 6] and snap.history.val_step == [3]
    # Resuming from it continues the run, history and all.
    resumed = Trainer(text_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    resumed.run()
    assert resumed.history.step == [1, 2, 3, 4, 5, 6, 7]
    fresh.discard()
    assert fresh.pending() is None and not fresh.model_path.exists() and not fresh.info_path.exists()


def test_clear_removes_only_what_this_saver_wrote(snapshot):
    first = Autosaver(every_s=1)
    first.save_now(snapshot)
    other = Autosaver(every_s=1)
    other.clear()                                  # wrote nothing, but the files are this process's
    assert other.pending() is None
    first.save_now(snapshot)
    # A recovery left by another (dead) process is not ours to clear: only discard() drops it.
    data = json.loads(first.info_path.read_text())
    data["pid"] = 999_999_999
    first.info_path.write_text(json.dumps(data))
    Autosaver().clear()
    assert Autosaver().pending() is not None
    Autosaver().discard()
    assert Autosaver().pending() is None


def test_a_running_process_keeps_its_recovery(snapshot):
    """Two windows: the second neither offers the first one's live run nor overwrites it."""
    saver = Autosaver()
    saver.save_now(snapshot)
    data = json.loads(saver.info_path.read_text())
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as alive:
        try:
            data["pid"] = alive.pid
            saver.info_path.write_text(json.dumps(data))
            second = Autosaver()
            assert second.pending() is None
            assert second.save_now(snapshot) is None and "another RNN Studio" in second.last_error
        finally:
            alive.kill()
    alive.wait()
    assert Autosaver().pending() is not None       # once it has gone, its run is offered


def test_a_missing_or_damaged_sidecar_still_offers_the_model(snapshot):
    saver = Autosaver()
    saver.save_now(snapshot)
    for damage in ("", "{not json", "[1, 2]", json.dumps({"format": "rnn-studio-recovery", "step": "x",
                                                          "pid": True, "model": 5, "saved_at": "noon"})):
        saver.info_path.write_text(damage)
        info = Autosaver().pending()
        assert info is not None and info.model_path == saver.model_path
        assert isinstance(info.describe(), str)
    saver.info_path.unlink()
    assert Autosaver().pending().step is None and Autosaver().load().step == snapshot.step


def test_a_damaged_recovery_file_is_a_user_error(snapshot):
    saver = Autosaver()
    saver.save_now(snapshot)
    saver.model_path.write_bytes(saver.model_path.read_bytes()[:100])
    assert Autosaver().pending() is not None
    with pytest.raises(UserError, match="recovery.rnn"):
        Autosaver().load()


def test_a_failed_autosave_never_stops_training(snapshot, monkeypatch, data_dir):
    import errno
    clock = Clock()
    saver = Autosaver(every_s=10, clock=clock)

    def full(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    clock.t += 10
    assert saver.maybe_save(lambda: snapshot) is None
    assert "No space left on device" in saver.last_error and "recovery.rnn" in saver.last_error
    assert saver.maybe_save(lambda: snapshot) is None   # not retried at every step …
    monkeypatch.undo()
    monkeypatch.setenv("RNN_STUDIO_DATA_DIR", str(data_dir))
    clock.t += 10                                        # … but at the next interval
    assert saver.maybe_save(lambda: snapshot) == saver.model_path and saver.last_error is None
    assert sorted(p.name for p in data_dir.iterdir()) == ["recovery.json", "recovery.rnn"]


def test_the_module_imports_neither_torch_nor_qt(run_module):
    code = ("import sys, rnn_studio.core.autosave as a; a.Autosaver().pending(); "
            "print(sorted(m for m in ('torch', 'PySide6', 'safetensors') if m in sys.modules))")
    proc = run_module(code=code)
    assert proc.returncode == 0 and proc.stdout.strip() == "[]", proc.stderr


def test_snapshots_from_the_loop_are_what_it_saves(snapshot):
    saver = Autosaver()
    path = saver.save_now(snapshot, corpus_path=None)
    loaded = modelfile.load(path)
    assert loaded.step == snapshot.step and loaded.history == snapshot.history
    assert json.loads(saver.info_path.read_text())["corpus_path"] is None
