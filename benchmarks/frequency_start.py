"""Where a new model starts (``--start``, core/start.py): the kept validation loss of
fixed-step runs whose output bias starts at the characters' log frequencies against the same
runs started as torch initialises ``nn.Linear`` (every character about as likely, loss log V),
alternating by seed. Nothing else differs: the other weights draw the same random numbers.

Each run is a ``rnn-studio train`` of its own (``--no-fit``, a budget in steps, so the
machine's speed and load do not change what a run sees), with early stopping on unless the
flags say ``--no-early-stop``.

    python benchmarks/frequency_start.py --corpus ../shared/bench/tinyshakespeare.txt \\
        --flags "--hidden 512 --dropout 0 --lr 0.015 --seq-len 64" --steps 1350 --seeds 1337 1 2
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import common

ARMS = ("frequencies", "uniform")


def run(a, arm: str, seed: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        metrics = Path(tmp) / "m.jsonl"
        subprocess.run([sys.executable, "-m", "rnn_studio", "train", str(Path(a.corpus).resolve()), "--no-fit",
                        "--start", arm, *shlex.split(a.flags), "--steps", str(a.steps), "--eval-every", str(a.eval_every), "--seed", str(seed),
                        "--sample-every", "0", "--log-every", "50", "--quiet", "--out", str(Path(tmp) / "m.rnn"),
                        "--metrics-out", str(metrics)], check=True, cwd=common.HERE.parent)
        rows = [json.loads(line) for line in metrics.read_text().splitlines()]
    evals = [(r["val_loss"], r["step"]) for r in rows if "val_loss" in r]
    best, at = min(evals)
    return {"arm": arm, "seed": seed, "kept_val_loss": best, "kept_step": at, "steps": evals[-1][1],
            "curve": [[s, v] for v, s in evals]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(common.CORPORA["tinyshakespeare"]))
    ap.add_argument("--flags", default="--hidden 512 --dropout 0 --lr 0.015 --seq-len 64",
                    help="the model's and the run's settings, the same in both arms")
    ap.add_argument("--steps", type=int, default=1350)
    ap.add_argument("--eval-every", type=int, default=100)
    ap.add_argument("--arms", nargs="+", choices=ARMS, default=list(ARMS))
    ap.add_argument("--seeds", type=int, nargs="+", default=[1337, 1, 2])
    ap.add_argument("--name", default="frequency_start")
    a = ap.parse_args()
    runs = []
    for seed in a.seeds:
        for arm in a.arms:
            runs.append(run(a, arm, seed))
            r = runs[-1]
            print(f"seed {seed}, {arm}: kept {r['kept_val_loss']:.4f} at step {r['kept_step']} of {r['steps']}",
                  flush=True)
    medians = {arm: common.median([r["kept_val_loss"] for r in runs if r["arm"] == arm]) for arm in a.arms}
    print()
    print(common.table([[k, f"{v:.4f}"] for k, v in medians.items()], ["start", "kept val, median"]))
    print(f"wrote {common.write_json(a.name, {'args': vars(a), 'runs': runs, 'medians': medians})}")


if __name__ == "__main__":
    main()
