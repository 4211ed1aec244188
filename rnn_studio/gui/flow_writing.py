"""The window's side of writing: Generate, Stop, Copy and Save text.

A mixin of MainWindow. The weights come from the document's snapshot, or, while a run is
going on (even paused), from a snapshot the trainer takes between steps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from rnn_studio.core.config import validate
from rnn_studio.core.errors import UserError
from rnn_studio.gui import dialogs


class WritingFlow:
    def can_write(self) -> bool:
        return self.document.snapshot is not None or self.training.state in ("running", "pausing", "paused")

    def generate(self) -> bool:
        if self.writing.active or self._snapshot_pending or not self.can_write():
            return False
        cfg = self.writer.config()
        try:
            validate(cfg)
        except UserError as exc:
            self._writing_refused(str(exc))
            return False
        if not self.ensure_engine():
            return False
        if self.training.active:
            self._snapshot_pending = True
            self.writer.set_busy(True)
            self.training.with_snapshot(lambda snap: self._start_writing(snap, cfg))
        else:
            self._start_writing(self.document.snapshot, cfg)
        return True

    def _start_writing(self, snapshot, cfg) -> None:
        from rnn_studio.core.sampler import prepare_prefix
        from rnn_studio.core.vocab import Vocab

        self._snapshot_pending = False
        try:
            # Checked here too, so a bad prefix is reported before anything is cleared.
            prepare_prefix(Vocab(snapshot.vocab), cfg.prefix)
        except UserError as exc:
            self._writing_refused(str(exc))
            return
        self.writer.begin(cfg.prefix)
        self.writing.start(snapshot.weights, snapshot.model_cfg, snapshot.vocab, cfg)
        self.refresh()

    def stop_generation(self) -> None:
        self.writing.stop()

    def _on_chunk(self, text: str) -> None:
        self.writer.append(text)

    def _on_writing_ended(self, reason: str, text: str) -> None:
        note = (self.tr("{0:,} characters written") if reason == "done"
                else self.tr("stopped after {0:,} characters")).format(len(text))
        self.writer.finish(note)
        self.refresh()
        self.generationFinished.emit(reason)

    def _writing_refused(self, message: str) -> None:
        self._snapshot_pending = False
        self.writer.finish(message)
        self.status(message, 10000)
        self.refresh()
        self.generationFinished.emit("refused")

    def _on_writing_crashed(self, details: str) -> None:
        self.writer.finish("")
        self.internal_error(details)
        self.refresh()
        self.generationFinished.emit("failed")

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.writer.text())
        self.status(self.tr("text copied"), 3000)

    def save_text(self) -> bool:
        path = dialogs.save_file(self, self.tr("Save Text"), "sample.txt", dialogs.TEXT_FILTER)
        if not path:
            return False
        try:
            Path(path).write_text(self.writer.text(), encoding="utf-8")
        except OSError as exc:
            dialogs.error(self, self.tr("Cannot save text"), f"{path}: {exc.strerror or exc}")
            return False
        self.status(self.tr("text saved to {0}").format(path), 5000)
        return True
