"""Shared by the benchmark scripts: machine facts, the matmul peak, medians, JSON output.

Benchmarks report ratios against a reference measured in the same process, alternating,
with medians, because the machines are shared and noisy. They are never tests.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "bench"
sys.path.insert(0, str(HERE.parent))


def machine() -> dict:
    import torch
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "torch": torch.__version__,
            "torch_threads": torch.get_num_threads(), "python": platform.python_version(),
            "platform": platform.platform()}


def matmul_peak_gflops(n: int = 1024, m: int = 4096, repeats: int = 7, dtype: str = "float32") -> float:
    """GEMM throughput of this process right now, in ``dtype`` (float32 or bfloat16): the
    yardstick for '% of peak' of work done in that arithmetic."""
    import torch
    a, b = torch.randn(m, n, dtype=getattr(torch, dtype)), torch.randn(n, n, dtype=getattr(torch, dtype))
    for _ in range(2):
        a @ b
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - t)
    return 2 * m * n * n / statistics.median(times) / 1e9


CORPORA = {"tinyshakespeare": SHARED / "tinyshakespeare.txt", "warpeace": SHARED / "warpeace.txt"}


def train_cli(corpus: Path, flags: list[str], eval_every: str | None = "0") -> dict:
    """One ``rnn-studio train CORPUS FLAGS`` run (quiet, no progress samples, the final
    evaluation only unless FLAGS say otherwise; ``eval_every=None`` leaves the cadence to the
    run, as a user who does not type it); returns the last evaluation row of its metrics file,
    with the load average around the run, its wall time and the command."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        metrics = Path(tmp) / "m.jsonl"
        cadence = [] if eval_every is None else ["--eval-every", eval_every]
        cmd = [sys.executable, "-m", "rnn_studio", "train", str(corpus),
               *cadence, "--sample-every", "0", "--log-every", "50", "--quiet",
               "--out", str(Path(tmp) / "m.rnn"), "--metrics-out", str(metrics), *flags]
        load_before = os.getloadavg()[0]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=HERE.parent)
        wall = time.perf_counter() - start
        rows = [json.loads(line) for line in metrics.read_text().splitlines()]
    final = [r for r in rows if "val_loss" in r][-1]
    final["load_before"] = load_before
    final["load_after"] = os.getloadavg()[0]
    final["wall_s"] = wall  # the whole command: start-up, training, evaluations, saving
    final["command"] = " ".join(["rnn-studio", "train", corpus.name, *cmd[5:9 + len(cadence)], *flags])
    return final


def median(xs) -> float:
    return statistics.median(xs)


def write_json(name: str, data: dict) -> Path:
    out = HERE / "results" / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    data = {"benchmark": name, "when": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(), **data}
    out.write_text(json.dumps(data, indent=1))
    return out


def table(rows: list[list], header: list[str]) -> str:
    cols = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cols) for i in range(len(header))]
    fmt = lambda r: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))
    return "\n".join([fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in cols[1:]])
