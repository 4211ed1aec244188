"""The lecture in the window: Help ▸ The Lecture, Live, a toolbar button, and a hint on the
first start. The view is its own window (it needs the room of one), made on first use.
"Train this on your own text" brings the main window forward with the same cell and depth."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolButton

from rnn_studio.gui.model.feature import ModelFeature
from rnn_studio.gui.model.panel import ModelPanel
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import fields

HINT_KEY = "lecture_hint_shown"


class LectureFeature(QObject):
    def __init__(self, ui: Ui, model: ModelFeature, panel: ModelPanel, settings: Settings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.model, self.panel, self.settings = ui, model, panel, settings
        self.view = None

    def open(self):
        """Show the lecture view (made on first use) and return it."""
        if self.view is None:
            from rnn_studio.gui.lecture.view import LectureView

            self.view = LectureView(self.ui.parent)
            self.view.setWindowFlag(Qt.WindowType.Window)
            self.view.setWindowTitle(self.tr("The lecture, live — RNN Studio"))
            self.view.resize(1280, 800)
            self.view.train_own_text_requested.connect(self._train_own_text)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def first_run_hint(self) -> QToolButton | None:
        """A button in the status bar on the very first start: new users find the lecture."""
        if self.settings.get(HINT_KEY):
            return None
        self.settings.set(HINT_KEY, True)
        hint = QToolButton(self.ui.parent, objectName="lectureHint")
        hint.setText(self.tr("New to RNNs? Watch the lecture's “hello” example learn, step by step"))
        hint.setAutoRaise(True)
        hint.clicked.connect(lambda: (hint.hide(), self.open()))
        return hint

    def _train_own_text(self, shape: dict) -> None:
        def apply() -> None:
            fields.set_combo_value(self.panel.cell, shape.get("cell", "rnn"))
            self.panel.layers.setValue(int(shape.get("layers", 1)))
            window = self.ui.parent
            window.raise_()
            window.activateWindow()
            self.ui.status(self.tr("the model form now has the lecture's cell and depth: open your text "
                                   "and press Train"), 10000)

        if self.model.document.snapshot is not None:
            self.model.new()            # asks about unsaved weights first
            if self.model.document.snapshot is not None:
                return                  # the user kept the current model
        apply()
