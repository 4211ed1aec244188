"""What a training step spends outside the model's forward and backward passes, and what the
fused AdamW and the cheaper weights check save.

    python benchmarks/step_overhead.py [--corpus PATH] [--rounds 7] [--steps 40]

1. Parts: medians of the optimizer step (per-list "foreach" AdamW against torch's fused
   kernel) and of the weights check (torch._foreach_norm(params, inf) against abs().amax()
   per weight), on the default model's weights with random gradients.
2. Whole steps: the trainer itself (the default 512-unit LSTM, batch 32, 64-character
   windows, the precision auto picks, no evaluations), alternating rounds of the reference
   (foreach AdamW and the foreach norm, as before) and of today's code; the figure is the
   median time per step after a round's first ten, and the ratio today / reference.
"""

from __future__ import annotations

import argparse
import statistics
import time

import common

from rnn_studio.core import events as ev
from rnn_studio.core import guards, schedule
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import load_corpus
from rnn_studio.core.model import CharRNN
from rnn_studio.core.trainer import Trainer


def old_blown_up(params):
    import torch
    with torch.no_grad():
        largest = torch.stack(torch._foreach_norm([p.detach() for p in params], float("inf"))).max().item()
    return None if largest <= 1e30 else "became too large"


def timed(f, n: int = 60) -> float:
    for _ in range(5):
        f()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def parts(vocab: int) -> dict:
    import torch
    model = CharRNN(ModelConfig(vocab_size=vocab))
    params = list(model.parameters())
    for p in params:
        p.grad = torch.randn_like(p)
    out = {}
    for name, devices in (("adamw_foreach_ms", ()), ("adamw_fused_ms", schedule.FUSED_DEVICES)):
        schedule.FUSED_DEVICES, keep = devices, schedule.FUSED_DEVICES
        opt, _ = schedule.adamw(model, TrainConfig())
        schedule.FUSED_DEVICES = keep
        out[name] = timed(opt.step)
    out["check_foreach_norm_ms"] = timed(lambda: old_blown_up(params))
    out["check_amax_ms"] = timed(lambda: guards.blown_up(params))
    return out


def step_ms(corpus, steps: int, reference: bool) -> float:
    marks = {}
    keep = schedule.FUSED_DEVICES, guards.blown_up
    if reference:
        schedule.FUSED_DEVICES, guards.blown_up = (), old_blown_up
    try:
        cfg = TrainConfig(steps=steps, seq_len=64, eval_every=0, sample_every=0, log_every=1)
        def mark(e):
            if isinstance(e, ev.StepEvent):
                marks[e.step] = e.elapsed_s
        Trainer(corpus, ModelConfig(), cfg, callbacks=[mark]).run()
    finally:
        schedule.FUSED_DEVICES, guards.blown_up = keep
    return (marks[steps] - marks[10]) / (steps - 10) * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(common.CORPORA["tinyshakespeare"]))
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--steps", type=int, default=40)
    args = ap.parse_args()
    corpus = load_corpus(args.corpus)
    part = parts(len(corpus.vocab))
    ref, now = [], []
    for i in range(args.rounds):
        for reference in ((True, False) if i % 2 == 0 else (False, True)):
            (ref if reference else now).append(step_ms(corpus, args.steps, reference))
    result = {"parts": part, "reference_step_ms": ref, "step_ms": now,
              "median_reference_step_ms": common.median(ref), "median_step_ms": common.median(now),
              "ratio": common.median(now) / common.median(ref),
              "settings": {"corpus": args.corpus, "rounds": args.rounds, "steps": args.steps}}
    print(common.table([[k, f"{v:.2f}"] for k, v in part.items()], ["part", "median ms"]))
    print(f"\nwhole step: {result['median_reference_step_ms']:.1f} ms before, {result['median_step_ms']:.1f} ms now, "
          f"ratio {result['ratio']:.3f} ({args.rounds} rounds of {args.steps} steps each)")
    print("wrote", common.write_json("step_overhead", result))


if __name__ == "__main__":
    main()
