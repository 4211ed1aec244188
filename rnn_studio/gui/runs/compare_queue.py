"""The Compare-cells queue as the Runs panel shows it: one row per run of the comparison, with
its state (waiting, training and how far, paused, finished with its best validation loss,
stopped, skipped, failed), and Pause/Resume and Cancel for the whole queue.

A view only: ``gui/runs/compare_feature.py`` runs the queue and tells it what to show.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QWidget)

from rnn_studio.gui.widgets.layout import column, row

# The words, for lupdate (QT_TRANSLATE_NOOP by its own name, with the context spelled out).
COLUMNS = (QT_TRANSLATE_NOOP("CompareQueueView", "Run"), QT_TRANSLATE_NOOP("CompareQueueView", "State"),
           QT_TRANSLATE_NOOP("CompareQueueView", "Progress"),
           QT_TRANSLATE_NOOP("CompareQueueView", "Best validation loss"))
STATES = (QT_TRANSLATE_NOOP("CompareQueueView", "waiting"), QT_TRANSLATE_NOOP("CompareQueueView", "training"),
          QT_TRANSLATE_NOOP("CompareQueueView", "paused"), QT_TRANSLATE_NOOP("CompareQueueView", "finished"),
          QT_TRANSLATE_NOOP("CompareQueueView", "stopped"), QT_TRANSLATE_NOOP("CompareQueueView", "skipped"),
          QT_TRANSLATE_NOOP("CompareQueueView", "failed"))
PROGRESS_SCALE = 1000
# States in words, and a colour for the ones that need no reading to be told apart.
STATE_COLOURS = {"training": (52, 120, 200), "paused": (200, 140, 20), "finished": (44, 160, 44),
                 "stopped": (200, 140, 20), "failed": (214, 39, 40)}


class CompareQueueView(QWidget):
    pause_clicked = Signal()
    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareQueueBox")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("compareQueue")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel(self)
        self.pause_button = QPushButton(self.tr("Pause"), self, objectName="compareQueuePause")
        self.pause_button.setToolTip(self.tr("Pause the run that is training (the queue waits with it)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="compareQueueCancel")
        self.cancel_button.setToolTip(self.tr("Stop the run that is training (it is kept) and skip the rest"))
        self.pause_button.clicked.connect(self.pause_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        column(self, row(self, (self.title, 1), self.pause_button, self.cancel_button), self.table)
        self.layout().setContentsMargins(0, 4, 0, 0)
        self.set_running(False, False)
        self.setVisible(False)          # until the first comparison

    def set_items(self, titles: list[str]) -> None:
        """A new queue: every run waiting."""
        self.table.setRowCount(len(titles))
        for r, title in enumerate(titles):
            self.table.setItem(r, 0, QTableWidgetItem(title))
            bar = QProgressBar(self.table)
            bar.setRange(0, PROGRESS_SCALE)
            bar.setTextVisible(True)
            bar.setFormat("%p%")
            bar.setValue(0)
            self.table.setCellWidget(r, 2, bar)
            self.set_row(r, "waiting")
        # Every row in view: the queue is a handful of runs.
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(titles)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        self.setVisible(True)

    def set_row(self, row: int, state: str, fraction: float | None = None, best: str = "",
                tip: str = "") -> None:
        """``state`` in words; ``fraction`` of the run done (None: leave it); ``best`` already
        formatted in the window's unit; ``tip`` what more there is to say (a failure's words)."""
        item = QTableWidgetItem(self.tr(state))
        if state in STATE_COLOURS:
            item.setForeground(QColor(*STATE_COLOURS[state]))
        item.setToolTip(tip)
        self.table.setItem(row, 1, item)
        self.table.setItem(row, 3, QTableWidgetItem(best))
        bar = self.table.cellWidget(row, 2)
        if fraction is not None and isinstance(bar, QProgressBar):
            bar.setValue(round(min(max(fraction, 0.0), 1.0) * PROGRESS_SCALE))

    def state(self, row: int) -> str:
        item = self.table.item(row, 1)
        return item.text() if item is not None else ""

    def progress(self, row: int) -> float:
        bar = self.table.cellWidget(row, 2)
        return bar.value() / PROGRESS_SCALE if isinstance(bar, QProgressBar) else 0.0

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_running(self, running: bool, paused: bool) -> None:
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
