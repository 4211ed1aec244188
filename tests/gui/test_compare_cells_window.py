"""Compare cells in the window: the queue trains each cell in turn through the window's own
training path, can be paused and cancelled, and ends as an overlay and a selection in runsTable.
Tiny models and budgets in steps, so nothing here depends on how fast the machine is."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableWidget

from gui_helpers import WAIT_MS, open_window, set_tiny

QUEUE_MS = 3 * WAIT_MS      # a few runs one after another, on a busy machine


def _queue_states(w) -> list[str]:
    return [w.compare.view.state(r) for r in range(w.findChild(QTableWidget, "compareQueue").rowCount())]


def _heard(w) -> list[tuple[int, str]]:
    heard: list[tuple[int, str]] = []
    w.compare.item_changed.connect(lambda i, s: heard.append((i, s)))
    return heard


@pytest.fixture
def ready(window, corpus_file):
    assert window.load_corpus(str(corpus_file))
    set_tiny(window, "GRU", layers=1, hidden=8, steps=0)
    window.train_panel.advanced.widgets["eval_every"].setValue(0)     # one validation, at the end
    return window


def test_three_cells_train_one_after_another_and_end_as_the_overlay_and_the_selection(qtbot, ready):
    from rnn_studio.core.runstore import RunStore

    w = ready
    heard = _heard(w)
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS) as done:
        assert w.compare_cells(("rnn", "lstm", "gru"), (1,), steps=8) is None
    ids = done.args[0]
    assert len(ids) == 3
    # One after another: each run ends before the next starts.
    assert heard == [(0, "training"), (0, "finished"), (1, "training"), (1, "finished"),
                     (2, "training"), (2, "finished")]
    with RunStore() as store:
        runs = store.runs(ids)
    assert [r.cell for r in sorted(runs, key=lambda r: r.id)] == ["rnn", "lstm", "gru"]
    assert {r.status for r in runs} == {"finished"} and {r.source for r in runs} == {"compare"}
    assert all(r.ended <= later.started for r, later in zip(runs, runs[1:]))
    assert all(r.layers == 1 and r.hidden == 8 for r in runs)
    assert all(Path(r.model_path).is_file() for r in runs)          # each model kept, next to the store
    # The queue shows the result; the runs did not become the window's model.
    assert _queue_states(w) == ["finished"] * 3
    assert all(w.compare.view.table.item(r, 3).text().endswith("nats/char") for r in range(3))
    assert w.compare.view.progress(2) == 1.0
    assert w.document.snapshot is None and not w.document.dirty
    names = {c.name() for c in w.findChild(pg.PlotWidget, "lossPlot").getPlotItem().listDataItems()}
    assert {str(i) for i in ids} <= names
    qtbot.waitUntil(lambda: sorted(w.runs_panel.selected_ids()) == sorted(ids), timeout=WAIT_MS)
    assert not w.compare.active and w.training.state == "idle"
    # A second comparison: its own runs only, the first one's overlay gone.
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS) as again:
        w.compare_cells(("lstm",), (2,), steps=4)
    names = {c.name() for c in w.findChild(pg.PlotWidget, "lossPlot").getPlotItem().listDataItems()}
    assert str(again.args[0][0]) in names and not {str(i) for i in ids} & names
    assert _queue_states(w) == ["finished"]


def test_pause_holds_the_running_cell_and_the_queue_until_resumed(qtbot, ready):
    w = ready
    heard = _heard(w)

    def pause_first(index: int, state: str) -> None:
        if (index, state) == (0, "training") and not heard[:-1]:
            w.compare.pause()           # before its first step: it holds there
    w.compare.item_changed.connect(pause_first)
    w.compare_cells(("rnn", "gru"), (1,), steps=8)
    qtbot.waitUntil(lambda: w.training.state == "paused", timeout=WAIT_MS)
    assert _queue_states(w) == ["paused", "waiting"]
    pause = w.findChild(QPushButton, "compareQueuePause")
    assert pause.text() == "Resume" and w.train_panel.pause_button.isChecked()
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS) as done:
        pause.click()
    assert len(done.args[0]) == 2
    assert heard == [(0, "training"), (0, "paused"), (0, "training"), (0, "finished"),
                     (1, "training"), (1, "finished")]


def test_cancel_keeps_the_finished_and_the_current_run_and_skips_the_rest(qtbot, ready):
    from rnn_studio.core.runstore import RunStore

    w = ready

    def cancel_second(index: int, state: str) -> None:
        if (index, state) == (1, "training"):
            w.findChild(QPushButton, "compareQueueCancel").click()
    w.compare.item_changed.connect(cancel_second)
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS) as done:
        w.compare_cells(("rnn", "lstm", "gru"), (1,), steps=40)
    kept = done.args[0]
    assert _queue_states(w) == ["finished", "stopped", "skipped"]
    assert len(kept) == 2 and [i.run_id for i in w.compare.items[:2]] == kept and w.compare.items[2].run_id is None
    with RunStore() as store:
        assert [store.run(i).status for i in kept] == ["finished", "stopped"]
        assert len(store.runs()) == 2
    assert Path(w.compare.items[1].model_path).is_file()
    qtbot.waitUntil(lambda: sorted(w.runs_panel.selected_ids()) == sorted(kept), timeout=WAIT_MS)


def test_stop_in_the_train_panel_also_ends_the_queue(qtbot, ready):
    w = ready

    def stop_first(state: str) -> None:
        if state == "starting" and not w.compare.items[0].run_id:
            w.stop_training()
    w.training.state_changed.connect(stop_first)
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS):
        w.compare_cells(("rnn", "gru"), (1,), steps=40)
    assert _queue_states(w) == ["stopped", "skipped"]


def test_without_a_text_it_refuses_in_words(qtbot, dialogs, monkeypatch):
    from rnn_studio import paths

    monkeypatch.setattr(paths, "default_corpus", lambda: None)
    w = open_window(qtbot)
    assert w.corpus is None
    action = w.findChild(QAction, "compareCellsAction")
    assert action is not None and action in w.menuBar().actions()[1].menu().actions()
    with qtbot.waitSignal(w.compare.refused, timeout=WAIT_MS) as refused:
        action.trigger()
    assert "Open a text" in refused.args[0] and refused.args[0] in dialogs.errors()
    with qtbot.waitSignal(w.compare.refused, timeout=WAIT_MS):
        w.compare_cells()
    assert not w.compare.view.isVisible() and not w.compare.items
    w.close()


def test_during_a_training_run_it_refuses_in_words(qtbot, ready, dialogs):
    w = ready
    w.train_panel.steps.setValue(100000)
    assert w.start_training()
    with qtbot.waitSignal(w.compare.refused, timeout=WAIT_MS) as refused:
        w.findChild(QPushButton, "compareCellsButton").click()
    assert "training run is going on" in refused.args[0]
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()


def test_the_dialog_offers_the_three_cells_at_depth_one_for_a_minute_each(qtbot, ready, monkeypatch):
    w = ready
    calls = []
    monkeypatch.setattr(w.compare, "start", lambda *args: calls.append(args))
    dialog = w.compare.open_dialog()
    assert dialog.values() == (("rnn", "lstm", "gru"), (1,), 1.0)
    assert "fox.txt" in dialog.note.text() and "8 units" in dialog.note.text()
    dialog.depths[2].setChecked(True)
    dialog.cells["rnn"].setChecked(False)
    assert "4 runs" in dialog.count.text()
    dialog.accept()
    assert calls == [(("lstm", "gru"), (1, 2), 1.0)]


def test_closing_the_window_mid_queue_stops_the_run_and_starts_no_other(qtbot, ready):
    from rnn_studio.gui import jobs

    w = ready
    with qtbot.waitSignal(w.compare.item_changed, timeout=WAIT_MS):
        w.compare_cells(("rnn", "gru"), (1,), steps=100000)
    with qtbot.waitSignal(w.compare.finished, timeout=QUEUE_MS) as done:
        w.close()
    assert _queue_states(w) == ["stopped", "skipped"] and len(done.args[0]) == 1
    qtbot.waitUntil(lambda: not jobs.live_threads(), timeout=WAIT_MS)
    assert not w.training.active
