"""The worker side of a training run: the job that builds the Trainer and runs it.

Step reports go into a deque the UI drains on its own timer (``TrainingController``), so a
fast run costs the UI one timer tick per frame instead of a queued signal per report; every
other event is reported through the job, as plain data. The job also writes the autosave
between steps, on the worker thread, so the UI never waits for the write.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.control import RunControl

_default_threads: int | None = None


def gui_threads() -> int:
    """TrainConfig.threads = 0 in the window: torch's own default (all cores, or
    OMP_NUM_THREADS), as on the command line.

    It used to leave a core to the UI. benchmarks/window.py on 2 cores (LSTM 1×512, batch
    32 × 128): with both cores the UI thread still never waited more than 15 ms (target
    50 ms), and training ran 1.8× faster (18,700 against 10,400 chars/s). Captured before
    the first run changes it, and set again for every run, because a run with an explicit
    thread count changes the process-wide setting.
    """
    global _default_threads
    if _default_threads is None:
        import torch
        _default_threads = torch.get_num_threads()
    return _default_threads


@dataclass
class Autosaved:
    step: int           # -1 when it failed
    error: str          # '' or why the autosave failed


@dataclass
class RunResult:
    outcome: Any        # DoneEvent | FailedEvent
    snapshot: Any       # the run's final Snapshot


class TrainingRun:
    """One run's job: ``TrainingRun(...)(job)`` on a worker thread returns a ``RunResult``."""

    def __init__(self, corpus, model_cfg: ModelConfig, train_cfg: TrainConfig, resume, control: RunControl,
                 autosaver=None, auto=(), model_path: str | Path | None = None, source: str = "window"):
        self.corpus, self.model_cfg, self.train_cfg, self.resume = corpus, model_cfg, train_cfg, resume
        self.auto = auto        # the settings the fit may choose (core/fitting.py)
        self.control = control
        # Compare cells keeps every run's model: saved here, on the worker, when the run ends.
        self.model_path, self.source = model_path, source
        # core.autosave.Autosaver: no Qt, its own lock; used only from the worker while it runs.
        self.autosaver = autosaver
        # Absolute, so the next start finds the text whatever its working folder.
        self.corpus_path = str(Path(corpus.path).resolve()) if getattr(corpus, "path", "") else None
        self.steps: deque = deque()
        self._job = None
        self._snapshot_fn = None
        self._autosave_error: str | None = None

    def __call__(self, job) -> RunResult:
        from rnn_studio.core.threads import use_threads
        from rnn_studio.core.trainer import Trainer

        self._job = job
        # The caller's choice: "0" in the form (and the file) means torch's own default.
        previous = use_threads(self.train_cfg.threads or gui_threads())
        try:
            trainer = Trainer(self.corpus, self.model_cfg, self.train_cfg, resume=self.resume,
                              callbacks=[self._on_event], control=self.control, auto=self.auto)
            self.resume = None      # the trainer holds its own copy; free this one early
            recorder = self._record(trainer)
            self._snapshot_fn = trainer.snapshot
            saves_before = self.autosaver.saves if self.autosaver is not None else 0
            try:
                outcome = trainer.run()
            finally:
                if recorder is not None:
                    recorder.close()
            final = trainer.snapshot()
        finally:
            use_threads(previous)
        self._snapshot_fn = None
        if self.model_path is not None:
            self._save(final)
        if self.autosaver is not None and self.autosaver.every_s > 0 and self.autosaver.saves > saves_before:
            # The recovery file is older than the end of this run: bring it up to date.
            self._autosave(lambda: self.autosaver.save_now(final, self.corpus_path), final.step)
        return RunResult(outcome, final)

    def _record(self, trainer):
        """The run goes into the run store, as the command line's do (never stopping training)."""
        from rnn_studio.core.errors import UserError
        from rnn_studio.core.recorder import Recorder
        from rnn_studio.core.runstore import RunStore

        try:
            recorder = Recorder.begin(RunStore(), trainer, self.corpus, self.model_path, self.source)
        except UserError as exc:
            self._job.report(ev.NoteEvent(f"this run is not recorded: {exc}"))
            return None
        trainer.callbacks.append(recorder)
        self.run_id = recorder.run_id
        return recorder

    run_id: int | None = None

    def _save(self, snapshot) -> None:
        from rnn_studio.core import modelfile
        from rnn_studio.core.errors import UserError

        try:
            modelfile.save(self.model_path, snapshot)
        except UserError as exc:
            self._job.report(ev.NoteEvent(f"the model was not saved: {exc}"))

    def _on_event(self, e: ev.Event) -> None:
        if isinstance(e, ev.StepEvent):
            self.steps.append(e)
            if self.autosaver is not None and self._snapshot_fn is not None and self.autosaver.due():
                # Between two steps, in this thread: the UI never waits for the write.
                self._autosave(lambda: self.autosaver.maybe_save(self._snapshot_fn, self.corpus_path), e.step)
        elif not isinstance(e, (ev.DoneEvent, ev.FailedEvent)):
            # DoneEvent / FailedEvent: run() returns it, and the job's result carries it.
            self._job.report(e)

    def _autosave(self, attempt, step: int) -> None:
        saver, before = self.autosaver, self.autosaver.saves
        attempt()
        if saver.saves != before:
            self._autosave_error = None
            self._job.report(Autosaved(step, ""))
        elif saver.last_error and saver.last_error != self._autosave_error:
            self._autosave_error = saver.last_error     # each failure is reported once
            self._job.report(Autosaved(-1, saver.last_error))
