"""The views the window gained (issues 11, 12, 13): each reachable from the menu, a shortcut
and the toolbar, following the current model; runs recorded and overlaid; the run's
diagnoses and the kept model shown."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from gui_helpers import WAIT_MS, set_tiny
from PySide6.QtWidgets import QTableView, QWidget


def train(qtbot, w, corpus_file, steps=20, **kw):
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=steps)
    for name, value in kw.items():
        w.train_panel.advanced.widgets[name].setValue(value)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()


@pytest.mark.parametrize("dock, name, action", [("nextCharDock", "nextCharView", "next_char"),
                                                ("surprisalDock", "surprisalView", "surprisal"),
                                                ("inspectorDock", "inspectorView", "inspector")])
def test_each_view_is_in_the_menu_toolbar_and_a_shortcut_and_follows_the_model(qtbot, window, corpus_file,
                                                                               dock, name, action):
    w = window
    act = getattr(w.acts, action)
    assert act in w.acts.toolbar.actions() and not act.shortcut().isEmpty()
    act.trigger()
    view = w.findChild(QWidget, name)
    assert view is not None and view.isVisible()
    train(qtbot, w, corpus_file, steps=5)
    assert view.snapshot is w.document.snapshot
    w.new_model()
    assert view.snapshot is None


def test_the_next_character_view_shows_the_models_guesses(qtbot, window, corpus_file):
    w = window
    train(qtbot, w, corpus_file, steps=10)
    view = w.findChild(QWidget, "nextCharView")
    view.set_prefix("The qu")
    items = view.items()
    assert items and 0 < sum(p for _, p in items) <= 1 + 1e-6 and items == sorted(items, key=lambda i: -i[1])


def test_window_runs_are_recorded_and_compare_overlays_them_by_id(qtbot, window, corpus_file):
    from rnn_studio.core.runstore import RunStore

    w = window
    train(qtbot, w, corpus_file, steps=20, eval_every=10)
    w.new_model()
    train(qtbot, w, corpus_file, steps=20, eval_every=10)
    with RunStore() as store:
        ids = [r.id for r in store.runs()]
    assert len(ids) >= 2
    qtbot.waitUntil(lambda: w.findChild(QTableView, "runsTable").model().rowCount() >= 2, timeout=WAIT_MS)
    curves = w.compare_runs(ids[:2])
    names = {c.name() for c in w.findChild(pg.PlotWidget, "lossPlot").getPlotItem().listDataItems()}
    assert {str(i) for i in ids[:2]} <= names and len(curves) >= 2


def test_a_learning_rate_of_ten_is_said_to_not_learn_and_the_best_is_marked(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=200)
    w.train_panel.lr.setValue(10.0)
    w.train_panel.advanced.widgets["eval_every"].setValue(50)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    note = w.train_panel.run_note.text()
    if done.args == ["not_learning"]:
        assert "learning rate" in note
    assert w.plot.baseline_nats is not None and w.plot._baseline.isVisible()
    assert len(w.plot.best_marker.data) == 1
