"""Start, stop and start training 20 times in quick succession from a background thread:
no exception, no hang, and the thread count back where it began (Python threads and, on
Linux, the process's native threads)."""

from __future__ import annotations

import os
import random
import threading
import time

from robust_helpers import tiny_train

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig
from rnn_studio.core.trainer import Trainer

CYCLES = 20
JOIN_S = 20


def native_threads() -> int | None:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


def settled_native_threads(target: int = 0, timeout: float = 2.0) -> int | None:
    """The native thread count once exiting threads are gone: a joined Python thread's OS
    thread may live a few microseconds longer, so poll (until ``target`` or the timeout)."""
    deadline = time.monotonic() + timeout
    lowest = native_threads()
    while lowest is not None and lowest > target and time.monotonic() < deadline:
        time.sleep(0.01)
        lowest = min(lowest, native_threads())
    return lowest


def test_start_stop_start_twenty_times(text_corpus):
    rng = random.Random(11)
    snapshot, history_len = None, 0
    python_before = threading.active_count()
    native_before = None
    for cycle in range(CYCLES):
        trainer = Trainer(text_corpus, ModelConfig(cell="lstm", hidden=8, embedding=4),
                          tiny_train(steps=100_000, eval_every=0, log_every=1), resume=snapshot)
        outcome, errors = [], []

        def run():
            try:
                outcome.append(trainer.run())
            except BaseException as exc:   # any exception is a failure of the test
                errors.append(exc)
        thread = threading.Thread(target=run, name=f"train-{cycle}", daemon=True)
        thread.start()
        time.sleep(rng.choice([0, 0, 0.001, 0.005, 0.02]))
        if cycle % 4 == 3:                # now and then a snapshot request in flight as well
            trainer.request_snapshot()
        trainer.stop()
        thread.join(JOIN_S)
        assert not thread.is_alive(), f"cycle {cycle}: the training thread did not stop"
        assert not errors, errors
        assert isinstance(outcome[0], ev.DoneEvent) and outcome[0].reason == "stopped"
        snapshot = trainer.snapshot()     # the next start continues from here
        assert snapshot.step >= history_len and len(snapshot.history.step) == snapshot.step
        history_len = snapshot.step
        if cycle == 0:
            native_before = settled_native_threads(timeout=0.2)   # torch's pools, if any, exist after a first run
    # Threads other tests left may end meanwhile; none of ours may outlive the test.
    assert not [t for t in threading.enumerate() if t.name.startswith("train-")]
    assert threading.active_count() <= python_before
    if native_before is not None:
        assert settled_native_threads(native_before) <= native_before
    assert snapshot.step > 0, "twenty starts and not a single step"


def test_stop_before_run_and_twice(text_corpus):
    trainer = Trainer(text_corpus, ModelConfig(hidden=4, embedding=2), tiny_train(steps=50))
    trainer.stop()
    trainer.stop()
    result = trainer.run()
    assert isinstance(result, ev.DoneEvent) and result.step == 0 and result.reason == "stopped"


def test_pause_stop_from_other_threads_while_running(text_corpus):
    trainer = Trainer(text_corpus, ModelConfig(hidden=4, embedding=2), tiny_train(steps=100_000, eval_every=0))
    thread = threading.Thread(target=trainer.run, daemon=True)
    thread.start()
    pokers = [threading.Thread(target=f) for f in (trainer.pause, trainer.resume, trainer.request_snapshot,
                                                   trainer.pause, trainer.stop)]
    for p in pokers:
        p.start()
    for p in pokers:
        p.join(JOIN_S)
    thread.join(JOIN_S)
    assert not thread.is_alive()
