"""Time to quality: the full validation loss that the default settings reach in a fixed
amount of training time, and a small table of cells × depths after Karpathy, Johnson and
Fei-Fei (2015), Table 1.

    python benchmarks/time_to_quality.py defaults [--corpus tinyshakespeare] [--seconds 100 600]
                                                  [--flags "--hidden 768 --dropout 0.3 --lr 0.01"]
    python benchmarks/time_to_quality.py table [--corpus warpeace] [--seconds 100]

Validation is the last 10% of the text, evaluated whole with the hidden state carried.
Each run goes through ``rnn-studio train`` (the CLI), with ``--minutes`` as the budget; the
budget counts training steps only, so the load average is recorded beside each figure:
on a shared machine, a busy neighbour costs steps.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import common

CORPORA = common.CORPORA


def train(corpus: Path, seconds: float, extra: list[str]) -> dict:
    """One CLI training run with a budget of ``seconds`` of training time; the final evaluation."""
    return common.train_cli(corpus, ["--minutes", f"{seconds / 60:.6f}", *extra])


def defaults(a) -> None:
    rows, results = [], []
    for name in a.corpus:
        for seconds in a.seconds:
            r = train(CORPORA[name], seconds, a.flags.split())
            r.update(corpus=name, seconds=seconds, flags=a.flags)
            results.append(r)
            rows.append([name, f"{seconds:g}", f"{r['val_loss']:.3f}", f"{r['val_bpc']:.3f}",
                         f"{r['val_accuracy']:.1%}", f"{r['chars_seen']:,}", f"{r['load_after']:.1f}"])
            print(rows[-1], flush=True)
    print()
    print(common.table(rows, ["corpus", "seconds", "val nats/char", "bits/char", "accuracy", "chars seen", "load"]))
    settings = re.sub(r"[^a-z0-9.]+", "-", a.flags.lower()).strip("-")
    name = "time_to_quality_" + (settings or "defaults") + "_" + "_".join(f"{s:g}s" for s in a.seconds)
    print(f"\nwrote {common.write_json(name, {'args': vars(a), 'results': results})}")


def table(a) -> None:
    rows, results = [], []
    for name in a.corpus:
        for cell in a.cells.split(","):
            for layers in map(int, a.layers.split(",")):
                extra = ["--cell", cell, "--layers", str(layers), "--hidden", str(a.hidden)]
                r = train(CORPORA[name], a.seconds[0], extra)
                r.update(corpus=name, cell=cell, layers=layers, hidden=a.hidden, seconds=a.seconds[0])
                results.append(r)
                rows.append([name, f"{cell.upper()} {layers}x{a.hidden}", f"{r['val_loss']:.3f}",
                             f"{r['chars_seen']:,}", f"{r['load_after']:.1f}"])
                print(rows[-1], flush=True)
    print()
    print(common.table(rows, ["corpus", "model", "val nats/char", "chars seen", "load"]))
    print(f"\nwrote {common.write_json('time_to_quality_table', {'args': vars(a), 'results': results})}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["defaults", "table"])
    ap.add_argument("--corpus", nargs="+", default=["tinyshakespeare"], choices=list(CORPORA))
    ap.add_argument("--seconds", nargs="+", type=float, default=[100.0])
    ap.add_argument("--cells", default="rnn,lstm,gru")
    ap.add_argument("--layers", default="1,2,3")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--flags", default="", help="settings added to every defaults run (rnn-studio train flags)")
    a = ap.parse_args()
    (defaults if a.what == "defaults" else table)(a)


if __name__ == "__main__":
    main()
