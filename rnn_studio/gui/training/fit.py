"""The fit in the window (core/fitting.py): what it will choose, or chose, and why.

The note (objectName ``fitNote``, in the model panel) shows before a run what the fit would
choose for the settings the user left alone: exactly for a budget in steps, estimated from the
last speed this computer measured for a budget in minutes (or "measured when training starts"
when it has none yet). At the start of a run the trainer's ``FitEvent`` replaces it with what
was chosen, and the fitted values appear in the form. A value the user types into width,
dropout, learning rate, sequence length or validation cadence is theirs (``Touched``), and
the fit leaves it alone; a new model forgets those choices and shows the defaults again. The
choices and the speed are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.fitting import FIELDS, MIN_STEPS, MODEL_FIELDS, QUIET, choose
from rnn_studio.gui.core_messages import translate
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.model.panel import ModelPanel
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.training.panel import TrainPanel
from rnn_studio.gui.ui import Ui

TRAIN_FIELDS = tuple(f for f in FIELDS if f not in MODEL_FIELDS)      # the training panel's


class FitFeature(QObject):
    def __init__(self, ui: Ui, controller: TrainingController, corpus: CorpusFeature, document: ModelDocument,
                 model, model_panel: ModelPanel, panel: TrainPanel, settings: Settings,
                 parent: QObject | None = None):
        """``model``: the ModelFeature, whose ``shown(None, …)`` is a new model."""
        super().__init__(parent)
        self.ui, self.training, self.corpus, self.document = ui, controller, corpus, document
        self.model_panel, self.panel, self.settings = model_panel, panel, settings
        self.applied = None         # the fit of the model trained in this window, if it was fitted
        chosen = settings.get("fit_chosen", [])
        chosen = set(chosen) if isinstance(chosen, list) else set()
        model_panel.touched.set(chosen & set(MODEL_FIELDS))
        panel.touched.set(chosen & set(TRAIN_FIELDS))
        controller.fitted.connect(self._on_fitted)
        model.shown.connect(self._on_shown)
        for signal in (model_panel.changed, model_panel.touched.changed, panel.touched.changed, panel.lr.valueChanged,
                       panel.steps.valueChanged, panel.minutes.valueChanged, panel.seq_len.valueChanged,
                       panel.batch.valueChanged, panel.advanced.changed, corpus.loaded, document.changed,
                       controller.state_changed, ui.engine.ready):
            signal.connect(self.update)
        for touched in (model_panel.touched, panel.touched):
            touched.changed.connect(self._remember)
        self.update()

    def chosen(self) -> set[str]:
        return self.model_panel.touched.names | self.panel.touched.names

    def _remember(self) -> None:
        self.settings.set("fit_chosen", sorted(self.chosen()))

    def _on_shown(self, snap, _note: str = "") -> None:
        """A model opened (its settings are kept) or a new one (the user's choices are forgotten)."""
        self.applied = None
        if snap is None:
            self.model_panel.touched.set(())
            self.panel.touched.set(())
            with self.model_panel.touched.quietly(), self.panel.touched.quietly():
                for field, widget in self._widgets().items():
                    widget.setValue(getattr(ModelConfig if field in MODEL_FIELDS else TrainConfig, field))
        self.update()

    def _widgets(self) -> dict:
        """The form's widget of each field the fit may choose."""
        return {**{f: getattr(self.model_panel, f) for f in MODEL_FIELDS},
                **{f: getattr(self.panel, f) for f in TRAIN_FIELDS}}

    def _on_fitted(self, fit) -> None:
        """The run was fitted: the form shows the values it trains with."""
        self.applied = fit
        with self.model_panel.touched.quietly(), self.panel.touched.quietly():
            for field, widget in self._widgets().items():
                if field in fit.fitted:
                    widget.setValue(getattr(fit, field))
        if fit.speeds:                  # this computer's speeds, for the next estimate
            self.settings.set("fit_speed", [list(s) for s in fit.speeds])
        self.update()

    def update(self, *_) -> None:
        text = self.note()
        if text is not None:
            self.model_panel.fit_note.setText(text)

    def note(self) -> str | None:
        """The note's words (None: leave it as it is)."""
        tr = self.tr
        if self.applied is not None:
            return tr("Fitted to the text and the budget: {0} ({1}).").format(self.applied.settings,
                                                                              translate(self.applied.reason))
        if self.training.active:
            return None             # a new run: the fit is being measured, its event follows
        if self.document.snapshot is not None:
            return tr("Training on keeps this model's settings: the fit chooses only for a new model.")
        cfg = self.panel.config()
        auto = [f for f in FIELDS if f not in self.chosen()]
        if not cfg.fit:
            return tr("Fitting is off: training uses these settings as they are.")
        # The cadence alone is fitted only where a pass is short: otherwise the user set everything.
        set_all = tr("You set the width, dropout, learning rate and sequence length: training uses them "
                     "as they are.")
        if not auto:
            return set_all
        names = ", ".join(auto)
        corpus = self.corpus.corpus
        if corpus is None or not self.ui.engine.loaded:
            return tr("The settings you leave alone ({0}) are fitted to the text and the budget when "
                      "training starts.").format(names)
        if cfg.budget_is_steps() and cfg.steps < MIN_STEPS:
            return tr("A run of fewer than {0} steps keeps these settings: too short to fit.").format(MIN_STEPS)
        fit = self._estimate(auto, corpus, cfg)
        if fit is None and set(auto) <= set(QUIET):     # left alone, fitted only where the fit changes them
            return set_all
        if fit is None:
            return tr("The settings you leave alone ({0}) are fitted to this text and the budget, with this "
                      "computer's speed measured when training starts.").format(names)
        how = "" if cfg.budget_is_steps() else tr(", estimated from this computer's last measured speed")
        return tr("Will fit {0}: {1}{2}. Set them yourself to choose.").format(fit.settings, translate(fit.reason), how)

    def _estimate(self, auto, corpus, cfg: TrainConfig):
        from rnn_studio.core.corpus import validation_size
        from rnn_studio.core.preparation import model_vocab

        m = self.model_panel.config()
        m.vocab_size = len(model_vocab(corpus, m))
        n = corpus.n_chars
        train = n - validation_size(n, cfg.val_fraction)
        return choose(auto, m, cfg, train, n, min(cfg.seq_len, max(train - 1, 2)), self._speeds(),
                      corpus.size_bytes)

    def _speeds(self) -> list[tuple[float, float]] | None:
        """The remembered speeds: a list of (chars/s, flops) pairs (one pair alone, as an older
        version kept it); None when there are none or the setting is damaged."""
        saved = self.settings.get("fit_speed")
        pairs = saved if isinstance(saved, list) and saved and isinstance(saved[0], list) else [saved]
        ok = lambda p: isinstance(p, list) and len(p) == 2 and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in p)
        return [tuple(p) for p in pairs] if all(ok(p) for p in pairs) else None
