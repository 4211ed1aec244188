"""Writing with the model: a prefix, sampling settings, and the text as it streams in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from rnn_studio.core.config import SampleConfig
from rnn_studio.gui.widgets import fields

MAX_SEED = fields.INT_MAX


class WriterPanel(QWidget):
    generate_clicked = Signal()
    stop_clicked = Signal()
    copy_clicked = Signal()
    save_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        S = SampleConfig
        self.prefix = QLineEdit(self, objectName="prefixEdit")
        self.prefix.setPlaceholderText(self.tr("Type a beginning for the model to continue…"))
        self.prefix.setToolTip(fields.tooltip(S, "prefix"))
        self.prefix.setClearButtonEnabled(True)
        self.temperature = fields.float_spin(S, "temperature", "temperatureSpin", self, decimals=2, step=0.05)
        self.top_k = fields.int_spin(S, "top_k", "topKSpin", self, special=self.tr("all"))
        self.top_p = fields.float_spin(S, "top_p", "topPSpin", self, decimals=2, step=0.05)
        self.length = fields.int_spin(S, "length", "lengthSpin", self, step=100)
        self.length.setMinimum(1)
        self.seed = fields.int_spin(S, "seed", "seedSpin", self, special=self.tr("random"))
        self.seed.setRange(-1, MAX_SEED)
        self.generate_button = QPushButton(self.tr("Generate"), self, objectName="generateButton")
        self.generate_button.setToolTip(self.tr("Write with the model (Ctrl+G)"))
        self.stop_button = QPushButton(self.tr("Stop"), self, objectName="stopGenerateButton")
        self.copy_button = QPushButton(self.tr("Copy"), self, objectName="copyTextButton")
        self.save_button = QPushButton(self.tr("Save text…"), self, objectName="saveTextButton")
        self.output = QPlainTextEdit(self, objectName="sampleOutput")
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setPlaceholderText(self.tr("The model's writing appears here."))
        self.note = QLabel("", self, objectName="writerNote")
        self.note.setWordWrap(True)
        self.skip_unknown = QCheckBox(self.tr("Skip unknown characters"), self, objectName="skipUnknownCheck")
        self.skip_unknown.setToolTip(self.tr("Drop prefix characters the model never saw instead of refusing "
                                             "the prefix (the command line's --skip-unknown)"))

        self.generate_button.clicked.connect(self.generate_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.copy_button.clicked.connect(self.copy_clicked)
        self.save_button.clicked.connect(self.save_clicked)
        self.prefix.returnPressed.connect(self._on_return)
        self.prefix.textEdited.connect(self._clear_refusal)
        self.output.textChanged.connect(self._update_text_buttons)
        self._refusal = ""

        settings = QGridLayout()
        row = [(self.tr("Temperature"), self.temperature), (self.tr("Top-k"), self.top_k),
               (self.tr("Top-p"), self.top_p), (self.tr("Length"), self.length), (self.tr("Seed"), self.seed)]
        for i, (label, w) in enumerate(row):     # two rows of three: fits a narrow column
            r, col = 2 * (i // 3), i % 3
            settings.addWidget(QLabel(label, self), r, col)
            settings.addWidget(w, r + 1, col)
            w.setMaximumWidth(150)      # a number needs no more, however wide the window
        settings.addWidget(self.skip_unknown, 3, 2)
        settings.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Prefix"), self))
        top.addWidget(self.prefix, 1)
        top.addWidget(self.generate_button)
        top.addWidget(self.stop_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("<b>" + self.tr("Write with the model") + "</b>", self))
        lay.addLayout(top)
        lay.addLayout(settings)
        lay.addWidget(self.output, 1)
        lay.addLayout(bottom)
        self.set_config(SampleConfig())
        self.set_busy(False)
        self.set_available(False, self.tr("Train a model or open one to write with it."))

    def _on_return(self) -> None:
        if self.generate_button.isEnabled():
            self.generate_clicked.emit()

    def config(self) -> SampleConfig:
        seed = self.seed.value()
        return SampleConfig(prefix=self.prefix.text(), length=self.length.value(),
                            temperature=self.temperature.value(), top_k=self.top_k.value(),
                            top_p=self.top_p.value(), seed=None if seed < 0 else seed)

    def set_config(self, cfg: SampleConfig) -> None:
        self.prefix.setText(cfg.prefix)
        self.length.setValue(min(cfg.length, self.length.maximum()))
        self.temperature.setValue(cfg.temperature)
        self.top_k.setValue(min(cfg.top_k, self.top_k.maximum()))
        self.top_p.setValue(cfg.top_p)
        self.seed.setValue(-1 if cfg.seed is None else min(cfg.seed, MAX_SEED))

    # ---- streaming ---------------------------------------------------------------------
    def begin(self, prefix: str) -> None:
        self.output.setPlainText(prefix)
        self.output.moveCursor(QTextCursor.MoveOperation.End)
        self.set_busy(True)
        self.note.setText(self.tr("writing…"))

    def append(self, text: str) -> None:
        bar = self.output.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 2
        cursor = QTextCursor(self.output.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if follow:
            bar.setValue(bar.maximum())

    def finish(self, note: str) -> None:
        self.set_busy(False)
        self.note.setText(note)

    def refuse(self, why: str) -> None:
        """A prefix the model cannot take: the text written before stays (nothing is lost),
        and the reason stays until the prefix is edited."""
        self.set_busy(False)
        self._refusal = why
        self.note.setText(why)

    def _clear_refusal(self, _text: str = "") -> None:
        if self._refusal and self.note.text() == self._refusal:
            self.note.setText("")
        self._refusal = ""

    def _update_text_buttons(self) -> None:
        has_text = bool(self.output.toPlainText())
        self.copy_button.setEnabled(has_text and not self.busy)
        self.save_button.setEnabled(has_text and not self.busy)

    busy = False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.generate_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self._update_text_buttons()

    def set_available(self, available: bool, why: str = "") -> None:
        """Generate is offered only when there is a model to write with."""
        self.generate_button.setEnabled(available)
        self.generate_button.setToolTip(self.tr("Write with the model (Ctrl+G)") if available else why)
        if not self.busy and not available:
            self.note.setText(why)
        elif available and self.note.text() == why:
            self.note.setText("")

    def text(self) -> str:
        return self.output.toPlainText()
