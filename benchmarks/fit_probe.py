"""The fit's probe (rnn_studio/core/fitting.py): what it costs, and how well its speed predicts
the run's. For each repeat, a new Trainer with a budget in minutes (so the probe runs), then
``--steps`` training steps timed by the trainer; reported: the probe's seconds, its chars/s,
and the run's chars/s after its first 10 steps, as medians, with their ratio.

    python benchmarks/fit_probe.py [--corpus PATH] [--repeats 5] [--steps 60] [--threads 2]
                                   [--hidden 512] [--precision auto]

Target: under about 1.5 s for the default model on 2 cores, and a predicted speed within
about 15% of the run's (a budget's passes are judged on it).
"""

from __future__ import annotations

import argparse
import statistics

import common

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import load_corpus
from rnn_studio.core.trainer import Trainer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(common.HERE.parent / "corpora" / "shakespeare_sonnets.txt"))
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=ModelConfig.hidden)
    ap.add_argument("--precision", default="auto")
    a = ap.parse_args()
    import torch
    torch.set_num_threads(a.threads)
    corpus = load_corpus(a.corpus)
    rows = []
    for _ in range(a.repeats):
        cfg = TrainConfig(minutes=10, eval_every=0, sample_every=0, log_every=1, precision=a.precision)
        tr = Trainer(corpus, ModelConfig(hidden=a.hidden), cfg, auto={"dropout", "lr"})
        seen = []
        tr.callbacks.append(lambda e: seen.append(e) if isinstance(e, ev.StepEvent) else None)
        tr.cfg.minutes, tr.cfg.steps = 0.0, a.steps
        tr.run()
        later = seen[10:]
        run_cps = (later[-1].chars_seen - later[0].chars_seen) / (later[-1].elapsed_s - later[0].elapsed_s)
        rows.append((tr.fit.probe_s, tr.fit.speeds[0][0], run_cps))   # the width is the user's: one probe
        print(f"probe {rows[-1][0]:.2f} s at {rows[-1][1]:,.0f} chars/s; the run {run_cps:,.0f} chars/s", flush=True)
    probe_s, probe_cps, run_cps = (statistics.median(c) for c in zip(*rows))
    print(f"\nmedians: probe {probe_s:.2f} s, {probe_cps:,.0f} chars/s; run {run_cps:,.0f} chars/s; "
          f"probe/run {probe_cps / run_cps:.2f}")
    name = "fit_probe" if a.hidden == ModelConfig.hidden else f"fit_probe_h{a.hidden}"
    out = common.write_json(name, {"args": vars(a), "rows": rows, "probe_s": probe_s,
                                   "probe_chars_per_s": probe_cps, "run_chars_per_s": run_cps})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
