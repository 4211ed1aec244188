"""Training in the window: Train / Pause / Resume / Stop, and what a run reports.

Gets its panels, the model document and the text passed in; the run itself is the
controller's job. A run continues the current model when there is one: the form's budget
is "this much more", turned into the engine's budget (which counts from the model's first
step) by ``core.budget``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from rnn_studio.core.errors import UserError
from rnn_studio.gui import core_messages
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.language import tr
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.model.panel import ModelPanel
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.training.panel import TrainPanel
from rnn_studio.gui.training.timeline import SamplesTimeline
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs
from rnn_studio.gui.widgets.loss_plot import LossPlot
from rnn_studio.gui.widgets.units import Units


class TrainingFeature(QObject):
    starting = Signal()         # a run is about to start (arm the autosave, remember the settings)
    finished = Signal(str)      # 'budget', 'stopped', 'failed' or 'refused' (and the engine's other reasons)

    def __init__(self, ui: Ui, controller: TrainingController, corpus: CorpusFeature, document: ModelDocument,
                 model_panel: ModelPanel, panel: TrainPanel, plot: LossPlot, timeline: SamplesTimeline,
                 step_label: QLabel, autosaver, units: Units, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.training, self.corpus, self.document = ui, controller, corpus, document
        self.model_panel, self.panel, self.plot, self.timeline = model_panel, panel, plot, timeline
        self.step_label, self.autosaver, self.units = step_label, autosaver, units
        self.run_steps, self._last_val, self._last_step = 0, None, None
        # False while another feature (Compare cells) runs the controller: its runs are not
        # the window's model, and it reports their failures itself (no dialog per run).
        self.keeps_model = True
        panel.train_clicked.connect(self.train_or_resume)
        panel.pause_clicked.connect(lambda _checked: self.toggle_pause())
        panel.stop_clicked.connect(self.stop)
        c = controller
        c.stepped.connect(self._on_stepped)
        c.evaluated.connect(self._on_evaluated)
        c.sampled.connect(self._on_sampled)
        c.noted.connect(self._on_noted)
        c.ended.connect(self._on_ended)
        c.refused.connect(self._on_refused)
        c.crashed.connect(self._on_crashed)
        c.state_changed.connect(self._on_state)
        c.diagnosed.connect(self._on_diagnosed)
        c.baseline.connect(plot.set_baseline)
        c.autosaved.connect(self._on_autosaved)

    # ---- what the panels show ------------------------------------------------------------
    def show_state(self) -> None:
        self.panel.set_state(self.training.state, self.document.snapshot is not None)
        if self.corpus.busy:     # Train waits for the text being read
            self.panel.train_button.setEnabled(False)

    def show_model(self, snap, note: str) -> None:
        """Plot, timeline and run panel for a model that did not come from a run just now
        (None: a new model); nothing of the previous model stays on screen."""
        self.plot.reset()
        self.timeline.clear()
        self.panel.finish(False, note)
        self.panel.show_note("")
        self.panel.set_progress(0)
        self.step_label.setText(self.tr("step {0:,}").format(snap.step) if snap is not None else "")
        self.step_label.setToolTip("")
        if snap is not None:
            self.model_panel.set_config(snap.model_cfg)
            self.panel.set_config(snap.train_cfg, budget=False)
            self.plot.set_history(snap.history)
            self.plot.set_baseline(getattr(snap, "baseline_loss", None))

    # ---- commands ----------------------------------------------------------------------
    def train_or_resume(self) -> None:
        if self.training.state in ("pausing", "paused"):
            self.training.resume()
        elif not self.training.active:
            self.start()

    def toggle_pause(self) -> None:
        if self.training.state in ("starting", "running"):
            self.training.pause()
        elif self.training.state in ("pausing", "paused"):
            self.training.resume()

    def stop(self) -> None:
        self.training.stop()

    def start(self) -> bool:
        if self.training.active:
            return False
        self.corpus.finish_load()       # a text still being read is the one to train on
        corpus = self.corpus.corpus
        if corpus is None:
            dialogs.error(self.ui.parent, tr("Cannot train"), tr("Open a text to train on first (File ▸ Open Text…)."))
            return False
        resume = self.document.snapshot
        model_cfg, train_cfg = self.model_panel.config(), self.panel.config()
        if resume is not None:
            model_cfg = resume.model_cfg
        from rnn_studio.core.preparation import model_vocab

        vocab_size = len(resume.vocab) if resume is not None else len(model_vocab(corpus, model_cfg))
        refusal = _refusal(model_cfg, train_cfg, vocab_size, corpus.n_chars)
        if refusal is not None:
            big, message = refusal
            dialogs.error(self.ui.parent, tr("Model too big") if big else tr("Cannot train"), message)
            self.ui.status(tr("not started: the model would not fit in memory") if big
                           else tr("not started: {0}").format(message), 10000)
            return False
        if not self.ui.ensure_engine():
            return False
        if resume is not None and not self._same_text(resume):
            return False
        corpus = self.corpus.corpus
        if resume is not None:
            from rnn_studio.core.budget import budget_for_more
            try:
                train_cfg = budget_for_more(resume, train_cfg)
            except UserError as exc:
                dialogs.error(self.ui.parent, tr("Cannot train"), str(exc))
                return False
        self.starting.emit()
        self.begin_run(corpus, model_cfg, train_cfg, resume, autosaver=self.autosaver, auto=self.left_alone())
        return True

    def begin_run(self, corpus, model_cfg, train_cfg, resume=None, **options):
        """Start the controller on a run the plot, the timeline and the Train panel follow live
        (a new model's run on a cleared plot); ``options`` go to ``TrainingController.start``.
        Compare cells starts its runs here too, after its own checks. Returns the Segment."""
        if resume is None:
            self.plot.reset()
            self.timeline.clear()
        self.run_steps, self._last_val, self._last_step = 0, None, None
        segment = self.training.start(corpus, model_cfg, train_cfg, resume, **options)
        self.panel.begin(segment.steps or None)
        self.ui.status(self.tr("training on {0}…").format(corpus.name))
        return segment

    def left_alone(self) -> set[str]:
        """The settings the fit may choose: those the user did not set in the form."""
        from rnn_studio.core.fitting import FIELDS
        return set(FIELDS) - self.model_panel.touched.names - self.panel.touched.names

    def _same_text(self, resume) -> bool:
        """Continuing on another text than the model's own: say so, and ask (True: go on)."""
        own = resume.corpus if isinstance(resume.corpus, dict) else {}
        corpus = self.corpus.corpus
        if not own.get("sha256") or own.get("sha256") == corpus.sha256:
            return True
        path = own.get("path")
        found = bool(path) and _sha256_of(path) == own["sha256"]
        answer = dialogs.ask_continue(self.ui.parent, own.get("name", "?"), corpus.name, found)
        if answer == "own":
            return self.corpus.load(path)
        if answer == "this":
            self.ui.status(self.tr("fine-tuning on {0}").format(corpus.name), 10000)
            return True
        return False

    # ---- reports -----------------------------------------------------------------------
    def _on_state(self, state: str) -> None:
        if state == "paused":
            self.plot.refresh()     # now, not at the next throttled frame: the run holds still
            last = self._last_step
            step = last.step if last is not None else (self.training.segment.start_step if self.training.segment else 0)
            self.panel.show_paused(step, self.units.loss(last.train_loss) if last is not None else None)
            self.ui.status(self.tr("paused: you can write with the model, save it, or resume"))

    def _on_stepped(self, events: list) -> None:
        add = self.plot.add_train
        for e in events:
            add(e.step, e.chars_seen, e.elapsed_s, e.train_loss)
        last, seg = events[-1], self.training.segment
        self._last_step = last
        self.run_steps = last.step - seg.start_step if self.keeps_model else 0
        fraction, eta = seg.progress(last.step, last.elapsed_s)
        if self.training.state in ("pausing", "paused"):
            self.panel.show_paused(last.step, self.units.loss(last.train_loss))
        else:
            self.panel.show_progress(fraction, self.run_steps if seg.steps else None,
                                     last.chars_per_s, eta, self.units.loss(last.train_loss))
        self.step_label.setText(self.tr("step {0:,}").format(last.step))

    def _on_evaluated(self, e) -> None:
        self.plot.add_val(e.step, e.chars_seen, e.elapsed_s, e.val_loss, e.val_accuracy)
        self._last_val = e.val_loss
        self.ui.status(self.tr("step {0:,}: validation loss {1}, {2:.0%} of next characters right")
                       .format(e.step, self.units.loss(e.val_loss), e.val_accuracy))

    def _on_sampled(self, e) -> None:
        self.timeline.add(e.step, e.prompt, e.text,
                          self.units.loss(self._last_val, 2) if self._last_val is not None else None)

    def _on_diagnosed(self, e) -> None:
        """Not learning, memorising, or still improving at the end: in words, with the advice."""
        message, advice = core_messages.translate(e.message), core_messages.translate(e.advice or "")
        if self.keeps_model:        # the advice is about the window's model
            self.panel.show_warning(f"{message}. {advice}" if advice else message, e.kind != "still_improving")
        self.ui.status(message, 15000)

    def _on_noted(self, message: str) -> None:
        message = core_messages.translate(message)
        self.ui.status(message, 15000)
        notes = self.panel.run_note.text()
        self.panel.show_note(f"{notes}\n{message}" if notes else message)

    def _on_ended(self, result, snapshot) -> None:
        from rnn_studio.core.events import FailedEvent

        before = self.document.snapshot.step if self.document.snapshot is not None else 0
        if self.keeps_model and snapshot is not None and snapshot.step > before:     # no step: no change
            self.document.set_trained(snapshot)
        self.run_steps = 0
        self.plot.refresh()
        seg = self.training.segment
        if seg is not None and seg.steps:      # steps after the last report count too
            self.panel.set_progress(result.step - seg.start_step)
        self.step_label.setText(self.tr("step {0:,}").format(result.step))
        if isinstance(result, FailedEvent):
            self.panel.finish(False, result.message)
            self.ui.status(result.message)
            if self.keeps_model:
                dialogs.error(self.ui.parent, self.tr("Training stopped"), result.message)
            self.finished.emit("failed")
            return
        best = result.best_val_loss
        how = {"budget": self.tr("Done"), "early_stop": self.tr("Stopped early: no longer improving"),
               "not_learning": self.tr("Stopped: not learning")}.get(result.reason, self.tr("Stopped"))
        text = self.tr("{how} at step {step:,} after {t}").format(how=how, step=result.step,
                                                                 t=duration(result.elapsed_s))
        if best is not None:
            at = getattr(result, "best_step", None)
            text += (self.tr(" · kept the best model: step {0:,}, validation loss {1}").format(at, self.units.loss(best))
                     if at is not None else self.tr(" · best validation loss {0}").format(self.units.loss(best)))
        if getattr(result, "message", "") and result.reason != "budget":
            self.panel.show_note(core_messages.translate(result.message))
        self.panel.finish(result.reason == "budget", text)
        self.ui.status(text)
        self.finished.emit(result.reason)

    def _on_autosaved(self, step: int, error: str) -> None:
        if error:
            self.ui.status(self.tr("{0}; training goes on").format(error), 15000)
        else:
            self.step_label.setToolTip(self.tr("autosaved at step {0:,}").format(step))

    def _on_refused(self, message: str) -> None:
        self.panel.finish(False, "")
        self.ui.status(self.tr("not started: {0}").format(message), 15000)
        if self.keeps_model:
            dialogs.error(self.ui.parent, self.tr("Cannot train"), message)
        self.finished.emit("refused")

    def _on_crashed(self, details: str) -> None:
        self.panel.finish(False, "")
        self.ui.internal_error(details)
        self.finished.emit("failed")


def duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    m, s = divmod(int(round(seconds)), 60)
    return f"{m} min {s:02d} s" if m < 60 else f"{m // 60} h {m % 60:02d} min"


def _refusal(model_cfg, train_cfg, vocab_size: int, n_chars: int) -> tuple[bool, str] | None:
    """Why these settings cannot train, before anything is allocated: (too big?, words)."""
    from rnn_studio.core.config import validate
    from rnn_studio.core.memory import check_sizes
    try:
        check_sizes(model_cfg, train_cfg, vocab_size, n_chars)
    except UserError as exc:
        return True, str(exc)
    try:
        validate(model_cfg)
        validate(train_cfg)
    except UserError as exc:
        return False, str(exc)
    return None


def _sha256_of(path: str) -> str | None:
    import hashlib

    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None
