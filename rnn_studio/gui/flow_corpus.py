"""The window's side of the corpus: Open Text, sample texts, recent files, drag and drop.

A mixin of MainWindow. Files are read on a worker (``corpus_loading.py``) while the
window says "loading…" and stays responsive; a refused file leaves the loaded corpus in
place. The menus and drops load in the background, and so does a big start-up text; the
automation contract's ``load_corpus(path)`` uses the same worker but returns with the
corpus loaded (or refused), so a script can go straight on to train.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from rnn_studio import paths
from rnn_studio.gui import dialogs

START_SYNC_BYTES = 4 << 20      # ~0.1 s to read; the bundled Shakespeare is 1.1 MB


def _size(path: str | None) -> int:
    try:
        return Path(path).stat().st_size if path else 0
    except OSError:
        return 0


class CorpusFlow:
    def choose_corpus(self) -> None:
        path = dialogs.open_file(self, self.tr("Open Text"), self._folder(), dialogs.CORPUS_FILTER)
        if path:
            self.load_corpus(path, wait=False)

    def load_corpus(self, path: str, wait: bool = True) -> bool:
        """What File ▸ Open Text does. ``wait``: return once it is loaded (True) or refused
        (False, after the dialog); otherwise return at once (True: the load has started)."""
        if self._refuse_while_training(self.tr("Cannot open text")):
            return False
        self._fallbacks = []
        self._start_corpus_load(str(path), quiet=False)
        if not wait:
            return True
        result = self.corpus_loader.wait()
        return result is not None and result.corpus is not None

    def _start_corpus_load(self, path: str, quiet: bool) -> None:
        self.corpus_loader.start(path, quiet)
        self.corpus_panel.show_loading(Path(path).name)
        self.status(self.tr("loading {0}…").format(Path(path).name))
        self.refresh()

    def finish_corpus_load(self) -> None:
        """Wait for a text being read (Train pressed meanwhile trains on it)."""
        while self.corpus_loader.busy:      # a refused start-up text may start its fallback
            self.corpus_loader.wait()

    def _on_corpus_done(self, result) -> None:
        if result.corpus is not None:
            self._set_corpus(result.corpus)
            if not result.quiet:
                self.settings.add_recent(result.path)
            self.status(self.tr("opened {0}").format(result.corpus.name), 5000)
            self.refresh()
            self.corpusLoaded.emit(result.path)
            return
        self._show_current_corpus()
        self.status(self.tr("could not open {0}").format(Path(result.path).name), 5000)
        self.refresh()
        if result.crash is not None:
            self.internal_error(result.crash)
        elif not result.quiet and self.isVisible():
            dialogs.error(self, self.tr("Cannot open text"), result.error or "")
        elif not result.quiet:      # refused while the window is being built: say so once it shows
            message = result.error or ""
            QTimer.singleShot(0, lambda: dialogs.error(self, self.tr("Cannot open text"), message))
        if self._fallbacks and self.corpus is None:       # start-up: try the next candidate
            self._start_corpus_load(self._fallbacks.pop(0), quiet=True)
        self.corpusRefused.emit(result.path)

    def _set_corpus(self, corpus) -> None:
        self.corpus = corpus
        self.corpus_panel.show_corpus(corpus)
        if corpus.path:
            self.settings.set("last_corpus", str(Path(corpus.path).resolve()))
        self.update_estimate()

    def _show_current_corpus(self) -> None:
        if self.corpus is not None:
            self.corpus_panel.show_corpus(self.corpus)
        else:
            self.corpus_panel.show_none()

    def _open_first_corpus(self, path: str | None) -> None:
        """The command line's file, else the last one, else the bundled default. A text of
        up to START_SYNC_BYTES (the bundled ones) is in place when the constructor returns,
        so Train can be pressed at once; a bigger one loads in the background, so the
        window still shows at once."""
        candidates = [str(c) for c in (self.settings.get("last_corpus"), paths.default_corpus())
                      if isinstance(c, (str, Path)) and Path(c).is_file()]
        self._fallbacks = list(dict.fromkeys(candidates))
        if path:
            self._start_corpus_load(str(path), quiet=False)
        elif self._fallbacks:
            self._start_corpus_load(self._fallbacks.pop(0), quiet=True)
        while self.corpus_loader.busy and _size(self.corpus_loader.path) <= START_SYNC_BYTES:
            self.corpus_loader.wait()       # a refusal may start the next candidate

    # ---- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        path = files[0]
        # Open after the drop returns, so a refusal dialog does not hold the drag source.
        QTimer.singleShot(0, lambda: self.load_model(path) if path.endswith(".rnn")
                          else self.load_corpus(path, wait=False))
