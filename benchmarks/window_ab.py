"""The window against an earlier version of itself, interleaved: UI stalls and training
speed, so that a change to the window is judged on the same machine, at the same moment.

    python benchmarks/window_ab.py --before PATH [--pairs 4] [--seconds 20]

PATH is another checkout of RNN Studio (for example ``git worktree add /tmp/before REV``).
Each pair runs the earlier checkout, then this one, each in a fresh process: one window
run with the default validation and samples (its UI stalls: p99 and max after the first
step, from a 5 ms probe on the UI thread, as ``window.py`` measures them) and one with
neither (training chars/s through the window's worker). Medians over the pairs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(tree: Path, seconds: float) -> None:
    sys.path[:0] = [str(tree / "benchmarks"), str(tree)]
    import tempfile

    import window_driver as wd  # noqa: I001  (that tree's driver, and that tree's rnn_studio)
    import common
    wd.app()
    tmp = tempfile.mkdtemp(prefix="rnn-studio-ab-")
    w = wd.open_window(tmp + "/settings", tmp + "/data")
    out = {}
    for quiet in (False, True):
        wd.configure(w, wd.bench_corpus(), "lstm:1x512", 128, 32, None, quiet=quiet)
        run = wd.train_for(w, seconds, 5.0)
        stalls, cps = run.stalls_ms(after=run.first_step), run.chars_per_s(3.0)
        out["quiet" if quiet else "full"] = {"chars_per_s": common.median(cps) if cps else None,
                                             "stall_max_ms": max(stalls), "stall_p99_ms": wd.percentile(stalls, 99)}
    wd.close(w)
    print(json.dumps(out), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, help="the earlier checkout")
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        return child(a.child, a.seconds)
    if a.before is None:
        ap.error("--before PATH is required")
    trees = {"before": a.before.resolve(), "after": HERE.parent}
    runs: dict[str, list[dict]] = {"before": [], "after": []}
    for i in range(a.pairs):
        for name, tree in trees.items():
            line = subprocess.run([sys.executable, __file__, "--child", str(tree), "--seconds", str(a.seconds)],
                                  cwd=tree, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            runs[name].append(json.loads(line))
            print(f"pair {i + 1} {name}: {line}", flush=True)
    sys.path.insert(0, str(HERE))
    import common
    rows = []
    for name, rs in runs.items():
        med = lambda part, key: common.median([r[part][key] for r in rs])  # noqa: E731
        rows.append([name, f"{med('quiet', 'chars_per_s'):,.0f}", f"{med('full', 'chars_per_s'):,.0f}",
                     f"{med('full', 'stall_p99_ms'):.1f}", f"{med('full', 'stall_max_ms'):.1f}",
                     f"{max(max(r[p]['stall_max_ms'] for p in ('full', 'quiet')) for r in rs):.1f}"])
    print()
    print(common.table(rows, ["checkout", "chars/s (no validation)", "chars/s (validation, samples)",
                              "stall p99 ms", "stall max ms (median)", "stall max ms (all runs)"]))
    print(f"\nwrote {common.write_json('window_ab', {'args': {k: str(v) for k, v in vars(a).items()}, 'runs': runs})}")


if __name__ == "__main__":
    main()
