"""Dropout on the inputs: the kept validation loss of fixed-step runs with each ``--input-dropout``
in ``--inputs``, the rest (the outputs' dropout, width, learning rate, window) the same,
alternating by seed; or, with ``--pairs D:I …``, each pair of the outputs' and the inputs' dropout.

Each run is a ``rnn-studio train`` of its own (``--no-fit``, a budget in steps, so the machine's
speed and load do not change what a run sees), with early stopping on, as a user's.

    python benchmarks/input_dropout.py --corpus corpora/shakespeare_sonnets.txt --hidden 768 \\
        --dropout 0.3 --lr 0.01 --steps 600 --eval-every 43 --inputs 0 0.25 --seeds 1337 1 2
    python benchmarks/input_dropout.py --corpus ../shared/bench/tinyshakespeare.txt --chars 20000 \\
        --hidden 512 --lr 0.01 --steps 300 --eval-every 10 --pairs 0.5:0 0.3:0.3 --name many_passes_20k
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


def run(a, arm: str, seed: int, corpus: str) -> dict:
    """One run of ``arm`` (an input dropout, or D:I); the kept model's figures from its metrics
    file (every evaluation)."""
    d, p = arm_dropouts(a, arm)
    with tempfile.TemporaryDirectory() as tmp:
        metrics = Path(tmp) / "m.jsonl"
        subprocess.run([sys.executable, "-m", "rnn_studio", "train", corpus, "--no-fit", "--hidden", str(a.hidden),
                        "--dropout", str(d), "--input-dropout", str(p), "--lr", str(a.lr),
                        "--seq-len", str(a.seq_len), "--steps", str(a.steps), "--eval-every", str(a.eval_every),
                        "--seed", str(seed), "--sample-every", "0", "--log-every", "50", "--quiet",
                        "--out", str(Path(tmp) / "m.rnn"), "--metrics-out", str(metrics)],
                       check=True, cwd=common.HERE.parent)
        rows = [json.loads(line) for line in metrics.read_text().splitlines()]
    evals = [(r["val_loss"], r["step"]) for r in rows if "val_loss" in r]
    best, at = min(evals)
    return {"dropout": d, "inputs": p, "seed": seed, "kept_val_loss": best, "kept_step": at, "steps": evals[-1][1],
            "final_val_loss": evals[-1][0]}


def arm_dropouts(a, arm: str) -> tuple[float, float]:
    """(outputs' dropout, inputs' dropout) of an arm: "D:I", or an input dropout with --dropout."""
    if ":" in arm:
        d, p = arm.split(":")
        return float(d), float(p)
    return a.dropout, a.dropout if arm == SAME else float(arm)


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
    ap.add_argument("--pairs", nargs="+", help="D:I pairs of the outputs' and the inputs' dropout to compare "
                    "(instead of --dropout and --inputs)")
    ap.add_argument("--chars", type=int, default=0, help="train on the corpus's first CHARS characters (0: all)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1337, 1, 2])
    ap.add_argument("--name", default="input_dropout")
    a = ap.parse_args()
    arms = a.pairs or a.inputs
    with tempfile.TemporaryDirectory() as tmp:
        corpus = a.corpus
        if a.chars:
            corpus = str(Path(tmp) / f"first{a.chars}.txt")
            text = Path(a.corpus).read_text(encoding="utf-8")[:a.chars]
            Path(corpus).write_text(text, encoding="utf-8")
        runs = []
        for seed in a.seeds:
            for arm in arms:
                runs.append(run(a, arm, seed, corpus))
                r = runs[-1]
                print(f"seed {seed}, dropout {r['dropout']:g}, inputs {r['inputs']:g}: kept {r['kept_val_loss']:.4f} "
                      f"at step {r['kept_step']} of {r['steps']}", flush=True)
    medians = {}
    for arm in arms:
        d, p = arm_dropouts(a, arm)
        key = f"{d:g}:{p:g}" if a.pairs else f"{p:g}"
        medians[key] = common.median([r["kept_val_loss"] for r in runs if (r["dropout"], r["inputs"]) == (d, p)])
    print()
    head = "dropout:inputs" if a.pairs else "input dropout"
    print(common.table([[k, f"{v:.4f}"] for k, v in medians.items()], [head, "kept val, median"]))
    out = common.write_json(a.name, {"args": vars(a), "runs": runs, "medians": medians})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
