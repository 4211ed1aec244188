"""The network's shape: cell type, depth, width, input and dropout, with its size.

The shape belongs to a model: once a model has been trained or opened, these controls
show its shape and are locked until File ▸ New model, so a setting can never silently
disagree with the weights it describes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QWidget)

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.gui.language import tr
from rnn_studio.gui.widgets import fields
from rnn_studio.gui.widgets.touched import Touched

CELL_LABELS = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
TOO_BIG = 10.0      # parameters per training character: beyond this it learns the text by heart
TOO_SMALL = 0.005   # below this it cannot hold what the text has to teach


def assess(m: ModelConfig, t: TrainConfig, train_chars: int) -> tuple[int, str, str]:
    """(parameters, remark, level 'ok' | 'warn' | 'error')."""
    from rnn_studio.core.memory import total_memory_bytes, training_bytes
    from rnn_studio.core.sizes import n_params

    params, need, have = n_params(m), training_bytes(m, t), total_memory_bytes()
    if need > 0.8 * have:
        return params, tr("far too big for this computer: training needs about {0:.1f} GiB of its {1:.0f} GiB")\
            .format(need / 2**30, have / 2**30), "error"
    ratio = params / max(train_chars, 1)
    if ratio > TOO_BIG:
        return params, tr("far too big for this text ({0} parameters per character): it will learn the text "
                          "by heart; watch the validation loss").format(f"{ratio:,.0f}"), "warn"
    if ratio < TOO_SMALL:
        return params, tr("far too small for this text: it will underfit; try more hidden units or layers"), "warn"
    if need < 2**20:
        return params, tr("under 1 MB to train"), "ok"
    return params, tr("about {0} MB to train").format(f"{need / 2**20:,.0f}"), "ok"


class ModelPanel(QGroupBox):
    changed = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Model"))
        self.setObjectName("modelPanel")
        self.cell = fields.choice_combo(ModelConfig, "cell", "cellTypeCombo", CELL_LABELS, self)
        self.layers = fields.int_spin(ModelConfig, "layers", "layersSpin", self)
        self.hidden = fields.int_spin(ModelConfig, "hidden", "hiddenSizeSpin", self, step=32)
        self.embedding = fields.int_spin(ModelConfig, "embedding", "embeddingSpin", self, step=16)
        self.embedding.setMinimum(1)
        self.one_hot = QCheckBox(self.tr("one-hot"), self, objectName="oneHotCheck")
        self.one_hot.setToolTip(self.tr("Feed each character as a one-hot vector (the lecture's form) "
                                        "instead of a learned embedding"))
        self.dropout = fields.float_spin(ModelConfig, "dropout", "dropoutSpin", self, decimals=2, step=0.05)
        self.input_dropout = fields.float_spin(ModelConfig, "input_dropout", "inputDropoutSpin", self,
                                               decimals=2, step=0.05)
        # Offered only for a text that is mostly Hangul (``offer_jamo``).
        self.jamo = QCheckBox(self.tr("Hangul as jamo (자모)"), self, objectName="hangulJamoCheck")
        self.jamo.setToolTip(fields.wrap(self.tr(
            "Train on Hangul's letters (jamo) instead of whole syllables: a much smaller vocabulary "
            "(379 symbols become 75 on the bundled constitution); the model still writes whole syllables")))
        self.jamo.setVisible(False)
        self.params_label = QLabel("", self, objectName="paramCountLabel")
        self.remark = QLabel("", self, objectName="modelRemark")
        self.remark.setWordWrap(True)
        self.locked_label = QLabel("", self, objectName="modelSourceLabel")
        self.locked_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New model"), self, objectName="newModelButton")
        self.new_button.setToolTip(self.tr("Forget the current model and choose a new shape (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        # What the fit will choose (or chose) for the settings left alone, and why (gui/training/fit.py).
        self.fit_note = QLabel("", self, objectName="fitNote")
        self.fit_note.setWordWrap(True)
        self.touched = Touched(self)    # of hidden and the dropouts: the ones the user set

        embed_row = QHBoxLayout()
        embed_row.addWidget(self.embedding, 1)
        embed_row.addWidget(self.one_hot)
        source_row = QHBoxLayout()
        source_row.addWidget(self.locked_label, 1)
        source_row.addWidget(self.new_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Cell"), self.cell)
        form.addRow(self.tr("Layers"), self.layers)
        form.addRow(self.tr("Hidden units"), self.hidden)
        form.addRow(self.tr("Embedding"), embed_row)
        form.addRow(self.tr("Dropout"), self.dropout)
        form.addRow(self.tr("Input dropout"), self.input_dropout)
        form.addRow("", self.jamo)
        form.addRow(self.tr("Parameters"), self.params_label)
        form.addRow(self.remark)
        form.addRow(self.fit_note)
        form.addRow(source_row)

        self.one_hot.toggled.connect(self.embedding.setDisabled)
        for signal in (self.cell.currentIndexChanged, self.layers.valueChanged, self.hidden.valueChanged,
                       self.embedding.valueChanged, self.one_hot.toggled, self.dropout.valueChanged,
                       self.input_dropout.valueChanged, self.jamo.toggled):
            signal.connect(self.changed)
        self.touched.watch("hidden", self.hidden.valueChanged)
        self.touched.watch("dropout", self.dropout.valueChanged)
        self.touched.watch("input_dropout", self.input_dropout.valueChanged)
        self.set_locked(False)
        self.set_config(ModelConfig())

    def config(self) -> ModelConfig:
        return ModelConfig(cell=self.cell.currentData(), layers=self.layers.value(),
                           hidden=self.hidden.value(),
                           embedding=0 if self.one_hot.isChecked() else self.embedding.value(),
                           dropout=self.dropout.value(), input_dropout=self.input_dropout.value(),
                           hangul="jamo" if self.jamo.isChecked() and self.jamo.isVisible() else "off")

    def set_config(self, cfg: ModelConfig) -> None:
        with self.touched.quietly():    # the program's values, not the user's
            self._set_config(cfg)

    def _set_config(self, cfg: ModelConfig) -> None:
        fields.set_combo_value(self.cell, cfg.cell)
        self.layers.setValue(cfg.layers)
        self.hidden.setValue(cfg.hidden)
        self.one_hot.setChecked(cfg.embedding == 0)
        if cfg.embedding:
            self.embedding.setValue(cfg.embedding)
        self.dropout.setValue(cfg.dropout)
        self.input_dropout.setValue(cfg.input_dropout)
        self.jamo.setChecked(cfg.hangul == "jamo")
        if cfg.hangul == "jamo":
            self.jamo.setVisible(True)

    def offer_jamo(self, mostly_hangul: bool) -> None:
        """The jamo choice shows only for a text that is mostly Hangul."""
        self.jamo.setVisible(mostly_hangul or self.jamo.isChecked() and not self.cell.isEnabled())

    def set_locked(self, locked: bool, source: str = "", can_renew: bool = True) -> None:
        for w in (self.cell, self.layers, self.hidden, self.one_hot, self.dropout, self.input_dropout, self.jamo):
            w.setEnabled(not locked)
        self.embedding.setEnabled(not locked and not self.one_hot.isChecked())
        self.locked_label.setText(source)
        self.locked_label.setVisible(locked)
        self.new_button.setVisible(locked)
        self.new_button.setEnabled(can_renew)

    def show_size(self, params: int | None, remark: str = "", level: str = "ok") -> None:
        self.params_label.setText("…" if params is None else f"{params:,}")
        color = {"warn": "#c77800", "error": "#d03030"}.get(level)
        self.remark.setText(remark)
        self.remark.setStyleSheet(f"color: {color};" if color else "")
        self.remark.setTextFormat(Qt.TextFormat.PlainText)
