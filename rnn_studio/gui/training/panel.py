"""How to train: window length, batch, learning rate, budget, device; Train, Pause, Stop;
and the progress of the run.

The budget follows the engine's rule: ``stepsSpin`` above 0 is a budget in steps,
0 means "use the minutes". So setting ``stepsSpin`` always makes the budget that many
steps, whatever was chosen before.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from rnn_studio.core.config import TrainConfig
from rnn_studio.gui.widgets import fields
from rnn_studio.gui.widgets.config_form import ConfigForm
from rnn_studio.gui.widgets.touched import Touched

PROGRESS_SCALE = 1000     # progress-bar units for a budget in minutes
ADVANCED = ("eval_every", "sample_every", "sample_length", "sample_prompt", "warmup_steps",
            "min_lr_ratio", "weight_decay", "grad_clip", "ema", "val_fraction", "window", "seed", "log_every",
            "threads", "precision", "early_stop", "patience", "fit", "start")


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    return f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60}:{rem % 60:02d}"


class TrainPanel(QGroupBox):
    train_clicked = Signal()
    pause_clicked = Signal(bool)        # checked: pause; unchecked: resume
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self.setObjectName("trainPanel")
        T = TrainConfig
        self.seq_len = fields.int_spin(T, "seq_len", "seqLenSpin", self, step=16)
        self.batch = fields.int_spin(T, "batch_size", "batchSizeSpin", self, step=8)
        self.lr = fields.LogSpinBox(self)
        self.lr.setObjectName("learningRateSpin")
        lo, hi = fields.meta(T, "lr")["min"], fields.meta(T, "lr")["max"]
        self.lr.setRange(lo, hi)
        self.lr.setToolTip(fields.tooltip(T, "lr"))
        self.touched = Touched(self)    # the learning rate, window and cadence, once the user sets them (the fit leaves them alone)
        self.touched.watch("lr", self.lr.valueChanged)
        self.touched.watch("seq_len", self.seq_len.valueChanged)
        self.steps = fields.int_spin(T, "steps", "stepsSpin", self, special=self.tr("use minutes →"), step=100)
        self.steps.setSuffix(self.tr(" steps"))
        self.minutes = fields.float_spin(T, "minutes", "minutesSpin", self, decimals=1, step=0.5)
        self.minutes.setMinimum(0.1)
        self.minutes.setSuffix(self.tr(" min"))
        self.device = fields.choice_combo(T, "device", "deviceCombo", parent=self)
        self.steps.valueChanged.connect(lambda v: self.minutes.setEnabled(v == 0))
        self.budget_label = QLabel(self.tr("Train for"), self)

        self.advanced_button = QToolButton(self, objectName="advancedButton")
        self.advanced_button.setText(self.tr("More settings"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        self.advanced = ConfigForm(T, ADVANCED, {
            "eval_every": self.tr("Validate every"), "sample_every": self.tr("Sample every"),
            "sample_length": self.tr("Sample length"), "sample_prompt": self.tr("Sample prompt"),
            "warmup_steps": self.tr("Warm-up steps"), "min_lr_ratio": self.tr("Final LR ratio"),
            "weight_decay": self.tr("Weight decay"), "grad_clip": self.tr("Gradient clip"),
            "ema": self.tr("Weight averaging"),
            "val_fraction": self.tr("Validation share"), "window": self.tr("Windows"),
            "seed": self.tr("Seed"), "log_every": self.tr("Report every"), "threads": self.tr("CPU threads"),
            "precision": self.tr("Arithmetic"), "early_stop": self.tr("Stop when it stops helping"),
            "patience": self.tr("Patience (evaluations)"), "fit": self.tr("Fit to the text and budget"),
            "start": self.tr("First guess")},
            self, object_names={"seed": "trainSeed"})
        self.eval_every = self.advanced.widgets["eval_every"]      # the fit may choose it
        self.touched.watch("eval_every", self.eval_every.valueChanged)
        # Not a training setting (a model file never holds it): how often a run is autosaved
        # for crash recovery; the window remembers it.
        self.autosave = fields.FloatSpinBox(self.advanced)
        self.autosave.setObjectName("autosaveSpin")
        self.autosave.setRange(0.0, 24 * 60.0)
        self.autosave.setDecimals(2)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setSpecialValueText(self.tr("never"))
        self.autosave.setToolTip(self.tr("Every this many minutes a running model is saved to a recovery "
                                         "file, offered back after a crash (0: never)"))
        self.advanced.layout().addRow(self.tr("Autosave every"), self.autosave)
        self.advanced.setVisible(False)
        self.advanced_button.toggled.connect(self._show_advanced)
        self._show_advanced(False)

        self.train_button = QPushButton(self.tr("Train"), self, objectName="trainButton")
        self.pause_button = QPushButton(self.tr("Pause"), self, objectName="pauseButton")
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(self.tr("Stop"), self, objectName="stopButton")
        self.train_button.setDefault(True)
        self.train_button.clicked.connect(self.train_clicked)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.progress = QProgressBar(self, objectName="trainProgress")
        self.progress.setRange(0, PROGRESS_SCALE)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.steps_shown = False        # a budget in steps: the bar reads its steps
        self.speed = QLabel(" ", self, objectName="trainSpeedLabel")
        self.speed.setWordWrap(True)

        budget = QHBoxLayout()
        budget.addWidget(self.steps, 3)
        budget.addWidget(self.minutes, 2)
        form = QFormLayout()
        form.addRow(self.tr("Sequence length"), self.seq_len)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("Learning rate"), self.lr)
        form.addRow(self.budget_label, budget)
        form.addRow(self.tr("Device"), self.device)
        # The run's controls and progress: the window shows them above the plot, where they
        # stay in view on a laptop screen however long the settings column grows.
        self.run_box = QWidget(objectName="runBox")
        row = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self.run_box)
        box.setContentsMargins(6, 6, 6, 0)
        box.addLayout(row)
        box.addWidget(self.progress)        # a row of its own: "1,350 / 5,000 steps" reads whole beside a narrow plot
        box.addWidget(self.speed)
        # What the engine said of this run (a shortened sequence, say): stays until the next run.
        self.run_note = QLabel("", self.run_box, objectName="runNoteLabel")
        self.run_note.setWordWrap(True)
        self.run_note.setVisible(False)
        box.addWidget(self.run_note)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.advanced_button)
        lay.addWidget(self.advanced)
        self.set_config(TrainConfig())
        self.set_state("idle", has_model=False)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setText(("▾ " if shown else "▸ ") + self.tr("More settings"))

    # ---- settings ----------------------------------------------------------------------
    def config(self) -> TrainConfig:
        cfg = TrainConfig(seq_len=self.seq_len.value(), batch_size=self.batch.value(), lr=self.lr.value(),
                          steps=self.steps.value(), minutes=self.minutes.value(),
                          device=self.device.currentData())
        self.advanced.read_into(cfg)
        return cfg

    def set_config(self, cfg: TrainConfig, budget: bool = True) -> None:
        with self.touched.quietly():    # the program's values, not the user's
            self._set_config(cfg, budget)

    def _set_config(self, cfg: TrainConfig, budget: bool) -> None:
        self.seq_len.setValue(cfg.seq_len)
        self.batch.setValue(cfg.batch_size)
        self.lr.setValue(cfg.lr)
        if budget:
            self.steps.setValue(min(cfg.steps, self.steps.maximum()))
            self.minutes.setValue(max(cfg.minutes, self.minutes.minimum()))
        fields.set_combo_value(self.device, cfg.device)
        self.advanced.write_from(dataclasses.replace(cfg))

    def disable_devices(self, reasons: dict[str, str]) -> None:
        """Grey out the devices that cannot train here, saying why; a chosen one falls back to auto."""
        model = self.device.model()
        for i in range(self.device.count()):
            reason = reasons.get(self.device.itemData(i))
            item = model.item(i)
            item.setEnabled(reason is None)
            item.setToolTip(self.tr("not available: {0}").format(reason) if reason else "")
        if self.device.currentData() in reasons:
            fields.set_combo_value(self.device, "auto")

    # ---- run state ---------------------------------------------------------------------
    def set_state(self, state: str, has_model: bool) -> None:
        """state: idle, starting, running, pausing, paused or stopping."""
        active = state != "idle"
        self.train_button.setEnabled(state in ("idle", "paused"))
        self.train_button.setText(self.tr("Resume") if state == "paused"
                                  else self.tr("Continue") if has_model else self.tr("Train"))
        self.train_button.setToolTip(self.tr("Train the current model further with this budget")
                                     if has_model else self.tr("Train a new model on the corpus"))
        self.pause_button.setEnabled(state in ("starting", "running", "pausing", "paused"))
        self.pause_button.setChecked(state in ("pausing", "paused"))
        self.stop_button.setEnabled(state in ("starting", "running", "pausing", "paused"))
        self.budget_label.setText(self.tr("Train on for") if has_model else self.tr("Train for"))
        for w in (self.seq_len, self.batch, self.lr, self.steps, self.minutes, self.device, self.advanced):
            w.setEnabled(not active)
        if not active:
            self.minutes.setEnabled(self.steps.value() == 0)

    def begin(self, step_budget: int | None) -> None:
        self.progress.setRange(0, step_budget or PROGRESS_SCALE)
        self.steps_shown = bool(step_budget)
        self.set_progress(0)
        self.speed.setText(self.tr("starting…"))
        self.show_note("")

    def show_note(self, text: str) -> None:
        self.run_note.setText(text)
        self.run_note.setStyleSheet("")
        self.run_note.setVisible(bool(text))

    def show_warning(self, text: str, serious: bool = True) -> None:
        """A diagnosis of the run, as a banner that stays until the next run."""
        self.run_note.setText(text)
        color = "#fff3cd; color: #664d03" if serious else "#e7f1ff; color: #084298"
        self.run_note.setStyleSheet(f"background: {color.split(';')[0]};{color.split(';', 1)[1]}; "
                                    "padding: 4px; border-radius: 4px;")
        self.run_note.setVisible(True)

    def show_progress(self, fraction: float, done_steps: int | None, chars_per_s: float,
                      eta_s: float | None, loss: str) -> None:
        """``loss``: already in the window's unit ('1.525 nats/char')."""
        self.set_progress(done_steps if done_steps is not None else round(fraction * PROGRESS_SCALE))
        self.speed.setText(self.tr("{cps:,.0f} chars/s · training loss {loss} · ETA {eta}").format(
            cps=chars_per_s, loss=loss, eta=clock(eta_s)))

    def set_progress(self, value: int) -> None:
        """The bar's value; a budget in steps reads "1,350 / 5,000 steps" (Qt's own %v has no
        thousands separator)."""
        value = min(value, self.progress.maximum())
        self.progress.setValue(value)
        self.progress.setFormat(self.tr("{0:,} / {1:,} steps").format(value, self.progress.maximum())
                                if self.steps_shown else "%p%")

    def show_paused(self, step: int, loss: str | None) -> None:
        text = self.tr("paused at step {0:,}").format(step)
        self.speed.setText(text + (self.tr(" · training loss {0}").format(loss) if loss else ""))

    def finish(self, budget_spent: bool, text: str) -> None:
        if budget_spent:
            self.set_progress(self.progress.maximum())
        self.speed.setText(text)
