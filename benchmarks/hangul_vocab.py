"""Syllables or jamo? Validation loss per original character on Korean texts, same budget.

Trains one model per (text, --hangul mode) with ``rnn-studio train`` (in this process, one
run at a time) and reads the last evaluation from its metrics file. ``val_loss_per_char``
is nats per character of the text in both modes (core/evaluate.py), so the two compare.

    python benchmarks/hangul_vocab.py                       # the README's table (4 runs)
    python benchmarks/hangul_vocab.py --steps 1000 --hidden 256 corpora/korean_constitution.txt
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from rnn_studio.cli import main
from rnn_studio.core.corpus import load_corpus
from rnn_studio.core.hangul import to_jamo

TEXTS = ["corpora/korean_constitution.txt", "corpora/korean_bills.txt"]


def run(text: str, mode: str, args, folder: Path) -> dict:
    metrics = folder / f"{Path(text).stem}-{mode}.jsonl"
    argv = ["train", text, "--hangul", mode, "--steps", str(args.steps), "--hidden", str(args.hidden),
            "--embedding", str(args.embedding), "--seq-len", str(args.seq_len), "--batch-size", str(args.batch_size),
            "--eval-every", "0", "--sample-every", "0", "--precision", "float32", "--seed", str(args.seed),
            "--threads", str(args.threads), "--quiet", "--out", str(folder / f"{mode}.rnn"),
            "--metrics-out", str(metrics)]
    print("rnn-studio " + " ".join(argv), flush=True)
    if main(argv) != 0:
        raise SystemExit(f"the run on {text} ({mode}) failed")
    return [json.loads(line) for line in metrics.read_text().splitlines() if "val_loss" in line][-1]


def main_(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("texts", nargs="*", default=TEXTS)
    p.add_argument("--steps", type=int, default=150)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--embedding", type=int, default=16)
    p.add_argument("--seq-len", type=int, default=64)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for text in args.texts:
            corpus = load_corpus(text)
            raw = corpus.vocab.decode(corpus.ids)
            result = {m: run(text, m, args, Path(tmp)) for m in ("off", "jamo")}
            rows.append((Path(text).name, corpus.n_chars, len(corpus.vocab), len(set(to_jamo(raw))),
                         result["off"]["val_loss_per_char"], result["jamo"]["val_loss_per_char"]))
    print("\n| text | characters | vocabulary: syllables → jamo | val loss/char, syllables | "
          "val loss/char, jamo | jamo vs syllables |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n, v_off, v_jamo, off, jamo in rows:
        print(f"| `{name}` | {n:,} | {v_off} → {v_jamo} | {off:.4f} | {jamo:.4f} | {100 * (jamo / off - 1):+.1f}% |")


if __name__ == "__main__":
    main_()
