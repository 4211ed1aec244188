"""Big corpora: seconds to load and encode a generated 100 MB text, and peak memory,
read whole (the small-file path) and in blocks into the id cache (the streamed path,
bigtext.py, which files of 32 MB and more take).

    python benchmarks/big_corpus.py [--mb 100]

The text mixes ASCII words, accented Latin and Hangul (which makes Python hold it as 2 bytes
a character).
Loading runs in a fresh subprocess so its peak resident memory (ru_maxrss) is its own;
the baseline of that subprocess (Python, numpy) is measured and reported too. Each streamed
run gets a new, empty cache folder, so it is a first read. benchmarks/big_text.py measures
a 2 GB text, the second start and training.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import common
import numpy as np

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
import numpy
from rnn_studio.core import corpus
corpus.STREAM_MIN_BYTES = 1 if sys.argv[2] == "streamed" else 1 << 62
from rnn_studio.core.corpus import load_corpus
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
c = load_corpus(sys.argv[1])
dt = time.perf_counter() - t
print(json.dumps({{"seconds": dt, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "base_kb": base, "chars": c.n_chars, "vocab": len(c.vocab), "dtype": str(c.ids.dtype)}}))
"""


def make_text(path: Path, mb: int) -> None:
    rng = np.random.default_rng(0)
    words = ["the", "river", "said", "Natasha", "café", "naïve", "사랑", "하늘", "바다", "and", "of",
             "Pierre", "war", "peace", "élan", "—", "“quoted”", "\n", "\n\n"]
    chunk = " ".join(words[i] for i in rng.integers(0, len(words), 400_000)).encode()
    with open(path, "wb") as f:
        written = 0
        while written < mb * 1_000_000:
            f.write(chunk)
            written += len(chunk)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        make_text(path, a.mb)
        size = path.stat().st_size
        runs = {"whole": [], "streamed": []}
        for i in range(a.repeats):
            for how in runs:       # alternating, on a shared machine
                env = dict(os.environ, RNN_STUDIO_CACHE_DIR=str(Path(tmp) / f"cache-{how}-{i}"))
                out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(common.HERE.parent)), str(path), how],
                                     check=True, capture_output=True, text=True, env=env).stdout
                runs[how].append(json.loads(out))
    result = {"args": vars(a), "bytes": size, "runs": runs}
    first = runs["whole"][0]
    print(f"file {size / 1e6:.0f} MB, {first['chars']:,} characters, vocabulary {first['vocab']} ({first['dtype']} ids)")
    for how, rs in runs.items():
        secs = common.median([r["seconds"] for r in rs])
        peak = common.median([r["peak_kb"] for r in rs]) * 1024
        base = common.median([r["base_kb"] for r in rs]) * 1024
        print(f"{how:>8}: load and encode median {secs:.2f} s ({size / 1e6 / secs:.0f} MB/s) over {a.repeats} runs; "
              f"peak resident memory {peak / 1e6:.0f} MB = {peak / size:.2f}x the file "
              f"(process baseline {base / 1e6:.0f} MB; above baseline {(peak - base) / size:.2f}x)")
        result[how] = {"median_seconds": secs, "peak_ratio": peak / size}
    print(f"wrote {common.write_json('big_corpus', result)}")


if __name__ == "__main__":
    main()
