"""One training run as the window sees it: start, pause, resume, stop, progress, snapshots.

A run continues the current model when there is one: the budget the user sets is "this
much more", translated here into the engine's budget, which counts from the model's first
step. Step reports are pulled from the worker's queue by a timer (``TICK_MS``), so the UI
does a bounded amount of work per frame however fast the training reports.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.gui.workers import TrainThread

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
    autosaved = Signal(int, str)        # step, '' or why the autosave failed
    state_changed = Signal(str)         # idle, starting, running, pausing, paused, stopping
    ended = Signal(object, object)      # DoneEvent | FailedEvent, Snapshot
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread: TrainThread | None = None
        self.state = "idle"
        self.segment: Segment | None = None
        self._waiters: list[Callable] = []
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.drain)

    @property
    def active(self) -> bool:
        return self.thread is not None

    # ---- commands ------------------------------------------------------------------------
    def start(self, corpus, model_cfg: ModelConfig, train_cfg: TrainConfig, resume=None,
              autosaver=None) -> Segment:
        cfg = dataclasses.replace(train_cfg)
        start_step = resume.step if resume else 0
        start_elapsed = resume.elapsed_s if resume else 0.0
        seg = Segment(start_step, start_elapsed, cfg.steps, cfg.minutes * 60)
        if resume is not None:
            model_cfg = dataclasses.replace(resume.model_cfg)
            if cfg.steps:
                cfg.steps = start_step + cfg.steps
            else:
                cfg.minutes = start_elapsed / 60 + cfg.minutes
        t = TrainThread(corpus, model_cfg, cfg, resume, autosaver)
        t.state.connect(self._on_state)
        t.autosaved.connect(self._on_autosaved)
        t.evaluated.connect(self.evaluated)
        t.sampled.connect(self.sampled)
        t.noted.connect(self.noted)
        t.snapshotted.connect(self._on_snapshot)
        t.ended.connect(self._on_ended)
        t.refused.connect(self._on_refused)
        t.crashed.connect(self._on_crashed)
        self.thread, self.segment = t, seg
        t.launch()
        self._tick.start()
        self._set_state("starting")
        return seg

    def pause(self) -> None:
        if self.thread and self.state in ("starting", "running"):
            self.thread.pause()
            self._set_state("pausing")

    def resume(self) -> None:
        if self.thread and self.state in ("pausing", "paused"):
            self.thread.resume()
            self._set_state("running")

    def stop(self) -> None:
        if self.thread and self.state != "stopping":
            self.thread.stop()
            self._set_state("stopping")

    def with_snapshot(self, use: Callable) -> None:
        """Call ``use(snapshot)`` with a consistent copy taken between steps (or at the end)."""
        self._waiters.append(use)
        if self.thread:
            self.thread.request_snapshot()

    def finish_now(self, timeout_ms: int = 2000) -> bool:
        """Stop at once, skipping the final validation, and wait (for closing the window).
        True when the worker has ended; its results are handled before returning."""
        t = self.thread
        if t is None:
            return True
        t.stop(quick=True)
        if not t.wait(timeout_ms):
            return False
        if self.thread is t:
            if t.result is not None:
                self._end(t.result, t.final)
            else:
                self._forget()
        return True

    # ---- from the worker -------------------------------------------------------------------
    @Slot()
    def drain(self) -> None:
        t = self.thread
        if t is None or not t.steps:
            return
        q = t.steps
        events = [q.popleft() for _ in range(len(q))]
        self.stepped.emit(events)

    def _from_current(self) -> bool:
        # Signals of a run already written off (by finish_now) may still be queued.
        return self.thread is not None and self.sender() is self.thread

    @Slot(str, int)
    def _on_state(self, state: str, step: int) -> None:
        if not self._from_current() or self.state == "stopping":
            return
        self.drain()    # the steps made before a pause belong before it on the plot
        if state in ("running", "resumed"):
            # A pause requested before the trainer started takes effect right after this.
            self._set_state("pausing" if self.state == "pausing" else "running")
        elif state == "paused":
            self._set_state("paused")

    @Slot(int, str)
    def _on_autosaved(self, step: int, error: str) -> None:
        if self._from_current():
            self.autosaved.emit(step, error)

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if self._from_current():
            self._serve(snap)

    def _serve(self, snap) -> None:
        waiters, self._waiters = self._waiters, []
        for use in waiters:
            use(snap)

    @Slot(object, object)
    def _on_ended(self, result, snap) -> None:
        if self._from_current():
            self._end(result, snap)

    def _end(self, result, snap) -> None:
        self.drain()
        waiters, self._waiters = self._waiters, []
        self._forget()
        for use in waiters:
            use(snap)
        self.ended.emit(result, snap)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        if self._from_current():
            self._forget()
            self.refused.emit(message)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        if self._from_current():
            self._forget()
            self.crashed.emit(details)

    def _forget(self) -> None:
        self._tick.stop()
        self.thread = None
        self._waiters.clear()
        self._set_state("idle")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
