"""The current model as a document: its weights (a Snapshot), its file, unsaved changes.

Between runs the model is always a Snapshot (taken by the worker when a run ends, or
read from a file), so writing, saving and continuing never touch a live Trainer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from rnn_studio.gui.jobs import JobRunner


class ModelDocument(QObject):
    changed = Signal()
    saved = Signal(str)
    save_refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.snapshot = None
        self.path: str | None = None
        self.dirty = False
        self.saver = JobRunner(self, done=self._on_saved, refused=self._on_refused, crashed=self._on_crashed)
        self._then: Callable[[], None] | None = None
        self._clean = True

    def name(self) -> str:
        return Path(self.path).name if self.path else self.tr("untitled")

    def suggested_name(self, corpus_name: str | None) -> str:
        if self.path:
            return self.path
        cell = self.snapshot.model_cfg.cell if self.snapshot is not None else "model"
        return f"{Path(corpus_name or 'model').stem}-{cell}.rnn"

    def set_trained(self, snapshot) -> None:
        self.snapshot, self.dirty = snapshot, True
        self.changed.emit()

    def set_loaded(self, snapshot, path: str) -> None:
        self.snapshot, self.path, self.dirty = snapshot, path, False
        self.changed.emit()

    def clear(self) -> None:
        self.snapshot, self.path, self.dirty = None, None, False
        self.changed.emit()

    # ---- saving (a job; ``then`` runs after a successful save) ----------------------------
    @property
    def saving(self) -> bool:
        return self.saver.busy

    def save(self, path: str, snapshot, then: Callable[[], None] | None = None,
             clean: bool = True) -> None:
        """``clean``: the snapshot is the document's current state (not a mid-run copy)."""
        def job_fn(_job) -> str:
            from rnn_studio.core import modelfile

            modelfile.save(path, snapshot)
            return path

        self._then, self._clean = then, clean
        self.saver.submit(job_fn)

    def wait_for_save(self, timeout_ms: int = 30000) -> None:
        """Wait for a save in flight and report it (a save is never abandoned half-way)."""
        self.saver.wait(timeout_ms)

    @Slot(object)
    def _on_saved(self, path: str) -> None:
        self.path = path
        if self._clean:
            self.dirty = False
        then, self._then = self._then, None
        self.changed.emit()
        self.saved.emit(path)
        if then:
            then()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._then = None
        self.save_refused.emit(message)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self._then = None
        self.crashed.emit(details)
