"""What the rollback costs a training step: the copy of the weights and of AdamW's moments
that ``guards.Rollback.keep`` makes before every step, so that a failed step is undone exactly.

    python benchmarks/rollback_cost.py [--hidden 256 512] [--batch 32] [--seq 128] [--rounds 5] [--steps 6]

One Trainer per size, run in blocks of steps (``run()`` again after each stop), alternating
blocks with the rollback's copy on and off; the figures are the ratio of the median step
times, and the median time of the copy alone (steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

import common
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.events import StepEvent
from rnn_studio.core.sizes import n_params
from rnn_studio.core.trainer import Trainer


class Blocks:
    def __init__(self, hidden: int, batch: int, seq: int, corpus: Corpus):
        cfg = TrainConfig(seq_len=seq, batch_size=batch, steps=10**8, val_fraction=0.0, eval_every=0,
                          sample_every=0, log_every=1, precision="float32")
        self.trainer = Trainer(corpus, ModelConfig(hidden=hidden), cfg, callbacks=[self.on_event])
        self.keep = self.trainer.rollback.keep
        self.times: list[float] = []

    def on_event(self, e) -> None:
        if isinstance(e, StepEvent):
            self.times.append(e.elapsed_s)
            if len(self.times) > self.n:
                self.trainer.stop()

    def block(self, n: int, rollback: bool) -> list[float]:
        self.trainer.rollback.keep = self.keep if rollback else (lambda: None)
        self.times, self.n = [], n
        self.trainer.run()
        return list(np.diff(self.times))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hidden", type=int, nargs="+", default=[256, 512])
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--steps", type=int, default=6, help="steps per block")
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    corpus = Corpus.from_text("".join(chr(32 + i) for i in rng.integers(0, 64, 200_000)), "random")
    rows, results = [], []
    for hidden in a.hidden:
        b = Blocks(hidden, a.batch, a.seq, corpus)
        b.block(2, True)                                  # warm-up
        on, off = [], []
        for _ in range(a.rounds):
            on += b.block(a.steps, True)
            off += b.block(a.steps, False)
        ratio = common.median(on) / common.median(off)
        keep = []
        for _ in range(30):
            t = time.perf_counter()
            b.keep()
            keep.append(time.perf_counter() - t)
        params = n_params(b.trainer.model_cfg)
        results.append({"hidden": hidden, "params": params, "ms_step_with": 1e3 * common.median(on),
                        "ms_step_without": 1e3 * common.median(off), "ratio": ratio,
                        "ms_keep": 1e3 * common.median(keep)})
        rows.append([f"LSTM 1x{hidden}", f"{params:,}", f"{1e3 * common.median(off):.1f}",
                     f"{1e3 * common.median(on):.1f}", f"{ratio:.3f}", f"{1e3 * common.median(keep):.2f}"])
    print(common.table(rows, ["model", "parameters", "ms/step without", "ms/step with", "ratio", "ms copy"]))
    print(common.write_json("rollback_cost", {"args": vars(a), "results": results}))


if __name__ == "__main__":
    main()
