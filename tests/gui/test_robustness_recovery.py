"""Losing nothing (issue 5): autosave and recovery after a crash, a full or read-only disk
when saving, and a run that diverges."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys

import pytest
from gui_helpers import WAIT_MS, saved, set_tiny, shot
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from rnn_studio.core import modelfile
from rnn_studio.core.autosave import Autosaver
from rnn_studio.gui import MainWindow

DIVERGED = re.compile(r"(loss became (nan|inf|-inf)|the gradient became infinite|the weights became "
                      r"(nan|infinite|too large \([^)]*\))) at step (\d+); weights from step (\d+) kept; "
                      r"try a lower learning rate")


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crashed_run(corpus_file, steps: int = 30):
    """What a window that crashed mid-run leaves behind: a recovery file written by a
    process that no longer runs. Returns the snapshot it holds."""
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.trainer import Trainer

    trainer = Trainer(load_corpus(corpus_file), ModelConfig(cell="gru", hidden=16, embedding=8),
                      TrainConfig(seq_len=32, batch_size=8, steps=steps, eval_every=10, sample_every=0,
                                  device="cpu", log_every=1, warmup_steps=0))
    trainer.run()
    snap = trainer.snapshot()
    saver = Autosaver()
    assert saver.save_now(snap, corpus_path=str(corpus_file)) is not None
    info = json.loads(saver.info_path.read_text())
    info["pid"] = dead_pid()
    saver.info_path.write_text(json.dumps(info))
    return snap


def test_a_crashed_run_is_offered_and_recovered_with_its_history(qtbot, corpus_file, dialogs, data_dir):
    snap = crashed_run(corpus_file)
    dialogs.recover_answer = "recover"
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.recoveryHandled, timeout=WAIT_MS) as handled:
        w.show()
    assert handled.args == ["recovered"]
    asked = [d for d in dialogs.shown if d[0] == "ask_recover"]
    assert len(asked) == 1 and "GRU 1×16" in asked[0][1] and "fox.txt" in asked[0][1] and "step 30" in asked[0][1]
    # The model, unsaved, with its loss history in the plot and its text reopened.
    assert w.document.snapshot.step == 30 and w.isWindowModified() and w.document.path is None
    assert w.plot.series.train.n == len(snap.history.step) == 30
    assert w.plot.series.val.n == len(snap.history.val_step) >= 3
    qtbot.waitUntil(lambda: w.corpus is not None and w.corpus.name == "fox.txt", timeout=WAIT_MS)
    assert w.model_panel.config().cell == "gru" and "recovered" in w.train_panel.speed.text()
    shot(w, "09-recovered")
    # It writes, and it trains on.
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        assert w.generate()
    assert done.args == ["done"] and len(w.findChild(QPlainTextEdit, "sampleOutput").toPlainText()) > 3
    w.train_panel.steps.setValue(10)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        assert w.start_training()
    assert w.document.snapshot.step == 40 and w.plot.series.train.n >= 31
    # A clean close (the user discards the model) removes the recovery file.
    dialogs.save_answer = "discard"
    assert w.close()
    assert Autosaver().pending() is None and not any(data_dir.glob("recovery.*"))


def test_a_discarded_recovery_is_gone(qtbot, corpus_file, dialogs, data_dir):
    crashed_run(corpus_file, steps=5)
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.recoveryHandled, timeout=WAIT_MS) as handled:
        w.show()
    assert handled.args == ["discarded"] and w.document.snapshot is None
    assert not any(data_dir.glob("recovery.*"))


def test_a_damaged_recovery_file_is_refused_in_words(qtbot, corpus_file, dialogs):
    crashed_run(corpus_file, steps=5)
    Autosaver().model_path.write_bytes(b"\x80\x02 not a model")
    dialogs.recover_answer = "recover"
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.recoveryHandled, timeout=WAIT_MS) as handled:
        w.show()
    assert handled.args == ["failed"] and "recovery.rnn" in dialogs.errors()[0]
    assert w.document.snapshot is None and w.train_panel.train_button.isEnabled()


def test_training_autosaves_from_its_thread_and_a_save_clears_it(qtbot, window, corpus_file, tmp_path, data_dir):
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, steps=1_000_000)
    w.train_panel.autosave.setValue(0.01)       # 0.6 s
    with qtbot.waitSignal(w.runAutosaved, timeout=WAIT_MS) as autosaved:
        w.start_training()
    step, error = autosaved.args
    assert error == "" and step > 0 and "autosaved" in w.step_label.toolTip()
    info = Autosaver().pending()        # this process's own file is reported to itself
    assert info is not None and info.pid == os.getpid() and info.corpus_name == "fox.txt"
    assert modelfile.load(info.model_path).step >= step
    saved(qtbot, w, tmp_path / "kept.rnn")     # saved by the user: no recovery needed now
    assert not (data_dir / "recovery.json").exists() or Autosaver().pending().step > step
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()
    w.document.dirty = False
    w.close()
    assert not any(data_dir.glob("recovery.*"))


def test_the_autosave_interval_is_a_remembered_setting(qtbot, window):
    assert window.autosave_minutes() == 5.0         # the default
    window.train_panel.autosave.setValue(2.5)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.autosave_minutes() == 2.5
    again.train_panel.autosave.setValue(0)          # never
    assert again.train_panel.autosave.text() == "never"


def test_a_failing_autosave_is_reported_and_training_goes_on(qtbot, window, corpus_file, data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the data folder should be")
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, steps=1_000_000)
    w.train_panel.autosave.setValue(0.01)
    with qtbot.waitSignal(w.runAutosaved, timeout=WAIT_MS) as autosaved:
        w.start_training()
    assert autosaved.args[0] == -1 and "autosave failed" in autosaved.args[1]
    assert "training goes on" in w.statusBar().currentMessage()
    steps = w.run.run_steps
    qtbot.waitUntil(lambda: w.run.run_steps > steps + 5, timeout=WAIT_MS)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()


# ---- a full or read-only disk ----------------------------------------------------------------
@pytest.fixture
def trained(qtbot, window, corpus_file):
    window.load_corpus(str(corpus_file))
    set_tiny(window, "LSTM", layers=1, hidden=16, steps=10)
    with qtbot.waitSignal(window.trainingFinished, timeout=WAIT_MS):
        window.start_training()
    return window


@pytest.mark.parametrize("code, advice", [(errno.ENOSPC, "free some space"), (errno.EDQUOT, "free some space"),
                                         (errno.EROFS, "choose a folder you can write to"),
                                         (errno.EACCES, "choose a folder you can write to")])
def test_a_full_or_read_only_disk_keeps_the_model_for_another_save(qtbot, trained, tmp_path, dialogs,
                                                                   monkeypatch, code, advice):
    w = trained
    snap, real_write = w.document.snapshot, modelfile.write_atomic

    def refuse(path, data):     # what the OS says at the write (root ignores permissions)
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(modelfile, "write_atomic", refuse)
    with qtbot.waitSignal(w.document.save_refused, timeout=WAIT_MS):
        assert w.save_model(str(tmp_path / "full.rnn"))
    message = dialogs.errors()[-1]
    assert os.strerror(code) in message and advice in message and "still in memory" in message
    assert "full.rnn" in message and dialogs.shown[-1][1] == "Cannot save model"
    assert w.document.snapshot is snap and w.isWindowModified() and w.windowTitle().startswith("untitled")
    assert not (tmp_path / "full.rnn").exists() and not w.document.saving
    monkeypatch.setattr(modelfile, "write_atomic", real_write)      # space again
    dialogs.save_path = str(tmp_path / "elsewhere.rnn")
    with qtbot.waitSignal(w.modelSaved, timeout=WAIT_MS):
        assert w.save_model(ask=True)      # Save As, somewhere else
    assert not w.isWindowModified() and modelfile.load(tmp_path / "elsewhere.rnn").step == snap.step


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused_in_words(qtbot, trained, tmp_path, dialogs):
    w = trained
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with qtbot.waitSignal(w.document.save_refused, timeout=WAIT_MS):
            w.save_model(str(folder / "model.rnn"))
    finally:
        folder.chmod(0o700)
    assert "choose a folder you can write to" in dialogs.errors()[-1] and w.isWindowModified()


# ---- divergence --------------------------------------------------------------------------------
def test_a_diverging_run_stops_in_words_and_the_kept_weights_write(qtbot, window, corpus_file, dialogs):
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, "GRU", layers=1, hidden=16, steps=300)
    w.train_panel.lr.setValue(w.train_panel.lr.maximum())
    assert w.train_panel.config().lr == 10.0
    # AdamW bounds each step by lr; with weight decay 1 each matrix is multiplied by -9 a step.
    w.train_panel.advanced.widgets["weight_decay"].setValue(1.0)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args == ["failed"]
    message = dialogs.errors()[-1]
    assert DIVERGED.fullmatch(message), message
    assert dialogs.shown[-1][1] == "Training stopped" and w.train_panel.speed.text() == message
    assert w.statusBar().currentMessage() == message
    note = w.train_panel.speed      # let the layout give the wrapped message its lines
    qtbot.waitUntil(lambda: note.height() >= 2 * note.fontMetrics().lineSpacing(), timeout=WAIT_MS)
    shot(w, "10-diverged")
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as written:
        assert w.generate()
    assert written.args == ["done"]
    assert set(w.findChild(QPlainTextEdit, "sampleOutput").toPlainText()) <= set(w.corpus.vocab.chars)
