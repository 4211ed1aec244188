"""Threads and lifetime (issue 5): start, stop and start training twenty times; write while
training; close the window during training, writing, saving and reading a text. After each:
no crash, no hang, no "QThread: Destroyed while thread is still running", and every thread
ended (Python's own and the workers' QThreads)."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import WAIT_MS, open_window, set_tiny
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from rnn_studio.gui import jobs as workers



def python_threads() -> int:
    """Threads Python started. (A QThread that ran Python code leaves a ``_DummyThread``
    entry behind that Python never removes, so those are counted through Qt instead.)"""
    return sum(not isinstance(t, threading._DummyThread) for t in threading.enumerate())


def assert_all_ended(qtbot, python_before: int, capfd, qtlog) -> None:
    qtbot.waitUntil(lambda: not workers._live, timeout=WAIT_MS)   # each worker ended and was let go
    qtbot.waitUntil(lambda: python_threads() <= python_before, timeout=WAIT_MS)
    out, err = capfd.readouterr()
    logged = "\n".join(r.message for r in qtlog.records)
    for text in (err, out, logged):
        assert "QThread" not in text and "Traceback" not in text, text


def test_start_stop_start_twenty_times(qtbot, window, corpus_file, capfd, qtlog):
    w = window
    before = python_threads()
    w.load_corpus(str(corpus_file))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=1_000_000)
    w.train_panel.advanced.widgets["log_every"].setValue(1)
    reasons = []
    for cycle in range(20):
        with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
            assert w.start_training(), cycle
            if cycle % 2:       # half stop at once, half once the trainer runs
                if w.training.state != "running":
                    with qtbot.waitSignal(w.training.state_changed, timeout=WAIT_MS,
                                          check_params_cb=lambda state: state == "running"):
                        pass
            w.stop_training()
        reasons.append(done.args[0])
        assert not w.training.active and w.train_panel.train_button.isEnabled(), cycle
    assert set(reasons) == {"stopped"}, reasons
    assert w.document.snapshot is not None and w.document.snapshot.step > 0
    assert w.plot.series.train.n >= 10            # the run went on across the starts
    steps = w.document.snapshot.history.step
    assert steps == sorted(steps) and len(set(steps)) == len(steps)
    assert_all_ended(qtbot, before, capfd, qtlog)


def test_writing_while_training_uses_a_snapshot(qtbot, window, corpus_file):
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, steps=1_000_000)
    with qtbot.waitSignal(w.training.state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == "running"):
        w.start_training()
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    assert w.writer.generate_button.isEnabled()
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        assert w.generate()
        assert not w.generate()             # one writer at a time; the second press is a no-op
    assert done.args == ["done"] and w.training.state == "running"
    assert w.findChild(QPlainTextEdit, "sampleOutput").toPlainText().startswith("The")
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()


def _training(qtbot, w):
    set_tiny(w, "LSTM", layers=1, hidden=32, steps=1_000_000)
    w.start_training()
    qtbot.waitUntil(lambda: w.run.run_steps >= 5, timeout=WAIT_MS)


def _writing(qtbot, w):
    set_tiny(w, steps=5)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    w.findChild(QSpinBox, "lengthSpin").setValue(10_000_000)
    with qtbot.waitSignal(w.writing.chunk, timeout=WAIT_MS):
        w.generate()


def _training_and_writing(qtbot, w):
    _training(qtbot, w)
    w.findChild(QSpinBox, "lengthSpin").setValue(10_000_000)
    with qtbot.waitSignal(w.writing.chunk, timeout=WAIT_MS):
        w.generate()


def _saving(qtbot, w, tmp_path):
    set_tiny(w, steps=5)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    assert w.save_model(str(tmp_path / "closing.rnn")) and w.document.saving


def _reading(qtbot, w, path):
    w.load_corpus(str(path), wait=False)
    assert w.corpus_feature.busy


@pytest.mark.parametrize("moment", ["training", "writing", "training+writing", "saving", "reading a text"])
def test_closing_at_any_moment_is_clean(qtbot, corpus_file, tmp_path, dialogs, capfd, qtlog, monkeypatch,
                                        request, moment):
    from rnn_studio.core import corpus as core_corpus

    before = python_threads()
    w = open_window(qtbot, corpus_file)
    gate = threading.Event()
    request.addfinalizer(gate.set)      # never leave a read waiting, even when the test fails
    if moment == "reading a text":      # a read that lasts until the window has closed
        real = core_corpus.load_corpus
        monkeypatch.setattr(core_corpus, "load_corpus", lambda p, e=None: (gate.wait(WAIT_MS / 1000), real(p, e))[1])
    {"training": lambda: _training(qtbot, w), "writing": lambda: _writing(qtbot, w),
     "training+writing": lambda: _training_and_writing(qtbot, w),
     "saving": lambda: _saving(qtbot, w, tmp_path),
     "reading a text": lambda: _reading(qtbot, w, corpus_file)}[moment]()
    dialogs.save_answer = "discard"
    assert w.close()
    assert not w.isVisible() and not w.training.active and not w.writing.active and not w.document.saving
    if moment == "saving":
        from rnn_studio.core import modelfile
        assert modelfile.load(tmp_path / "closing.rnn").step == 5      # the save was finished, not cut
    gone = []
    w.destroyed.connect(lambda: gone.append(True))
    w.deleteLater()         # the window goes before the workers it abandoned have ended
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT_MS)
    gate.set()              # the abandoned read ends now, into a window that is gone
    assert_all_ended(qtbot, before, capfd, qtlog)
