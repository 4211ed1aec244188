"""What every feature may ask of the window, and nothing more: a parent for its dialogs, the
status line, a report of an internal error, and the engine (torch, loaded after the window
shows). Features get this object and their own collaborators passed in; none of them calls
the window itself."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from rnn_studio.gui.widgets import dialogs


class Ui:
    def __init__(self, window: QMainWindow, engine):
        # Weak: the features hold this object, and the window holds the features; a cycle
        # would keep a closed window's Python side alive until the next garbage collection.
        self._window = weakref.ref(window)
        self.engine = engine

    @property
    def parent(self) -> QMainWindow:
        return self._window()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Ui", text)     # the context lupdate gives this file

    def status(self, text: str, ms: int = 0) -> None:
        self.parent.statusBar().showMessage(text, ms)

    def visible(self) -> bool:
        return self.parent.isVisible()

    def internal_error(self, details: str) -> None:
        """A bug, not the user's fault: say so plainly, keep the details for a report."""
        last = details.strip().splitlines()[-1] if details.strip() else ""
        dialogs.error(self.parent, self.tr("Internal error"),
                      self.tr("Something went wrong inside RNN Studio; your work so far is kept.\n\n{0}")
                      .format(last))

    def ensure_engine(self) -> bool:
        if self.engine.loaded:
            return True
        self.status(self.tr("loading engine…"))
        if not self.engine.ensure():
            dialogs.error(self.parent, self.tr("Engine unavailable"), self.engine.error or "")
            return False
        return True
