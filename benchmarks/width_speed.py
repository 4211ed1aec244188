"""How much slower a wider model trains, against what its matrix products say, and how well the
fit's probe (core/fitting.measure) reads each width's speed.

For each round and width, alternating: the probe, then a Trainer (fit off) for ``--steps`` steps,
its speed read from its own clock (training time, characters seen). Reported per width: medians of
the probe's and the run's chars/s and their ratio; and the run's slowdown from the first width to
each other against the ratio of their products per character (sizes.flops_per_char), which is
what the fit assumed before it probed each width.

    python benchmarks/width_speed.py [--corpus PATH] [--widths 512 768] [--rounds 3] [--steps 60]
                                     [--seq-len 64]
"""

from __future__ import annotations

import argparse
import statistics

import common

from rnn_studio.core import fitting
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import load_corpus
from rnn_studio.core.sizes import flops_per_char
from rnn_studio.core.trainer import Trainer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(common.SHARED / "tinyshakespeare.txt"))
    ap.add_argument("--widths", type=int, nargs="+", default=[512, 768])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--seq-len", type=int, default=64)
    a = ap.parse_args()
    corpus = load_corpus(a.corpus)
    rows: dict[int, list[tuple[float, float]]] = {h: [] for h in a.widths}
    flops = {}
    for r in range(a.rounds):
        for h in a.widths:
            cfg = TrainConfig(steps=a.steps, seq_len=a.seq_len, eval_every=0, sample_every=0, fit=False)
            tr = Trainer(corpus, ModelConfig(hidden=h), cfg)
            probe = fitting.measure(tr.model_cfg, tr.cfg, tr.train_ids, tr.device, tr.dtype, tr.world)
            tr.run()
            run = tr.chars_seen / tr.elapsed_s
            rows[h].append((probe, run))
            flops[h] = flops_per_char(tr.model_cfg)
            print(f"round {r}: {h} units, probe {probe:,.0f} chars/s, run {run:,.0f} chars/s", flush=True)
    med = {h: (statistics.median(p for p, _ in v), statistics.median(q for _, q in v)) for h, v in rows.items()}
    first = a.widths[0]
    print()
    print(common.table([[h, f"{p:,.0f}", f"{q:,.0f}", f"{p / q:.2f}", f"{med[first][1] / q:.2f}",
                         f"{flops[h] / flops[first]:.2f}"] for h, (p, q) in med.items()],
                       ["width", "probe chars/s", "run chars/s", "probe/run", f"run slowdown vs {first}",
                        "products ratio"]))
    out = common.write_json("width_speed", {"args": vars(a), "rows": {str(h): v for h, v in rows.items()},
                                            "medians": {str(h): m for h, m in med.items()},
                                            "flops": {str(h): f for h, f in flops.items()}})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
