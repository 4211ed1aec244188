"""The loaded text: its name, size, characters, vocabulary, encoding and a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QToolButton,
                               QVBoxLayout, QWidget)

from rnn_studio import paths
from rnn_studio.gui.language import tr


def human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


class CorpusPanel(QGroupBox):
    open_requested = Signal()
    bundled_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Corpus"))
        self.setObjectName("corpusPanel")
        self.name_label = QLabel(self.tr("No text loaded"), self, objectName="corpusName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.info_label = QLabel("", self, objectName="corpusInfo")
        self.info_label.setWordWrap(True)
        self.preview = QPlainTextEdit(self, objectName="corpusPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.preview.setMaximumHeight(120)
        self.preview.setPlaceholderText(self.tr("Open a text file (Ctrl+O) or drop one on the window."))

        self.open_button = QToolButton(self, objectName="openCorpusButton")
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a text file to train on (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)
        self.bundled_button = QToolButton(self, objectName="bundledCorpusButton")
        self.bundled_button.setText(self.tr("Samples"))
        self.bundled_button.setToolTip(self.tr("Texts that come with RNN Studio"))
        self.bundled_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bundled_menu = QMenu(self)
        self.bundled_button.setMenu(self.bundled_menu)
        fill_bundled_menu(self.bundled_menu, self.bundled_requested.emit)

        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.bundled_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.info_label)
        lay.addWidget(self.preview)

    def show_loading(self, name: str) -> None:
        """While a file is read on a worker: its name, and "loading…" until it is in."""
        self.name_label.setText(name)
        self.info_label.setText(self.tr("loading…"))

    def show_none(self) -> None:
        self.name_label.setText(self.tr("No text loaded"))
        self.name_label.setToolTip("")
        self.info_label.setText("")
        self.preview.clear()

    def show_corpus(self, corpus) -> None:
        self.name_label.setText(corpus.name)
        self.name_label.setToolTip(corpus.path or corpus.name)
        self.info_label.setText(self.tr("{size} · {chars:,} characters · {vocab} distinct · {enc}").format(
            size=human_bytes(corpus.size_bytes), chars=corpus.n_chars, vocab=len(corpus.vocab),
            enc=corpus.encoding))
        self.preview.setPlainText(corpus.preview)


def fill_bundled_menu(menu: QMenu, choose) -> None:
    """One entry per bundled corpus; a missing corpora folder leaves a disabled note."""
    menu.clear()
    found = paths.bundled_corpora()
    for path in found:
        action = menu.addAction(Path(path).stem.replace("_", " "))
        action.setToolTip(str(path))
        action.triggered.connect(lambda _=False, p=str(path): choose(p))
    if not found:
        menu.addAction(tr("(no sample texts installed)")).setEnabled(False)
