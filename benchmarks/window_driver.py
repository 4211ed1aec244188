"""Drives the real window in this process for the window benchmarks: a MainWindow (offscreen
unless ``QT_QPA_PLATFORM`` says otherwise), configured through its widgets, training for a
fixed time while a QTimer probe on the UI thread records how late each tick comes.

Not a test helper: it runs event loops (``QEventLoop.exec``) freely, so it must only be used
once the engine has been imported (``open_window`` makes sure of that).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import common  # noqa: E402,F401  (sets sys.path)
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from rnn_studio import paths  # noqa: E402


def bench_corpus() -> str:
    """tinyshakespeare from ../shared/bench if present, else the bundled Shakespeare."""
    shared = common.SHARED / "tinyshakespeare.txt"
    return str(shared if shared.is_file() else paths.default_corpus())


def parse_model(text: str) -> tuple[str, int, int]:
    """'lstm:1x512' → ('lstm', 1, 512)."""
    cell, _, shape = text.partition(":")
    layers, _, hidden = shape.partition("x")
    return cell.lower(), int(layers), int(hidden)


@dataclass
class Run:
    probe_ms: float
    gaps: list[tuple[float, float]] = field(default_factory=list)     # (when, gap) in seconds
    steps: list[tuple[float, float, float]] = field(default_factory=list)   # (when, elapsed_s, chars/s)
    started: float = 0.0
    ended: float = 0.0
    reason: str = ""

    def stalls_ms(self, after: float = 0.0) -> list[float]:
        """How late each probe tick came (gap minus the interval), for ticks after ``after``."""
        return [max(g * 1000 - self.probe_ms, 0.0) for t, g in self.gaps if t > after]

    @property
    def first_step(self) -> float:
        return self.steps[0][0] if self.steps else self.ended

    def chars_per_s(self, warmup_s: float) -> list[float]:
        return [c for _, e, c in self.steps if e >= warmup_s]


def app():
    from rnn_studio.gui.app import create_application
    return create_application([])


def open_window(settings_dir: str, data_dir: str):
    """A fresh window with private settings, the engine loaded and no text loading."""
    os.environ["RNN_STUDIO_SETTINGS_DIR"] = settings_dir
    os.environ["RNN_STUDIO_DATA_DIR"] = data_dir
    from rnn_studio.gui import MainWindow
    from rnn_studio.gui.widgets import dialogs
    dialogs.ask_save = lambda parent, name: "discard"       # never block on a question
    dialogs.ask_recover = lambda parent, description: "discard"
    w = MainWindow()
    w.show()
    if not w.engine.loaded:     # as in the app: imported in the background after the first paint
        loop = QEventLoop()
        w.engineReady.connect(loop.quit)
        w.engine.failed.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    assert w.engine.loaded, w.engine.error
    # The engine thread goes on to warm up what the first Train press would otherwise import
    # (AdamW's torch._dynamo: ~800 modules); a user who presses Train at once waits for it.
    w.engine.wait(60)
    w.finish_corpus_load()
    return w


def configure(w, corpus: str, model: str, seq: int, batch: int, threads: int | None,
              quiet: bool = False) -> None:
    """``threads`` None: the window's default (TrainConfig.threads 0). ``quiet``: no
    validation or samples during the run (pure step speed)."""
    from rnn_studio.gui.widgets.fields import set_combo_value
    assert w.load_corpus(corpus), f"could not load {corpus}"
    if w.document.snapshot is not None:
        w.new_model()       # each run trains a fresh model (the unsaved one is discarded)
    cell, layers, hidden = parse_model(model)
    set_combo_value(w.model_panel.cell, cell)
    w.model_panel.layers.setValue(layers)
    w.model_panel.hidden.setValue(hidden)
    w.train_panel.seq_len.setValue(seq)
    w.train_panel.batch.setValue(batch)
    w.train_panel.steps.setValue(0)
    w.train_panel.minutes.setValue(24 * 60)     # stopped by the clock below, not by the budget
    set_combo_value(w.train_panel.device, "cpu")
    adv = w.train_panel.advanced.widgets
    adv["threads"].setValue(threads or 0)
    if "fit" in adv:        # the model named here, not one fitted to a 24-hour budget,
        adv["fit"].setChecked(False)
    if "early_stop" in adv:     # and trained for as long as asked (a long run would stop early)
        adv["early_stop"].setChecked(False)
    if quiet:   # and no validation split, so no final validation pass either
        adv["eval_every"].setValue(0)
        adv["sample_every"].setValue(0)
        adv["val_fraction"].setValue(0.0)


def train_for(w, seconds: float, probe_ms: float = 5.0, on_tick=None, tick_s: float = 0.0) -> Run:
    """Press Train, stop after ``seconds``, and wait for the run to end, probing the UI thread.
    ``on_tick()`` is called every ``tick_s`` seconds meanwhile (long-run sampling)."""
    run = Run(probe_ms)
    last = [None]

    def probe() -> None:
        now = time.perf_counter()
        if last[0] is not None:
            run.gaps.append((now, now - last[0]))
        last[0] = now

    def stepped(events) -> None:
        now = time.perf_counter()
        run.steps.extend((now, e.elapsed_s, e.chars_per_s) for e in events)

    timer = QTimer(w, interval=max(int(probe_ms), 1))
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(probe)
    w.training.stepped.connect(stepped)
    ticker = None
    if on_tick is not None and tick_s > 0:
        ticker = QTimer(w, interval=int(tick_s * 1000))
        ticker.timeout.connect(on_tick)
        ticker.start()
    loop = QEventLoop()

    def finished(reason: str) -> None:
        run.reason = reason
        loop.quit()
    w.trainingFinished.connect(finished)
    QTimer.singleShot(int(seconds * 1000), w.stop_training)
    run.started = time.perf_counter()
    timer.start()
    assert w.start_training(), "the window refused to train"
    loop.exec()
    run.ended = time.perf_counter()
    timer.stop()
    if ticker is not None:
        ticker.stop()
    w.training.stepped.disconnect(stepped)
    w.trainingFinished.disconnect(finished)
    return run


def close(w) -> None:
    from rnn_studio.gui import jobs as workers
    w.document.dirty = False
    w.close()
    workers.wait_all(10000)


def percentile(xs: list[float], q: float) -> float:
    import numpy as np
    return float(np.percentile(np.asarray(xs, dtype=float), q)) if xs else float("nan")
