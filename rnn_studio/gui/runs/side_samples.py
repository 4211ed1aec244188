"""Samples from several runs side by side: one prefix, one seed, one length, one pane per run.

Until the user writes, each pane shows the last sample the run made while training. Writing
loads each run's model file and continues the prefix on a worker (``JobRunner``), one run after
another, so the window never waits; each pane fills as its run is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDoubleSpinBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from rnn_studio.core.errors import UserError
from rnn_studio.gui.jobs import JobRunner


@dataclass
class SampleSource:
    id: int
    label: str
    model_path: str | None
    recorded: str = ""          # the last sample made during training


class SideBySideSamples(QWidget):
    written = Signal()          # every selected run has its sample

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsSamples")
        self.sources: list[SampleSource] = []
        self.panes: dict[int, QPlainTextEdit] = {}
        self.runner = JobRunner(self, progress=self._on_sample, done=self._on_done, refused=self._on_stopped,
                                crashed=self._on_stopped)

        self.prefix = QLineEdit(self, placeholderText=self.tr("prefix"))
        self.prefix.setObjectName("runsSamplePrefix")
        self.prefix.setToolTip(self.tr("the text every model continues (empty: the start of a line)"))
        self.prefix.setMinimumWidth(80)
        self.seed = QSpinBox(self, minimum=0, maximum=2**31 - 1, value=1337, prefix=self.tr("seed "))
        self.length = QSpinBox(self, minimum=1, maximum=20000, value=300, suffix=self.tr(" chars"))
        self.temperature = QDoubleSpinBox(self, minimum=0.0, maximum=5.0, singleStep=0.1, value=0.8, prefix="T ")
        self.write_button = QPushButton(self.tr("Write side by side"), self)
        self.write_button.setObjectName("runsWriteSamples")
        self.write_button.setToolTip(self.tr("continue the same prefix with the same seed from each selected run's model"))
        self.write_button.clicked.connect(self.write)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prefix, 3)
        for w in (self.seed, self.length, self.temperature, self.write_button):
            bar.addWidget(w)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.hint = QLabel(self.tr("Select runs to read their samples side by side."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        self._update_enabled()

    def set_sources(self, sources: list[SampleSource]) -> None:
        """One pane per run, showing its last training sample."""
        self.runner.cancel()
        self.sources = list(sources)
        for i in reversed(range(self.splitter.count())):
            w = self.splitter.widget(i)
            w.setParent(None)
            w.deleteLater()
        self.panes = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for s in self.sources:
            frame = QFrame(self.splitter)
            col = QVBoxLayout(frame)
            col.setContentsMargins(2, 2, 2, 2)
            title = QLabel(f"<b>{s.label}</b>", frame)
            title.setTextFormat(Qt.TextFormat.RichText)
            text = QPlainTextEdit(frame, readOnly=True)
            text.setObjectName(f"runSample{s.id}")
            text.setFont(mono)
            text.setPlainText(s.recorded or self.tr("(no sample recorded during training)"))
            col.addWidget(title)
            col.addWidget(text, 1)
            self.splitter.addWidget(frame)
            frame.show()
            self.panes[s.id] = text
        self.hint.setVisible(not self.sources)
        self._update_enabled()

    def text(self, run_id: int) -> str:
        return self.panes[run_id].toPlainText()

    @Slot()
    def write(self) -> None:
        from rnn_studio.core.runcurves import write_sample

        sources = [s for s in self.sources]
        prefix, seed, length, temp = self.prefix.text(), self.seed.value(), self.length.value(), self.temperature.value()

        gone, cannot = self.tr("(its model file is gone: {0})"), self.tr("(cannot write with it: {0})")
        none = self.tr("none recorded")

        def job(j) -> int:
            for s in sources:
                if j.cancelled:
                    break
                if not s.model_path or not Path(s.model_path).is_file():
                    j.report((s.id, gone.format(s.model_path or none)))
                    continue
                try:
                    j.report((s.id, write_sample(s.model_path, prefix, length, temp, seed)))
                except UserError as exc:
                    j.report((s.id, cannot.format(exc.message)))
            return len(sources)
        for pane in self.panes.values():
            pane.setPlainText(self.tr("writing…"))
        self.runner.submit(job)
        self._update_enabled()

    @Slot(object)
    def _on_sample(self, data) -> None:
        run_id, text = data
        if run_id in self.panes:
            self.panes[run_id].setPlainText(text)

    @Slot(object)
    def _on_done(self, _n) -> None:
        self._update_enabled()
        self.written.emit()

    @Slot(str)
    def _on_stopped(self, message: str) -> None:
        for pane in self.panes.values():
            if pane.toPlainText() == self.tr("writing…"):
                pane.setPlainText(self.tr("(not written: {0})").format(message.strip().splitlines()[-1]))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.write_button.setEnabled(bool(self.sources) and not self.runner.busy)
