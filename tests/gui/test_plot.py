"""The loss plot: in-place curves, 100,000 points, axes, units and hover read-out."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF
from gui_helpers import shot

from rnn_studio.core.events import History
from rnn_studio.gui.widgets.loss_plot import SMOOTH_COLOR, LossPlot, LossPlotPanel
from rnn_studio.gui.widgets.series import Columns


def test_columns_grow_by_doubling_and_keep_their_values():
    c = Columns(("a", "b"), capacity=4)
    for i in range(1000):
        c.append(a=i, b=2 * i)
    assert len(c) == 1000 and c._data["a"].size == 1024
    assert np.array_equal(c.view("b"), 2 * np.arange(1000))


def test_hundred_thousand_points_stay_fast(qtbot):
    panel = LossPlotPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    plot = panel.plot
    rng = np.random.default_rng(0)
    losses = 1.2 + 3 * np.exp(-np.arange(100_000) / 15_000) + 0.2 * rng.random(100_000)
    for i, loss in enumerate(losses):
        plot.series.add_train(10 * (i + 1), 40_960 * (i + 1), 0.02 * (i + 1), float(loss))
    for i in range(0, 100_000, 1000):
        plot.series.add_val(10 * (i + 1), 40_960 * (i + 1), 0.02 * (i + 1), float(losses[i]) + 0.1, 0.55)
    plot.refresh()
    items = list(plot.getPlotItem().listDataItems())
    for _ in range(5):                      # more points arrive; each frame redraws in place
        plot.add_train(plot.series.train.last("step") + 10, 0, 0, 1.3)
        plot.refresh()
        panel.grab()
    assert plot.getPlotItem().listDataItems() == items      # no item made per frame
    # One curve item per series, updated in place, with peak downsampling and clipping.
    curves = {c.name(): c for c in plot.getPlotItem().listDataItems() if c.name()}
    assert set(curves) == {"train", "train (smoothed)", "val", "best (kept)"}
    assert len(curves["train"].xData) == 100_005
    assert curves["train"].opts["autoDownsample"] and curves["train"].opts["downsampleMethod"] == "peak"
    assert curves["train"].opts["clipToView"]
    # The time a frame takes at 100,000 points: benchmarks/plot_frame.py.
    shot(panel, "07-plot-100k")


def test_axes_units_and_hover(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    h = History(step=[10, 20, 30], elapsed_s=[1.0, 2.0, 3.0], chars_seen=[100, 200, 300],
                train_loss=[2.0, 1.5, 1.0], val_step=[30], val_elapsed_s=[3.0], val_chars_seen=[300],
                val_loss=[1.2], val_accuracy=[0.6])
    plot.set_history(h)
    assert list(plot.train_curve.xData) == [10, 20, 30]
    plot.set_x_axis("chars")
    assert list(plot.train_curve.xData) == [100, 200, 300]
    plot.set_x_axis("time")
    plot.set_unit("bits")
    assert math.isclose(plot.val_curve.yData[0], 1.2 / math.log(2))
    assert plot.getPlotItem().getAxis("left").labelText.startswith("loss (bits")
    text = plot.hover_text(2.1)
    assert "step 20" in text and "train 2.164" in text and "val 1.731 bits" in text and "60%" in text
    plot.reset()
    assert plot.series.train.n == 0 and plot.hover_text(1.0) == ""
    assert len(plot.getPlotItem().listDataItems()) >= 3        # reset keeps the curves


def test_a_single_training_point_is_drawn(qtbot):
    """A run that diverges at its first report leaves one point: it gets a marker, since a
    line through one point draws nothing; the marker goes once a second point arrives."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.add_train(10, 100, 1.0, 2.5)
    plot.refresh()
    assert plot.smooth_curve.opts["symbol"] == "o"
    assert len(plot.smooth_curve.scatter.data) == 1 and plot.smooth_curve.scatter.isVisible()
    image = plot.grab().toImage()
    shot(plot, "12-plot-single-point")
    at = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(QPointF(10, 2.5)))
    near = [image.pixelColor(at.x() + dx, at.y() + dy).getRgb()[:3] for dx in range(-2, 3) for dy in range(-2, 3)]
    assert any(max(abs(a - b) for a, b in zip(c, SMOOTH_COLOR)) < 40 for c in near), near
    plot.add_train(20, 200, 2.0, 2.0)
    plot.refresh()
    assert plot.smooth_curve.opts["symbol"] is None


def test_the_frequency_baseline_is_named_in_the_legend(qtbot):
    """The baseline's name is a legend entry (a label on the line ran under the legend on a narrow
    plot); it follows the unit, a click on its entry hides the line, and a reset removes both."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 400)
    names = lambda: [label.text for _sample, label in plot.legend.items]
    assert "frequency baseline" not in names()
    plot.set_history(History(step=[10, 20], elapsed_s=[1.0, 2.0], chars_seen=[100, 200], train_loss=[4.0, 3.0]))
    plot.set_baseline(3.2)
    assert names()[-1] == "frequency baseline" and names().count("frequency baseline") == 1
    assert plot._baseline.isVisible() and plot._baseline.value() == 3.2
    plot.set_unit("bits")
    assert math.isclose(plot._baseline.value(), 3.2 / math.log(2))
    plot.set_baseline(3.1)                  # a new value does not add a second entry
    assert names().count("frequency baseline") == 1
    shot(plot, "12-plot-baseline-legend")
    sample = next(s for s, label in plot.legend.items if label.text == "frequency baseline")
    sample.item.setVisible(False)           # what a click on the entry's sample does
    assert not plot._baseline.isVisible()
    sample.item.setVisible(True)
    assert plot._baseline.isVisible()
    plot.reset()
    assert "frequency baseline" not in names() and not plot._baseline.isVisible()


def test_the_view_holds_the_baseline_over_a_curve_that_starts_under_it(qtbot):
    """A new model starts on the baseline (core/start.py), so its first reported losses are
    already under it: the view still reaches up to the line."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_history(History(step=[10, 20, 30], elapsed_s=[1.0, 2.0, 3.0], chars_seen=[100, 200, 300],
                             train_loss=[3.0, 2.6, 2.4]))
    plot.set_baseline(3.3)
    plot.getPlotItem().enableAutoRange()
    qtbot.waitUntil(lambda: plot.getViewBox().viewRange()[1][1] >= 3.3, timeout=5000)
    low, high = plot.getViewBox().viewRange()[1]
    assert low <= 2.4 and 3.3 <= high < 3.6
    sample = next(s for s, label in plot.legend.items if label.text == "frequency baseline")
    sample.item.setVisible(False)           # hidden from the legend: the view fits the curves alone
    plot.getPlotItem().enableAutoRange()
    qtbot.waitUntil(lambda: plot.getViewBox().viewRange()[1][1] < 3.3, timeout=5000)
