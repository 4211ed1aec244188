"""A long training run in the window (offscreen): does memory stay flat?

    python benchmarks/long_run.py [--minutes 30] [--model lstm:1x512] [--sample-s 30]

Trains the window's default model on Shakespeare with its default validation and samples,
sampling this process's resident memory (VmRSS) and the loss plot's buffers every
``--sample-s`` seconds. Reports the RSS growth after the warm-up (target: under 50 MB over
30 minutes) and the plot's memory: its point buffers grow by doubling, 7 float64 columns
per train report and 6 per validation, so they stay proportional to the reports made
(bytes per report are printed), and the samples timeline keeps its newest 500 entries.
Not a test: it takes as long as you ask.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import window_driver as wd  # noqa: I001  (sets QT_QPA_PLATFORM and sys.path first)
import common


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def plot_memory(w) -> dict:
    s = w.plot.series
    buffers = sum(a.nbytes for cols in (s.train, s.val) for a in cols._data.values())
    capacity = {name: next(iter(cols._data.values())).size for name, cols in (("train", s.train), ("val", s.val))}
    return {"train_points": s.train.n, "val_points": s.val.n, "plot_buffer_bytes": buffers,
            "train_capacity": capacity["train"], "val_capacity": capacity["val"],
            "timeline_entries": w.timeline.count(),
            "timeline_blocks": w.timeline.view.document().blockCount()}


def median_growth_mb(samples: list[dict]) -> float | None:
    """Median RSS of the last quarter of the samples less that of the first quarter: the
    allocator hands memory back and forth by tens of MB between samples, so single samples
    say little about a trend."""
    if len(samples) < 4:
        return None
    q = len(samples) // 4
    return common.median([s["rss_mb"] for s in samples[-q:]]) - common.median([s["rss_mb"] for s in samples[:q]])


def slope_mb_per_hour(samples: list[dict]) -> float | None:
    if len(samples) < 2:
        return None
    import numpy as np
    t = np.array([s["t_s"] for s in samples]) / 3600
    y = np.array([s["rss_mb"] for s in samples])
    return float(np.polyfit(t, y, 1)[0])


class Happenings:
    """What happened when, to put beside each long stall: garbage-collector passes (with
    their duration), and the training run's evaluations, samples and autosaves as the UI
    thread receives them."""

    def __init__(self, w) -> None:
        import gc
        self.marks: list[tuple[float, str]] = []
        self._gc_start = 0.0
        gc.callbacks.append(self._gc)
        t = w.training
        t.evaluated.connect(lambda e: self.mark(f"evaluation at step {e.step}"))
        t.sampled.connect(lambda e: self.mark(f"sample at step {e.step}"))
        t.autosaved.connect(lambda step, why: self.mark(f"autosave at step {step}"))

    def mark(self, what: str) -> None:
        self.marks.append((time.perf_counter(), what))

    def _gc(self, phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_start = now
        elif now - self._gc_start > 0.002 or info["generation"] == 2:
            self.marks.append((self._gc_start, f"gc generation {info['generation']}: "
                                               f"{(now - self._gc_start) * 1000:.1f} ms"))

    def near(self, when: float, window_s: float = 0.5) -> list[str]:
        return [f"{what} ({(t - when) * 1000:+.0f} ms)" for t, what in self.marks if abs(t - when) <= window_s]


def worst_stalls(run, happenings: Happenings, t0: float, n: int = 5) -> list[dict]:
    """The ``n`` longest stalls after the first step, each with what happened within 0.5 s."""
    gaps = [(g * 1000 - run.probe_ms, t) for t, g in run.gaps if t > run.first_step]
    out = []
    for ms, t in sorted(gaps, reverse=True)[:n]:
        out.append({"ms": ms, "at_min": (t - t0) / 60, "near": happenings.near(t - ms / 1000)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--model", default="lstm:1x512")
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: the window's)")
    ap.add_argument("--corpus", default=wd.bench_corpus())
    ap.add_argument("--sample-s", type=float, default=30.0)
    ap.add_argument("--warmup-min", type=float, default=None,
                    help="minutes before the baseline (default: a tenth of the run, at least one sample)")
    a = ap.parse_args()
    warmup_s = 60 * (a.warmup_min if a.warmup_min is not None else a.minutes / 10)
    wd.app()
    samples: list[dict] = []
    t0 = [0.0]

    def sample() -> None:
        s = {"t_s": time.perf_counter() - t0[0], "rss_mb": rss_mb(), **plot_memory(w)}
        samples.append(s)
        print(f"{s['t_s'] / 60:6.1f} min  RSS {s['rss_mb']:7.1f} MB  plot {s['train_points']:,} + "
              f"{s['val_points']:,} points in {s['plot_buffer_bytes'] / 1024:,.0f} KiB  "
              f"timeline {s['timeline_entries']}", flush=True)

    with tempfile.TemporaryDirectory(prefix="rnn-studio-long-") as tmp:
        w = wd.open_window(str(Path(tmp) / "settings"), str(Path(tmp) / "data"))
        wd.configure(w, a.corpus, a.model, a.seq, a.batch, a.threads)
        happenings = Happenings(w)
        rss_before = rss_mb()
        t0[0] = time.perf_counter()
        run = wd.train_for(w, a.minutes * 60, on_tick=sample, tick_s=a.sample_s)
        worst = worst_stalls(run, happenings, t0[0])
        sample()
        wd.close(w)
    after = [s for s in samples if s["t_s"] >= warmup_s] or samples[-1:]
    base, end = after[0], samples[-1]
    points = end["train_points"] + end["val_points"]
    steady = run.stalls_ms(after=run.first_step)
    out = {"args": vars(a), "rss_before_mb": rss_before, "baseline": base, "end": end,
           "rss_growth_after_warmup_mb": end["rss_mb"] - base["rss_mb"],
           "rss_max_mb": max(s["rss_mb"] for s in samples),
           "rss_median_growth_mb": median_growth_mb(after),
           "rss_slope_mb_per_hour": slope_mb_per_hour(after),
           "chars_per_s_median": common.median(run.chars_per_s(30.0)) if run.chars_per_s(30.0) else None,
           "ui_stall_p99_ms": wd.percentile(steady, 99), "ui_stall_max_ms": max(steady) if steady else None,
           "worst_stalls": worst, "samples": samples}
    print(f"\n{a.model}, seq {a.seq}, batch {a.batch}, {a.minutes:g} min on {Path(a.corpus).name}\n")
    rows = [["RSS before training", f"{rss_before:,.1f} MB", ""],
            [f"RSS at {base['t_s'] / 60:.1f} min (baseline)", f"{base['rss_mb']:,.1f} MB", ""],
            [f"RSS at {end['t_s'] / 60:.1f} min (end)", f"{end['rss_mb']:,.1f} MB", ""],
            ["RSS growth after the warm-up (end less baseline)", f"{out['rss_growth_after_warmup_mb']:+,.1f} MB",
             "< 50 MB"],
            ["RSS growth, median of last quarter less first", _mb(out["rss_median_growth_mb"]), "< 50 MB"],
            ["RSS trend after the warm-up (least squares)", _mb(out["rss_slope_mb_per_hour"], "/h"), ""],
            ["RSS max", f"{out['rss_max_mb']:,.1f} MB", ""],
            ["loss plot buffers", f"{end['plot_buffer_bytes'] / 1024:,.0f} KiB for {points:,} points",
             f"room for {end['train_capacity']:,} + {end['val_capacity']:,}; 56 B per train point"],
            ["samples timeline", f"{end['timeline_entries']} entries", "≤ 500"],
            ["UI stall p99 / max (after the first step)",
             f"{out['ui_stall_p99_ms']:.1f} / {out['ui_stall_max_ms'] or float('nan'):.1f} ms", "max < 50 ms"]]
    print(common.table(rows, ["measure", "value", "target"]))
    print("\nthe longest UI stalls, with what happened within half a second:")
    for x in worst:
        print(f"  {x['ms']:6.1f} ms at {x['at_min']:5.1f} min: {'; '.join(x['near']) or 'nothing recorded'}")
    path = common.write_json("long_run", out)
    print(f"\nwrote {path}")


def _mb(x: float | None, unit: str = "") -> str:
    return f"{x:+,.1f} MB{unit}" if x is not None else "n/a (too few samples)"


if __name__ == "__main__":
    main()
