"""How long the loss plot takes to draw a frame with 100,000 points (the test checks that a
frame redraws the same items in place; the time is measured here).

    python benchmarks/plot_frame.py [--points 100000] [--frames 30]

Prints the median and the 90th percentile of a frame (refresh + render) in ms, offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from common import write_json  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=100_000)
    ap.add_argument("--frames", type=int, default=30)
    a = ap.parse_args()
    from rnn_studio.gui.app import create_application
    from rnn_studio.gui.widgets.loss_plot import LossPlotPanel

    create_application()
    panel = LossPlotPanel()
    panel.resize(900, 500)
    plot = panel.plot
    losses = 1.2 + 2.0 * np.exp(-np.arange(a.points) / 2e4) + 0.05 * np.random.default_rng(0).standard_normal(a.points)
    for i, loss in enumerate(losses):
        plot.series.add_train(10 * (i + 1), 4096 * (i + 1), 0.02 * (i + 1), float(loss))
    plot.refresh()
    panel.grab()
    times = []
    for _ in range(a.frames):
        plot.add_train(plot.series.train.last("step") + 10, 0, 0, 1.3)
        t0 = time.perf_counter()
        plot.refresh()
        panel.grab()
        times.append(time.perf_counter() - t0)
    times.sort()
    result = {"points": a.points, "frames": a.frames, "median_ms": 1000 * statistics.median(times),
              "p90_ms": 1000 * times[int(0.9 * (len(times) - 1))]}
    print(f"{a.points:,} points: a frame takes {result['median_ms']:.1f} ms (median), "
          f"{result['p90_ms']:.1f} ms (p90)")
    write_json("plot_frame", result)


if __name__ == "__main__":
    main()
