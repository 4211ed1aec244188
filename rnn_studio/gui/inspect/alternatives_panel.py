"""Write N continuations of the prefix side by side, and branch any of them.

"Write N" runs ``core.alternatives.write_many`` on the job runner: one batched step per
character for all N columns. Clicking a character of a column shows, in the view's bars,
the distribution the model had there (the character it wrote marked); clicking another
bar rewrites that column from that point with the chosen character, keeping the text
before it (``core.alternatives.branch``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from rnn_studio.gui.inspect.coloured_text import ColouredText
from rnn_studio.gui.jobs import view_runner

MAX_N = 8
PLAIN = (255, 255, 255)
CHANGED = (255, 243, 205)           # text rewritten by a branch


class AlternativesPanel(QWidget):
    written = Signal()              # the columns changed (written, or a branch rewritten)
    refused = Signal(str)

    def __init__(self, view):
        super().__init__(view)
        self.view = view                        # the NextCharView: prefix, temperature, bars
        self.snapshot = None
        self.texts: list[str] = []              # each column's continuation (prefix not included)
        self.prefix_written = ""                # the prefix they continue
        self.changed_from: list[int] = []       # where a branch rewrote each column (len: none)
        self.branching: tuple[int, int] | None = None
        self.jobs = view_runner(self, self._on_done, self._on_refused)
        self.n = QSpinBox(self, objectName="writeNSpin")
        self.n.setRange(1, MAX_N)
        self.n.setValue(4)
        self.length = QSpinBox(self, objectName="writeNLengthSpin")
        self.length.setRange(1, 2000)
        self.length.setValue(160)
        self.button = QPushButton(self.tr("Write N"), self, objectName="writeNButton")
        self.button.setToolTip(self.tr("Write N continuations of the prefix side by side, "
                                       "one batched step per character"))
        self.note = QLabel(self.tr("Click a character of a continuation to see what else the model "
                                   "considered there, then a bar to write on from it."), self)
        self.note.setObjectName("writeNNote")
        self.note.setWordWrap(True)
        self.columns_box = QHBoxLayout()
        self.columns: list[ColouredText] = []
        row = QHBoxLayout()
        row.addWidget(QLabel("<b>" + self.tr("Alternatives") + "</b>", self))
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("N"), self))
        row.addWidget(self.n)
        row.addWidget(QLabel(self.tr("Length"), self))
        row.addWidget(self.length)
        row.addWidget(self.button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addLayout(self.columns_box, 1)
        self.button.clicked.connect(lambda: self.write(self.n.value()))

    def set_model(self, snapshot) -> None:
        self.snapshot = snapshot
        self.jobs.cancel()
        self.button.setEnabled(snapshot is not None)
        self.branching = None

    def continuations(self) -> list[str]:
        return list(self.texts)

    def _config(self, prefix: str, length: int):
        from rnn_studio.core.config import SampleConfig
        return SampleConfig(prefix=prefix, length=length, temperature=self.view.temperature.value())

    def write(self, n: int) -> None:
        """Write ``n`` continuations of the view's prefix (on the job runner)."""
        if self.snapshot is None:
            return
        snap, cfg = self.snapshot, self._config(self.view.prefix.text(), self.length.value())
        self.stop_branching()
        self.note.setText(self.tr("writing {0} continuations…").format(n))

        def work(job):
            from rnn_studio.core.alternatives import write_many
            from rnn_studio.core.nextchar import NextChar
            return "write", cfg.prefix, write_many(NextChar.from_snapshot(snap), cfg, n), None
        self.jobs.submit(work)

    @Slot(object)
    def _on_done(self, result) -> None:
        kind, prefix, texts, column = result
        if kind == "write":
            self.prefix_written = prefix
            self.texts = texts
            self.changed_from = [len(t) for t in texts]
        else:
            b, at = column
            self.texts[b] = texts
            self.changed_from[b] = at
        self._draw()
        self.note.setText(self.tr("{0} continuations of “{1}”. Click a character to branch there.")
                          .format(len(self.texts), self.prefix_written[-20:].replace("\n", "⏎")))
        self.written.emit()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.note.setText(message)
        self.refused.emit(message)

    def _draw(self) -> None:
        while len(self.columns) < len(self.texts):
            col = ColouredText(self, f"continuation{len(self.columns)}")
            col.charClicked.connect(lambda i, b=len(self.columns): self.branch_at(b, i))
            self.columns.append(col)
            self.columns_box.addWidget(col, 1)
        for b, col in enumerate(self.columns):
            col.setVisible(b < len(self.texts))
            if b < len(self.texts):
                t = self.texts[b]
                sel = self.branching[1] if self.branching and self.branching[0] == b else None
                col.show_chars(t, [CHANGED if i >= self.changed_from[b] else PLAIN for i in range(len(t))],
                               selected=sel)

    # ---- branching ----------------------------------------------------------------------
    def branch_at(self, column: int, pos: int) -> None:
        """Show the distribution at character ``pos`` of continuation ``column``."""
        if not 0 <= column < len(self.texts) or not 0 <= pos < len(self.texts[column]):
            return
        self.branching = (column, pos)
        text = self.texts[column]
        self._draw()
        self.view.show_distribution(
            self.prefix_written + text[:pos],
            self.tr("Continuation {0}, character {1}: what the model expected there (the one it "
                    "wrote in orange). Click a bar to write on from it.").format(column + 1, pos + 1), text[pos])

    def stop_branching(self) -> None:
        if self.branching is not None:
            self.branching = None
            self._draw()

    def choose(self, ch: str) -> None:
        """Rewrite the branching column from its position with ``ch`` (on the job runner)."""
        if self.branching is None or self.snapshot is None:
            return
        b, pos = self.branching
        snap, prefix, text = self.snapshot, self.prefix_written, self.texts[b]
        cfg = self._config("", max(len(text) - pos - 1, 0))
        self.branching = None
        self.view.refresh()

        def work(job):
            from rnn_studio.core.alternatives import branch
            from rnn_studio.core.nextchar import NextChar
            out = branch(NextChar.from_snapshot(snap), prefix + text, len(prefix) + pos, ch, cfg)
            return "branch", prefix, out[len(prefix):], (b, pos)
        self.jobs.submit(work)
