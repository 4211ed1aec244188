"""Recording a training run in the run store: a trainer callback.

    recorder = Recorder.begin(store, trainer, corpus, model_path="x.rnn", source="cli")
    trainer.callbacks.append(recorder)
    try:
        trainer.run()
    finally:
        recorder.close()        # a run that ended without a Done/Failed event: 'interrupted'

Step reports are kept in memory and written in batches (every ``flush_every`` reports or
``flush_s`` seconds, whichever comes first); an evaluation, the end of the run, or a failure
writes at once. A write is one short transaction of a few rows, so recording costs the
trainer's thread about a microsecond per report and well under a millisecond per batch
(benchmarks/bench_recorder.py). A failing store (a full disk, a deleted file) never stops
training: the first error is kept in ``error`` and recording stops for this run.
"""

from __future__ import annotations

import dataclasses
import math
import os
import platform
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from rnn_studio.core import events as ev
from rnn_studio.core.errors import UserError
from rnn_studio.core.runstore import RunStore

FLUSH_EVERY = 50
FLUSH_S = 2.0


def cpu_name() -> str:
    """The processor's model name ('' where the platform does not say)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith(("model name", "hardware")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run_info(trainer, corpus=None, model_path: str | os.PathLike | None = None, source: str = "cli",
             name: str | None = None) -> dict[str, Any]:
    """The run's columns that are known before it starts: settings, corpus, machine, model file."""
    import torch

    m, t, info = trainer.model_cfg, trainer.cfg, trainer.corpus_info
    return {
        "name": name, "source": source,
        "cell": m.cell, "layers": m.layers, "hidden": m.hidden,
        "parameters": sum(p.numel() for p in trainer.model.parameters()),
        "settings": {"model": dataclasses.asdict(m), "train": dataclasses.asdict(t)},
        "corpus_name": info.get("name"), "corpus_chars": info.get("chars"), "corpus_sha256": info.get("sha256"),
        "corpus_path": str(os.path.abspath(corpus.path)) if getattr(corpus, "path", "") else None,
        "corpus_bytes": getattr(corpus, "size_bytes", None),
        "machine": f"{platform.node()} ({platform.platform()})", "cpu": cpu_name(),
        "torch_version": torch.__version__, "device": str(trainer.device),
        "precision": str(trainer.dtype).removeprefix("torch."),
        "model_path": str(os.path.abspath(model_path)) if model_path else None,
        "steps": trainer.step, "chars_seen": trainer.chars_seen, "elapsed_s": trainer.elapsed_s,
    }


def done_status(reason: str) -> str:
    """A DoneEvent's reason as a run status ('budget', 'early_stop', ... are 'finished')."""
    return reason if reason in ("stopped", "diverged", "interrupted") else "finished"


def failed_status(e: ev.FailedEvent) -> str:
    """A non-finite loss or weights is a divergence; running out of memory is a failure."""
    kind = getattr(e, "kind", None)
    if isinstance(kind, str) and kind:
        return kind
    return "failed" if "out of memory" in e.message else "diverged"


class Recorder:
    def __init__(self, store: RunStore, run_id: int, flush_every: int = FLUSH_EVERY, flush_s: float = FLUSH_S,
                 on_error: Callable[[str], None] | None = None):
        self.store, self.run_id = store, run_id
        self.flush_every, self.flush_s = flush_every, flush_s
        self.on_error = on_error
        self.error: str | None = None
        self.ended = False
        self.writes = 0                      # transactions made (tests count them)
        self._reports: list[tuple] = []
        self._evals: list[tuple] = []
        self._samples: list[tuple] = []
        self._summary: dict[str, Any] = {}
        self._best: float | None = None
        self._last = time.monotonic()

    @classmethod
    def begin(cls, store: RunStore, trainer, corpus=None, model_path=None, source: str = "cli",
              name: str | None = None, **kw) -> Recorder:
        """Add the run to the store (status 'running') and return its recorder; UserError if the
        store cannot take it (a full disk, a read-only file)."""
        try:
            run_id = store.begin_run(run_info(trainer, corpus, model_path, source, name))
        except (sqlite3.Error, OSError) as exc:
            raise UserError(f"{store.path}: cannot record the run ({exc})") from None
        rec = cls(store, run_id, **kw)
        best = trainer.history.best_val_loss()       # a resumed run keeps its best so far
        rec._best = best
        return rec

    # ---- the callback --------------------------------------------------------------------------
    def __call__(self, e: ev.Event) -> None:
        if self.ended:
            return
        if isinstance(e, ev.StepEvent):
            self._reports.append((e.step, e.elapsed_s, e.chars_seen, e.train_loss, e.chars_per_s, e.lr))
            self._summary.update(steps=e.step, elapsed_s=e.elapsed_s, chars_seen=e.chars_seen,
                                 train_loss=e.train_loss, chars_per_s=e.chars_per_s)
            if len(self._reports) >= self.flush_every or time.monotonic() - self._last >= self.flush_s:
                self.flush()
        elif isinstance(e, ev.EvalEvent):
            is_best = getattr(e, "is_best", None)
            if is_best is None:
                is_best = self._best is None or e.val_loss < self._best
            self._evals.append((e.step, e.elapsed_s, e.chars_seen, e.val_loss, e.val_bpc, e.val_accuracy,
                                int(bool(is_best))))
            if is_best and math.isfinite(e.val_loss):
                self._best = e.val_loss
                self._summary.update(best_val_loss=e.val_loss, best_step=e.step)
            self._summary.update(final_val_loss=e.val_loss, final_bpc=e.val_bpc, final_accuracy=e.val_accuracy)
            self.flush()
        elif isinstance(e, ev.SampleEvent):
            self._samples.append((e.step, e.prompt, e.text))
        elif isinstance(e, ev.DoneEvent):
            best_step = getattr(e, "best_step", None)
            extra = {"best_step": best_step} if best_step is not None else {}
            self._end(done_status(e.reason), reason=e.reason, steps=e.step, elapsed_s=e.elapsed_s, **extra)
        elif isinstance(e, ev.FailedEvent):
            self._end(failed_status(e), reason="failed", message=e.message, steps=e.step)

    # ---- writing -------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write what is buffered (one transaction)."""
        self._last = time.monotonic()
        reports, evals, samples, summary = self._reports, self._evals, self._samples, self._summary
        self._reports, self._evals, self._samples, self._summary = [], [], [], {}
        self._guard(lambda: self.store.append(self.run_id, reports, evals, samples, summary))

    def _end(self, status: str, **columns: Any) -> None:
        self.flush()
        self.ended = True
        self._guard(lambda: self.store.finish(self.run_id, status, **columns))

    def set_model_path(self, path: str | os.PathLike) -> None:
        """The model file moved (the window's Save As): record where it is now."""
        self._guard(lambda: self.store.update(self.run_id, model_path=str(os.path.abspath(path))))

    def close(self, status: str = "interrupted", message: str | None = None) -> None:
        """Flush; a run that has not ended (an exception, the window closing) gets ``status``."""
        if not self.ended:
            self._end(status, reason=status, **({"message": message} if message else {}))

    def _guard(self, write: Callable[[], None]) -> None:
        if self.error is not None:
            return
        try:
            write()
            self.writes += 1
        except (sqlite3.Error, UserError, OSError) as exc:
            self.error = f"recording the run in {self.store.path} failed: {exc}; training goes on unrecorded"
            if self.on_error is not None:
                self.on_error(self.error)
