"""The inspector: what one unit does over a text, and which units track a pattern.

``load_text`` runs ``core.states.inspect_snapshot`` (states, cell states and gates of every
layer; before it returns for a small text (``text_job.small_enough``: at most
``SYNC_CHARS`` characters), else on the job runner; ``inspected`` either way). The text is coloured by the chosen layer's unit on a diverging map: h and
the candidates in −1 … 1 (tanh), the LSTM's cell state through tanh, the sigmoid gates in
0 … 1. ``activations(layer, unit)`` returns exactly those values. Beside it: the layer's
units × characters heat map and the unit's gates for a window of the text; Find units
ranks every unit by its correlation with a pattern (``core.find_units``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSpinBox, QWidget)

from rnn_studio.core.display import diverging_rgb
from rnn_studio.gui.inspect.coloured_text import MAX_SHOWN, ColouredText
from rnn_studio.gui.inspect.text_job import read_text
from rnn_studio.gui.inspect.unit_plots import GatesPlot, HeatMap
from rnn_studio.gui.jobs import view_runner
from rnn_studio.gui.widgets.layout import box, column, heading, row, splitter
from rnn_studio.gui.language import core_text

SYNC_CHARS = 2_000
WINDOW = 80


class InspectorView(QWidget):
    inspected = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspectorView")
        self.snapshot, self.states, self._text = None, None, ""
        self.found: list = []
        self.jobs = view_runner(self, self._on_inspected, self._on_refused)
        self.input = QPlainTextEdit(self, objectName="inspectorInput")
        self.input.setPlaceholderText(self.tr("Paste a text here, then Inspect."))
        self.run_button = QPushButton(self.tr("Inspect"), self, objectName="inspectorRunButton")
        self.layer = QComboBox(self, objectName="inspectorLayerCombo")
        self.unit = QSpinBox(self, objectName="inspectorUnitSpin")
        self.signal = QComboBox(self, objectName="inspectorSignalCombo")
        self.start = QSpinBox(self, objectName="inspectorWindowSpin")
        self.start.setToolTip(self.tr("First character of the window the heat map and the gates show"))
        self.pattern = QComboBox(self, objectName="findUnitsCombo")
        self.pattern.setEditable(True)
        from rnn_studio.core.find_units import BUILTINS
        for key, words in BUILTINS.items():
            self.pattern.addItem(core_text(words), key)
        self.pattern.setToolTip(self.tr("A built-in pattern, or type a regular expression"))
        self.find_button = QPushButton(self.tr("Find units"), self, objectName="findUnitsButton")
        self.found_list = QListWidget(self, objectName="findUnitsList")
        self.note = QLabel("", self, objectName="inspectorNote")
        self.note.setWordWrap(True)
        self.view = ColouredText(self, "inspectorText")
        self.view.tip = self._tip
        self.heat = HeatMap(self)
        self.gates = GatesPlot(self)
        self.gates_note = QLabel("", self, objectName="inspectorGatesNote")
        self.gates_note.setWordWrap(True)
        self._layout()
        self.run_button.clicked.connect(lambda: self.load_text(self.input.toPlainText()))
        for w in (self.layer, self.signal):
            w.currentIndexChanged.connect(self.redraw)
        self.unit.valueChanged.connect(self.redraw)
        self.start.valueChanged.connect(self.redraw)
        self.heat.unitClicked.connect(self.unit.setValue)
        self.view.charClicked.connect(lambda i: self.start.setValue(max(0, i - WINDOW // 2)))
        self.find_button.clicked.connect(self.find_units)
        self.found_list.currentRowChanged.connect(self._pick_found)
        self.set_model(None)

    def _layout(self) -> None:
        controls = QGridLayout()
        for col, (label, w) in enumerate([(self.tr("Layer"), self.layer), (self.tr("Unit"), self.unit),
                                          (self.tr("Show"), self.signal), (self.tr("Window from"), self.start)]):
            controls.addWidget(QLabel(label, self), 0, col)
            controls.addWidget(w, 1, col)
        controls.addWidget(self.run_button, 1, 4)
        self.found_list.setMaximumHeight(110)
        self.input.setMaximumHeight(90)
        left = box(self, (self.view, 1), row(self, self.tr("Pattern"), (self.pattern, 1), self.find_button),
                   self.found_list)
        right = box(self, self.tr("Units × characters (the window)"), (self.heat, 3),
                    self.tr("The unit's gates per character"), (self.gates, 2), self.gates_note)
        column(self, heading(self.tr("Inspector"), self.tr("The text coloured by one unit: blue −1, white 0, red +1.")),
               self.input, controls, self.note, (splitter(self, Qt.Orientation.Horizontal, [560, 440], left, right), 1),
               margin=4)

    # ---- model and text -------------------------------------------------------------------
    def set_model(self, snapshot) -> None:
        """Follow ``snapshot``; the current text is inspected again with it."""
        self.snapshot, self.states = snapshot, None
        self.run_button.setEnabled(snapshot is not None)
        self.find_button.setEnabled(snapshot is not None)
        if snapshot is None:
            self.jobs.cancel()
            self.note.setText(self.tr("Train a model or open one to look at its units."))
            return
        cfg = snapshot.model_cfg
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItems([self.tr("layer {0}").format(l) for l in range(cfg.layers)])
        self.layer.blockSignals(False)
        self.unit.setRange(0, cfg.hidden - 1)
        from rnn_studio.core.states import GATE_NAMES, GATE_TITLES
        self.signal.blockSignals(True)
        self.signal.clear()
        self.signal.addItem(self.tr("h (hidden state)"), "h")
        if cfg.cell == "lstm":
            self.signal.addItem(self.tr("tanh(c) (cell state)"), "c")
        for k, name in enumerate(GATE_NAMES[cfg.cell]):
            self.signal.addItem(f"{name} ({core_text(GATE_TITLES[name])})", k)
        self.signal.blockSignals(False)
        if self._text:
            self.load_text(self._text)

    def load_text(self, text: str) -> None:
        """Inspect ``text``: done on return when it is small, else ``inspected`` tells when."""
        from rnn_studio.core.states import check_size, inspect_snapshot

        def work(snap, text, cancelled):
            check_size(len(text), snap.model_cfg)
            return inspect_snapshot(snap, text, False, cancelled)
        read_text(self, text, work, SYNC_CHARS, self.note, self.tr("reading {0:,} characters…"),
                  self._on_inspected, self._on_refused)

    @Slot(object)
    def _on_inspected(self, states) -> None:
        self.states = states
        self.start.setRange(0, max(0, len(states.text) - 1))
        self.note.setText(self.tr("{0:,} characters, {1} layer(s) of {2} units. Click a character to move "
                                  "the window there; click the heat map to pick a unit.")
                          .format(len(states.text), states.layers, self.snapshot.model_cfg.hidden))
        self.redraw()
        self.inspected.emit()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.states = None
        self.note.setText(message)
        self.view.show_chars("", [])
        self.refused.emit(message)

    # ---- what is coloured -----------------------------------------------------------------------
    def _values(self, layer: int, kind) -> np.ndarray:
        """(T, H) of the chosen signal of ``layer``, in the range it is coloured in."""
        st = self.states
        if kind == "c":
            return np.tanh(st.c[layer])
        if isinstance(kind, int):
            return st.gates(layer)[:, kind, :]
        return st.h[layer]

    def activations(self, layer: int, unit: int) -> np.ndarray:
        """The values (T,) the text is coloured with for ``layer``'s ``unit`` (the chosen signal,
        h by default); empty before a text is inspected."""
        if self.states is None:
            return np.zeros(0, np.float32)
        return self._values(layer, self._kind())[:, unit].copy()

    def _kind(self):
        data = self.signal.currentData()
        return "h" if data is None else data

    @Slot()
    def redraw(self) -> None:
        st = self.states
        if st is None:
            return
        layer, unit = max(self.layer.currentIndex(), 0), self.unit.value()
        a = self.activations(layer, unit)
        shown = st.text[:MAX_SHOWN]
        self.view.show_chars(shown, [diverging_rgb(float(v)) for v in a[:len(shown)]])
        s = min(self.start.value(), max(0, len(st.text) - 1))
        window = st.text[s:s + WINDOW]
        self.heat.show_window(self._values(layer, self._kind())[s:s + WINDOW].T,
                              window, s, unit)
        from rnn_studio.core.errors import UserError
        from rnn_studio.core.states import GATE_NAMES, GATE_TITLES
        try:
            g = st.gates(layer)[s:s + WINDOW, :, unit]
            self.gates_note.setText(self.tr("Unit {0} of layer {1}, characters {2}–{3}.")
                                    .format(unit, layer, s, s + len(window) - 1))
        except UserError as exc:
            g = None
            self.gates_note.setText(str(exc))
        titles = {k: core_text(v) for k, v in GATE_TITLES.items()}
        self.gates.show_gates(g, GATE_NAMES[st.cell], titles, window, s)

    def _tip(self, t: int) -> str:
        if self.states is None or t >= len(self.states.text):
            return ""
        from rnn_studio.core.display import visible
        return f"{visible(self.states.text[t])} (character {t}): {self.activations(max(self.layer.currentIndex(), 0), self.unit.value())[t]:+.3f}"

    # ---- find units ---------------------------------------------------------------------------
    def find_units(self, pattern: str | None = None, top: int = 10) -> list:
        """Rank every unit's h against ``pattern`` (a built-in key or words, or a regular
        expression; default: the pattern box) and list the ``top`` ones."""
        if self.states is None:
            return []
        from rnn_studio.core.errors import UserError
        from rnn_studio.core.find_units import BUILTINS, rank, signal
        if pattern is None:
            typed = self.pattern.currentText()
            pattern = next((k for k, v in BUILTINS.items() if core_text(v) == typed), typed)
        else:
            self.pattern.setCurrentText(core_text(BUILTINS[pattern]) if pattern in BUILTINS else pattern)
        try:
            values, binary, words = signal(self.states.text, pattern)
            self.found = rank(self.states.h, values, top)
        except UserError as exc:
            self.note.setText(str(exc))
            return []
        measure = self.tr("point-biserial correlation r") if binary else self.tr("Pearson correlation r")
        self.note.setText(self.tr("Units whose h tracks {0}, by |{1}| (negative r: the unit is low "
                                  "where the pattern holds).").format(core_text(words), measure))
        self.found_list.blockSignals(True)
        self.found_list.clear()
        for u in self.found:
            self.found_list.addItem(QListWidgetItem(f"layer {u.layer} · unit {u.unit} · r = {u.r:+.3f}"))
        self.found_list.blockSignals(False)
        if self.found:
            self.found_list.setCurrentRow(0)
        return self.found

    @Slot(int)
    def _pick_found(self, row: int) -> None:
        if 0 <= row < len(self.found):
            u = self.found[row]
            self.signal.setCurrentIndex(0)
            self.layer.setCurrentIndex(u.layer)
            self.unit.setValue(u.unit)
