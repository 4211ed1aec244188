"""Compare cells: train RNN, LSTM and GRU (optionally at several depths) on one text with one
budget and otherwise the same settings, one after another, each recorded in the run store.

    queue = CompareQueue(corpus, plan(model_cfg, train_cfg, layers=(1, 2)), store=RunStore(),
                         out_dir="models", callbacks=[print])
    items = queue.run()                 # blocks; another thread may pause(), resume(), cancel()

Never in parallel: runs sharing a CPU's cores would slow each other unevenly and the
comparison would be unfair. ``pause`` holds the running trainer (and the queue between runs);
``cancel`` stops the running trainer, which keeps and saves what it trained, and skips the
rest. The callbacks hear every trainer event and a ``QueueEvent`` when a run starts or ends,
on the queue's thread. No Qt.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rnn_studio.core.config import CELLS, ModelConfig, TrainConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.events import DoneEvent


@dataclass
class QueueItem:
    index: int
    model_cfg: ModelConfig
    train_cfg: TrainConfig
    state: str = "waiting"       # waiting, running, then a run status, 'cancelled' or 'refused'
    run_id: int | None = None
    model_path: Path | None = None
    message: str = ""
    result: Any = None           # the trainer's DoneEvent or FailedEvent

    @property
    def title(self) -> str:
        m = self.model_cfg
        return f"{m.cell.upper()} {m.layers}×{m.hidden}"


@dataclass
class QueueEvent:
    """A run of the queue started ('running') or ended (its ``item.state``)."""
    index: int
    total: int
    state: str
    item: QueueItem


def plan(model_cfg: ModelConfig, train_cfg: TrainConfig, cells: Sequence[str] = CELLS,
         layers: Sequence[int] | None = None) -> list[QueueItem]:
    """One item per cell and depth (cells outer), each with copies of the same settings."""
    depths = list(layers) if layers else [model_cfg.layers]
    bad = [c for c in cells if c not in CELLS]
    if bad or not cells:
        raise UserError(f"cells must be among {', '.join(CELLS)} (got {', '.join(cells) or 'none'})")
    if any(not isinstance(d, int) or d < 1 or d > 8 for d in depths):
        raise UserError(f"layers must be whole numbers from 1 to 8 (got {', '.join(map(str, depths))})")
    configs = [(dataclasses.replace(model_cfg, cell=c, layers=d), dataclasses.replace(train_cfg))
               for c in dict.fromkeys(cells) for d in dict.fromkeys(depths)]
    return [QueueItem(i, m, t) for i, (m, t) in enumerate(configs)]


def model_file(folder: str | Path, corpus_name: str, model_cfg: ModelConfig) -> Path:
    """Where a compared run's model goes: ``sonnets-lstm-2x128.rnn`` in ``folder``."""
    from rnn_studio.core.modelfile import SUFFIX
    m = model_cfg
    return Path(folder) / f"{Path(corpus_name).stem}-{m.cell}-{m.layers}x{m.hidden}{SUFFIX}"


class CompareQueue:
    def __init__(self, corpus, items: list[QueueItem], store=None, out_dir: str | Path | None = None,
                 callbacks: Iterable[Callable[[Any], None]] = (), source: str = "compare"):
        self.corpus, self.items, self.store, self.source = corpus, items, store, source
        self.out_dir = Path(out_dir) if out_dir is not None else None
        if self.out_dir is not None and not self.out_dir.is_dir():
            raise UserError(f"{self.out_dir}: the folder does not exist")
        self.callbacks = list(callbacks)
        self.errors: list[str] = []           # recording problems (training went on)
        self._go = threading.Event()
        self._go.set()
        self._cancel = threading.Event()
        self._trainer = None

    # ---- requests from any thread ----------------------------------------------------------------
    def pause(self) -> None:
        self._go.clear()
        t = self._trainer
        if t is not None:
            t.pause()

    def resume(self) -> None:
        self._go.set()
        t = self._trainer
        if t is not None:
            t.resume()

    def cancel(self) -> None:
        self._cancel.set()
        self._go.set()
        t = self._trainer
        if t is not None:
            t.stop()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # ---- the queue -----------------------------------------------------------------------------------
    def emit(self, e: Any) -> None:
        for cb in self.callbacks:
            cb(e)

    def run(self) -> list[QueueItem]:
        for item in self.items:
            while not self._go.wait(0.05):
                pass
            if self.cancelled:
                item.state = "cancelled"
                self.emit(QueueEvent(item.index, len(self.items), item.state, item))
                continue
            self._run_one(item)
            self.emit(QueueEvent(item.index, len(self.items), item.state, item))
        return self.items

    def model_path(self, item: QueueItem) -> Path | None:
        return model_file(self.out_dir, self.corpus.name, item.model_cfg) if self.out_dir is not None else None

    def _run_one(self, item: QueueItem) -> None:
        from rnn_studio.core import modelfile
        from rnn_studio.core.recorder import Recorder, done_status, failed_status
        from rnn_studio.core.trainer import Trainer

        try:
            trainer = Trainer(self.corpus, item.model_cfg, item.train_cfg, callbacks=self.callbacks)
        except UserError as exc:
            item.state, item.message = "refused", exc.message
            return
        item.model_path = self.model_path(item)
        recorder = None
        if self.store is not None:
            try:
                recorder = Recorder.begin(self.store, trainer, self.corpus, item.model_path, self.source,
                                          on_error=self.errors.append)
            except UserError as exc:          # the comparison still runs; this run goes unrecorded
                self.errors.append(exc.message)
            else:
                trainer.callbacks.append(recorder)
                item.run_id = recorder.run_id
        item.state = "running"
        self._trainer = trainer
        if self.paused:
            trainer.pause()
        if self.cancelled:
            trainer.stop()
        self.emit(QueueEvent(item.index, len(self.items), item.state, item))
        try:
            item.result = trainer.run()
        finally:
            self._trainer = None
            if recorder is not None:
                recorder.close()
        if item.model_path is not None:
            try:
                modelfile.save(item.model_path, trainer.snapshot())
            except UserError as exc:
                item.message = exc.message
        r = item.result
        item.state = done_status(r.reason) if isinstance(r, DoneEvent) else failed_status(r)
