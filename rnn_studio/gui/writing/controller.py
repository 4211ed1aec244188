"""One generation at a time: a job that writes with a numpy Stepper, relaying its text in
chunks, stopped on request."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal, Slot

from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.gui.jobs import JobRunner

FLUSH_S = 1 / 30      # generated text reaches the UI in chunks at most this often


def writing_job(weights: dict, model_cfg: ModelConfig, vocab: str, cfg: SampleConfig):
    """The job: write with a Stepper built from a snapshot's weights (a copy, so training may
    go on meanwhile), reporting the text in chunks; returns ('done'|'stopped', text)."""
    def job_fn(job) -> tuple[str, str]:
        from rnn_studio.core.sampler import generate
        from rnn_studio.core.stepper import Stepper
        from rnn_studio.core.vocab import Vocab

        stepper = Stepper({k: v.numpy() for k, v in weights.items()}, model_cfg)
        out, pending, last = [], [], time.monotonic()
        for ch in generate(stepper, Vocab(vocab, model_cfg.hangul), cfg):
            if job.cancelled:
                break
            pending.append(ch)
            now = time.monotonic()
            if now - last >= FLUSH_S:
                out.append("".join(pending))
                job.report(out[-1])
                pending.clear()
                last = now
        if pending:
            out.append("".join(pending))
            job.report(out[-1])
        return ("stopped" if job.cancelled else "done"), "".join(out)
    return job_fn


class WritingController(QObject):
    chunk = Signal(str)
    ended = Signal(str, str)            # 'done' | 'stopped', the generated text
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = JobRunner(self, progress=self._on_chunk, done=self._on_done, refused=self.refused, crashed=self.crashed)

    @property
    def active(self) -> bool:
        return self.runner.busy

    def start(self, weights: dict, model_cfg: ModelConfig, vocab: str, cfg: SampleConfig) -> None:
        self.runner.submit(writing_job(weights, model_cfg, vocab, cfg))

    def stop(self) -> None:
        """Ask the job to stop; it ends with what it wrote so far ('stopped')."""
        job = self.runner.job
        if job is not None:
            job.cancel()

    def finish_now(self, timeout_ms: int = 2000) -> bool:
        """Stop and wait (for closing the window); True when the job has ended."""
        self.stop()
        return self.runner.wait(timeout_ms)

    @Slot(object)
    def _on_chunk(self, text: str) -> None:
        self.chunk.emit(text)

    @Slot(object)
    def _on_done(self, result: tuple[str, str]) -> None:
        self.ended.emit(*result)
