"""Autosave and crash recovery in the window (``core/autosave.py`` writes the files).

While a run trains, the run's job itself writes the model to the recovery file every few
minutes (``training/run.py``), so the UI thread never waits for the write. Saving the
model, discarding it (New, Open) or closing the window cleanly removes the recovery file.
At start, a recovery file left by a process that is no longer running (a crash, a killed
process, a power cut) is offered back once the engine has loaded: Recover brings the
model, its loss history and its text back, unsaved.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDoubleSpinBox

from rnn_studio.core.errors import UserError
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs

DEFAULT_MINUTES = 5.0
MAX_MINUTES = 24 * 60.0


class RecoveryFeature(QObject):
    handled = Signal(str)           # 'recovered', 'discarded', 'later' or 'failed'
    recovered = Signal(object, str)  # the Snapshot brought back, a note

    def __init__(self, ui: Ui, document: ModelDocument, training: TrainingController, corpus: CorpusFeature,
                 minutes: QDoubleSpinBox, parent: QObject | None = None):
        super().__init__(parent)
        from rnn_studio.core.autosave import Autosaver     # torch-free: no engine needed yet

        self.ui, self.document, self.training, self.corpus, self.minutes_field = ui, document, training, corpus, minutes
        self.autosaver = Autosaver(every_s=DEFAULT_MINUTES * 60)
        self._recovered = False                 # the model came from another process's file
        info = self.autosaver.pending()
        # One written by this very process belongs to another window of it, not to a crash.
        self._recovery = info if info is None or info.pid != os.getpid() else None

    def minutes(self) -> float:
        return self.minutes_field.value()

    def set_minutes(self, value) -> None:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        self.minutes_field.setValue(min(max(float(value), 0.0), MAX_MINUTES) if ok else DEFAULT_MINUTES)

    def arm(self) -> None:
        """A run starts: the first autosave is due one interval from now (0: never)."""
        self.autosaver.every_s = self.minutes() * 60
        self.autosaver.reset()

    def forget(self) -> None:
        """The model was saved or knowingly given up: nothing is left to recover."""
        self.autosaver.clear()
        if self._recovered:
            # The file a crashed process left: ours to remove now, unless another running
            # RNN Studio has taken it over since (then ``pending`` does not report it).
            if self.autosaver.pending() is not None:
                self.autosaver.discard()
            self._recovered = False

    def stop(self) -> None:
        """Closing: no job may write a recovery file after the window has cleared it."""
        self.autosaver.every_s = 0

    # ---- at start ------------------------------------------------------------------------
    def offer(self) -> None:
        info, self._recovery = self._recovery, None
        if info is None or self.document.snapshot is not None or self.training.active:
            return      # kept for the next start
        if not info.model_path.is_file():
            return
        answer = dialogs.ask_recover(self.ui.parent, info.describe())
        if answer == "discard":
            self.autosaver.discard()
            self.ui.status(self.tr("the autosaved run was discarded"), 5000)
            outcome = "discarded"
        elif answer == "recover":
            outcome = self._recover(info)
        else:
            outcome = "later"
        self.handled.emit(outcome)

    def _recover(self, info) -> str:
        if not self.ui.ensure_engine():
            return "failed"
        try:
            snap = self.autosaver.load()
        except UserError as exc:
            dialogs.error(self.ui.parent, self.tr("Cannot recover the run"), str(exc))
            return "failed"
        self._recovered = True
        self.document.set_trained(snap)     # unsaved: the user saves it where they choose
        self.recovered.emit(snap, self.tr("recovered at step {0:,}").format(snap.step))
        path = info.corpus_path
        current = self.corpus.corpus.path if self.corpus.corpus is not None else None
        if path and Path(path).is_file() and not _same_file(path, current) \
                and not _same_file(path, self.corpus.loading_path):
            self.corpus.load(path, wait=False)          # the text the run was training on
        self.ui.status(self.tr("recovered {0}: save it to keep it").format(info.describe()), 15000)
        return "recovered"


def _same_file(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
