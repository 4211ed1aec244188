"""Sweeps of training settings at a fixed number of steps, so that the machine's load cannot
move the figures: each point is ``rnn-studio train CORPUS FLAGS --steps N --eval-every 0``,
scored by the full validation loss at the end (nats/char), the median over ``--seeds``.

    python benchmarks/sweep.py --preset lr                 # the learning-rate sweep
    python benchmarks/sweep.py --preset ten-minutes        # the fixed-step ten-minute table
    python benchmarks/sweep.py --preset short-768          # the 768-unit model at ~100 s
    python benchmarks/sweep.py --steps 463 --vary "--lr 0.006,0.01,0.015" --vary "--dropout 0,0.2" \
                               [--fixed "--precision float32"] [--corpus tinyshakespeare] [--seeds 1337 1]

``--vary "--flag a,b,c"`` may be given several times: the sweep runs every combination.
A preset is a list of runs, each with its own flags and steps (benchmarks/RESULTS.md says
which figure came from which preset). Results go to benchmarks/results/sweep_NAME.json and
a table. This takes hours for the presets (a point of the ten-minute table is ten minutes
of training on two cores); run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import itertools
import re
import shlex
from pathlib import Path

import common

F32, BF16 = ["--precision", "float32"], ["--precision", "bfloat16"]


def point(steps: int, *flags: str) -> dict:
    return {"steps": steps, "flags": list(flags)}


# The runs behind the tables of benchmarks/RESULTS.md (1-layer 512-unit LSTM unless the flags say).
PRESETS: dict[str, list[dict]] = {
    # peak learning rate at ≈ 100 s of float32 training (463 steps)
    "lr": [point(463, *F32, "--lr", lr) for lr in ("0.003", "0.006", "0.01", "0.015", "0.025")],
    # the GRU at the same learning rates' extremes, also at 463 steps (the original GRU runs
    # were budgeted in time; see RESULTS.md)
    "lr-gru": [point(463, *F32, "--cell", "gru", "--lr", lr) for lr in ("0.006", "0.015")],
    # ten minutes: 2,632 steps is 600 s of float32, 1,800 steps of the 768-unit model 600 s of bfloat16
    "ten-minutes": [
        point(2632, *F32, "--dropout", "0", "--lr", "0.015"),
        point(2632, *F32, "--dropout", "0.2", "--lr", "0.015"),
        point(2632, *F32, "--dropout", "0.35", "--lr", "0.015"),
        point(2632, *F32, "--dropout", "0.25", "--lr", "0.015", "--window", "contiguous"),
        point(2632, *F32, "--dropout", "0.2", "--lr", "0.015", "--min-lr-ratio", "0"),
        point(2632, *F32, "--dropout", "0.2", "--lr", "0.01"),
        point(2632, *F32, "--dropout", "0.2", "--lr", "0.006"),
        point(997, *F32, "--layers", "2", "--dropout", "0.25", "--lr", "0.006"),
        point(2632, *BF16, "--dropout", "0.2", "--lr", "0.01"),
        point(4280, *BF16, "--dropout", "0.2", "--lr", "0.01"),
        point(1800, *BF16, "--hidden", "768", "--dropout", "0.2", "--lr", "0.015"),
        point(1700, *BF16, "--hidden", "768", "--dropout", "0.3", "--lr", "0.01"),
    ],
    # the same wider models at ≈ 100 s (300 steps of bfloat16)
    "short-768": [
        point(300, *BF16, "--hidden", "768", "--dropout", "0.3", "--lr", "0.01"),
        point(300, *BF16, "--hidden", "768", "--dropout", "0.2", "--lr", "0.02"),
        point(300, *BF16, "--hidden", "768", "--dropout", "0.25", "--lr", "0.02"),
        point(300, *BF16, "--hidden", "768", "--dropout", "0.1", "--lr", "0.02"),
        point(300, *BF16, "--hidden", "640", "--dropout", "0.2", "--lr", "0.02"),
    ],
}


def grid(steps: int, fixed: list[str], vary: list[str]) -> list[dict]:
    """Every combination of the ``--vary "--flag a,b"`` values, each with the fixed flags."""
    axes = []
    for spec in vary:
        flag, values = spec.split(maxsplit=1)
        axes.append([(flag, v.strip()) for v in values.split(",")])
    return [point(steps, *fixed, *itertools.chain.from_iterable(combo)) for combo in itertools.product(*axes)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--preset", choices=sorted(PRESETS))
    ap.add_argument("--steps", type=int, help="steps of each run of a --vary grid")
    ap.add_argument("--vary", action="append", default=[], metavar='"--FLAG A,B,…"')
    ap.add_argument("--fixed", default="", metavar='"FLAGS"', help="flags given to every run of the grid")
    ap.add_argument("--corpus", default="tinyshakespeare", help=f"{' or '.join(sorted(common.CORPORA))}, or a path")
    ap.add_argument("--seeds", nargs="+", type=int, default=[1337], help="one run per seed; the median is reported")
    ap.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    a = ap.parse_args()
    if a.preset:
        points = PRESETS[a.preset]
    elif a.steps and a.vary:
        points = grid(a.steps, shlex.split(a.fixed), a.vary)
    else:
        ap.error("give --preset, or --steps with at least one --vary")
    corpus = common.CORPORA.get(a.corpus) or Path(a.corpus)
    rows, results = [], []
    for p in points:
        flags = [*p["flags"], "--steps", str(p["steps"])]
        if a.dry_run:
            print(shlex.join(["rnn-studio", "train", corpus.name, *flags, "--eval-every", "0"]))
            continue
        runs = [common.train_cli(corpus, [*flags, "--seed", str(seed)]) for seed in a.seeds]
        loss = common.median([r["val_loss"] for r in runs])
        results.append({"flags": flags, "corpus": a.corpus, "seeds": a.seeds, "val_loss_median": loss, "runs": runs})
        rows.append([" ".join(flags), f"{loss:.3f}", f"{common.median([r['elapsed_s'] for r in runs]):.0f}",
                     f"{max(r['load_after'] for r in runs):.1f}"])
        print(rows[-1], flush=True)
    if a.dry_run:
        return
    print()
    print(common.table(rows, ["flags", "val nats/char (median)", "train s", "load"]))
    name = a.preset or re.sub(r"[^a-z0-9.]+", "-", " ".join(a.vary).lower()).strip("-")
    print(f"\nwrote {common.write_json('sweep_' + name, {'args': vars(a), 'results': results})}")


if __name__ == "__main__":
    main()
