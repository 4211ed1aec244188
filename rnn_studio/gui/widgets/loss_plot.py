"""The live loss plot: raw train loss (faint), its smoothed line, and validation points.

Smooth with 100,000 points because nothing grows per redraw: each curve is one
PlotDataItem updated in place from views of preallocated arrays (``series.py``), pyqtgraph
draws only the visible part (clip to view) reduced to about a point per pixel (peak
downsampling keeps spikes), and redraws are throttled to ``MAX_FPS`` however fast points
arrive, and further while painting is slow, so that drawing never takes more than
``PAINT_SHARE`` of the time: the UI's painting holds the GIL, which training needs too.
Only major ticks get grid lines (the minor grid doubled the cost of a frame).
"""

from __future__ import annotations

import math

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from rnn_studio.gui.widgets.layout import column, heading, row
from rnn_studio.gui.widgets.series import LossSeries

MAX_FPS = 30
PAINT_SHARE = 0.05
MAX_INTERVAL_MS = 500
TRAIN_COLOR = (52, 126, 206)
SMOOTH_COLOR = (20, 84, 168)
SMOOTH_COLOR_DARK = (110, 170, 245)     # the same line on a dark background
VAL_COLOR = (236, 112, 36)


class LossPlot(pg.PlotWidget):
    hovered = Signal(str)

    X_AXES = {"step": QT_TR_NOOP("step"), "chars": QT_TR_NOOP("characters seen"),
              "time": QT_TR_NOOP("training time (s)")}
    UNITS = {"nats": QT_TR_NOOP("loss (nats per character)"), "bits": QT_TR_NOOP("loss (bits per character)")}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.series = LossSeries()
        self.x_key, self.unit = "step", "nats"
        self.redraws = 0
        pi = self.getPlotItem()
        pi.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            pi.getAxis(name).setStyle(maxTickLevel=0)
            pi.getAxis(name).enableAutoSIPrefix(False)  # "(x0.001)" on a short run's time axis
        pi.setMenuEnabled(True)
        pi.hideButtons()
        self.legend = pi.addLegend(offset=(-8, 8), labelTextSize="9pt")
        # The raw per-report loss: faint beside the smoothed line, but visible on any screen.
        self.train_curve = pi.plot(name=self.tr("train"), pen=pg.mkPen((*TRAIN_COLOR, 150), width=1))
        self.smooth_curve = pi.plot(name=self.tr("train (smoothed)"), pen=pg.mkPen(SMOOTH_COLOR, width=2.5),
                                    symbol=None, symbolSize=7, symbolBrush=SMOOTH_COLOR, symbolPen=None)
        self.val_curve = pi.plot(name=self.tr("val"), pen=pg.mkPen(VAL_COLOR, width=1.5), symbol="o",
                                 symbolSize=7, symbolBrush=VAL_COLOR, symbolPen=pg.mkPen(VAL_COLOR))
        # Peak keeps the raw curve's spikes; the smoothed line averages, so it stays a line.
        for curve, method in ((self.train_curve, "peak"), (self.smooth_curve, "mean"), (self.val_curve, "peak")):
            curve.setDownsampling(auto=True, method=method)
            curve.setClipToView(True)
        # The lecture's first benchmark: the loss of guessing by character frequency alone.
        self.baseline_nats: float | None = None
        # It is named in the legend, not on the line: a label on a line near the top of a narrow
        # plot runs under the legend, which sits in the same corner the line crosses.
        pen = pg.mkPen((150, 150, 150), width=1.2, style=Qt.PenStyle.DashLine)
        self._baseline = pg.InfiniteLine(angle=0, movable=False, pen=pen)
        self._baseline.setVisible(False)
        # In the view's bounds: a new model starts on this line (core/start.py), and the first
        # reported step is already under it, so a line outside the bounds would never be seen.
        pi.addItem(self._baseline)
        self._baseline_key = pg.PlotDataItem(pen=pen)   # the legend's sample only, never plotted
        self._baseline_name = self.tr("frequency baseline")
        self._baseline_key.visibleChanged.connect(self.refresh)   # a click on its legend entry hides the line
        # The kept model: the best validation point.
        self.best_marker = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush(VAL_COLOR),
                                              pen=pg.mkPen("w"), name=self.tr("best (kept)"))
        pi.addItem(self.best_marker)
        self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((128, 128, 128, 140), width=1))
        self._marker = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(TRAIN_COLOR), pen=pg.mkPen("w"))
        for item in (self._cursor, self._marker):
            item.setVisible(False)
            pi.addItem(item, ignoreBounds=True)
        self._hover_proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=MAX_FPS, slot=self._on_mouse)
        self._throttle = QTimer(self, singleShot=True)
        self._throttle.timeout.connect(self.refresh)
        self._dirty = False
        self.paint_s = 0.0          # recent paint time (moving average)
        self._label_axes()
        self.apply_palette(self.palette())

    # ---- data in ---------------------------------------------------------------------------
    def add_train(self, step: int, chars: int, time_s: float, loss: float) -> None:
        self.series.add_train(step, chars, time_s, loss)
        self.schedule()

    def add_val(self, step: int, chars: int, time_s: float, loss: float, accuracy: float) -> None:
        self.series.add_val(step, chars, time_s, loss, accuracy)
        self.schedule()

    def set_history(self, history) -> None:
        self.series.load_history(history)
        self.refresh()

    def reset(self) -> None:
        # Not ``clear``: PlotWidget binds that name to PlotItem.clear, which removes the curves.
        self.series.clear()
        self.baseline_nats = None
        self._name_baseline()
        for item in (self._cursor, self._marker):
            item.setVisible(False)          # nothing of the previous model stays on the plot
        self.hovered.emit("")
        self.refresh()

    def schedule(self) -> None:
        """Redraw soon, at most MAX_FPS times a second however often points arrive."""
        self._dirty = True
        if not self._throttle.isActive():
            wait_ms = max(1000 / MAX_FPS, 1000 * self.paint_s / PAINT_SHARE)
            self._throttle.start(int(min(wait_ms, MAX_INTERVAL_MS)))

    def paintEvent(self, event) -> None:
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_s = 0.7 * self.paint_s + 0.3 * (time.perf_counter() - t0)

    @Slot()
    def refresh(self) -> None:
        self._dirty = False
        self._throttle.stop()
        t, v, x, u = self.series.train, self.series.val, self.x_key, self.unit
        lone = t.n == 1         # a run that ended at its first report: a line of one point is invisible
        if lone != (self.smooth_curve.opts["symbol"] is not None):
            self.smooth_curve.setSymbol("o" if lone else None)
        self.train_curve.setData(t.view(x), t.view(u))
        self.smooth_curve.setData(t.view(x), t.view("smooth_" + u))
        self.val_curve.setData(v.view(x), v.view(u))
        if v.n:
            i = int(np.argmin(v.view(u)))
            self.best_marker.setData([v.view(x)[i]], [v.view(u)[i]])
        else:
            self.best_marker.setData([], [])
        shown = self.baseline_nats is not None
        if shown:
            self._baseline.setPos(self.baseline_nats / (math.log(2) if u == "bits" else 1.0))
        self._baseline.setVisible(shown and self._baseline_key.isVisible())
        self.redraws += 1

    def set_baseline(self, nats: float | None) -> None:
        self.baseline_nats = nats
        self._name_baseline()
        self.refresh()

    def _name_baseline(self) -> None:
        """The baseline's legend entry while there is a baseline (not in refresh: it changes only here)."""
        shown = self.baseline_nats is not None
        if shown != (self.legend.getLabel(self._baseline_key) is not None):
            if shown:
                self.legend.addItem(self._baseline_key, self._baseline_name)
                self.apply_palette(self.palette())      # the new entry's text in the theme's colour
            else:
                self.legend.removeItem(self._baseline_key)

    # ---- axes ------------------------------------------------------------------------------
    def set_x_axis(self, key: str) -> None:
        self.x_key = key
        self._label_axes()
        self.refresh()
        self.getPlotItem().enableAutoRange()

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self._label_axes()
        self.refresh()
        self.getPlotItem().enableAutoRange()

    def _label_axes(self) -> None:
        pi = self.getPlotItem()
        pi.setLabel("bottom", self.tr(self.X_AXES[self.x_key]))
        pi.setLabel("left", self.tr(self.UNITS[self.unit]))

    def apply_palette(self, palette: QPalette) -> None:
        """Follow the system's light or dark colours."""
        bg = palette.color(QPalette.ColorRole.Base)
        fg = palette.color(QPalette.ColorRole.Text)
        self.setBackground(bg)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(fg))
            axis.setTextPen(pg.mkPen(fg))
        dark = bg.lightness() < 128
        self.smooth_curve.setPen(pg.mkPen(SMOOTH_COLOR_DARK if dark else SMOOTH_COLOR, width=2.5))
        self.legend.setLabelTextColor(fg)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=fg)
        self.legend.setBrush(pg.mkBrush(QColor(bg.red(), bg.green(), bg.blue(), 200)))

    # ---- hover -----------------------------------------------------------------------------
    def hover_text(self, x: float) -> str:
        """The values nearest to ``x`` on the current x axis, as one line."""
        t, v, key, u = self.series.train, self.series.val, self.x_key, self.unit
        if not len(t) and not len(v):
            return ""
        parts = []
        if len(t):
            i = _nearest(t.view(key), x)
            parts.append(self.tr("step {0}").format(f"{t.view('step')[i]:,.0f}"))
            if key != "step":
                parts.append(self._x_text(key, t.view(key)[i]))
            parts.append(self.tr("train {0:.3f} (smoothed {1:.3f}) {2}").format(
                t.view(u)[i], t.view("smooth_" + u)[i], self._unit_name(u)))
        if len(v):
            j = _nearest(v.view(key), x)
            parts.append(self.tr("val {0:.3f} {1} at step {2}, accuracy {3:.0%}").format(
                v.view(u)[j], self._unit_name(u), f"{v.view('step')[j]:,.0f}", v.view("accuracy")[j]))
        return " · ".join(parts)

    def _x_text(self, key: str, value: float) -> str:
        if key == "chars":
            return self.tr("{0} chars").format(f"{value:,.0f}")
        m, s = divmod(value, 60)
        return f"{int(m)}:{s:04.1f}"

    def _unit_name(self, u: str) -> str:
        return self.tr("nats") if u == "nats" else self.tr("bits")

    def _on_mouse(self, event) -> None:
        pos = event[0]
        vb = self.getPlotItem().getViewBox()
        t = self.series.train
        if not vb.sceneBoundingRect().contains(pos) or not len(t):
            self._cursor.setVisible(False)
            self._marker.setVisible(False)
            self.hovered.emit("")
            return
        x = vb.mapSceneToView(pos).x()
        i = _nearest(t.view(self.x_key), x)
        xi, yi = t.view(self.x_key)[i], t.view("smooth_" + self.unit)[i]
        self._cursor.setPos(xi)
        self._marker.setData([xi], [yi])
        self._cursor.setVisible(True)
        self._marker.setVisible(True)
        self.hovered.emit(self.hover_text(x))


def _nearest(xs: np.ndarray, x: float) -> int:
    i = int(np.searchsorted(xs, x))
    if i <= 0:
        return 0
    if i >= xs.size:
        return xs.size - 1
    return i if xs[i] - x < x - xs[i - 1] else i - 1




class LossPlotPanel(QWidget):
    """The plot with its axis choices and a line that shows the hovered values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = LossPlot(self)
        self.x_combo = QComboBox(self, objectName="xAxisCombo")
        for key, label in (("step", self.tr("steps")), ("chars", self.tr("characters seen")),
                           ("time", self.tr("time"))):
            self.x_combo.addItem(label, key)
        self.unit_combo = QComboBox(self, objectName="lossUnitCombo")
        self.unit_combo.addItem(self.tr("nats / char"), "nats")
        self.unit_combo.addItem(self.tr("bits / char"), "bits")
        self.readout = QLabel(self, objectName="plotReadout")
        self.readout.setMinimumWidth(10)
        top = row(self, heading(self.tr("Loss")), (self.readout, 1), self.tr("x:"), self.x_combo,
                  self.tr("y:"), self.unit_combo)
        column(self, top, (self.plot, 1))
        self.x_combo.currentIndexChanged.connect(lambda: self.plot.set_x_axis(self.x_combo.currentData()))
        self.unit_combo.currentIndexChanged.connect(lambda: self.plot.set_unit(self.unit_combo.currentData()))
        self.plot.hovered.connect(self.readout.setText)

    def choices(self) -> dict[str, str]:
        return {"x": self.x_combo.currentData(), "unit": self.unit_combo.currentData()}

    def set_choices(self, value: dict) -> None:
        for combo, key in ((self.x_combo, "x"), (self.unit_combo, "unit")):
            i = combo.findData(value.get(key)) if isinstance(value, dict) else -1
            if i >= 0:
                combo.setCurrentIndex(i)
