"""The window's side of training: Train / Pause / Resume / Stop and what a run reports.

A mixin of MainWindow (which provides the panels, ``training``, ``document`` and
``corpus``); it only handles signals from UI-thread objects, never from a worker.
"""

from __future__ import annotations

from rnn_studio.core.config import validate
from rnn_studio.core.errors import UserError
from rnn_studio.gui import dialogs


class TrainingFlow:
    # ---- commands ----------------------------------------------------------------------
    def train_or_resume(self) -> None:
        if self.training.state in ("pausing", "paused"):
            self.training.resume()
        elif not self.training.active:
            self.start_training()

    def toggle_pause(self) -> None:
        if self.training.state in ("starting", "running"):
            self.training.pause()
        elif self.training.state in ("pausing", "paused"):
            self.training.resume()

    def stop_training(self) -> None:
        self.training.stop()

    def start_training(self) -> bool:
        tr = self.tr
        if self.training.active:
            return False
        self.finish_corpus_load()       # a text still being read is the one to train on
        if self.corpus is None:
            dialogs.error(self, tr("Cannot train"), tr("Open a text to train on first (File ▸ Open Text…)."))
            return False
        model_cfg, train_cfg = self.model_panel.config(), self.train_panel.config()
        try:
            validate(model_cfg)
            validate(train_cfg)
        except UserError as exc:
            dialogs.error(self, tr("Cannot train"), str(exc))
            return False
        if not self.ensure_engine():
            return False
        resume = self.document.snapshot
        if not self._fits(resume.model_cfg if resume is not None else model_cfg, train_cfg, resume):
            return False
        if resume is None:
            self.plot.reset()
            self.timeline.clear()
        self._run_steps, self._last_val_bpc = 0, None
        self.arm_autosave()
        segment = self.training.start(self.corpus, model_cfg, train_cfg, resume, self.autosaver)
        self.train_panel.begin(segment.steps or None)
        self.status(tr("training on {0}…").format(self.corpus.name))
        self.save_settings()
        return True

    def _fits(self, model_cfg, train_cfg, resume) -> bool:
        """Refuse, with the estimate, a model too big for this computer's memory, here on the
        UI thread and before anything is allocated (the trainer checks again)."""
        from rnn_studio.core.memory import check_sizes

        vocab = len(resume.vocab) if resume is not None else len(self.corpus.vocab)
        try:
            check_sizes(model_cfg, train_cfg, vocab, self.corpus.n_chars)
        except UserError as exc:
            dialogs.error(self, self.tr("Model too big"), str(exc))
            self.status(self.tr("not started: the model would not fit in memory"), 10000)
            return False
        return True

    # ---- reports -----------------------------------------------------------------------
    def _on_training_state(self, state: str) -> None:
        self.refresh()
        if state == "paused":
            self.plot.refresh()     # now, not at the next throttled frame: the run holds still
            self.status(self.tr("paused: you can write with the model, save it, or resume"))

    def _on_stepped(self, events: list) -> None:
        add = self.plot.add_train
        for e in events:
            add(e.step, e.chars_seen, e.elapsed_s, e.train_loss)
        last, seg = events[-1], self.training.segment
        self._run_steps = last.step - seg.start_step
        fraction, eta = seg.progress(last.step, last.elapsed_s)
        self.train_panel.show_progress(fraction, self._run_steps if seg.steps else None,
                                       last.chars_per_s, eta, last.train_loss)
        self.step_label.setText(self.tr("step {0:,}").format(last.step))

    def _on_evaluated(self, e) -> None:
        self.plot.add_val(e.step, e.chars_seen, e.elapsed_s, e.val_loss, e.val_accuracy)
        self._last_val_bpc = e.val_bpc
        self.status(self.tr("step {0:,}: validation {1:.3f} bits/char, {2:.0%} of next characters right")
                    .format(e.step, e.val_bpc, e.val_accuracy))

    def _on_sampled(self, e) -> None:
        self.timeline.add(e.step, e.prompt, e.text, self._last_val_bpc)

    def _on_noted(self, message: str) -> None:
        self.status(message, 15000)
        self.train_panel.speed.setText(message)

    def _on_training_ended(self, result, snapshot) -> None:
        before = self.document.snapshot.step if self.document.snapshot is not None else 0
        if snapshot is not None and snapshot.step > before:     # a run that made no step changes nothing
            self.document.set_trained(snapshot)
        self._run_steps = 0
        self.plot.refresh()
        seg = self.training.segment
        if seg is not None and seg.steps:      # steps after the last report count too
            self.train_panel.progress.setValue(min(result.step - seg.start_step, seg.steps))
        self.step_label.setText(self.tr("step {0:,}").format(result.step))
        kind = type(result).__name__
        if kind == "FailedEvent":
            self.train_panel.finish(False, result.message)
            self.status(result.message)
            dialogs.error(self, self.tr("Training stopped"), result.message)
            self.trainingFinished.emit("failed")
            return
        best = result.best_val_loss
        text = self.tr("{how} at step {step:,} after {t}").format(
            how=self.tr("Done") if result.reason == "budget" else self.tr("Stopped"),
            step=result.step, t=_duration(result.elapsed_s))
        if best is not None:
            text += self.tr(" · best validation {0:.3f} bits/char").format(best / 0.6931471805599453)
        self.train_panel.finish(result.reason == "budget", text)
        self.status(text)
        self.trainingFinished.emit(result.reason)

    def _on_training_refused(self, message: str) -> None:
        self.train_panel.finish(False, "")
        dialogs.error(self, self.tr("Cannot train"), message)
        self.trainingFinished.emit("refused")

    def _on_training_crashed(self, details: str) -> None:
        self.train_panel.finish(False, "")
        self.internal_error(details)
        self.trainingFinished.emit("failed")


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    m, s = divmod(int(round(seconds)), 60)
    return f"{m} min {s:02d} s" if m < 60 else f"{m // 60} h {m % 60:02d} min"
