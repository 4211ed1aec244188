"""The window's side of the corpus: Open Text, sample texts, recent files, drag and drop.

A mixin of MainWindow. A refused file leaves the loaded corpus in place. Loading runs on
the UI thread: it takes ~40 ms for the bundled 1.2 MB Shakespeare, and the automation
contract's ``load_corpus(path)`` returns with the corpus loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from rnn_studio import paths
from rnn_studio.core.errors import UserError
from rnn_studio.gui import dialogs


class CorpusFlow:
    def choose_corpus(self) -> None:
        path = dialogs.open_file(self, self.tr("Open Text"), self._folder(), dialogs.CORPUS_FILTER)
        if path:
            self.load_corpus(path)

    def load_corpus(self, path: str) -> bool:
        """What File ▸ Open Text does; a refused file leaves the loaded one in place."""
        if self._refuse_while_training(self.tr("Cannot open text")):
            return False
        try:
            corpus = self._read_corpus(path)
        except UserError as exc:
            dialogs.error(self, self.tr("Cannot open text"), str(exc))
            return False
        self._set_corpus(corpus)
        self.settings.add_recent(path)
        self.status(self.tr("opened {0}").format(corpus.name), 5000)
        self.corpusLoaded.emit(str(path))
        return True

    def _read_corpus(self, path: str):
        from rnn_studio.core.corpus import load_corpus

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return load_corpus(path)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _set_corpus(self, corpus) -> None:
        self.corpus = corpus
        self.corpus_panel.show_corpus(corpus)
        if corpus.path:
            self.settings.set("last_corpus", str(Path(corpus.path).resolve()))
        self.update_estimate()

    def _open_first_corpus(self, path: str | None) -> None:
        """The command line's file, else the last one, else the bundled default."""
        if path:
            try:
                self._set_corpus(self._read_corpus(path))
                return
            except UserError as exc:
                message = str(exc)
                QTimer.singleShot(0, lambda: dialogs.error(self, self.tr("Cannot open text"), message))
        for candidate in (self.settings.get("last_corpus"), paths.default_corpus()):
            if candidate and Path(candidate).is_file():
                try:
                    self._set_corpus(self._read_corpus(candidate))
                    return
                except UserError:
                    continue

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
        QTimer.singleShot(0, lambda: self.load_model(path) if path.endswith(".rnn") else self.load_corpus(path))

