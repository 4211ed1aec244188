"""Looking inside the current model, in the window: the next-character view, the surprisal
view and the inspector, each a dock (View menu, Inspect menu, Ctrl+1…3, the toolbar) that
follows the model as it changes: a run's end, an opened file, New."""

from __future__ import annotations

from PySide6.QtCore import QObject

from rnn_studio.gui.model.document import ModelDocument

VIEWS = (("nextCharDock", "nextCharView"), ("surprisalDock", "surprisalView"), ("inspectorDock", "inspectorView"))


class InspectFeature(QObject):
    def __init__(self, document: ModelDocument, parent: QObject | None = None):
        super().__init__(parent)
        from rnn_studio.gui.inspect.inspector_view import InspectorView
        from rnn_studio.gui.inspect.next_char_view import NextCharView
        from rnn_studio.gui.inspect.surprisal_view import SurprisalView

        self.document = document
        self.next_char, self.surprisal, self.inspector = NextCharView(), SurprisalView(), InspectorView()
        self._shown = None
        document.changed.connect(self.follow)

    def views(self):
        return (self.next_char, self.surprisal, self.inspector)

    def follow(self) -> None:
        snap = self.document.snapshot
        if snap is self._shown:
            return
        self._shown = snap
        for view in self.views():
            view.set_model(snap)
