"""Loss curves of several runs on one plot: one colour per run, one legend entry per run.

``overlay_runs(plot_item, runs, x)`` adds one curve per run (its validation loss; its training
loss where it was never evaluated), each named by the run's id as a string (``curve.name()``),
with the run's label in the legend. The x axis is steps, characters seen or training time,
so runs of different speeds compare by compute as well as by step. ``clear_overlay`` takes the
curves off again; ``overlay_from_store`` reads the runs first. Pure: they keep no state.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QT_TR_NOOP

from rnn_studio.core.runcurves import RunCurves
from rnn_studio.gui.language import tr

X_KEYS = {"step": "step", "chars": "chars_seen", "time": "elapsed_s"}
X_LABELS = {"step": QT_TR_NOOP("step"), "chars": QT_TR_NOOP("characters seen"),
            "time": QT_TR_NOOP("training time (s)")}
# Tableau 10: distinct hues that stay apart on light and dark backgrounds.
PALETTE = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))


def x_label(x: str) -> str:
    """The x axis's name ('step', 'chars', 'time') in the window's language."""
    return tr(X_LABELS[x])


def colour(i: int) -> tuple[int, int, int]:
    if i < len(PALETTE):
        return PALETTE[i]
    c = pg.intColor(i, hues=13, values=1, maxValue=220)
    return c.red(), c.green(), c.blue()


def overlay_runs(plot_item: pg.PlotItem, runs: Sequence[RunCurves], x: str = "step",
                 unit: str = "nats", train: bool = False) -> list[pg.PlotDataItem]:
    """Draw one curve per run on ``plot_item``; returns them, in the order of ``runs``.

    ``train=True`` adds each run's training loss as a faint line in the run's colour, named
    ``"<id> train"`` and kept out of the legend.
    """
    if x not in X_KEYS:
        raise ValueError(f"x must be one of {', '.join(X_KEYS)} (got {x!r})")
    scale = 1 / math.log(2) if unit == "bits" else 1.0
    legend = plot_item.legend if plot_item.legend is not None else plot_item.addLegend(offset=(-8, 8))
    curves = []
    for i, run in enumerate(runs):
        rgb = colour(i)
        val = bool(run.evals.get("step"))
        cols, key = (run.evals, "val_loss") if val else (run.reports, "train_loss")
        xs, ys = _points(cols, X_KEYS[x], key, scale)
        item = pg.PlotDataItem(xs, ys, name=str(run.id), pen=pg.mkPen(rgb, width=2),
                               symbol="o" if val else None, symbolSize=6, symbolBrush=rgb, symbolPen=None)
        plot_item.addItem(item)
        legend.removeItem(item)        # PlotItem listed it under its name, the id; show the label
        legend.addItem(item, run.label + ("" if val else " (train)"))
        curves.append(item)
        if train and val:
            txs, tys = _points(run.reports, X_KEYS[x], "train_loss", scale)
            faint = pg.PlotDataItem(txs, tys, name=f"{run.id} train", pen=pg.mkPen((*rgb, 90), width=1))
            plot_item.addItem(faint)
            legend.removeItem(faint)
            curves.append(faint)
    plot_item.setLabel("bottom", x_label(x))
    plot_item.setLabel("left", "loss (bits per character)" if unit == "bits" else "loss (nats per character)")
    return curves


def overlay_from_store(plot_item: pg.PlotItem, ids: Sequence[int], x: str = "step", unit: str = "nats",
                       store_path=None) -> list[pg.PlotDataItem]:
    """Read the runs ``ids`` from the run store (default: the user's) and overlay them at once.

    For ``MainWindow.compare_runs(ids)``: a few runs' curves read in milliseconds, and the
    caller sees the curves on return. An unknown id or a missing store raises UserError.
    """
    from rnn_studio.core.runcurves import load_curves
    from rnn_studio.core.runstore import RunStore

    with RunStore(store_path, create=False) as store:
        runs = load_curves(store, ids)
    return overlay_runs(plot_item, runs, x=x, unit=unit)


def replace_overlay(parent, plot_item: pg.PlotItem, old: Sequence[pg.PlotDataItem], ids, x: str,
                    unit: str) -> list[pg.PlotDataItem]:
    """The window's Compare: the old overlay goes, the runs ``ids`` come; a refusal is a dialog."""
    from rnn_studio.core.errors import UserError
    from rnn_studio.gui.widgets import dialogs

    clear_overlay(plot_item, old)
    if not ids:                 # nothing to show: the old overlay just goes
        return []
    try:
        return overlay_from_store(plot_item, [int(i) for i in ids], x=x, unit=unit)
    except UserError as exc:
        dialogs.error(parent, tr("Cannot compare runs"), str(exc))
        return []


def clear_overlay(plot_item: pg.PlotItem, curves: Sequence[pg.PlotDataItem]) -> None:
    for item in curves:
        plot_item.removeItem(item)
        if plot_item.legend is not None:
            plot_item.legend.removeItem(item)


def _points(cols: dict[str, list], x: str, y: str, scale: float) -> tuple[list[float], list[float]]:
    xs, ys = [], []
    for a, b in zip(cols.get(x, []), cols.get(y, [])):
        if a is not None and b is not None and math.isfinite(b):
            xs.append(float(a))
            ys.append(b * scale)
    return xs, ys
