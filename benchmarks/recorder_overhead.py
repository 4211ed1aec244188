"""What recording a run in the run store costs the training thread.

    python benchmarks/recorder_overhead.py [--steps 400] [--repeats 5]

1. Per event: microseconds the Recorder takes per step report (batched writes included, one
   transaction per 50 reports) and per evaluation (one transaction each), into a fresh store.
2. Per run: the same small training run (a 1x64 LSTM on the bundled Shakespeare, a report every
   step: the worst case) with and without the recorder, alternating, medians; the ratio is
   the slowdown recording causes.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import common

from rnn_studio.core import events as ev
from rnn_studio.core.recorder import Recorder
from rnn_studio.core.runstore import RunStore


def per_event(folder: Path, n: int = 20000) -> dict:
    store = RunStore(folder / "events.sqlite")
    rec = Recorder(store, store.begin_run({}))
    t = time.perf_counter()
    for i in range(1, n + 1):
        rec(ev.StepEvent(i, n, i * 1e-3, i * 4096, 2.0, 1e5, 1e-3, i / n, None))
    step_us = (time.perf_counter() - t) / n * 1e6
    t = time.perf_counter()
    for i in range(1, 201):
        rec(ev.EvalEvent(i, i * 1e-3, i * 4096, 1.5, 2.1, 0.5))
    eval_us = (time.perf_counter() - t) / 200 * 1e6
    store.close()
    return {"step_report_us": step_us, "evaluation_us": eval_us, "transactions": rec.writes}


def training(folder: Path, steps: int, record: bool, i: int) -> float:
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.trainer import Trainer
    from rnn_studio.paths import corpora_dir

    corpus = load_corpus(corpora_dir() / "shakespeare.txt")
    trainer = Trainer(corpus, ModelConfig(cell="lstm", hidden=64, embedding=32),
                      TrainConfig(steps=steps, seq_len=64, batch_size=16, eval_every=100, sample_every=100,
                                  sample_length=50, log_every=1, device="cpu", threads=1))
    rec = None
    if record:
        store = RunStore(folder / f"train{i}.sqlite")
        rec = Recorder.begin(store, trainer, corpus, None, "benchmark")
        trainer.callbacks.append(rec)
    t = time.perf_counter()
    trainer.run()
    dt = time.perf_counter() - t
    if rec is not None:
        rec.close()
        rec.store.close()
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        events = per_event(folder)
        plain, recorded = [], []
        training(folder, 20, False, -1)      # warm-up
        for i in range(a.repeats):
            plain.append(training(folder, a.steps, False, i))
            recorded.append(training(folder, a.steps, True, i))
    result = {**events, "steps": a.steps, "plain_s": common.median(plain), "recorded_s": common.median(recorded),
              "ratio": common.median([r / p for r, p in zip(recorded, plain)])}
    print(f"step report {events['step_report_us']:.1f} us, evaluation {events['evaluation_us']:.0f} us "
          f"({events['transactions']} transactions for 20000 reports + 200 evaluations)")
    print(f"training {a.steps} steps: {result['plain_s']:.2f} s plain, {result['recorded_s']:.2f} s recorded, "
          f"median ratio {result['ratio']:.3f}")
    print(f"wrote {common.write_json('recorder_overhead', result)}")


if __name__ == "__main__":
    main()
