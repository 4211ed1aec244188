"""nanoGPT's CPU recipe ("baby GPT": 4 layers, 4 heads, 128 wide, context 64, batch 12) on
the same machine and text, with the same kind of budget as time_to_quality.py.

    python benchmarks/nanogpt_reference.py --nanogpt PATH/TO/nanoGPT [--seconds 100]

nanoGPT is not vendored: point ``--nanogpt`` at a checkout (github.com/karpathy/nanoGPT).
Its data is written here the way its ``prepare.py`` does (sorted characters, last 10% held
out). A short timing run measures milliseconds per iteration; the real run then gets as
many iterations as fit in the budget, with its learning rate decayed over exactly those,
as our runs decay over theirs. Two validation figures are reported: nanoGPT's own estimate
(200 random windows, every position scored, so the average context is ~32 characters) and a
full pass over the validation text with sliding windows, each character scored with 32 to
64 characters of context, the nearest a 64-character model gets to our carried-state pass.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import common
import numpy as np
import torch

RECIPE = ["config/train_shakespeare_char.py", "--device=cpu", "--compile=False", "--block_size=64",
          "--batch_size=12", "--n_layer=4", "--n_head=4", "--n_embd=128", "--dropout=0.0",
          "--log_interval=1", "--always_save_checkpoint=True"]


def prepare(work: Path, text: str) -> None:
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    ids = np.array([stoi[c] for c in text], dtype=np.uint16)
    n = int(len(ids) * 0.9)
    data = work / "data" / "shakespeare_char"
    data.mkdir(parents=True)
    ids[:n].tofile(data / "train.bin")
    ids[n:].tofile(data / "val.bin")
    with open(data / "meta.pkl", "wb") as f:     # nanoGPT reads its vocabulary size from here
        pickle.dump({"vocab_size": len(chars), "itos": dict(enumerate(chars)), "stoi": stoi}, f)


def run(work: Path, iters: int, eval_iters: int) -> tuple[list[float], float]:
    """Train; returns the per-iteration times (ms, evaluations excluded) and nanoGPT's val loss."""
    cmd = [sys.executable, "train.py", *RECIPE, f"--max_iters={iters}", f"--lr_decay_iters={iters}",
           f"--eval_interval={iters}", f"--eval_iters={eval_iters}", "--warmup_iters=100"]
    out = subprocess.run(cmd, cwd=work, capture_output=True, text=True, check=True).stdout
    times = [float(ms) for it, ms in re.findall(r"iter (\d+): loss [\d.]+, time ([\d.]+)ms", out)
             if int(it) % iters]
    val = float(re.findall(r"step \d+: train loss [\d.]+, val loss ([\d.]+)", out)[-1])
    return times, val


@torch.inference_mode()
def full_validation(work: Path, nanogpt: Path) -> float:
    sys.path.insert(0, str(nanogpt))
    from model import GPT, GPTConfig   # nanoGPT's own model code
    ck = torch.load(work / "out-shakespeare-char" / "ckpt.pt", map_location="cpu", weights_only=True)
    model = GPT(GPTConfig(**ck["model_args"]))
    model.load_state_dict({k.removeprefix("_orig_mod."): v for k, v in ck["model"].items()})
    model.eval()
    val = torch.from_numpy(np.fromfile(work / "data" / "shakespeare_char" / "val.bin", dtype=np.uint16).astype(np.int64))
    T, S = 64, 32
    total, n = 0.0, 0
    starts = list(range(0, len(val) - T - 1, S))
    for b in range(0, len(starts), 256):
        s = torch.tensor(starts[b:b + 256])
        x = val[s[:, None] + torch.arange(T)]
        y = val[s[:, None] + torch.arange(1, T + 1)]
        logits, _ = model(x, y)
        nll = torch.nn.functional.cross_entropy(logits.transpose(1, 2), y, reduction="none")
        keep = torch.ones_like(nll, dtype=torch.bool)
        keep[s > 0, :T - S] = False       # later windows score only positions with ≥ 32 characters before
        total += nll[keep].sum().item()
        n += int(keep.sum())
    return total / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nanogpt", required=True, type=Path, help="a checkout of karpathy/nanoGPT")
    ap.add_argument("--seconds", type=float, nargs="+", default=[100.0])
    a = ap.parse_args()
    text = (common.SHARED / "tinyshakespeare.txt").read_text(encoding="utf-8")
    rows, results = [], []
    for seconds in a.seconds:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for name in ("train.py", "model.py", "configurator.py", "config"):
                os.symlink(a.nanogpt.resolve() / name, work / name)
            prepare(work, text)
            ms = common.median(run(work, 60, 1)[0][20:])
            iters = max(1, int(seconds * 1000 / ms))
            times, own = run(work, iters, 200)
            full = full_validation(work, a.nanogpt)
        r = {"seconds": seconds, "ms_per_iter_timing_run": ms, "iters": iters,
             "train_seconds": sum(times) / 1000, "val_loss_nanogpt_estimate": own,
             "val_loss_full_sliding": full, "chars_seen": iters * 12 * 64}
        results.append(r)
        rows.append([f"{seconds:g}", f"{iters:,}", f"{r['train_seconds']:.0f}", f"{own:.3f}", f"{full:.3f}",
                     f"{full / math.log(2):.3f}"])
        print(rows[-1], flush=True)
    print()
    print(common.table(rows, ["budget s", "iterations", "training s", "val (nanoGPT's estimate)",
                              "val (full pass)", "bits/char"]))
    print(f"\nwrote {common.write_json('nanogpt_reference', {'args': {**vars(a), 'nanogpt': str(a.nanogpt)}, 'results': results})}")


if __name__ == "__main__":
    main()
