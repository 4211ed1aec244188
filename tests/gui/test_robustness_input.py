"""Bad input in the window (issue 5): texts read off the UI thread, hostile model files,
numbers no field may accept, and models too big for the computer's memory."""

from __future__ import annotations

import math
import sys
import threading

import pytest
from gui_helpers import ROOT, WAIT_MS, set_tiny, shot, train_tiny
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QPushButton, QSpinBox

from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig, bounds, validate
from rnn_studio.gui import jobs as workers

sys.path.insert(0, str(ROOT / "tests" / "robustness"))
from payloads import write_pickle_model  # noqa: E402


def corpus_state(w):
    return (w.corpus.name, w.corpus.sha256, w.corpus_panel.name_label.text(),
            w.corpus_panel.info_label.text(), w.corpus_panel.preview.toPlainText())


@pytest.fixture
def gated_reads(monkeypatch):
    """Corpus reads that wait until the test opens the gate (the worker blocks, not the UI)."""
    from rnn_studio.core import corpus as core_corpus

    real, gate = core_corpus.load_corpus, threading.Event()

    def held(path, encoding=None):
        gate.wait(WAIT_MS / 1000)
        return real(path, encoding)
    monkeypatch.setattr(core_corpus, "load_corpus", held)
    yield gate
    gate.set()


# ---- texts are read on a worker ------------------------------------------------------------
def test_a_text_loads_in_the_background_while_the_ui_runs(qtbot, window, corpus_file, gated_reads):
    w = window
    before = corpus_state(w)
    assert w.load_corpus(str(corpus_file), wait=False)
    assert w.corpus_feature.busy and w.corpus_panel.info_label.text() == "loading…"
    assert w.statusBar().currentMessage() == "loading fox.txt…"
    assert not w.train_panel.train_button.isEnabled()       # Train waits for the text
    ticks = []
    probe = QTimer(w, interval=5)
    probe.timeout.connect(lambda: ticks.append(1))
    probe.start()
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)  # the UI thread runs meanwhile
    probe.stop()
    assert w.corpus_feature.busy and w.corpus.name == before[0]
    with qtbot.waitSignal(w.corpusLoaded, timeout=WAIT_MS) as loaded:
        gated_reads.set()
    assert loaded.args == [str(corpus_file)] and w.corpus.name == "fox.txt"
    assert w.train_panel.train_button.isEnabled() and "opened fox.txt" in w.statusBar().currentMessage()


def test_a_refused_text_in_the_background_keeps_the_loaded_one(qtbot, window, tmp_path, dialogs):
    w = window
    before = corpus_state(w)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 16)
    with qtbot.waitSignal(w.corpusRefused, timeout=WAIT_MS):
        assert w.load_corpus(str(path), wait=False)
    assert len(dialogs.errors()) == 1 and "binary" in dialogs.errors()[0] and "noise.txt" in dialogs.errors()[0]
    assert corpus_state(w) == before and w.train_panel.train_button.isEnabled()


def test_train_pressed_during_a_load_trains_on_the_new_text(qtbot, window, corpus_file, gated_reads):
    w = window
    set_tiny(w, steps=5)
    w.load_corpus(str(corpus_file), wait=False)
    assert w.corpus_feature.busy and w.corpus.name != "fox.txt"
    gated_reads.set()       # the read goes on while start_training waits for it
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        assert w.start_training()
    assert done.args == ["budget"] and w.document.snapshot.corpus["name"] == "fox.txt"


# ---- hostile model files --------------------------------------------------------------------
@pytest.mark.parametrize("how", ["zip", "legacy", "pickle"])
def test_a_pickle_payload_is_refused_and_never_runs(qtbot, window, corpus_file, tmp_path, dialogs, how):
    w = window
    train_tiny(qtbot, w, corpus_file, "LSTM", layers=1, hidden=16, steps=5)
    before = (w.document.snapshot, w.document.path, w.windowTitle(), w.plot.series.train.n)
    path, marker = write_pickle_model(tmp_path, how=how)
    assert not w.load_model(str(path))
    assert len(dialogs.errors()) == 1 and "pickle" in dialogs.errors()[0] and "evil.rnn" in dialogs.errors()[0]
    assert not marker.exists()
    assert (w.document.snapshot, w.document.path, w.windowTitle(), w.plot.series.train.n) == before


# ---- numbers no field accepts ---------------------------------------------------------------
def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


FIELDS = {"layersSpin": (ModelConfig, "layers"), "hiddenSizeSpin": (ModelConfig, "hidden"),
          "embeddingSpin": (ModelConfig, "embedding"), "dropoutSpin": (ModelConfig, "dropout"),
          "inputDropoutSpin": (ModelConfig, "input_dropout"),
          "seqLenSpin": (TrainConfig, "seq_len"), "batchSizeSpin": (TrainConfig, "batch_size"),
          "learningRateSpin": (TrainConfig, "lr"), "stepsSpin": (TrainConfig, "steps"),
          "minutesSpin": (TrainConfig, "minutes"), "temperatureSpin": (SampleConfig, "temperature"),
          "topKSpin": (SampleConfig, "top_k"), "topPSpin": (SampleConfig, "top_p"),
          "lengthSpin": (SampleConfig, "length")}
FIELDS.update({_camel(n) + "Spin": (TrainConfig, n) for n in ("eval_every", "sample_every", "sample_length",
              "warmup_steps", "min_lr_ratio", "weight_decay", "grad_clip", "ema", "val_fraction",
              "log_every", "threads", "patience")})
FIELDS["trainSeedSpin"] = (TrainConfig, "seed")     # "seedSpin" is the writer's
TYPED = ["0", "-1", "-0.5", "nan", "NaN", "inf", "-inf", "1e400", "1e-400", "99999999999999999999", "abc", "", "1,5e3"]
SET = [0, -1, -(2**31), 2**31 - 1, float("nan"), float("inf"), float("-inf"), -1e300, 1e300, 5e-324]


def test_every_numeric_field_refuses_what_the_engine_would_refuse(qtbot, window):
    w = window
    w.train_panel.advanced_button.setChecked(True)
    forms = (w.views.settings_scroll, w.writer)       # the settings the engine reads
    spins = [s for s in w.findChildren(QAbstractSpinBox) if s.isVisibleTo(w) and any(f.isAncestorOf(s) for f in forms)]
    names = {s.objectName() for s in spins}
    assert set(FIELDS) | {"autosaveSpin"} <= names, set(FIELDS) - names
    for spin in spins:
        if spin.objectName() == "seedSpin":
            assert spin.minimum() == -1 and spin.specialValueText() == "random"   # -1: no seed
            assert spin.maximum() <= bounds(SampleConfig, "seed")[1]
        elif spin.objectName() != "autosaveSpin":   # the range lies inside the engine's bounds
            lo, hi = bounds(*FIELDS[spin.objectName()])
            assert spin.minimum() >= lo and (hi is None or spin.maximum() <= hi), spin.objectName()
        for text in TYPED:
            spin.selectAll()
            qtbot.keyClicks(spin, text)
            qtbot.keyClick(spin, Qt.Key.Key_Return)
            _assert_in_range(spin, f"typed {text!r}")
            spin.lineEdit().setText(text)       # past the validator, as a paste would go
            spin.editingFinished.emit()
            spin.interpretText()
            _assert_in_range(spin, f"pasted {text!r}")
        for value in SET:
            if isinstance(spin, QSpinBox) and isinstance(value, float):
                continue
            spin.setValue(value)
            _assert_in_range(spin, f"set {value!r}")
    # Whatever was left in the fields is a valid setting for the engine.
    validate(w.model_panel.config())
    validate(w.train_panel.config())
    validate(w.writer.config())
    assert w.autosave_minutes() >= 0 and math.isfinite(w.autosave_minutes())


def _assert_in_range(spin, what: str) -> None:
    v = spin.value()
    assert math.isfinite(v) and spin.minimum() <= v <= spin.maximum(), (spin.objectName(), what, v)
    if isinstance(spin, QDoubleSpinBox):
        assert spin.text() != "nan", (spin.objectName(), what)


# ---- models too big for this computer ------------------------------------------------------
@pytest.mark.parametrize("shape", ["widest and deepest", "huge batch of long windows"])
def test_an_absurd_model_is_refused_with_its_memory_estimate(qtbot, window, corpus_file, dialogs,
                                                              monkeypatch, shape):
    from rnn_studio.core import memory

    monkeypatch.setattr(memory, "total_memory_bytes", lambda: 16 << 30)   # the same verdict anywhere
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=5)
    if shape == "widest and deepest":
        w.model_panel.layers.setValue(w.model_panel.layers.maximum())
        w.model_panel.hidden.setValue(w.model_panel.hidden.maximum())
        assert w.model_panel.config().layers == 8
    else:
        w.train_panel.batch.setValue(w.train_panel.batch.maximum())
        w.train_panel.seq_len.setValue(w.train_panel.seq_len.maximum())
    assert "far too big for this computer" in w.model_panel.remark.text()
    live_before = set(workers._live)
    qtbot.mouseClick(w.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert len(dialogs.errors()) == 1 and "GiB to train" in dialogs.errors()[0], dialogs.errors()
    assert dialogs.shown[-1][1] == "Model too big"
    assert not w.training.active and set(workers._live) == live_before     # nothing was started
    assert w.train_panel.train_button.isEnabled()
    remark = w.model_panel.remark      # let the layout give the wrapped warning its lines
    qtbot.waitUntil(lambda: remark.height() >= 2 * remark.fontMetrics().lineSpacing() - 2, timeout=WAIT_MS)
    shot(w, "08-model-too-big")
    # The window keeps working: a sensible size trains.
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=5)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args == ["budget"]


def test_a_refused_text_named_at_start_is_reported_and_the_default_opens(qtbot, tmp_path, dialogs):
    from rnn_studio import paths
    from rnn_studio.gui import MainWindow

    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    w = MainWindow(str(bad))        # rnn-studio gui empty.txt
    qtbot.addWidget(w)
    assert dialogs.errors() == []   # not while the window is being built …
    assert w.corpus.name == paths.default_corpus().name     # … which opened the default instead
    w.show()
    qtbot.waitUntil(lambda: len(dialogs.errors()) == 1, timeout=WAIT_MS)   # … but once it shows
    assert "empty.txt" in dialogs.errors()[0] and "is empty" in dialogs.errors()[0]


def test_a_big_text_at_start_loads_in_the_background(qtbot, window, corpus_file, monkeypatch):
    from rnn_studio.gui import MainWindow
    from rnn_studio.gui.corpus import feature as flow_corpus

    assert window.load_corpus(str(corpus_file))     # remembered as the last text
    window.close()
    monkeypatch.setattr(flow_corpus, "START_SYNC_BYTES", 1000)     # fox.txt is 5 KB: "big"
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.corpus_feature.busy and w.corpus is None and w.corpus_panel.info_label.text() == "loading…"
    assert not w.train_panel.train_button.isEnabled()
    w.show()
    with qtbot.waitSignal(w.corpusLoaded, timeout=WAIT_MS):
        pass
    assert w.corpus.name == "fox.txt" and w.train_panel.train_button.isEnabled()
