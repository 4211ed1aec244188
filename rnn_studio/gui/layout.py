"""The window's layout: the settings column on the left; the loss plot beside the samples
timeline over the writer on the right, in splitters the window remembers; the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from rnn_studio.gui.corpus_panel import CorpusPanel
from rnn_studio.gui.loss_plot import LossPlotPanel
from rnn_studio.gui.model_panel import ModelPanel
from rnn_studio.gui.samples_timeline import SamplesTimeline
from rnn_studio.gui.train_panel import TrainPanel
from rnn_studio.gui.writer_panel import WriterPanel


def build(w: QMainWindow) -> None:
    """Create the panels as attributes of ``w`` and lay them out."""
    w.corpus_panel = CorpusPanel(w)
    w.model_panel = ModelPanel(w)
    w.train_panel = TrainPanel(w)
    side = QWidget(w)
    col = QVBoxLayout(side)
    for panel in (w.corpus_panel, w.model_panel, w.train_panel):
        col.addWidget(panel)
    col.addStretch(1)
    scroll = QScrollArea(w)
    scroll.setWidget(side)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(side.sizeHint().width() + 24)
    w.plot_panel = LossPlotPanel(w)
    w.plot = w.plot_panel.plot
    w.timeline = SamplesTimeline(w)
    w.writer = WriterPanel(w)
    w.top_split = QSplitter(Qt.Orientation.Horizontal, w, objectName="plotSplitter")
    w.top_split.addWidget(w.plot_panel)
    w.top_split.addWidget(w.timeline)
    w.top_split.setStretchFactor(0, 3)
    w.top_split.setStretchFactor(1, 2)
    w.right_split = QSplitter(Qt.Orientation.Vertical, w, objectName="rightSplitter")
    w.right_split.addWidget(w.top_split)
    w.right_split.addWidget(w.writer)
    w.right_split.setStretchFactor(0, 3)
    w.right_split.setStretchFactor(1, 2)
    w.main_split = QSplitter(Qt.Orientation.Horizontal, w, objectName="mainSplitter")
    w.main_split.addWidget(scroll)
    w.main_split.addWidget(w.right_split)
    w.main_split.setStretchFactor(1, 1)
    w.main_split.setCollapsible(0, False)
    for s in (w.top_split, w.right_split, w.main_split):
        s.setChildrenCollapsible(False)
    w.setCentralWidget(w.main_split)
    w.step_label = QLabel("", w, objectName="stepLabel")
    w.engine_label = QLabel(w.tr("engine: loading…"), w, objectName="engineLabel")
    w.statusBar().addPermanentWidget(w.step_label)
    w.statusBar().addPermanentWidget(w.engine_label)
    w.resize(1360, 860)
    w.setMinimumSize(960, 640)
