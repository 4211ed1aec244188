"""The text to train on: Open Text, sample texts, recent files, the first text at start-up.

Files are read by a job while the window says "loading…" and stays responsive; a refused
file leaves the loaded text in place. ``load(path)`` (the automation contract's
``MainWindow.load_corpus``) uses the same job but can return with the text loaded or
refused, so a script can go straight on to train.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from rnn_studio import paths
from rnn_studio.gui.corpus.panel import CorpusPanel
from rnn_studio.gui.jobs import JobRunner
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs

START_SYNC_BYTES = 4 << 20      # ~0.1 s to read; the bundled Shakespeare is 1.1 MB


def _size(path: str | None) -> int:
    try:
        return Path(path).stat().st_size if path else 0
    except OSError:
        return 0


@dataclass
class Undecodable:
    message: str
    candidates: list        # core.encodings.Candidate, the likeliest first


def _key(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


class CorpusFeature(QObject):
    loaded = Signal(str)        # path: the text is now ``corpus``
    refused = Signal(str)       # path
    busy_changed = Signal()

    def __init__(self, ui: Ui, panel: CorpusPanel, settings: Settings, training,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.panel, self.settings, self.training = ui, panel, settings, training
        self.corpus = None
        self.runner = JobRunner(self, done=self._on_loaded, refused=self._on_refused, crashed=self._on_crashed)
        self._pending: tuple[str, bool, str | None] | None = None     # path, quiet, encoding
        self._fallbacks: list[str] = []
        self._last_ok = False
        panel.open_requested.connect(self.choose)
        panel.bundled_requested.connect(lambda path: self.load(path, wait=False))

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @property
    def loading_path(self) -> str | None:
        return self._pending[0] if self._pending is not None and self.busy else None

    # ---- commands -------------------------------------------------------------------------
    def choose(self) -> None:
        path = dialogs.open_file(self.ui.parent, self.tr("Open Text"), self.folder(), dialogs.CORPUS_FILTER)
        if path:
            self.load(path, wait=False)

    def load(self, path: str, wait: bool = True, encoding: str | None = None) -> bool:
        """What File ▸ Open Text does. ``wait``: return once it is loaded (True) or refused
        (False, after the dialog); otherwise return at once (True: the load has started).
        ``encoding`` forces a codec (any Python codec name), as ``--encoding`` does."""
        if self.training.active:
            dialogs.error(self.ui.parent, self.tr("Cannot open text"),
                          self.tr("Training is under way; stop it first."))
            return False
        self._fallbacks = []
        self._start(str(path), quiet=False, encoding=encoding)
        if not wait:
            return True
        while self.runner.busy:     # an encoding chosen after a refusal reads the file again
            self.runner.wait()
        return self._last_ok

    def finish_load(self) -> None:
        """Wait for a text being read (Train pressed meanwhile trains on it)."""
        while self.runner.busy:      # a refused start-up text may start its fallback
            self.runner.wait()

    def open_first(self, path: str | None) -> None:
        """The command line's file, else the last one, else the bundled default. A text of
        up to START_SYNC_BYTES (the bundled ones) is in place when this returns, so Train can
        be pressed at once; a bigger one loads in the background, so the window still shows."""
        candidates = [str(c) for c in (self.settings.get("last_corpus"), paths.default_corpus())
                      if isinstance(c, (str, Path)) and Path(c).is_file()]
        self._fallbacks = list(dict.fromkeys(candidates))
        if path:
            self._start(str(path), quiet=False)
        elif self._fallbacks:
            self._start(self._fallbacks.pop(0), quiet=True)
        while self.runner.busy and _size(self.loading_path) <= START_SYNC_BYTES:
            self.runner.wait()       # a refusal may start the next candidate

    def folder(self) -> str:
        folder = self.settings.get("last_folder")
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())

    # ---- the job ----------------------------------------------------------------------------
    def _start(self, path: str, quiet: bool, encoding: str | None = None) -> None:
        encoding = encoding or self._remembered_encoding(path)

        def job_fn(_job):
            from rnn_studio.core import encodings
            from rnn_studio.core.corpus import load_corpus
            from rnn_studio.core.errors import UndecodableError
            try:
                return load_corpus(path, encoding)
            except UndecodableError as exc:
                return Undecodable(str(exc), encodings.candidates(path))

        self._pending = (path, quiet, encoding)
        self.runner.submit(job_fn)
        self.panel.show_loading(Path(path).name)
        self.ui.status(self.tr("loading {0}…").format(Path(path).name))
        self.busy_changed.emit()

    def _remembered_encoding(self, path: str) -> str | None:
        known = self.settings.get("encodings", {})
        return known.get(_key(path)) if isinstance(known, dict) else None

    def _remember_encoding(self, path: str, encoding: str) -> None:
        known = self.settings.get("encodings", {})
        known = dict(known) if isinstance(known, dict) else {}
        known[_key(path)] = encoding
        self.settings.set("encodings", dict(list(known.items())[-200:]))

    @Slot(object)
    def _on_loaded(self, corpus) -> None:
        path, quiet, _ = self._pending
        if isinstance(corpus, Undecodable):
            self._undecodable(path, quiet, corpus)
            return
        self._last_ok = True
        self.corpus = corpus
        self.panel.show_corpus(corpus)
        if corpus.path:
            self.settings.set("last_corpus", str(Path(corpus.path).resolve()))
        if not quiet:
            self.settings.add_recent(path)
        self.ui.status(self.tr("opened {0}").format(corpus.name), 5000)
        self.busy_changed.emit()
        self.loaded.emit(path)

    def _undecodable(self, path: str, quiet: bool, u: Undecodable) -> None:
        """Offer the likely encodings, with previews; the one chosen is remembered for the file."""
        if quiet or not u.candidates:
            self._failed(u.message, None)
            return
        encoding = dialogs.choose_encoding(self.ui.parent, Path(path).name, u.message, u.candidates)
        if encoding is None:
            self._failed(None, None)
            return
        self._remember_encoding(path, encoding)
        self._start(path, quiet, encoding)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._failed(message, None)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self._failed(None, details)

    def _failed(self, message: str | None, crash: str | None) -> None:
        path, quiet, _ = self._pending
        self._last_ok = False
        if self.corpus is not None:
            self.panel.show_corpus(self.corpus)
        else:
            self.panel.show_none()
        self.ui.status(self.tr("could not open {0}").format(Path(path).name), 5000)
        self.busy_changed.emit()
        if crash is not None:
            self.ui.internal_error(crash)
        elif message is None:
            pass            # the user declined to choose an encoding: nothing more to say
        elif not quiet and self.ui.visible():
            dialogs.error(self.ui.parent, self.tr("Cannot open text"), message or "")
        elif not quiet:      # refused while the window is being built: say so once it shows
            QTimer.singleShot(0, lambda: dialogs.error(self.ui.parent, self.tr("Cannot open text"), message or ""))
        if self._fallbacks and self.corpus is None:       # start-up: try the next candidate
            self._start(self._fallbacks.pop(0), quiet=True)
        self.refused.emit(path)
