"""One job runner for every background task of the window: read a text, train, write, save,
score, inspect.

A job is a plain function ``fn(job)`` run on a worker thread. It returns its result, may call
``job.report(obj)`` to pass plain data to the UI thread on the way, and reads
``job.cancelled`` between its steps. A ``JobRunner`` runs one job at a time; submitting
another asks the running one to cancel and drops everything it still sends, so the UI only
ever hears from the newest job. A ``UserError`` becomes ``refused`` (words for the user),
any other exception ``crashed`` (a bug report, never a silent death).

Signals are emitted on the worker thread and delivered to the UI thread by queued
connections; the receiving methods are marked ``@Slot`` (PySide6 6.8+ has crashed without
it, PYSIDE-3124). A running thread is kept in ``_live`` and has no Qt parent, so closing
the window can never destroy a QThread that is still running ("QThread: Destroyed while
thread is still running" aborts the process); ``wait_all`` is the last thing the
application does.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal, Slot

from rnn_studio.core.errors import UserError
from rnn_studio.gui.language import tr

_live: set[QThread] = set()


def live_threads() -> list[QThread]:
    return [t for t in _live if t.isRunning()]


def wait_all(timeout_ms: int = 5000) -> bool:
    """Wait for every worker to end; True when none is left running."""
    deadline = QDeadlineTimer(timeout_ms)
    for t in list(_live):
        t.wait(deadline)
    return not live_threads()


class Job:
    """What a job's function sees: a cancel flag, and a way to report plain data."""

    def __init__(self, thread: _JobThread):
        self._thread = thread
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, data: Any) -> None:
        """Send ``data`` (plain data only) to the UI thread, in order."""
        self._thread.progressed.emit(data)


class _JobThread(QThread):
    progressed = Signal(object)
    succeeded = Signal(object)
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, fn: Callable[[Job], Any]):
        super().__init__()
        self.fn = fn
        self.job = Job(self)
        self.outcome: tuple[str, Any] | None = None     # ('done'|'refused'|'crashed', value)
        self.finished.connect(self._untrack)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except UserError as exc:
            self.outcome = ("refused", str(exc))
            self.refused.emit(str(exc))
        except Exception:  # shown to the user as an internal error, with the details
            self.outcome = ("crashed", traceback.format_exc())
            self.crashed.emit(self.outcome[1])
        else:
            self.outcome = ("done", result)
            self.succeeded.emit(result)
        finally:
            self.fn = None      # free what the job's closure holds (a model, a text) with it

    @Slot()
    def _untrack(self) -> None:
        # ``finished`` comes just before the thread really ends: wait out that moment before
        # the last reference may go.
        self.wait()
        _live.discard(self)


class JobRunner(QObject):
    """One job at a time; the newest job wins. Everything it emits is on the UI thread."""

    progress = Signal(object)   # what the job reported
    done = Signal(object)       # what the job returned
    refused = Signal(str)       # a UserError's words
    crashed = Signal(str)       # a traceback

    def __init__(self, parent: QObject | None = None, *, progress: Callable | None = None,
                 done: Callable | None = None, refused: Callable | None = None, crashed: Callable | None = None):
        """``progress``, ``done``, ``refused``, ``crashed``: where each signal goes (or connect later)."""
        super().__init__(parent)
        self._thread: _JobThread | None = None
        for signal, slot in ((self.progress, progress), (self.done, done), (self.refused, refused),
                             (self.crashed, crashed)):
            if slot is not None:
                signal.connect(slot)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def job(self) -> Job | None:
        return self._thread.job if self._thread is not None else None

    def submit(self, fn: Callable[[Job], Any]) -> Job:
        """Start ``fn(job)`` on a worker thread; a job still running is cancelled and unheard."""
        self.cancel()
        t = _JobThread(fn)
        t.progressed.connect(self._on_progress)
        t.succeeded.connect(self._on_done)
        t.refused.connect(self._on_refused)
        t.crashed.connect(self._on_crashed)
        self._thread = t
        _live.add(t)
        t.start()
        return t.job

    def cancel(self) -> None:
        """Ask the running job to stop and forget it: nothing more is heard from it."""
        t, self._thread = self._thread, None
        if t is not None:
            t.job.cancel()

    def abandon(self) -> None:
        """Forget the running job without cancelling it (it ends by itself, unheard)."""
        self._thread = None

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the running job ends and deliver its outcome now, before returning
        (for closing the window, and for scripts). True when no job is left running."""
        t = self._thread
        if t is None:
            return True
        if not t.wait(timeout_ms):
            return False
        if self._thread is t:      # not already delivered by a queued signal
            self._deliver(t)
        return True

    # ---- from the worker (queued) ------------------------------------------------------
    def _current(self) -> _JobThread | None:
        t = self.sender()
        return t if t is not None and t is self._thread else None

    @Slot(object)
    def _on_progress(self, data: Any) -> None:
        if self._current() is not None:
            self.progress.emit(data)

    @Slot(object)
    def _on_done(self, _result: Any) -> None:
        t = self._current()
        if t is not None:
            self._deliver(t)

    @Slot(str)
    def _on_refused(self, _message: str) -> None:
        t = self._current()
        if t is not None:
            self._deliver(t)

    @Slot(str)
    def _on_crashed(self, _details: str) -> None:
        t = self._current()
        if t is not None:
            self._deliver(t)

    def _deliver(self, t: _JobThread) -> None:
        self._thread = None
        kind, value = t.outcome
        {"done": self.done, "refused": self.refused, "crashed": self.crashed}[kind].emit(value)


def view_runner(view: QObject, done: Callable, refused: Callable[[str], None]) -> JobRunner:
    """A runner for a view that shows its own refusals in place (no dialog): a crash is
    shown there too, as "internal error:" and its details."""
    return JobRunner(view, done=done, refused=refused,
                     crashed=lambda details: refused(tr("internal error:\n") + details))
