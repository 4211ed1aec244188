"""A text bigger than memory: first read (MB/s), second start (s), peak memory while training.

    python benchmarks/big_text.py [--mb 2000] [--steps 20] [--unicode] [--keep] [--source TEXT]

Generates a text of ``--mb`` MB in a temporary folder under /tmp (tinyshakespeare repeated,
each copy with its lines rotated, some upper-cased and numbered, so no two copies are alike;
``--unicode`` mixes in accented Latin and Hangul, which takes the slower UTF-32 path), with
a private id cache beside it; both are deleted at the end unless ``--keep``.

Each measurement runs in a fresh process, so its peak resident memory (ru_maxrss) is its own:

1. first read: ``load_corpus`` of the new text: two passes (hash + vocabulary, then encode
   into the cache). The text was just written, so it is in the page cache: this is a
   warm-disk figure; a cold disk adds its read speed.
2. second start: ``load_corpus`` again, in a new process (the cache is found through the
   path index without hashing the text); also the process's whole wall time to the corpus.
   The generated file is dated an hour back, as a text written before it is first read
   (a file changed within 2 s of its first read is hashed again on the next).
3. training: a new process loads the corpus and trains ``--steps`` steps of the default
   model (1×512 LSTM, batch 32, windows of 128) on the CPU, ending with the validation
   pass on its bounded sample; peak RSS, and RssAnon/RssFile at the end.

Targets (issue 14): first read >= 50 MB/s, second start < 2 s, peak RSS < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
import numpy as np

SHAKESPEARE = common.SHARED / "tinyshakespeare.txt"

CHILD = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from rnn_studio.core.corpus import load_corpus
mode, path = sys.argv[1], sys.argv[2]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
c = load_corpus(path)
load_s = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_SELF)
out = {{"load_cpu_s": ru.ru_utime + ru.ru_stime, "load_s": load_s, "to_corpus_s": time.perf_counter() - t0, "chars": c.n_chars,
        "vocab": len(c.vocab), "mapped": type(c.ids).__name__, "notes": c.notes}}
if mode == "train":
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.trainer import Trainer
    steps = int(sys.argv[3])
    tr = Trainer(c, ModelConfig(), TrainConfig(steps=steps, eval_every=0, sample_every=0, device="cpu",
                                               log_every=steps))
    t = time.perf_counter()
    done = tr.run()
    out.update(train_s=time.perf_counter() - t, step=done.step, val_loss=tr.history.best_val_loss(),
               val_chars=int(tr.val_ids.numel()))
status = dict(l.split(":", 1) for l in open("/proc/self/status").read().splitlines() if ":" in l)
out.update(base_kb=base, peak_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           rss_anon_kb=int(status["RssAnon"].split()[0]), rss_file_kb=int(status["RssFile"].split()[0]))
print(json.dumps(out))
"""


def make_text(path: Path, mb: int, unicode: bool, source: Path = SHAKESPEARE) -> int:
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    extra = ["Natasha said: café, naïve, élan.\n", "사랑과 하늘과 바다.\n", "— “quoted” —\n"]
    rng = np.random.default_rng(0)
    target, written, copy = mb * 1_000_000, 0, 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        while written < target:
            k = int(rng.integers(len(lines)))
            part = lines[k:] + lines[:k]
            for i in rng.integers(0, len(part), len(part) // 20):
                part[i] = part[i].upper()
            if unicode:
                for i in rng.integers(0, len(part), len(part) // 10):
                    part[i] = extra[i % len(extra)]
            chunk = f"\n== part {copy} ==\n" + "".join(part)
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            copy += 1
    return path.stat().st_size


def child(mode: str, path: Path, env: dict, steps: int = 0) -> dict:
    code = CHILD.format(root=str(common.HERE.parent))
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, mode, str(path), str(steps)], env=env, check=True,
                         capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - t
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=2000)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--unicode", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--source", type=Path, default=SHAKESPEARE, help="the text to repeat")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rnn-studio-big-", dir="/tmp"))
    try:
        path = tmp / "big.txt"
        t = time.perf_counter()
        size = make_text(path, a.mb, a.unicode, a.source)
        # As a text written a while before it is read: one changed in the 2 s before its first
        # read is hashed again on the next (its time cannot vouch for it), which is not a second start.
        os.utime(path, (time.time() - 3600, time.time() - 3600))
        print(f"generated {size / 1e6:,.0f} MB in {time.perf_counter() - t:.0f} s: {path}")
        env = dict(os.environ, RNN_STUDIO_CACHE_DIR=str(tmp / "cache"), OMP_NUM_THREADS="2")
        first = child("load", path, env)
        print(f"first read: {first['load_s']:.1f} s = {size / 1e6 / first['load_s']:.0f} MB/s "
              f"(CPU time {first['load_cpu_s']:.1f} s = {size / 1e6 / first['load_cpu_s']:.0f} MB per CPU second, "
              f"imports included: on a shared machine the wall time waits for a core) "
              f"({first['chars']:,} characters, vocabulary {first['vocab']}, ids {first['mapped']}); "
              f"peak RSS {first['peak_kb'] / 1024:.0f} MB")
        second = child("load", path, env)
        print(f"second start: load_corpus {second['load_s'] * 1000:.0f} ms; process to corpus "
              f"{second['to_corpus_s']:.2f} s (python + numpy imports included); whole process "
              f"{second['process_s']:.2f} s; peak RSS {second['peak_kb'] / 1024:.0f} MB")
        train = child("train", path, env, a.steps)
        print(f"training {train['step']} steps of the default LSTM (final validation on "
              f"{train['val_chars']:,} characters): {train['train_s']:.1f} s; peak RSS "
              f"{train['peak_kb'] / 1024:.0f} MB = {train['peak_kb'] * 1024 / size:.2f}x the text "
              f"(at the end: {train['rss_anon_kb'] / 1024:.0f} MB anonymous, "
              f"{train['rss_file_kb'] / 1024:.0f} MB file-backed)")
        entry = sum(p.stat().st_size for p in (tmp / "cache").rglob("*.ids"))
        print(f"cache entry {entry / 1e6:,.0f} MB")
        result = {"args": {k: str(v) for k, v in vars(a).items()}, "bytes": size, "first": first, "second": second, "train": train,
                  "first_mb_s": size / 1e6 / first["load_s"], "cache_bytes": entry}
        print(f"wrote {common.write_json('big_text', result)}")
    finally:
        if a.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
