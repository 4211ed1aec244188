"""One generation at a time: start it on a worker, relay its text, stop it on request."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.gui.workers import GenerateThread


class WritingController(QObject):
    chunk = Signal(str)
    ended = Signal(str, str)            # 'done' | 'stopped', the generated text
    refused = Signal(str)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread: GenerateThread | None = None

    @property
    def active(self) -> bool:
        return self.thread is not None

    def start(self, weights: dict, model_cfg: ModelConfig, vocab: str, cfg: SampleConfig) -> None:
        t = GenerateThread(weights, model_cfg, vocab, cfg)
        t.chunk.connect(self._on_chunk)
        t.ended.connect(self._on_ended)
        t.refused.connect(self._on_refused)
        t.crashed.connect(self._on_crashed)
        self.thread = t
        t.launch()

    def stop(self) -> None:
        if self.thread:
            self.thread.stop()

    def finish_now(self, timeout_ms: int = 2000) -> bool:
        """Stop and wait (for closing the window); True when the worker has ended."""
        t = self.thread
        if t is None:
            return True
        t.stop()
        done = t.wait(timeout_ms)
        if done:
            self.thread = None
        return done

    def _from_current(self) -> bool:
        return self.thread is not None and self.sender() is self.thread

    @Slot(str)
    def _on_chunk(self, text: str) -> None:
        if self._from_current():
            self.chunk.emit(text)

    @Slot(str, str)
    def _on_ended(self, reason: str, text: str) -> None:
        if self._from_current():
            self.thread = None
            self.ended.emit(reason, text)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        if self._from_current():
            self.thread = None
            self.refused.emit(message)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        if self._from_current():
            self.thread = None
            self.crashed.emit(details)
