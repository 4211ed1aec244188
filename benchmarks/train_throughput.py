"""Training throughput: the project's Trainer against a plain hand-written PyTorch loop.

    python benchmarks/train_throughput.py [--hidden 256] [--batch 64] [--seq 128] [--rounds 5]
                                          [--precision float32|bfloat16]

For RNN, LSTM and GRU at 1–3 layers, alternates blocks of steps of the two in one process
and reports median characters per second, achieved GFLOP/s and the share of this
machine's matmul peak in the same arithmetic, measured in the same run (a 4096×1024·1024×1024
product between blocks). The Trainer runs exactly as the window's worker runs it (a callback
receiving every event).

Both sides run in the arithmetic asked for (the plain loop under ``torch.autocast`` for
bfloat16). With ``--precision bfloat16`` a third arm, the Trainer in float32, is alternated
with the other two, and the table gives bfloat16's speed-up over it. bfloat16 work is
compared with a bfloat16 GEMM, measured the same way; the float32 arm with the float32 one.
"""

from __future__ import annotations

import argparse
import time

import common  # noqa: F401  (sets sys.path)
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.events import StepEvent
from rnn_studio.core.sizes import flops_per_char as model_flops
from rnn_studio.core.trainer import Trainer

V, E = 65, 64


def flops_per_char(cell: str, layers: int, H: int) -> float:
    """Forward matmul FLOPs per character, times 3 for forward plus backward."""
    return model_flops(ModelConfig(cell=cell, layers=layers, hidden=H, embedding=E, vocab_size=V))


class PlainLoop:
    """What a user would write by hand: torch's fused cell, embedding, head, Adam, clipping."""

    def __init__(self, cell, layers, H, B, T, ids, precision="float32"):
        self.bf16 = precision == "bfloat16"
        cls = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[cell]
        self.emb, self.rnn, self.head = nn.Embedding(V, E), cls(E, H, layers, batch_first=True), nn.Linear(H, V)
        self.params = [*self.emb.parameters(), *self.rnn.parameters(), *self.head.parameters()]
        self.opt = torch.optim.Adam(self.params, lr=1e-3)
        self.ids, self.B, self.T = ids, B, T
        self.rng = np.random.default_rng(0)

    def step(self):
        starts = torch.from_numpy(self.rng.integers(0, self.ids.numel() - self.T - 1, self.B))
        w = self.ids[starts[:, None] + torch.arange(self.T + 1)].long()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            out, _ = self.rnn(self.emb(w[:, :-1]))
            logits = self.head(out)
        loss = F.cross_entropy(logits.float().reshape(-1, V), w[:, 1:].reshape(-1))
        self.opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(self.params, 1.0)
        self.opt.step()
        loss.item()

    def block(self, n: int) -> list[float]:
        times = []
        for _ in range(n):
            t = time.perf_counter()
            self.step()
            times.append(time.perf_counter() - t)
        return times


class StudioRun:
    """The Trainer, paused between blocks exactly as the window pauses it (a flag)."""

    def __init__(self, cell, layers, H, B, T, corpus, precision="float32"):
        self.times: list[float] = []
        self.block_steps = 0
        self.last = None
        cfg = TrainConfig(seq_len=T, batch_size=B, steps=10**8, val_fraction=0.0, eval_every=0, sample_every=0,
                          log_every=1, precision=precision)
        self.trainer = Trainer(corpus, ModelConfig(cell=cell, layers=layers, hidden=H, embedding=E), cfg,
                               callbacks=[self.on_event])

    def on_event(self, e):
        if isinstance(e, StepEvent):
            now = time.perf_counter()
            if self.last is not None:
                self.times.append(now - self.last)
            self.last = now
            self.block_steps -= 1
            if self.block_steps <= 0:
                self.trainer.stop()

    def block(self, n: int) -> list[float]:
        self.times, self.last, self.block_steps = [], None, n + 1
        self.trainer.run()          # after a stop, run() goes on from where it stopped
        return self.times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--steps", type=int, default=4, help="steps per block")
    ap.add_argument("--cells", default="rnn,lstm,gru")
    ap.add_argument("--layers", default="1,2,3")
    ap.add_argument("--precision", choices=("float32", "bfloat16"), default="float32")
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    text = "".join(chr(32 + i) for i in rng.integers(0, V, 400_000))
    corpus = Corpus.from_text(text, "random")
    peak, peak16 = [], []        # float32 and (with --precision bfloat16) bfloat16 GEMM GFLOP/s
    bf16 = a.precision == "bfloat16"
    rows, results = [], []
    for cell in a.cells.split(","):
        for layers in map(int, a.layers.split(",")):
            torch.manual_seed(0)
            args = (cell, layers, a.hidden, a.batch, a.seq)
            plain = PlainLoop(*args, torch.from_numpy(corpus.ids), a.precision)
            studio = StudioRun(*args, corpus, a.precision)
            ref = StudioRun(*args, corpus, "float32") if a.precision != "float32" else None
            arms = [plain, studio] + ([ref] if ref else [])
            for arm in arms:
                arm.block(2)                                     # warm up
            times = [[] for _ in arms]
            for _ in range(a.rounds):
                peak.append(common.matmul_peak_gflops())
                if bf16:
                    peak16.append(common.matmul_peak_gflops(dtype="bfloat16"))
                for arm, t in zip(arms, times):
                    t += arm.block(a.steps)
            chars = a.batch * a.seq
            cp, cs = chars / common.median(times[0]), chars / common.median(times[1])
            c32 = chars / common.median(times[2]) if ref else cs
            fpc = flops_per_char(cell, layers, a.hidden)
            pk = common.median(peak)
            pk_own = common.median(peak16) if bf16 else pk     # the peak in the arithmetic the run uses
            r = {"cell": cell, "layers": layers, "hidden": a.hidden, "batch": a.batch, "seq": a.seq,
                 "plain_chars_per_s": cp, "studio_chars_per_s": cs, "ratio": cs / cp,
                 "studio_gflops": cs * fpc / 1e9, "plain_gflops": cp * fpc / 1e9,
                 "studio_pct_peak": 100 * cs * fpc / 1e9 / pk_own, "peak_gflops": pk_own, "precision": a.precision,
                 "float32_peak_gflops": pk,
                 "studio_float32_chars_per_s": c32, "speedup_over_float32": cs / c32,
                 "studio_float32_pct_float32_peak": 100 * c32 * fpc / 1e9 / pk}
            results.append(r)
            rows.append([f"{cell.upper()} {layers}x{a.hidden}", f"{cp:,.0f}", f"{cs:,.0f}", f"{cs / cp:.2f}x",
                         f"{r['studio_gflops']:.0f}", f"{r['studio_pct_peak']:.0f}%"]
                        + ([f"{c32:,.0f}", f"{r['studio_float32_pct_float32_peak']:.0f}%", f"{cs / c32:.2f}x"]
                           if ref else []))
            print(rows[-1], flush=True)
    print(f"\nbatch {a.batch}, seq {a.seq}, {a.precision}; fp32 matmul peak (median) "
          f"{common.median(peak):.0f} GFLOP/s"
          + (f", bf16 matmul peak (median) {common.median(peak16):.0f} GFLOP/s" if bf16 else "") + "\n")
    extra = ["RNN Studio float32 c/s", "float32: % fp32 peak", "bfloat16 speed-up"] if bf16 else []
    print(common.table(rows, ["model", "plain loop c/s", "RNN Studio c/s", "ratio", "GFLOP/s",
                              "% bf16 peak" if bf16 else "% fp32 peak", *extra]))
    name = ("train_throughput" + ("" if a.precision == "float32" else f"_{a.precision}")
            + ("" if a.hidden == 256 else f"_h{a.hidden}"))
    path = common.write_json(name, {"args": vars(a), "results": results,
                                    "peak_gflops_median": common.median(peak),
                                    **({"bfloat16_peak_gflops_median": common.median(peak16)} if bf16 else {})})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
