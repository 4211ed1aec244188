"""The window: UI-thread stalls while training, time to a visible window, and training
throughput through the window's worker against the command line.

    python benchmarks/window.py [--seconds 20] [--model lstm:1x512] [--seq 128] [--batch 32]
                                [--rounds 3] [--launches 5] [--parts stalls,launch,throughput]

(a) stalls: a 5 ms QTimer on the UI thread records how late each tick comes (the gap less
    the interval) while the window trains at full speed, with its default validation and
    samples, once per torch thread count in ``--stall-threads`` (default: cores−1 and all
    cores); p50, p99 and max, over the whole run and after the first step report.
(b) launch: ``python -m rnn_studio gui`` with RNN_STUDIO_EXIT_AFTER_SHOWN=1, which prints
    the (system-wide) perf_counter at the window's first paint; measured from just before
    Popen; one discarded warm-up launch, then the median of ``--launches``.
(c) throughput: the same config with no validation or samples, alternating the window's
    worker (its default thread count), ``rnn-studio train --threads N`` with the window's
    N, and ``rnn-studio train`` at its default threads; median chars/s after ``--warmup``
    seconds of training time, medians over ``--rounds``.
Targets (issues 3 and 4): stall max < 50 ms, launch < 1.5 s, window within 5% of the CLI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import window_driver as wd  # noqa: I001  (sets QT_QPA_PLATFORM and sys.path first)
import common

ROOT = common.HERE.parent


def child_env(tmp: str) -> dict[str, str]:
    env = dict(os.environ, RNN_STUDIO_SETTINGS_DIR=str(Path(tmp) / "settings"),
               RNN_STUDIO_DATA_DIR=str(Path(tmp) / "data"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("OMP_NUM_THREADS", None)        # torch's own default, as a user gets it
    return env


# ---- (a) stalls ------------------------------------------------------------------------------
def stalls(a, tmp: str) -> list[dict]:
    rows = []
    for threads in [int(t) for t in a.stall_threads.split(",")]:
        w = wd.open_window(str(Path(tmp) / "s-settings"), str(Path(tmp) / "s-data"))
        wd.configure(w, a.corpus, a.model, a.seq, a.batch, threads)
        run = wd.train_for(w, a.seconds, a.probe_ms)
        wd.close(w)
        every, steady = run.stalls_ms(), run.stalls_ms(after=run.first_step)
        r = {"threads": threads, "ticks": len(every), "reason": run.reason,
             "cps_median": common.median(run.chars_per_s(a.warmup)) if run.chars_per_s(a.warmup) else None}
        for name, xs in (("all", every), ("steady", steady)):
            r.update({f"{name}_p50_ms": wd.percentile(xs, 50), f"{name}_p99_ms": wd.percentile(xs, 99),
                      f"{name}_max_ms": max(xs) if xs else float("nan")})
        rows.append(r)
        print(f"stalls, {threads} torch threads: p50 {r['all_p50_ms']:.1f} ms, p99 {r['all_p99_ms']:.1f} ms, "
              f"max {r['all_max_ms']:.1f} ms (after the first step: max {r['steady_max_ms']:.1f} ms)", flush=True)
    return rows


# ---- (b) launch --------------------------------------------------------------------------
def launch_once(tmp: str) -> float:
    env = child_env(tmp)
    env["RNN_STUDIO_EXIT_AFTER_SHOWN"] = "1"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rnn_studio", "gui"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stdout:
            if line.startswith("RNN_STUDIO_SHOWN "):
                return float(line.split()[1]) - t0
        raise RuntimeError(f"the window never showed: {proc.stderr.read()[-2000:]}")
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def launches(a, tmp: str) -> dict:
    launch_once(tmp)                        # warm the file cache; not counted
    times = []
    for i in range(a.launches):
        times.append(launch_once(tmp))
        print(f"launch {i + 1}: window painted after {times[-1]:.3f} s", flush=True)
    return {"seconds": times, "median_s": common.median(times)}


# ---- (c) throughput ------------------------------------------------------------------------
def median_or_none(xs):
    xs = [x for x in xs if x is not None]
    return common.median(xs) if xs else None


def cli_run(a, tmp: str, threads: int | None) -> float | None:
    """Median chars/s of one ``rnn-studio train`` run; None if it made no report after the
    warm-up in time (an oversubscribed thread pool on a busy machine can be that slow)."""
    cell, layers, hidden = wd.parse_model(a.model)
    metrics = Path(tmp) / "metrics.jsonl"
    cmd = [sys.executable, "-m", "rnn_studio", "train", a.corpus, "--cell", cell, "--layers", str(layers),
           "--hidden", str(hidden), "--seq-len", str(a.seq), "--batch-size", str(a.batch),
           "--minutes", f"{a.seconds / 60:.6f}", "--eval-every", "0", "--sample-every", "0",
           "--val-fraction", "0", "--device", "cpu", "--metrics-out", str(metrics), "--out", str(Path(tmp) / "cli.rnn"), "--quiet"]
    if threads is not None:
        cmd += ["--threads", str(threads)]
    metrics.unlink(missing_ok=True)
    try:
        subprocess.run(cmd, cwd=ROOT, env=child_env(tmp), check=True, stdout=subprocess.DEVNULL,
                       timeout=a.seconds * 5 + 60)
    except subprocess.TimeoutExpired:
        pass        # what it reported so far still counts
    rows = [json.loads(line) for line in metrics.read_text().splitlines() if line.strip()] \
        if metrics.exists() else []
    steps = [r for r in rows if "val_loss" not in r and r["elapsed_s"] >= a.warmup]
    return median_or_none([r["chars_per_s"] for r in steps])


def throughput(a, tmp: str) -> dict:
    from rnn_studio.gui.training.run import gui_threads
    window_threads = gui_threads()          # what TrainConfig.threads = 0 means in the window
    result = {"window_threads": window_threads, "window": [], "cli_same_threads": [], "cli_default_threads": []}
    w = wd.open_window(str(Path(tmp) / "t-settings"), str(Path(tmp) / "t-data"))
    for r in range(a.rounds):
        wd.configure(w, a.corpus, a.model, a.seq, a.batch, None, quiet=True)
        run = wd.train_for(w, a.seconds, a.probe_ms)
        result["window"].append(median_or_none(run.chars_per_s(a.warmup)))
        result["cli_same_threads"].append(cli_run(a, tmp, window_threads))
        result["cli_default_threads"].append(cli_run(a, tmp, None))
        print(f"round {r + 1}: window {_cps(result['window'][-1])}; CLI --threads {window_threads} "
              f"{_cps(result['cli_same_threads'][-1])}; CLI default {_cps(result['cli_default_threads'][-1])}",
              flush=True)
    wd.close(w)
    for key in ("window", "cli_same_threads", "cli_default_threads"):
        result[key + "_median"] = median_or_none(result[key])
    for key, other in (("window_vs_cli_same", "cli_same_threads_median"),
                       ("window_vs_cli_default", "cli_default_threads_median")):
        ok = result["window_median"] and result[other]
        result[key] = result["window_median"] / result[other] if ok else None
    return result


def _cps(x: float | None) -> str:
    return f"{x:,.0f} chars/s" if x is not None else "no report after the warm-up"


def _ratio(x: float | None) -> str:
    return f"{x:.2f}x" if x is not None else "n/a"


def main() -> None:
    cores = os.cpu_count() or 2
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="training time per run")
    ap.add_argument("--model", default="lstm:1x512", help="CELL:LAYERSxHIDDEN (the window's default)")
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--corpus", default=wd.bench_corpus())
    ap.add_argument("--probe-ms", type=float, default=5.0)
    ap.add_argument("--stall-threads", default=",".join(str(t) for t in sorted({max(cores - 1, 1), cores})))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--warmup", type=float, default=3.0, help="training seconds left out of chars/s")
    ap.add_argument("--launches", type=int, default=5)
    ap.add_argument("--parts", default="stalls,launch,throughput")
    a = ap.parse_args()
    parts = set(a.parts.split(","))
    wd.app()
    out: dict = {"args": vars(a), "qpa": os.environ.get("QT_QPA_PLATFORM")}
    with tempfile.TemporaryDirectory(prefix="rnn-studio-bench-") as tmp:
        if "launch" in parts:
            out["launch"] = launches(a, tmp)
        if "stalls" in parts:
            out["stalls"] = stalls(a, tmp)
        if "throughput" in parts:
            out["throughput"] = throughput(a, tmp)
    print(f"\n{a.model}, seq {a.seq}, batch {a.batch}, {a.seconds:g} s runs on {Path(a.corpus).name}, "
          f"{cores} cores, QPA {out['qpa']}\n")
    rows = []
    if "launch" in out:
        rows.append(["launch to first paint (median)", f"{out['launch']['median_s']:.2f} s", "< 1.5 s"])
    for r in out.get("stalls", []):
        rows.append([f"UI stall p50 / p99 / max, {r['threads']} threads",
                     f"{r['all_p50_ms']:.1f} / {r['all_p99_ms']:.1f} / {r['all_max_ms']:.1f} ms", "max < 50 ms"])
    if "throughput" in out:
        t = out["throughput"]
        rows.append([f"window worker ({t['window_threads']} threads)", _cps(t["window_median"]), ""])
        rows.append([f"CLI --threads {t['window_threads']}", _cps(t["cli_same_threads_median"]),
                     f"window {_ratio(t['window_vs_cli_same'])}"])
        rows.append(["CLI default threads", _cps(t["cli_default_threads_median"]),
                     f"window {_ratio(t['window_vs_cli_default'])} (target ≥ 0.95x)"])
    print(common.table(rows, ["measure", "median", "target / ratio"]))
    # A partial run writes its own file, so it never replaces a full one.
    name = "window" if parts >= {"stalls", "launch", "throughput"} else "window_" + "_".join(sorted(parts))
    path = common.write_json(name, out)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
