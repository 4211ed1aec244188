"""The Runs panel on its own: the table, sorting and filtering, the overlay, rename and delete,
samples side by side. Runs are recorded by the command line into the test's private store."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from gui_helpers import SHOTS, WAIT_MS
from rnn_studio.core.runcurves import RunCurves
from rnn_studio.gui.runs.table_model import COLUMNS

FLAGS = ["--one-hot", "--hidden", "8", "--seq-len", "16", "--batch-size", "8", "--steps", "30", "--lr", "0.03",
         "--warmup-steps", "0", "--eval-every", "10", "--sample-every", "15", "--sample-length", "40",
         "--device", "cpu", "--log-every", "5", "--quiet"]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, cli):
    """Three runs on two corpora in one store: RNN and GRU on hello, LSTM on a fox text."""
    from rnn_studio.paths import corpora_dir
    hello = corpora_dir() / "hello.txt"
    folder = tmp_path_factory.mktemp("runs")
    db = folder / "runs.sqlite"
    fox = folder / "fox.txt"
    fox.write_text("the quick brown fox jumps over the lazy dog.\n" * 30, encoding="utf-8")
    for cell, corpus in (("rnn", hello), ("gru", hello), ("lstm", fox)):
        r = cli(["train", corpus, "--cell", cell, *FLAGS, "--out", folder / f"{cell}.rnn", "--runs-db", db])
        assert r.code == 0, r.err
    return db


@pytest.fixture
def panel(qtbot, recorded, tmp_path):
    import sqlite3

    from rnn_studio.gui.runs import RunsPanel
    db = tmp_path / "copy.sqlite"            # each test edits its own copy
    with sqlite3.connect(recorded) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    p = RunsPanel(db)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    qtbot.waitUntil(lambda: p.model.rowCount() == 3, timeout=WAIT_MS)
    yield p
    for runner in (p.loader, p.detail, p.samples.runner):
        runner.wait(WAIT_MS)


def _ids_in_view(p) -> list[int]:
    return [p.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(p.proxy.rowCount())]


def _select(qtbot, p, ids):
    p.select_ids(ids)
    qtbot.waitUntil(lambda: not p.detail.busy and len(p.curves) == len(ids), timeout=WAIT_MS)


def test_the_table_lists_runs_newest_first_and_sorts_by_value(panel):
    table = panel.findChild(QTableView, "runsTable")
    assert table is panel.table and table.model().rowCount() == 3
    assert _ids_in_view(panel) == [3, 2, 1]
    col = [heading for heading, _ in COLUMNS].index("Parameters")
    table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    params = [panel.proxy.index(r, col).data(Qt.ItemDataRole.UserRole + 2) for r in range(3)]
    assert params == sorted(params) and params[0] < params[-1]


def test_the_corpus_filter_keeps_one_corpus(panel):
    assert [panel.corpus.itemText(i) for i in range(panel.corpus.count())] == ["All corpora", "fox.txt", "hello.txt"]
    panel.corpus.setCurrentText("hello.txt")
    assert sorted(_ids_in_view(panel)) == [1, 2]
    panel.corpus.setCurrentText("All corpora")
    panel.words.setText("lstm")
    assert _ids_in_view(panel) == [3]


def test_selected_runs_are_overlaid_one_colour_and_legend_entry_each(qtbot, panel):
    _select(qtbot, panel, [1, 2, 3])
    assert [c.name() for c in panel.curves] == ["3", "2", "1"]
    assert len({c.opts["pen"].color().name() for c in panel.curves}) == 3
    labels = [label.text for _, label in panel.plot.getPlotItem().legend.items]
    assert len(labels) == 3 and any("RNN 1×8" in t for t in labels)
    assert list(panel.curves[0].getData()[0]) == [10, 20, 30]
    panel.set_x("chars")
    assert list(panel.curves[0].getData()[0]) == [1280, 2560, 3840]
    with qtbot.waitSignal(panel.compare_requested, timeout=WAIT_MS) as sig:
        panel.buttons["compare"].click()
    assert sig.args == [[3, 2, 1]]
    panel.grab().save(str(SHOTS / "runs_panel.png") if SHOTS.is_dir() else "/tmp/runs_panel.png")


def test_overlay_runs_is_a_pure_function_on_any_plot_item():
    from rnn_studio.gui.runs import clear_overlay, overlay_runs
    pi = pg.PlotItem()
    runs = [RunCurves(7, "#7 GRU", {"step": [1, 2], "elapsed_s": [0.1, 0.2], "chars_seen": [10, 20],
                                    "train_loss": [3.0, 2.0]}, {}),
            RunCurves(9, "#9 LSTM", {}, {"step": [5], "elapsed_s": [0.5], "chars_seen": [50], "val_loss": [1.5]})]
    curves = overlay_runs(pi, runs, x="time")
    assert [c.name() for c in curves] == ["7", "9"]
    assert list(curves[0].getData()[0]) == [0.1, 0.2] and list(curves[1].getData()[1]) == [1.5]
    clear_overlay(pi, curves)
    assert not pi.listDataItems() and not pi.legend.items
    with pytest.raises(ValueError):
        overlay_runs(pi, runs, x="epochs")


def test_overlay_from_store_reads_the_runs_then_draws_them(recorded):
    from rnn_studio.core.errors import UserError
    from rnn_studio.gui.runs import overlay_from_store
    pi = pg.PlotItem()
    curves = overlay_from_store(pi, [1, 3], x="time", store_path=recorded)
    assert [c.name() for c in curves] == ["1", "3"] and len(curves[1].getData()[0]) == 3
    with pytest.raises(UserError):
        overlay_from_store(pi, [99], store_path=recorded)


def test_open_rename_and_delete(qtbot, panel, monkeypatch):
    from rnn_studio.gui.runs import prompts
    _select(qtbot, panel, [2])
    with qtbot.waitSignal(panel.open_model_requested, timeout=WAIT_MS) as sig:
        panel.buttons["open"].click()
    assert sig.args[0].endswith("gru.rnn")
    monkeypatch.setattr(prompts, "ask_text", lambda *a: "best gru")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.buttons["rename"].click()
    assert next(r for r in panel.model.rows if r["id"] == 2)["name"] == "best gru"
    assert panel.selected_ids() == [2]                   # the selection survives the reload
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, message: asked.append(message) or False)
    panel.buttons["delete"].click()
    assert asked and not panel.loader.busy and panel.model.rowCount() == 3      # declined: nothing deleted
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.buttons["delete"].click()
    assert sorted(r["id"] for r in panel.model.rows) == [1, 3]


def test_samples_side_by_side_from_one_prefix_and_seed(qtbot, panel):
    _select(qtbot, panel, [1, 2])
    assert set(panel.samples.panes) == {1, 2}
    assert panel.samples.text(1).startswith("h")            # the last sample made during training
    panel.samples.prefix.setText("he")
    panel.samples.length.setValue(30)
    with qtbot.waitSignal(panel.samples.written, timeout=WAIT_MS):
        panel.samples.write_button.click()
    first = {i: panel.samples.text(i) for i in (1, 2)}
    assert all(t.startswith("he") and len(t) == 32 for t in first.values())
    with qtbot.waitSignal(panel.samples.written, timeout=WAIT_MS):
        panel.samples.write_button.click()
    assert {i: panel.samples.text(i) for i in (1, 2)} == first     # same prefix, same seed: same text
