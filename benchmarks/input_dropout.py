"""Dropout on the inputs: the kept validation loss of fixed-step runs with each ``--input-dropout``
in ``--inputs``, the rest (the outputs' dropout, width, learning rate, window) the same,
alternating by seed.

Each run is a ``rnn-studio train`` of its own (``--no-fit``, a budget in steps, so the machine's
speed and load do not change what a run sees), with early stopping on, as a user's.

    python benchmarks/input_dropout.py --corpus corpora/shakespeare_sonnets.txt --hidden 768 \\
        --dropout 0.3 --lr 0.01 --steps 600 --eval-every 43 --inputs 0 0.25 --seeds 1337 1 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import common

SAME = "same"


def run(a, inputs: str, seed: int) -> dict:
    """One run; the kept model's figures from its metrics file (every evaluation)."""
    p = a.dropout if inputs == SAME else float(inputs)
    with tempfile.TemporaryDirectory() as tmp:
        metrics = Path(tmp) / "m.jsonl"
        subprocess.run([sys.executable, "-m", "rnn_studio", "train", a.corpus, "--no-fit", "--hidden", str(a.hidden),
                        "--dropout", str(a.dropout), "--input-dropout", str(p), "--lr", str(a.lr),
                        "--seq-len", str(a.seq_len), "--steps", str(a.steps), "--eval-every", str(a.eval_every),
                        "--seed", str(seed), "--sample-every", "0", "--log-every", "50", "--quiet",
                        "--out", str(Path(tmp) / "m.rnn"), "--metrics-out", str(metrics)],
                       check=True, cwd=common.HERE.parent)
        rows = [json.loads(line) for line in metrics.read_text().splitlines()]
    evals = [(r["val_loss"], r["step"]) for r in rows if "val_loss" in r]
    best, at = min(evals)
    return {"inputs": p, "seed": seed, "kept_val_loss": best, "kept_step": at, "steps": evals[-1][1],
            "final_val_loss": evals[-1][0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(common.HERE.parent / "corpora" / "shakespeare_sonnets.txt"))
    ap.add_argument("--hidden", type=int, default=768)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--seq-len", type=int, default=64)
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--eval-every", type=int, default=43)
    ap.add_argument("--inputs", nargs="+", default=["0", SAME], help=f"input dropouts to compare ({SAME}: --dropout)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1337, 1, 2])
    ap.add_argument("--name", default="input_dropout")
    a = ap.parse_args()
    runs = []
    for seed in a.seeds:
        for inputs in a.inputs:
            runs.append(run(a, inputs, seed))
            r = runs[-1]
            print(f"seed {seed}, inputs {r['inputs']:g}: kept {r['kept_val_loss']:.4f} at step {r['kept_step']} "
                  f"of {r['steps']}", flush=True)
    medians = {}
    for inputs in a.inputs:
        p = a.dropout if inputs == SAME else float(inputs)
        medians[f"{p:g}"] = common.median([r["kept_val_loss"] for r in runs if r["inputs"] == p])
    print()
    print(common.table([[k, f"{v:.4f}"] for k, v in medians.items()], ["input dropout", "kept val, median"]))
    out = common.write_json(a.name, {"args": vars(a), "runs": runs, "medians": medians})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
