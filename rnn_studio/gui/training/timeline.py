"""The samples the trainer writes every N steps, oldest first, so the text visibly improves."""

from __future__ import annotations

import html

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_ENTRIES = 500     # a long run samples thousands of times; the newest matter


class SamplesTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A plain-text view: appending stays cheap however long the run, and the document
        # drops its oldest blocks by itself (two blocks per entry).
        self.view = QPlainTextEdit(self, objectName="samplesTimeline")
        self.view.setReadOnly(True)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setMaximumBlockCount(2 * MAX_ENTRIES)
        self.view.setPlaceholderText(self.tr("Every few steps the model writes a short sample; "
                                             "they appear here, so you can watch the text improve."))
        self.entries: list[tuple[int, str, str]] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("<b>" + self.tr("Samples during training") + "</b>", self))
        lay.addWidget(self.view, 1)

    def add(self, step: int, prompt: str, text: str, val_loss: str | None = None) -> None:
        """``val_loss``: the last validation loss, already in the window's unit."""
        bar = self.view.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 4
        head = self.tr("step {0:,}").format(step)
        if val_loss is not None:
            head += self.tr(" · validation {0}").format(val_loss)
        # Line breaks show as ⏎ so each sample stays one compact block.
        body = html.escape((prompt + text).replace("\n", "⏎"))
        self.view.appendHtml(f"<span style='color:#3478c8; font-weight:600'>{html.escape(head)}</span>")
        self.view.appendHtml(f"<span>{body}</span>")
        self.entries = (self.entries + [(step, prompt, text)])[-MAX_ENTRIES:]
        if follow:
            bar.setValue(bar.maximum())

    def clear(self) -> None:
        self.view.clear()
        self.entries = []

    def count(self) -> int:
        return len(self.entries)
