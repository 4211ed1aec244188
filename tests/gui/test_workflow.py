"""The whole workflow through the automation contract's widgets: load a text, choose GRU
with 2 layers, train, watch the plot, pause / write / resume / stop, write, save, reopen."""

from __future__ import annotations

import pyqtgraph as pg
from gui_helpers import WAIT_MS, saved, set_tiny, shot, train_tiny
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox

from rnn_studio.gui import MainWindow


def curves(w) -> dict:
    plot = w.findChild(pg.PlotWidget, "lossPlot")
    return {c.name(): c for c in plot.getPlotItem().listDataItems() if c.name()}


def n_points(curve) -> int:
    return 0 if curve.xData is None else len(curve.xData)


def click(qtbot, w, name: str) -> None:
    button = w.findChild(QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(qtbot, w, prefix: str, seed: int, length: int = 120) -> str:
    w.findChild(QLineEdit, "prefixEdit").setText(prefix)
    w.findChild(QSpinBox, "lengthSpin").setValue(length)
    w.findChild(QSpinBox, "seedSpin").setValue(seed)
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        click(qtbot, w, "generateButton")
    assert done.args == ["done"]
    return w.findChild(QPlainTextEdit, "sampleOutput").toPlainText()


def test_whole_workflow(qtbot, window, corpus_file, tmp_path, dialogs):
    w = window
    assert w.load_corpus(str(corpus_file))
    assert w.corpus_panel.name_label.text() == "fox.txt"
    set_tiny(w, "GRU", layers=2, hidden=24, steps=40)
    shot(w, "01-ready")

    # Train to the end of a 40-step budget: both curves gain points, the bar fills up.
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        click(qtbot, w, "trainButton")
    assert done.args == ["budget"]
    c = curves(w)
    assert n_points(c["train"]) >= 4 and n_points(c["val"]) >= 2
    bar = w.findChild(QProgressBar, "trainProgress")
    assert bar.value() == bar.maximum() and bar.text() == "40 / 40 steps"
    assert w.document.snapshot.model_cfg.cell == "gru" and w.document.snapshot.model_cfg.layers == 2
    assert w.isWindowModified() and w.timeline.count() == 2
    shot(w, "02-trained")

    # Continue with a budget far too large to finish, then pause, write while paused,
    # resume and stop.
    w.findChild(QSpinBox, "stepsSpin").setValue(1_000_000)
    before = n_points(c["train"])
    click(qtbot, w, "trainButton")
    qtbot.waitUntil(lambda: n_points(c["train"]) >= before + 3, timeout=WAIT_MS)
    click(qtbot, w, "pauseButton")
    qtbot.waitUntil(lambda: w.training.state == "paused", timeout=WAIT_MS)
    paused_points = n_points(c["train"])
    shot(w, "03-paused")
    text = write(qtbot, w, "The quick", seed=3)
    assert text.startswith("The quick") and len(text) == len("The quick") + 120
    assert n_points(c["train"]) == paused_points        # still paused while it wrote
    click(qtbot, w, "pauseButton")                      # the pressed Pause button resumes
    qtbot.waitUntil(lambda: n_points(c["train"]) > paused_points + 1, timeout=WAIT_MS)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        click(qtbot, w, "stopButton")
    assert done.args == ["stopped"]
    assert w.training.state == "idle" and not w.training.active

    # Generation streams: the text arrives in pieces that add up to the whole.
    pieces = []
    w.writing.chunk.connect(pieces.append)
    text = write(qtbot, w, "A small", seed=11, length=3000)
    assert len(pieces) >= 1 and "A small" + "".join(pieces) == text
    shot(w, "04-written")

    # Save, reopen in a new window, and get the same text for the same seed.
    model = tmp_path / "fox-gru.rnn"
    saved(qtbot, w, model)
    assert not w.isWindowModified() and "fox-gru.rnn" in w.windowTitle()
    first = write(qtbot, w, "The lazy", seed=42)

    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    assert other.load_model(str(model))
    assert other.findChild(pg.PlotWidget, "lossPlot").series.train.n == w.plot.series.train.n
    assert not other.model_panel.cell.isEnabled()           # the shape belongs to the model
    assert other.model_panel.cell.currentText() == "GRU"
    assert write(qtbot, other, "The lazy", seed=42) == first
    shot(other, "05-reopened")
    other.close()
    assert dialogs.errors() == []


def test_continue_a_model_opened_from_file(qtbot, window, corpus_file, tmp_path):
    w = window
    train_tiny(qtbot, w, corpus_file, "LSTM", layers=1, hidden=16, steps=20)
    model = tmp_path / "m.rnn"
    saved(qtbot, w, model)
    w.new_model()
    assert w.document.snapshot is None and w.model_panel.cell.isEnabled()
    assert w.load_model(str(model)) and w.document.snapshot.step == 20
    w.findChild(QSpinBox, "stepsSpin").setValue(10)         # ten more steps
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args == ["budget"] and w.document.snapshot.step == 30
    assert w.isWindowModified()


def test_budget_in_minutes_and_settings_remembered(qtbot, window, corpus_file):
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, "RNN", layers=3, hidden=32, steps=0)
    w.train_panel.minutes.setValue(0.1)
    assert w.train_panel.config().steps == 0 and w.train_panel.minutes.isEnabled()
    w.findChild(QSpinBox, "stepsSpin").setValue(5)
    assert w.train_panel.config().steps == 5 and not w.train_panel.minutes.isEnabled()
    w.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.corpus.name == "fox.txt"
    m = again.model_panel.config()
    assert (m.cell, m.layers, m.hidden) == ("rnn", 3, 32)
    assert again.train_panel.config().steps == 5
