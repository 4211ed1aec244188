"""Model files in the window: New, Open, Save, Save As, and the unsaved-work question.

Saving is a job (``ModelDocument``); whatever must follow a save (closing, opening another
model) is passed on as ``then`` and runs only if the save succeeded. ``forgotten`` says the
current model was saved or knowingly given up (the recovery file can go).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from rnn_studio.core.errors import UserError
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.language import tr
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.model.panel import ModelPanel, assess
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.training.feature import TrainingFeature
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs

SUFFIX = ".rnn"     # rnn_studio.core.modelfile.SUFFIX, without importing torch for it


class ModelFeature(QObject):
    loaded = Signal(str)
    saved = Signal(str)
    forgotten = Signal()        # saved, or knowingly discarded (New, Open)
    shown = Signal(object, str)  # a model that did not come from a run just now (None: a new one), a note

    def __init__(self, ui: Ui, document: ModelDocument, training: TrainingController, run: TrainingFeature,
                 corpus: CorpusFeature, panel: ModelPanel, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.document, self.training, self.run = ui, document, training, run
        self.corpus, self.panel, self.settings = corpus, panel, settings
        document.saved.connect(self._on_saved)
        document.save_refused.connect(self._on_save_refused)
        document.crashed.connect(ui.internal_error)
        for changed in (panel.changed, run.panel.seq_len.valueChanged, run.panel.batch.valueChanged,
                        run.panel.advanced.changed):
            changed.connect(self.show_estimate)
        panel.new_requested.connect(self.new)
        corpus.loaded.connect(self._on_corpus_loaded)      # a Korean text: offer the jamo vocabulary
        training.stepped.connect(self._on_stepped)

    def has_unsaved(self) -> bool:
        return self.document.dirty or (self.training.active and self.run.run_steps > 0)

    def settle_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved weights are saved or knowingly discarded (or never)."""
        if not self.has_unsaved() or not self.ui.visible():
            then()
            return
        answer = dialogs.ask_save(self.ui.parent, self.document.name())
        if answer == "discard":
            then()
        elif answer == "save":
            self.save(then=then)

    # ---- what the panel shows ------------------------------------------------------------
    def show_state(self) -> None:
        """The panel shows the model's shape once there is a model, locked while it exists or trains."""
        snap, active = self.document.snapshot, self.training.active
        if snap is not None:
            self.panel.set_config(snap.model_cfg)
        self.panel.set_locked(snap is not None or active, self.source(), can_renew=not active)

    def source(self) -> str:
        """Where the model comes from, in words ("LSTM trained for 1,200 steps on hello.txt")."""
        snap = self.document.snapshot
        if snap is None:
            return self.tr("training a new model…") if self.training.active else ""
        origin = snap.corpus.get("name") if isinstance(snap.corpus, dict) else None
        steps = snap.step
        if self.training.active and self.run.run_steps:
            steps += self.run.run_steps
        text = self.tr("{cell} trained for {steps:,} steps").format(cell=snap.model_cfg.cell.upper(), steps=steps)
        return text + (self.tr(" on {0}").format(origin) if origin else "")

    def show_estimate(self) -> None:
        """The model's size and memory for the form's settings, or why there is none yet."""
        if not self.ui.engine.loaded:
            self.panel.show_size(None, self.tr("loading engine…"))
            return
        snap, corpus = self.document.snapshot, self.corpus.corpus
        cfg = snap.model_cfg if snap is not None else self.panel.config()
        tcfg = self.run.panel.config()
        if snap is not None:
            cfg.vocab_size = len(snap.vocab)
        elif corpus is not None:
            from rnn_studio.core.preparation import model_vocab
            cfg.vocab_size = len(model_vocab(corpus, cfg))
        else:
            cfg.vocab_size = 0
        if cfg.vocab_size == 0:
            self.panel.show_size(None, self.tr("open a text to size the model"))
            return
        chars = int(corpus.n_chars * (1 - tcfg.val_fraction)) if corpus else 0
        self.panel.show_size(*assess(cfg, tcfg, chars))

    def _on_stepped(self, _events) -> None:
        if self.document.snapshot is not None:     # "trained for N steps" follows the run
            self.panel.set_locked(True, self.source(), can_renew=False)

    def _on_corpus_loaded(self, _path: str) -> None:
        from rnn_studio.core.hangul import is_mostly_hangul

        self.panel.offer_jamo(is_mostly_hangul(self.corpus.corpus.preview))

    # ---- New / Open ----------------------------------------------------------------------
    def new(self) -> None:
        if self._refuse_while_training(self.tr("Cannot start a new model")):
            return
        self.settle_unsaved(self._new_now)

    def _new_now(self) -> None:
        self.forgotten.emit()
        self.document.clear()
        self.shown.emit(None, "")
        self.ui.status(self.tr("new model: choose its shape and press Train"))

    def choose(self) -> None:
        path = dialogs.open_file(self.ui.parent, self.tr("Open Model"), self.corpus.folder(), dialogs.MODEL_FILTER)
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """What File ▸ Open Model does; True when the model was opened (now)."""
        if self._refuse_while_training(self.tr("Cannot open model")):
            return False
        self.document.wait_for_save()       # the file may be the one being written
        opened = []
        self.settle_unsaved(lambda: opened.append(self._open_now(str(path))))
        return bool(opened and opened[0])

    def _open_now(self, path: str) -> bool:
        if not self.ui.ensure_engine():
            return False
        from rnn_studio.core import modelfile

        try:
            snap = modelfile.load(path)
        except UserError as exc:
            dialogs.error(self.ui.parent, self.tr("Cannot open model"), str(exc))
            return False
        self.forgotten.emit()
        self.document.set_loaded(snap, path)
        self.shown.emit(snap, self.tr("opened at step {0:,}").format(snap.step))
        self.settings.add_recent(path)
        note = ""
        corpus = self.corpus.corpus
        from rnn_studio.core.vocab import Vocab

        missing = Vocab(snap.vocab, snap.model_cfg.hangul).unknown(corpus.vocab.chars) if corpus else []
        if missing:
            note = self.tr(" (the open text has {0} characters this model never saw: "
                           "it can write, but cannot train on that text)").format(len(missing))
        self.ui.status(self.tr("opened {0}: {1}, trained {2:,} steps").format(
            Path(path).name, snap.model_cfg.cell.upper(), snap.step) + note, 10000)
        self.loaded.emit(path)
        return True

    # ---- Save ------------------------------------------------------------------------------
    def save(self, path: str | None = None, ask: bool = False, then: Callable[[], None] | None = None) -> bool:
        """Save (as a job); True when a save was started."""
        if self.document.saving:
            self.ui.status(tr("a save is already under way"), 5000)
            return False
        if self.document.snapshot is None and not self.training.active:
            dialogs.info(self.ui.parent, tr("Nothing to save"), tr("Train a model first; then save it."))
            return False
        if path is None and (ask or not self.document.path):
            corpus = self.corpus.corpus
            suggested = str(Path(self.corpus.folder()) /
                            Path(self.document.suggested_name(corpus.name if corpus else None)).name)
            path = dialogs.save_file(self.ui.parent, tr("Save Model"), suggested, dialogs.MODEL_FILTER)
            if not path:
                return False
            if not Path(path).suffix:
                path += SUFFIX
        path = str(path or self.document.path)
        self.ui.status(tr("saving {0}…").format(Path(path).name))
        if self.training.active:
            # A copy taken between steps; the run goes on, so the model stays unsaved.
            self.training.with_snapshot(lambda snap: self.document.save(path, snap, then, clean=False))
        else:
            self.document.save(path, self.document.snapshot, then)
        self.document.changed.emit()
        return True

    def _on_saved(self, path: str) -> None:
        self.forgotten.emit()
        self.settings.add_recent(path)
        self.settings.set("last_folder", str(Path(path).parent))
        self.ui.status(self.tr("saved {0}").format(path), 5000)
        self.saved.emit(path)

    def _on_save_refused(self, message: str) -> None:
        self.document.changed.emit()
        dialogs.error(self.ui.parent, self.tr("Cannot save model"), message)

    def _refuse_while_training(self, title: str) -> bool:
        if self.training.active:
            dialogs.error(self.ui.parent, title, self.tr("Training is under way; stop it first."))
            return True
        return False
