"""Start-up time of the command line: how soon it answers.

    python benchmarks/startup.py [--rounds 7]

Each round starts fresh processes, alternating:

- ``python -c pass``: the interpreter alone, the reference;
- ``python -m rnn_studio --help``: the command line's entry (imports neither torch nor Qt);
- ``python -m rnn_studio info MODEL``: a command that needs torch (to read the weights).

Medians are reported, and each figure's ratio to the interpreter's start. The window's
launch (to its first paint) is ``python benchmarks/window.py --parts launch``. What keeps
both short is what is *not* imported early, which the tests check instead of the seconds
(tests/test_imports.py, tests/gui/test_startup.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

ROOT = common.HERE.parent

def env(data_dir: str) -> dict[str, str]:
    e = dict(os.environ, RNN_STUDIO_DATA_DIR=data_dir, OMP_NUM_THREADS="1")
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT), e.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return e


def wall(cmd: list[str], e: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=e, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def tiny_model(folder: Path, e: dict[str, str]) -> Path:
    path = folder / "tiny.rnn"
    subprocess.run([sys.executable, "-m", "rnn_studio", "train", str(ROOT / "corpora" / "hello.txt"),
                    "--cell", "rnn", "--hidden", "8", "--steps", "2", "--eval-every", "0", "--sample-every", "0",
                    "--device", "cpu", "--quiet", "--out", str(path)], env=e, cwd=ROOT, check=True)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        e = env(folder)
        model = tiny_model(Path(folder), e)
        times: dict[str, list[float]] = {k: [] for k in ("python", "help", "info")}
        for _ in range(a.rounds):
            times["python"].append(wall([sys.executable, "-c", "pass"], e))
            times["help"].append(wall([sys.executable, "-m", "rnn_studio", "--help"], e))
            times["info"].append(wall([sys.executable, "-m", "rnn_studio", "info", str(model)], e))
    med = {k: common.median(v) for k, v in times.items()}
    names = {"python": "python -c pass (reference)", "help": "rnn-studio --help", "info": "rnn-studio info MODEL"}
    rows = [[names[k], f"{v:.3f}", f"{v / med['python']:.1f}×"] for k, v in med.items()]
    print(common.table(rows, ["what", "median s", "× python start"]))
    print(common.write_json("startup", {"rounds": a.rounds, "median_s": med, "all_s": times}))


if __name__ == "__main__":
    main()
