"""Closing the window at awkward moments: during training, writing and saving; with
unsaved weights. Workers must end within two seconds, and no QThread may outlive its run."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from gui_helpers import ROOT, WAIT_MS, child_env, open_window, saved, set_tiny, train_tiny
from PySide6.QtWidgets import QLineEdit, QSpinBox

from rnn_studio import paths
from rnn_studio.gui import jobs as workers


def python_threads() -> int:
    """Threads Python started. (A QThread that ran Python code leaves a ``_DummyThread``
    entry behind that Python never removes, so those are checked through Qt instead.)"""
    return sum(not isinstance(t, threading._DummyThread) for t in threading.enumerate())


def assert_all_ended(qtbot, threads_before: int) -> None:
    qtbot.waitUntil(lambda: not workers.live_threads(), timeout=WAIT_MS)
    assert all(not t.isRunning() for t in workers._live)
    qtbot.waitUntil(lambda: python_threads() <= threads_before, timeout=WAIT_MS)


def test_close_during_training_skips_the_final_evaluation(qtbot, corpus_file, dialogs, monkeypatch):
    """Closing must not wait for a pass over the whole validation split: the run stops
    after its step and ends without evaluating. (How long closing takes: benchmarks/window.py.)"""
    from rnn_studio.core import trainer as core_trainer

    passes = []
    real = core_trainer.evaluate
    monkeypatch.setattr(core_trainer, "evaluate", lambda *a, **k: (passes.append(1), real(*a, **k))[1])
    before = python_threads()
    w = open_window(qtbot)
    # A big validation split (the whole bundled Shakespeare's last tenth) that a full final
    # evaluation would take seconds over: closing must skip it.
    big = paths.default_corpus() or corpus_file
    assert w.load_corpus(str(big))
    set_tiny(w, "LSTM", layers=1, hidden=128, steps=1_000_000)
    w.train_panel.advanced.widgets["eval_every"].setValue(0)
    w.start_training()
    qtbot.waitUntil(lambda: w.run.run_steps >= 10, timeout=WAIT_MS)
    assert w.close()
    assert not w.isVisible() and not w.training.active     # ended by the time close() returned
    assert passes == []
    assert [kind for kind, *_ in dialogs.shown] == ["ask_save"]     # unsaved steps: it asked
    assert_all_ended(qtbot, before)


def test_close_during_generation(qtbot, corpus_file, tmp_path):
    before = python_threads()
    w = open_window(qtbot)
    train_tiny(qtbot, w, corpus_file, steps=10)
    w.document.dirty = False
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    w.findChild(QSpinBox, "lengthSpin").setValue(10_000_000)
    with qtbot.waitSignal(w.writing.chunk, timeout=WAIT_MS):
        w.generate()
    assert w.close()
    assert not w.writing.active         # stopped between two characters, before close() returned
    assert_all_ended(qtbot, before)


def test_close_during_a_save_finishes_the_save_first(qtbot, corpus_file, tmp_path):
    from rnn_studio.core import modelfile

    before = python_threads()
    w = open_window(qtbot)
    train_tiny(qtbot, w, corpus_file, steps=10)
    path = tmp_path / "saved-while-closing.rnn"
    assert w.save_model(str(path)) and w.document.saving
    assert w.close()                            # while the save is under way
    assert not w.isVisible() and not w.document.saving
    assert modelfile.load(path).step == 10
    assert_all_ended(qtbot, before)


def test_close_with_unsaved_weights_asks(qtbot, corpus_file, tmp_path, dialogs):
    w = open_window(qtbot)
    train_tiny(qtbot, w, corpus_file, steps=10)
    assert w.isWindowModified()

    dialogs.save_answer = "cancel"
    assert not w.close()
    assert w.isVisible() and dialogs.shown[-1][0] == "ask_save"

    dialogs.save_answer = "save"
    dialogs.save_path = str(tmp_path / "asked.rnn")
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT_MS)
    assert [k for k, *_ in dialogs.shown] == ["ask_save", "ask_save", "save_file"]
    assert Path(dialogs.save_path).is_file()


def test_save_and_write_during_training_keep_training(qtbot, window, corpus_file, tmp_path):
    from rnn_studio.core import modelfile

    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, steps=1_000_000)
    w.start_training()
    qtbot.waitUntil(lambda: w.run.run_steps >= 10, timeout=WAIT_MS)
    path = tmp_path / "mid-run.rnn"
    saved(qtbot, w, path)
    assert w.training.state == "running"
    assert modelfile.load(path).step >= 10
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        assert w.generate()                 # from a snapshot taken between two steps
    assert done.args == ["done"] and w.training.state == "running"
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()
    assert w.isWindowModified()         # the steps after the save are not in the file


SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from rnn_studio.gui.app import create_application
from rnn_studio.gui import MainWindow
from rnn_studio.gui.widgets import dialogs

dialogs.ask_save = lambda parent, name: "discard"
app = create_application()
w = MainWindow(sys.argv[1])
w.show()
w.model_panel.hidden.setValue(32)
w.train_panel.steps.setValue(1000000)
w.train_panel.seq_len.setValue(32)
w.train_panel.batch.setValue(8)

def steps():
    if w.run.run_steps >= 10:
        w.close()              # the last window: the application quits
    else:
        QTimer.singleShot(20, steps)

w.engineReady.connect(lambda: (w.start_training(), steps()))
sys.exit(app.exec())
"""


def test_quitting_the_application_mid_training_is_clean(corpus_file, tmp_path):
    """The real exit path: no 'QThread: Destroyed while thread is still running', no hang."""
    env = child_env(tmp_path)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(corpus_file)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "QThread" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
