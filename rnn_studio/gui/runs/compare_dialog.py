"""Train ▸ Compare cells…: which cells, which depths, and the budget of each run.

Everything else (hidden size, sequence length, learning rate…) is the window's current
settings, the same for every run, so the comparison is fair.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QWidget)

from rnn_studio.core.config import CELLS


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, summary: str = ""):
        super().__init__(parent)
        self.setObjectName("compareCellsDialog")
        self.setWindowTitle(self.tr("Compare cells"))
        self.cells = {c: QCheckBox(c.upper(), self, objectName=f"compareCell{c.capitalize()}", checked=True)
                      for c in CELLS}
        self.depths = {d: QCheckBox(str(d), self, objectName=f"compareDepth{d}", checked=d == 1)
                       for d in (1, 2, 3)}
        self.minutes = QDoubleSpinBox(self, objectName="compareMinutes", decimals=1, minimum=0.1, maximum=600.0,
                                      singleStep=0.5, value=1.0, suffix=self.tr(" min"))
        self.minutes.setToolTip(self.tr("Training time of each run; the runs go one after another"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.count = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Cells"), _row(self, self.cells.values()))
        form.addRow(self.tr("Layers"), _row(self, self.depths.values()))
        form.addRow(self.tr("Budget per run"), self.minutes)
        self.note = QLabel(summary or self.tr("Every other setting is the window's current one."), self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        form.addRow(self.count)
        form.addRow(self.buttons)
        for box in (*self.cells.values(), *self.depths.values()):
            box.toggled.connect(self._update)
        self.minutes.valueChanged.connect(self._update)
        self._update()

    def values(self) -> tuple[tuple[str, ...], tuple[int, ...], float]:
        """(cells, depths, minutes per run), as ``MainWindow.compare_cells`` takes them."""
        return (tuple(c for c, b in self.cells.items() if b.isChecked()),
                tuple(d for d, b in self.depths.items() if b.isChecked()), self.minutes.value())

    def _update(self) -> None:
        cells, depths, minutes = self.values()
        n = len(cells) * len(depths)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
        self.count.setText(self.tr("{0} runs, one after another: about {1:.3g} min in all").format(n, n * minutes)
                           if n else self.tr("Choose at least one cell and one depth."))


def _row(parent: QWidget, boxes) -> QWidget:
    w = QWidget(parent)
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    for b in boxes:
        lay.addWidget(b)
    lay.addStretch(1)
    return w
