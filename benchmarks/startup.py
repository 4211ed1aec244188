"""Start-up time: how soon the command line answers and the window appears.

    python benchmarks/startup.py [--rounds 7] [--no-window]

Each round starts fresh processes, alternating:

- ``python -c pass``: the interpreter alone, the reference;
- ``python -m rnn_studio --help``: the command line's entry (imports neither torch nor Qt);
- ``python -m rnn_studio info MODEL``: a command that needs torch (to read the weights);
- the window (offscreen): seconds until it is shown, and until the engine (torch) is loaded.

Medians are reported, and each figure's ratio to the interpreter's start. What keeps these
short is what is *not* imported early, which the tests check instead of the seconds
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

WINDOW = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from rnn_studio.gui.app import create_application
from rnn_studio.gui import MainWindow
app = create_application()
w = MainWindow()
w.show()
QTimer.singleShot(0, lambda: print("shown", time.time() - t0, flush=True))
w.engineReady.connect(lambda: (print("ready", time.time() - t0, flush=True), w.close()))
sys.exit(app.exec())
"""


def env(data_dir: str) -> dict[str, str]:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNN_STUDIO_DATA_DIR=data_dir, OMP_NUM_THREADS="1")
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT), e.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return e


def wall(cmd: list[str], e: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=e, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def window(e: dict[str, str]) -> tuple[float, float]:
    """(seconds until shown, seconds until the engine is ready), from the launch."""
    out = subprocess.run([sys.executable, "-c", WINDOW, repr(time.time())], env=e, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    seen = dict(line.split() for line in out.splitlines() if line.split()[:1] in (["shown"], ["ready"]))
    return float(seen["shown"]), float(seen["ready"])


def tiny_model(folder: Path, e: dict[str, str]) -> Path:
    path = folder / "tiny.rnn"
    subprocess.run([sys.executable, "-m", "rnn_studio", "train", str(ROOT / "corpora" / "hello.txt"),
                    "--cell", "rnn", "--hidden", "8", "--steps", "2", "--eval-every", "0", "--sample-every", "0",
                    "--device", "cpu", "--quiet", "--out", str(path)], env=e, cwd=ROOT, check=True)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--no-window", action="store_true", help="skip the window (no Qt on this machine)")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        e = env(folder)
        model = tiny_model(Path(folder), e)
        times: dict[str, list[float]] = {k: [] for k in ("python", "help", "info", "shown", "ready")}
        for _ in range(a.rounds):
            times["python"].append(wall([sys.executable, "-c", "pass"], e))
            times["help"].append(wall([sys.executable, "-m", "rnn_studio", "--help"], e))
            times["info"].append(wall([sys.executable, "-m", "rnn_studio", "info", str(model)], e))
            if not a.no_window:
                shown, ready = window(e)
                times["shown"].append(shown)
                times["ready"].append(ready)
    med = {k: common.median(v) for k, v in times.items() if v}
    names = {"python": "python -c pass (reference)", "help": "rnn-studio --help", "info": "rnn-studio info MODEL",
             "shown": "window shown", "ready": "window: engine loaded"}
    rows = [[names[k], f"{v:.3f}", f"{v / med['python']:.1f}×"] for k, v in med.items()]
    print(common.table(rows, ["what", "median s", "× python start"]))
    print(common.write_json("startup", {"rounds": a.rounds, "median_s": med, "all_s": times}))


if __name__ == "__main__":
    main()
