"""One training run as the window sees it: start, pause, resume, stop, progress, snapshots.

The run is a job on the window's ``JobRunner`` (``run.TrainingRun``); pause, stop and
snapshot requests go to a ``RunControl`` the Trainer reads between steps. Step reports are
pulled from the run's queue by a timer (``TICK_MS``), so the UI does a bounded amount of
work per frame however fast the training reports. The budget a run is given always counts
from the model's first step (``core.budget``); ``Segment`` is the part this run adds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.control import RunControl
from rnn_studio.gui.jobs import JobRunner
from rnn_studio.gui.training.run import Autosaved, RunResult, TrainingRun

TICK_MS = 33


@dataclasses.dataclass
class Segment:
    """The part of the model's training this run adds."""
    start_step: int
    start_elapsed: float
    steps: int            # 0: the budget is in minutes
    seconds: float

    def progress(self, step: int, elapsed_s: float) -> tuple[float, float | None]:
        """Fraction of this run done, and the seconds still to go (None before any)."""
        spent = max(elapsed_s - self.start_elapsed, 0.0)
        if self.steps:
            f = (step - self.start_step) / self.steps
        else:
            f = spent / self.seconds if self.seconds > 0 else 1.0
        f = min(max(f, 0.0), 1.0)
        return f, (spent * (1 - f) / f if f > 0 else None)


class TrainingController(QObject):
    stepped = Signal(list)              # StepEvents since the last tick, oldest first
    evaluated = Signal(object)
    sampled = Signal(object)
    noted = Signal(str)
    diagnosed = Signal(object)          # a DiagnosisEvent: what is going wrong, in words
    baseline = Signal(float)            # the text's frequency baseline, nats/char
    fitted = Signal(object)             # a fitting.Fit: what the run was fitted to, and why
    autosaved = Signal(int, str)        # step, '' or why the autosave failed
    state_changed = Signal(str)         # idle, starting, running, pausing, paused, stopping
    ended = Signal(object, object)      # DoneEvent | FailedEvent, Snapshot
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = JobRunner(self, progress=self._on_progress, done=self._on_done, refused=self._on_refused,
                                crashed=self._on_crashed)
        self.run: TrainingRun | None = None
        self.control: RunControl | None = None
        self.state = "idle"
        self.segment: Segment | None = None
        self._waiters: list[Callable] = []
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.drain)

    @property
    def active(self) -> bool:
        return self.run is not None

    # ---- commands ------------------------------------------------------------------------
    def start(self, corpus, model_cfg: ModelConfig, train_cfg: TrainConfig, resume=None,
              autosaver=None, auto=(), model_path=None, source: str = "window") -> Segment:
        """``train_cfg``'s budget counts from the model's first step (as on the command line);
        ``auto``: the settings the user left alone, for the fit to choose (a new model only);
        ``model_path``: where the run saves its model when it ends (and records it); ``source``:
        what the run store says started it."""
        start_step = resume.step if resume else 0
        start_elapsed = resume.elapsed_s if resume else 0.0
        seconds = max(train_cfg.minutes * 60 - start_elapsed, 0.0)
        seg = Segment(start_step, start_elapsed, max(train_cfg.steps - start_step, 0) if train_cfg.steps else 0,
                      seconds)
        if resume is not None:
            model_cfg = dataclasses.replace(resume.model_cfg)
        self.control = RunControl()
        self.run = TrainingRun(corpus, model_cfg, dataclasses.replace(train_cfg), resume, self.control, autosaver,
                               auto=() if resume is not None else tuple(auto), model_path=model_path,
                               source=source)
        self.segment = seg
        self.runner.submit(self.run)
        self._tick.start()
        self._set_state("starting")
        return seg

    def pause(self) -> None:
        if self.run and self.state in ("starting", "running"):
            self.control.pause()
            self._set_state("pausing")

    def resume(self) -> None:
        if self.run and self.state in ("pausing", "paused"):
            self.control.resume()
            self._set_state("running")

    def stop(self) -> None:
        if self.run and self.state != "stopping":
            self.control.stop()
            self._set_state("stopping")

    def with_snapshot(self, use: Callable) -> None:
        """Call ``use(snapshot)`` with a consistent copy taken between steps (or at the end)."""
        self._waiters.append(use)
        if self.run:
            self.control.request_snapshot()

    def finish_now(self, timeout_ms: int = 2000) -> bool:
        """Stop at once, skipping the final validation, and wait (for closing the window).
        True when the run has ended; its results are handled before returning."""
        if self.run is None:
            return True
        self.control.stop(evaluate=False)
        return self.runner.wait(timeout_ms)

    # ---- from the run (queued, on the UI thread) -------------------------------------------
    @Slot()
    def drain(self) -> None:
        q = self.run.steps if self.run is not None else None
        if not q:
            return
        events = [q.popleft() for _ in range(len(q))]
        self.stepped.emit(events)

    @Slot(object)
    def _on_progress(self, e) -> None:
        if isinstance(e, ev.StateEvent):
            if e.baseline_loss is not None:
                self.baseline.emit(e.baseline_loss)
            self._on_state(e.state)
        elif isinstance(e, ev.EvalEvent):
            self.evaluated.emit(e)
        elif isinstance(e, ev.SampleEvent):
            self.sampled.emit(e)
        elif isinstance(e, ev.NoteEvent):
            self.noted.emit(e.message)
        elif isinstance(e, ev.SnapshotEvent):
            self._serve(e.snapshot)
        elif isinstance(e, Autosaved):
            self.autosaved.emit(e.step, e.error)
        elif isinstance(e, ev.DiagnosisEvent):
            self.diagnosed.emit(e)
        elif isinstance(e, ev.FitEvent):
            self.fitted.emit(e.fit)

    def _on_state(self, state: str) -> None:
        if self.state == "stopping":
            return
        self.drain()    # the steps made before a pause belong before it on the plot
        if state in ("running", "resumed"):
            # A pause requested before the trainer started takes effect right after this.
            self._set_state("pausing" if self.state == "pausing" else "running")
        elif state == "paused":
            self._set_state("paused")

    def _serve(self, snap) -> None:
        waiters, self._waiters = self._waiters, []
        for use in waiters:
            use(snap)

    @Slot(object)
    def _on_done(self, result: RunResult) -> None:
        self.drain()
        waiters, self._waiters = self._waiters, []
        self._forget()
        for use in waiters:
            use(result.snapshot)
        self.ended.emit(result.outcome, result.snapshot)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._forget()
        self.refused.emit(message)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self._forget()
        self.crashed.emit(details)

    def _forget(self) -> None:
        self._tick.stop()
        self.run = self.control = None
        self._waiters.clear()
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
