"""Requests to a training run from any thread: stop, pause, resume, snapshot.

Plain flags the Trainer reads between steps, so nobody ever waits on the run. A front end
may create the control before the Trainer exists (the window does, on the UI thread, while
the worker thread is still importing torch and building the model), and the run obeys
whatever was asked meanwhile; nobody keeps a second copy of these flags.
"""

from __future__ import annotations

import threading


class RunControl:
    def __init__(self) -> None:
        self._stop = threading.Event()
        self._run = threading.Event()
        self._run.set()
        self._snap = threading.Event()
        self.final_eval = True

    def stop(self, evaluate: bool = True) -> None:
        """End the run after the current step; ``evaluate=False`` skips the final validation
        (a window that is closing should not wait for a pass over the whole split)."""
        self.final_eval = self.final_eval and evaluate
        self._stop.set()
        self._run.set()

    def pause(self) -> None:
        self._run.clear()

    def resume(self) -> None:
        self._run.set()

    def request_snapshot(self) -> None:
        self._snap.set()

    def rearm(self) -> None:
        """A new run() after a stop: the stop is spent (pause and snapshot requests stand)."""
        self._stop.clear()
        self.final_eval = True

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._run.is_set()

    def take_snapshot_request(self) -> bool:
        """True once per request."""
        if self._snap.is_set():
            self._snap.clear()
            return True
        return False

    def wait_resumed(self, timeout: float) -> bool:
        return self._run.wait(timeout)
