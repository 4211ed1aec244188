"""Writing in the window: Generate, Stop, Copy and Save text.

The weights come from the model document's snapshot, or, while a run is going on (even
paused), from a snapshot the trainer takes between steps.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from rnn_studio.core.config import validate
from rnn_studio.core.errors import UserError
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs
from rnn_studio.gui.writing.controller import WritingController
from rnn_studio.gui.writing.panel import WriterPanel


class WritingFeature(QObject):
    finished = Signal(str)      # 'done', 'stopped', 'refused' or 'failed'
    changed = Signal()          # writing started or ended: enabled states change

    def __init__(self, ui: Ui, controller: WritingController, panel: WriterPanel, document: ModelDocument,
                 training: TrainingController, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.writing, self.panel, self.document, self.training = ui, controller, panel, document, training
        self.snapshot_pending = False
        panel.generate_clicked.connect(self.generate)
        panel.stop_clicked.connect(self.stop)
        panel.copy_clicked.connect(self.copy_text)
        panel.save_clicked.connect(self.save_text)
        controller.chunk.connect(panel.append)
        controller.ended.connect(self._on_ended)
        controller.refused.connect(self._refused)
        controller.crashed.connect(self._on_crashed)

    @property
    def busy(self) -> bool:
        return self.writing.active or self.snapshot_pending

    def can_write(self) -> bool:
        return self.document.snapshot is not None or self.training.state in ("running", "pausing", "paused")

    def show_state(self) -> None:
        writing = self.busy
        self.panel.set_available(self.can_write() and not writing,
                                 self.tr("Train a model or open one to write with it."))
        if not writing and self.panel.busy:
            self.panel.set_busy(False)

    def generate(self) -> bool:
        if self.busy or not self.can_write():
            return False
        cfg = self.panel.config()
        try:
            validate(cfg)
        except UserError as exc:
            self._refused(str(exc))
            return False
        if not self.ui.ensure_engine():
            return False
        if self.training.active:
            self.snapshot_pending = True
            self.panel.set_busy(True)
            self.training.with_snapshot(lambda snap: self._start(snap, cfg))
        else:
            self._start(self.document.snapshot, cfg)
        return True

    def _start(self, snapshot, cfg) -> None:
        from rnn_studio.core.sampler import prepare_prefix
        from rnn_studio.core.vocab import Vocab

        self.snapshot_pending = False
        try:
            # Checked here too, so a bad prefix is reported before anything is cleared.
            prefix = prepare_prefix(Vocab(snapshot.vocab, snapshot.model_cfg.hangul), cfg.prefix, self.panel.skip_unknown.isChecked())
        except UserError as exc:
            self._refused(str(exc))
            return
        dropped = len(unicodedata.normalize("NFC", cfg.prefix)) - len(prefix)
        if dropped > 0:
            self.ui.status(self.tr("{0} prefix characters the model never saw were dropped").format(dropped), 8000)
            cfg = dataclasses.replace(cfg, prefix=prefix)
        self.panel.begin(cfg.prefix)
        self.writing.start(snapshot.writing_weights(), snapshot.model_cfg, snapshot.vocab, cfg)
        self.changed.emit()

    def stop(self) -> None:
        self.writing.stop()

    def _on_ended(self, reason: str, text: str) -> None:
        note = (self.tr("{0:,} characters written") if reason == "done"
                else self.tr("stopped after {0:,} characters")).format(len(text))
        self.panel.finish(note)
        self.changed.emit()
        self.finished.emit(reason)

    def _refused(self, message: str) -> None:
        self.snapshot_pending = False
        self.panel.refuse(message)
        self.ui.status(message, 10000)
        self.changed.emit()
        self.finished.emit("refused")

    def _on_crashed(self, details: str) -> None:
        self.panel.finish("")
        self.ui.internal_error(details)
        self.changed.emit()
        self.finished.emit("failed")

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.panel.text())
        self.ui.status(self.tr("text copied"), 3000)

    def save_text(self) -> bool:
        if not self.panel.text():
            self.ui.status(self.tr("nothing written yet to save"), 5000)
            return False
        path = dialogs.save_file(self.ui.parent, self.tr("Save Text"), "sample.txt", dialogs.TEXT_FILTER)
        if not path:
            return False
        try:
            Path(path).write_text(self.panel.text(), encoding="utf-8")
        except OSError as exc:
            dialogs.error(self.ui.parent, self.tr("Cannot save text"), f"{path}: {exc.strerror or exc}")
            return False
        self.ui.status(self.tr("text saved to {0}").format(path), 5000)
        return True
