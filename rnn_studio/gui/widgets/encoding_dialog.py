"""The refusal of an undecodable text, with a way out: the likely encodings, each with the
first lines of the text as it would read them."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QVBoxLayout, QWidget)


class EncodingDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, message: str, candidates: list):
        super().__init__(parent)
        self.setObjectName("encodingDialog")
        self.setWindowTitle(self.tr("Choose the text's encoding"))
        intro = QLabel(self.tr("{0}\n\nPick the encoding in which the preview reads right; "
                               "RNN Studio will remember it for this file.").format(message), self)
        intro.setWordWrap(True)
        self.choices = QListWidget(self, objectName="encodingList")
        for c in candidates:
            item = QListWidgetItem(c.encoding, self.choices)
            item.setData(256, c.preview)
        self.preview = QPlainTextEdit(self, objectName="encodingPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.choices.currentItemChanged.connect(
            lambda item, _old: self.preview.setPlainText(item.data(256) if item else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.choices, 1)
        lay.addWidget(QLabel(self.tr("Preview:"), self))
        lay.addWidget(self.preview, 2)
        lay.addWidget(buttons)
        if candidates:
            self.choices.setCurrentRow(0)
        self.resize(620, 480)

    def encoding(self) -> str | None:
        item = self.choices.currentItem()
        return item.text() if item else None
