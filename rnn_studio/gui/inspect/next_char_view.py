"""The next-character view: type a prefix, see the model's likeliest next characters.

Every keystroke updates the bars: ``NextChar`` keeps the state after each character of
the prefix, so typing costs one step (about a millisecond for the default model) and runs
on the UI thread; a change that needs more than ``SYNC_STEPS`` characters fed (a paste, a
new model) runs on the job runner with a fresh ``NextChar`` that replaces the cache when
it is done. Clicking a bar appends its character. Below, "Write N" continuations and
branching (``AlternativesPanel``) use the same cache.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from rnn_studio.gui.inspect.alternatives_panel import AlternativesPanel
from rnn_studio.gui.inspect.bar_chart import ProbabilityBars
from rnn_studio.gui.jobs import view_runner
from rnn_studio.gui.widgets.layout import STRETCH, box, column, heading, row, splitter

SYNC_STEPS = 64


class NextCharView(QWidget):
    updated = Signal()              # the bars now show the current prefix (or a refusal)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nextCharView")
        self.snapshot = None
        self._nc = None                      # NextChar, built on first use
        self._items: list[tuple[str, float]] = []
        self.jobs = view_runner(self, self._on_job, self._show_refusal)
        self.prefix = QLineEdit(self, objectName="nextPrefixEdit")
        self.prefix.setPlaceholderText(self.tr("Type a beginning; empty means the start of a line"))
        self.prefix.setClearButtonEnabled(True)
        self.temperature = QDoubleSpinBox(self, objectName="nextTemperatureSpin")
        self.temperature.setRange(0.0, 5.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(1.0)
        self.temperature.setToolTip(self.tr("Divide the logits by T before the softmax; 0 keeps only the likeliest"))
        self.top_k = QSpinBox(self, objectName="nextTopKSpin")
        self.top_k.setRange(1, 100)
        self.top_k.setValue(10)
        self.bars = ProbabilityBars(self, "nextCharBars")
        self.note = QLabel("", self, objectName="nextCharNote")
        self.note.setWordWrap(True)
        self.alternatives = AlternativesPanel(self)

        upper = box(self, heading(self.tr("What comes next?"), self.tr(
            "The model's probabilities for the next character; click a bar to append it.")),
                    row(self, self.tr("Prefix"), (self.prefix, 1), self.tr("Temperature"), self.temperature,
                        self.tr("Top"), self.top_k),
                    self.note, self.bars, STRETCH)
        column(self, splitter(self, Qt.Orientation.Vertical, [380, 320], upper, self.alternatives), margin=4)

        self.prefix.textChanged.connect(self.refresh)
        self.prefix.returnPressed.connect(lambda: self.prefix.insert("\n"))   # a line field has no newline key
        self.temperature.valueChanged.connect(self.refresh)
        self.top_k.valueChanged.connect(self.refresh)
        self.bars.charClicked.connect(self._on_bar)
        self.set_model(None)

    # ---- model -------------------------------------------------------------------------
    def set_model(self, snapshot) -> None:
        """Follow ``snapshot`` (a core.checkpoint.Snapshot, or None: nothing to show)."""
        self.snapshot, self._nc = snapshot, None
        self.alternatives.set_model(snapshot)
        self.refresh()

    def engine(self):
        if self._nc is None and self.snapshot is not None:
            from rnn_studio.core.nextchar import NextChar
            self._nc = NextChar.from_snapshot(self.snapshot)
        return self._nc

    # ---- the bars ----------------------------------------------------------------------
    def set_prefix(self, text: str) -> None:
        """Put ``text`` in the prefix field (the bars follow, as after typing it)."""
        self.prefix.setText(text)

    def items(self) -> list[tuple[str, float]]:
        """The (character, probability) pairs shown, most likely first."""
        return list(self._items)

    @Slot()
    def refresh(self) -> None:
        if self.alternatives.branching:
            self.alternatives.stop_branching()
        self._show(self.prefix.text())

    def _show(self, prefix: str, marked: str | None = None) -> None:
        if self.snapshot is None:
            self._set([], self.tr("Train a model or open one to see what it expects next."))
            return
        from rnn_studio.core.errors import UserError
        nc = self.engine()
        try:
            pending = nc.pending(prefix)
        except UserError as exc:
            self._set([], str(exc))
            return
        k, temperature = self.top_k.value(), self.temperature.value()
        if pending <= SYNC_STEPS:
            self.jobs.cancel()
            self._set(nc.top(prefix, k, temperature, marked), self._where(prefix), marked)
            return
        fresh_snapshot = self.snapshot
        self.note.setText(self.tr("reading the prefix…"))

        def work(job):
            from rnn_studio.core.nextchar import NextChar
            fresh = NextChar.from_snapshot(fresh_snapshot)
            return prefix, fresh, fresh.top(prefix, k, temperature, marked), marked
        self.jobs.submit(work)

    @Slot(object)
    def _on_job(self, result) -> None:
        prefix, fresh, items, marked = result
        self._nc = fresh
        self._set(items, self._where(prefix), marked)

    def _where(self, prefix: str) -> str:
        if not prefix:
            return self.tr("After the start of a line:")
        tail = prefix[-30:].replace("\n", "⏎")
        return self.tr("After “{0}”:").format(("…" if len(prefix) > 30 else "") + tail)

    def _set(self, items, note: str, marked: str | None = None) -> None:
        self._items = list(items)
        self.bars.set_items(self._items, marked)
        self.note.setText(note)
        self.updated.emit()

    @Slot(str)
    def _show_refusal(self, message: str) -> None:
        self._set([], message)

    @Slot(str)
    def _on_bar(self, ch: str) -> None:
        if self.alternatives.branching:
            self.alternatives.choose(ch)
        else:
            self.prefix.setText(self.prefix.text() + ch)

    def show_distribution(self, prefix: str, note: str, marked: str | None) -> None:
        """Show the distribution after ``prefix`` (the panel's branching point) without
        touching the prefix field."""
        self._show(prefix, marked)
        self.note.setText(note)
