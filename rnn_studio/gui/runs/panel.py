"""The Runs panel: every recorded run in a sortable table (``runsTable``), filtered by corpus;
the selected runs' loss curves overlaid (``runsPlot``) and their samples side by side.

The panel reads and edits the run store on workers (``JobRunner``): the store may be busy
with another process's write, and the window must never wait for it. It does not train or
open models itself; it asks, by signals:

    compare_requested(list)        the selected run ids (to overlay on the window's lossPlot)
    open_model_requested(str)      the selected run's model file
    loaded(int)                    the table was (re)read: how many runs it holds
"""

from __future__ import annotations

import functools
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from rnn_studio.gui.jobs import JobRunner
from rnn_studio.gui.language import tr
from rnn_studio.gui.runs import prompts
from rnn_studio.gui.runs.overlay import X_LABELS, clear_overlay, overlay_runs, x_label
from rnn_studio.gui.runs.side_samples import SampleSource, SideBySideSamples
from rnn_studio.gui.runs.table_model import ID_ROLE, KEY_COLUMN, RunsFilter, RunsTableModel

ALL_CORPORA = QT_TR_NOOP("All corpora")


def one_run(action):
    """A panel action on the one selected run, ``action(panel, row)``: nothing unless exactly one is."""
    @functools.wraps(action)
    def slot(panel) -> None:
        row = panel._one_selected()
        if row is not None:
            action(panel, row)
    return slot


def read_rows(path: Path, edit=None) -> list[dict]:
    """Apply ``edit(store)`` (rename, delete) if given, then read every run's summary row."""
    from rnn_studio.core.runstore import RunStore
    from rnn_studio.core.runtable import summary

    if not path.exists() and edit is None:
        return []
    with RunStore(path, create=False) as store:
        if edit is not None:
            edit(store)
        return [{**summary(r), "label": r.label} for r in store.runs()]


class RunsPanel(QWidget):
    compare_requested = Signal(list)
    open_model_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, store_path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self._store_path = store_path
        self.curves: list[pg.PlotDataItem] = []     # on runsPlot, one per selected run
        self.shown: list = []                        # their RunCurves (core.runcurves)
        self.x_key = "step"
        self.error = ""                       # the last refusal from the store, as shown in the status line
        # reads, renames, deletes; and the selected runs' curves and samples
        self.loader = JobRunner(self, done=self._on_rows, refused=self._on_refused, crashed=self._on_refused)
        self.detail = JobRunner(self, done=self._on_detail, refused=self._on_refused, crashed=self._on_refused)

        self.model = RunsTableModel(self)
        self.proxy = RunsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("runsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(KEY_COLUMN["id"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.corpus = QComboBox(self)
        self.corpus.setObjectName("runsCorpusFilter")
        self.corpus.addItem(tr(ALL_CORPORA))
        self.corpus.currentTextChanged.connect(
            lambda text: self.proxy.set_corpus(None if text == tr(ALL_CORPORA) else text))
        self.words = QLineEdit(self, placeholderText=self.tr("filter: cell, name, status…"), clearButtonEnabled=True)
        self.words.setObjectName("runsFilter")
        self.words.textChanged.connect(self.proxy.set_words)
        self.x_axis = QComboBox(self)
        self.x_axis.setObjectName("runsXAxis")
        for key in X_LABELS:
            self.x_axis.addItem(self.tr("x: {0}").format(x_label(key)), key)
        self.x_axis.currentIndexChanged.connect(lambda _i: self.set_x(self.x_axis.currentData()))
        self.buttons = {}
        for key, text, tip, slot in (
                ("compare", self.tr("Compare"), self.tr("overlay the selected runs' loss curves"),
                 self.compare_selected),
                ("open", self.tr("Open model"), self.tr("open the selected run's model file"), self.open_selected),
                ("rename", self.tr("Rename…"), self.tr("give the selected run a name"), self.rename_selected),
                ("delete", self.tr("Delete…"), self.tr("forget the selected runs (their model files stay)"),
                 self.delete_selected),
                ("refresh", self.tr("Refresh"), self.tr("read the run store again"), self.reload)):
            b = QPushButton(text, self, toolTip=tip)
            b.setObjectName(f"runs{key.capitalize()}")
            b.clicked.connect(slot)
            self.buttons[key] = b
        self.status = QLabel(self)
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("runsPlot")
        pi = self.plot.getPlotItem()
        pi.showGrid(x=True, y=True, alpha=0.25)
        pi.addLegend(offset=(-8, 8), labelTextSize="9pt")
        pi.setLabel("left", self.tr("loss (nats per character)"))
        pi.setLabel("bottom", x_label(self.x_key))
        self._follow_palette()
        self.samples = SideBySideSamples(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Corpus"), self))
        top.addWidget(self.corpus, 1)
        top.addWidget(self.words, 2)
        top.addWidget(self.buttons["refresh"])
        actions = QHBoxLayout()
        for key in ("compare", "open", "rename", "delete"):
            actions.addWidget(self.buttons[key])
        actions.addWidget(self.status, 1)
        actions.addWidget(self.x_axis)
        upper = QWidget(self)
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addLayout(top)
        up.addWidget(self.table, 1)
        up.addLayout(actions)
        self._actions, self._upper = actions, up
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.plot)
        lower.addWidget(self.samples)
        lower.setSizes([450, 550])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_enabled()
        self.reload()

    def add_queue(self, button: QPushButton, view: QWidget) -> None:
        """Compare cells: its button among the actions, its queue under the table."""
        self._actions.insertWidget(4, button)
        self._upper.addWidget(view)

    # ---- the store -----------------------------------------------------------------------------
    @property
    def store_path(self) -> Path:
        from rnn_studio.core.runstore import store_path
        return store_path(self._store_path)

    @property
    def busy(self) -> bool:
        return self.loader.busy or self.detail.busy or self.samples.runner.busy

    @Slot()
    def reload(self) -> None:
        path = self.store_path
        self.loader.submit(lambda job: read_rows(path))

    def rename_run(self, run_id: int, name: str) -> None:
        self.loader.submit(lambda job, p=self.store_path: read_rows(p, lambda s: s.rename(run_id, name)))

    def delete_runs(self, ids: list[int]) -> None:
        self.loader.submit(lambda job, p=self.store_path: read_rows(p, lambda s: s.delete(ids)))

    @Slot(object)
    def _on_rows(self, rows: list[dict]) -> None:
        keep = self.selected_ids()
        self.model.set_rows(rows)
        corpora = self.model.corpora()
        current = self.corpus.currentText()
        self.corpus.blockSignals(True)
        self.corpus.clear()
        self.corpus.addItems([tr(ALL_CORPORA), *corpora])
        self.corpus.setCurrentText(current if current in corpora else tr(ALL_CORPORA))
        self.corpus.blockSignals(False)
        self.proxy.set_corpus(None if self.corpus.currentText() == tr(ALL_CORPORA) else self.corpus.currentText())
        self.error = ""
        self.status.setText((self.tr("1 run") if len(rows) == 1 else self.tr("{0} runs").format(len(rows)))
                            if rows else self.tr("no runs recorded yet"))
        self.select_ids([i for i in keep if any(r["id"] == i for r in rows)])
        self._update_enabled()
        self.loaded.emit(len(rows))

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.error = message.strip().splitlines()[-1] if message.strip() else self.tr("failed")
        self.status.setText(self.error)
        self._update_enabled()

    # ---- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ID_ROLE) in ids:
                sel.select(self.proxy.index(r, 0), flags)

    def _one_selected(self) -> dict | None:
        """The selected run's row when exactly one is selected (open, rename), else None."""
        by_id = {r["id"]: r for r in self.model.rows}
        rows = [by_id[i] for i in self.selected_ids() if i in by_id]
        return rows[0] if len(rows) == 1 else None

    @Slot()
    def _on_selection(self, *_args) -> None:
        self._update_enabled()
        ids, path = self.selected_ids(), self.store_path

        def job(j):
            from rnn_studio.core.runcurves import load_curves
            from rnn_studio.core.runstore import RunStore
            if not ids:
                return [], {}
            with RunStore(path, create=False) as store:
                last = {i: (lambda s: s[-1]["prompt"] + s[-1]["text"] if s else "")(store.samples(i)) for i in ids}
                return load_curves(store, ids), last
        self.detail.submit(job)

    @Slot(object)
    def _on_detail(self, result) -> None:
        curves, last = result
        self.shown = curves
        self._draw()
        rows = {r["id"]: r for r in self.model.rows}
        self.samples.set_sources([SampleSource(c.id, rows.get(c.id, {}).get("label", f"#{c.id}"),
                                               rows.get(c.id, {}).get("model_path"), last.get(c.id, ""))
                                  for c in curves])

    def set_x(self, key: str) -> None:
        self.x_key = key
        self.x_axis.setCurrentIndex(list(X_LABELS).index(key))
        self._draw()

    def _draw(self) -> None:
        pi = self.plot.getPlotItem()
        clear_overlay(pi, self.curves)
        self.curves = overlay_runs(pi, self.shown, x=self.x_key)
        pi.enableAutoRange()

    # ---- actions -------------------------------------------------------------------------------
    @Slot()
    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.compare_requested.emit(ids)

    @Slot()
    @one_run
    def open_selected(self, row: dict) -> None:
        path = row.get("model_path")
        if not path or not Path(path).is_file():
            self._on_refused(self.tr("run {0}: its model file is gone ({1})").format(
                row["id"], path or self.tr("none recorded")))
            return
        self.open_model_requested.emit(path)

    @Slot()
    @one_run
    def rename_selected(self, row: dict) -> None:
        name = prompts.ask_text(self, self.tr("Rename run"), self.tr("A name for run {0}:").format(row["id"]),
                                row.get("name") or "")
        if name is not None:
            self.rename_run(row["id"], name)

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        what = (self.tr("run {0}").format(ids[0]) if len(ids) == 1 else
                self.tr("{0} runs ({1})").format(len(ids), ", ".join(map(str, ids))))
        if prompts.confirm(self, self.tr("Delete runs"),
                           self.tr("Forget {0}? Their model files stay where they are.").format(what)):
            self.delete_runs(ids)

    def _follow_palette(self) -> None:
        """The plot in the system's light or dark colours, like the window's loss plot."""
        bg, fg = self.palette().color(QPalette.ColorRole.Base), self.palette().color(QPalette.ColorRole.Text)
        self.plot.setBackground(bg)
        pi = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            pi.getAxis(name).setPen(pg.mkPen(fg))
            pi.getAxis(name).setTextPen(pg.mkPen(fg))
        pi.legend.setLabelTextColor(fg)
        pi.legend.setBrush(pg.mkBrush(QColor(bg.red(), bg.green(), bg.blue(), 200)))

    def _update_enabled(self) -> None:
        n = len(self.selected_ids())
        self.buttons["compare"].setEnabled(n >= 1)
        self.buttons["delete"].setEnabled(n >= 1)
        self.buttons["open"].setEnabled(n == 1)
        self.buttons["rename"].setEnabled(n == 1)
