"""The threads that train, write and save, so the UI thread never waits on any of them.

Only plain data crosses threads: events (numbers and strings), snapshots (detached CPU
tensors) and text. Each signal is emitted on the worker thread and delivered to the UI
thread by a queued connection; the receiving methods are marked ``@Slot`` (PySide6 6.8+
has crashed without it, PYSIDE-3124).

A running thread is kept in ``_live`` and has no Qt parent, so closing or deleting the
window can never destroy a QThread that is still running ("QThread: Destroyed while
thread is still running" aborts the process). ``wait_all`` is the last thing the
application does.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections import deque
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QThread, Signal, Slot

from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.core.errors import UserError

_live: set[QThread] = set()
FLUSH_S = 1 / 30      # generated text reaches the UI in chunks at most this often


def live_threads() -> list[QThread]:
    return [t for t in _live if t.isRunning()]


def wait_all(timeout_ms: int = 5000) -> bool:
    """Wait for every worker to end; True when none is left running."""
    deadline = QDeadlineTimer(timeout_ms)
    for t in list(_live):
        t.wait(deadline)
    return not live_threads()


class Worker(QThread):
    """Runs ``work()``; a ``UserError`` becomes ``refused`` (a message for the user), any
    other exception ``crashed`` (a bug report, never a silent death)."""

    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.error: str | None = None       # the UserError's message, once run
        self.crash: str | None = None       # the traceback of an unexpected exception
        self.finished.connect(self._untrack)

    def launch(self) -> None:
        _live.add(self)
        self.start()

    def run(self) -> None:
        try:
            self.work()
        except UserError as exc:
            self.error = str(exc)
            self.refused.emit(self.error)
        except Exception:  # shown to the user as an internal error, with the details
            self.crash = traceback.format_exc()
            self.crashed.emit(self.crash)

    def work(self) -> None:
        raise NotImplementedError

    @Slot()
    def _untrack(self) -> None:
        # ``finished`` is emitted just before the thread really ends: wait out that moment
        # before the last reference may go.
        self.wait()
        _live.discard(self)


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


class TrainThread(Worker):
    """Builds the Trainer (which imports torch and allocates the model) and runs it.

    Step reports go into ``steps``, a deque the UI drains on its own timer, so a fast run
    costs the UI one timer tick per frame instead of a queued signal per report."""

    state = Signal(str, int)
    evaluated = Signal(object)          # EvalEvent
    sampled = Signal(object)            # SampleEvent
    noted = Signal(str)
    snapshotted = Signal(object)        # Snapshot, made between steps on request
    autosaved = Signal(int, str)        # step, '' or why the autosave failed
    ended = Signal(object, object)      # DoneEvent | FailedEvent, final Snapshot

    def __init__(self, corpus, model_cfg: ModelConfig, train_cfg: TrainConfig, resume=None,
                 autosaver=None):
        super().__init__()
        self.corpus, self.model_cfg, self.train_cfg, self.resume_from = corpus, model_cfg, train_cfg, resume
        # core.autosave.Autosaver: no Qt, its own lock; used only from this thread while it runs.
        self.autosaver = autosaver
        # Absolute, so the next start finds the text whatever its working folder.
        self.corpus_path = str(Path(corpus.path).resolve()) if getattr(corpus, "path", "") else None
        self._autosave_error: str | None = None
        self._snapshot_fn = None
        self.steps: deque = deque()
        self.trainer = None
        self.result = self.final = None
        self._lock = threading.Lock()
        self._stop, self._quick, self._pause, self._snap = False, False, False, False

    # ---- requests from the UI thread (flags; nothing here waits) -----------------------
    def stop(self, quick: bool = False) -> None:
        with self._lock:
            self._stop, self._quick = True, self._quick or quick
            if self.trainer is not None:
                _stop(self.trainer, self._quick)

    def pause(self) -> None:
        with self._lock:
            self._pause = True
            if self.trainer is not None:
                self.trainer.pause()

    def resume(self) -> None:
        with self._lock:
            self._pause = False
            if self.trainer is not None:
                self.trainer.resume()

    def request_snapshot(self) -> None:
        with self._lock:
            self._snap = True
            if self.trainer is not None:
                self.trainer.request_snapshot()

    # ---- the worker thread ----------------------------------------------------------------
    def work(self) -> None:
        import torch

        from rnn_studio.core.trainer import Trainer

        default = gui_threads()     # read before this run's Trainer may change it
        if self.train_cfg.threads == 0:
            # Set here, not in the settings, so a model file keeps "0" (the CLI's "all").
            torch.set_num_threads(default)
        trainer = Trainer(self.corpus, self.model_cfg, self.train_cfg, resume=self.resume_from,
                          callbacks=[self._on_event])
        self.resume_from = None     # the trainer holds its own copy; free this one early
        with self._lock:
            self.trainer = trainer
            if self._stop:
                _stop(trainer, self._quick)
            if self._pause:
                trainer.pause()
            if self._snap:
                trainer.request_snapshot()
        self._snapshot_fn = trainer.snapshot
        saves_before = self.autosaver.saves if self.autosaver is not None else 0
        result = trainer.run()
        self.result, self.final = result, trainer.snapshot()
        self._snapshot_fn = None
        with self._lock:
            self.trainer = None     # free the model and optimiser with this thread
        if self.autosaver is not None and self.autosaver.every_s > 0 and self.autosaver.saves > saves_before:
            # The recovery file is older than the end of this run: bring it up to date.
            self._autosave(lambda: self.autosaver.save_now(self.final, self.corpus_path), self.final.step)
        self.ended.emit(self.result, self.final)

    def _autosave(self, attempt, step: int) -> None:
        saver, before = self.autosaver, self.autosaver.saves
        attempt()
        if saver.saves != before:
            self._autosave_error = None
            self.autosaved.emit(step, "")
        elif saver.last_error and saver.last_error != self._autosave_error:
            self._autosave_error = saver.last_error     # each failure is reported once
            self.autosaved.emit(-1, saver.last_error)

    def _on_event(self, e) -> None:
        kind = type(e).__name__
        if kind == "StepEvent":
            self.steps.append(e)
            if self.autosaver is not None and self._snapshot_fn is not None and self.autosaver.due():
                # Between two steps, in this thread: the UI never waits for the write.
                self._autosave(lambda: self.autosaver.maybe_save(self._snapshot_fn, self.corpus_path),
                               e.step)
        elif kind == "EvalEvent":
            self.evaluated.emit(e)
        elif kind == "SampleEvent":
            self.sampled.emit(e)
        elif kind == "NoteEvent":
            self.noted.emit(e.message)
        elif kind == "StateEvent":
            self.state.emit(e.state, e.step)
        elif kind == "SnapshotEvent":
            with self._lock:
                self._snap = False
            self.snapshotted.emit(e.snapshot)
        # DoneEvent / FailedEvent: run() returns it, and ``ended`` carries it with the snapshot.


def _stop(trainer, quick: bool) -> None:
    # Closing must not wait for the final validation pass over the whole held-out text
    # (seconds for a large model).
    trainer.stop(evaluate=not quick)


class GenerateThread(Worker):
    """Writes with a numpy Stepper built from a snapshot's weights (a copy, so training may
    go on meanwhile), emitting the text in chunks as it is made."""

    chunk = Signal(str)
    ended = Signal(str, str)            # 'done' or 'stopped', the whole generated text

    def __init__(self, weights: dict, model_cfg: ModelConfig, vocab: str, cfg: SampleConfig):
        super().__init__()
        self.weights, self.model_cfg, self.vocab, self.cfg = weights, model_cfg, vocab, cfg
        self._halt = threading.Event()
        self.text = ""

    def stop(self) -> None:
        self._halt.set()

    def work(self) -> None:
        from rnn_studio.core.sampler import generate
        from rnn_studio.core.stepper import Stepper
        from rnn_studio.core.vocab import Vocab

        stepper = Stepper({k: v.numpy() for k, v in self.weights.items()}, self.model_cfg)
        self.weights = None
        out, pending, last = [], [], time.monotonic()
        for ch in generate(stepper, Vocab(self.vocab), self.cfg):
            if self._halt.is_set():
                break
            pending.append(ch)
            now = time.monotonic()
            if now - last >= FLUSH_S:
                out.append("".join(pending))
                self.chunk.emit(out[-1])
                pending.clear()
                last = now
        if pending:
            out.append("".join(pending))
            self.chunk.emit(out[-1])
        self.text = "".join(out)
        self.ended.emit("stopped" if self._halt.is_set() else "done", self.text)


class SaveThread(Worker):
    """Writes a model file (atomically, in the core), off the UI thread."""

    saved = Signal(str)

    def __init__(self, path: str, snapshot):
        super().__init__()
        self.path, self.snapshot = path, snapshot

    def work(self) -> None:
        from rnn_studio.core import modelfile

        modelfile.save(self.path, self.snapshot)
        self.saved.emit(self.path)
