"""The window's side of model files: New, Open, Save, Save As, and the unsaved-work question.

A mixin of MainWindow. Saving runs on a worker; whatever must follow a save (closing,
opening another model) is passed on as ``then`` and runs only if the save succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rnn_studio.core.errors import UserError
from rnn_studio.gui import dialogs

SUFFIX = ".rnn"     # rnn_studio.core.modelfile.SUFFIX, without importing torch for it


class ModelFlow:
    def has_unsaved(self) -> bool:
        return self.document.dirty or (self.training.active and self._run_steps > 0)

    def settle_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved weights are saved or knowingly discarded (or never)."""
        if not self.has_unsaved() or not self.isVisible():
            then()
            return
        answer = dialogs.ask_save(self, self.document.name())
        if answer == "discard":
            then()
        elif answer == "save":
            self.save_model(then=then)

    # ---- New / Open ----------------------------------------------------------------------
    def new_model(self) -> None:
        if self._refuse_while_training(self.tr("Cannot start a new model")):
            return
        self.settle_unsaved(self._new_now)

    def _new_now(self) -> None:
        self.forget_recovery()
        self.document.clear()
        self.plot.reset()
        self.timeline.clear()
        self.train_panel.finish(False, "")
        self.train_panel.progress.setValue(0)
        self.status(self.tr("new model: choose its shape and press Train"))

    def choose_model(self) -> None:
        path = dialogs.open_file(self, self.tr("Open Model"), self._folder(), dialogs.MODEL_FILTER)
        if path:
            self.load_model(path)

    def load_model(self, path: str) -> bool:
        """What File ▸ Open Model does; True when the model was opened (now)."""
        if self._refuse_while_training(self.tr("Cannot open model")):
            return False
        self.document.wait_for_save()       # the file may be the one being written
        opened = []
        self.settle_unsaved(lambda: opened.append(self._open_model_now(str(path))))
        return bool(opened and opened[0])

    def _open_model_now(self, path: str) -> bool:
        if not self.ensure_engine():
            return False
        from rnn_studio.core import modelfile

        try:
            snap = modelfile.load(path)
        except UserError as exc:
            dialogs.error(self, self.tr("Cannot open model"), str(exc))
            return False
        self.forget_recovery()
        self.document.set_loaded(snap, path)
        self.show_model(snap, self.tr("opened at step {0:,}").format(snap.step))
        self.settings.add_recent(path)
        note = ""
        missing = [c for c in (self.corpus.vocab.chars if self.corpus else "") if c not in snap.vocab]
        if missing:
            note = self.tr(" (the open text has {0} characters this model never saw: "
                           "it can write, but cannot train on that text)").format(len(missing))
        self.status(self.tr("opened {0}: {1}, trained {2:,} steps").format(
            Path(path).name, snap.model_cfg.cell.upper(), snap.step) + note, 10000)
        self.modelLoaded.emit(path)
        return True

    def show_model(self, snap, note: str) -> None:
        """Panels, plot and timeline for a model that did not come from a run just now."""
        self.model_panel.set_config(snap.model_cfg)
        self.train_panel.set_config(snap.train_cfg, budget=False)
        self.plot.set_history(snap.history)
        self.timeline.clear()
        self.train_panel.finish(False, note)
        self.train_panel.progress.setValue(0)

    # ---- Save ------------------------------------------------------------------------------
    def save_model(self, path: str | None = None, ask: bool = False,
                   then: Callable[[], None] | None = None) -> bool:
        """Save (on a worker); True when a save was started."""
        tr = self.tr
        if self.document.saving:
            self.status(tr("a save is already under way"), 5000)
            return False
        if self.document.snapshot is None and not self.training.active:
            dialogs.info(self, tr("Nothing to save"), tr("Train a model first; then save it."))
            return False
        if path is None and (ask or not self.document.path):
            corpus_name = self.corpus.name if self.corpus else None
            suggested = str(Path(self._folder()) / Path(self.document.suggested_name(corpus_name)).name)
            path = dialogs.save_file(self, tr("Save Model"), suggested, dialogs.MODEL_FILTER)
            if not path:
                return False
            if not Path(path).suffix:
                path += SUFFIX
        path = str(path or self.document.path)
        self.status(tr("saving {0}…").format(Path(path).name))
        if self.training.active:
            # A copy taken between steps; the run goes on, so the model stays unsaved.
            self.training.with_snapshot(lambda snap: self.document.save(path, snap, then, clean=False))
        else:
            self.document.save(path, self.document.snapshot, then)
        self.refresh()
        return True

    def _on_saved(self, path: str) -> None:
        self.forget_recovery()
        self.settings.add_recent(path)
        self.settings.set("last_folder", str(Path(path).parent))
        self.status(self.tr("saved {0}").format(path), 5000)
        self.refresh()
        self.modelSaved.emit(path)

    def _on_save_refused(self, message: str) -> None:
        self.refresh()
        dialogs.error(self, self.tr("Cannot save model"), message)

    def _refuse_while_training(self, title: str) -> bool:
        if self.training.active:
            dialogs.error(self, title, self.tr("Training is under way; stop it first."))
            return True
        return False

    def _folder(self) -> str:
        folder = self.settings.get("last_folder")
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())
