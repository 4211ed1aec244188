"""The inspector's plots: a units × characters heat map of one layer over a window of the
text, and one unit's gates per character. Both pyqtgraph, as the loss plot."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal

from rnn_studio.core.display import diverging_rgb, visible

GATE_COLOURS = {"i": (52, 126, 206), "f": (236, 112, 36), "g": (120, 120, 120), "o": (46, 160, 67),
                "r": (52, 126, 206), "z": (236, 112, 36), "n": (120, 120, 120)}


def _diverging_map() -> pg.ColorMap:
    xs = np.linspace(-1, 1, 33)
    return pg.ColorMap((xs + 1) / 2, [diverging_rgb(float(x)) for x in xs])


def _light(plot: pg.PlotWidget) -> None:
    """White plots with dark axes: the diverging map's white is zero, so the ground is white."""
    plot.setBackground("w")
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setPen(pg.mkPen((60, 60, 60)))
        axis.setTextPen(pg.mkPen((30, 30, 30)))


def _char_ticks(text: str, start: int) -> list[list[tuple[float, str]]]:
    step = max(1, len(text) // 40)
    return [[(i + 0.5, visible(c)) for i, c in enumerate(text) if i % step == 0], []]


class HeatMap(pg.PlotWidget):
    """Rows: the layer's units; columns: the characters of the window; colour: the activation."""

    unitClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorHeatMap")
        _light(self)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(_diverging_map().getLookupTable(nPts=256))
        self.image.setLevels((-1, 1))
        pi = self.getPlotItem()
        pi.addItem(self.image)
        pi.setLabel("left", self.tr("unit"))
        pi.invertY(True)
        pi.hideButtons()
        pi.setMenuEnabled(False)
        self.cursor = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen((0, 0, 0), width=1))
        pi.addItem(self.cursor, ignoreBounds=True)
        self.values = np.zeros((0, 0), np.float32)
        self.scene().sigMouseClicked.connect(self._on_click)

    def show_window(self, values: np.ndarray, text: str, start: int, unit: int) -> None:
        """``values`` (units, characters) for ``text`` starting at character ``start``."""
        self.values = np.asarray(values, np.float32)
        self.image.setImage(self.values, levels=(-1, 1), autoLevels=False)
        self.image.setRect(0, 0, self.values.shape[1], self.values.shape[0])
        self.getPlotItem().getAxis("bottom").setTicks(_char_ticks(text, start))
        self.cursor.setPos(unit + 0.5)
        self.getPlotItem().setRange(xRange=(0, max(1, self.values.shape[1])),
                                    yRange=(0, max(1, self.values.shape[0])), padding=0)

    def _on_click(self, event) -> None:
        p = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        unit = int(p.y())
        if 0 <= unit < self.values.shape[0] and 0 <= p.x() < self.values.shape[1]:
            self.unitClicked.emit(unit)


class GatesPlot(pg.PlotWidget):
    """One unit's gates (LSTM i, f, g, o; GRU r, z, n) over the window, one curve each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorGates")
        _light(self)
        pi = self.getPlotItem()
        pi.showGrid(x=False, y=True, alpha=0.25)
        pi.hideButtons()
        pi.setMenuEnabled(False)
        pi.setYRange(-1.05, 1.05)
        self.legend = pi.addLegend(offset=(8, -8), labelTextSize="8pt", colCount=2, labelTextColor=(30, 30, 30),
                                   brush=pg.mkBrush(255, 255, 255, 200))
        self.curves: dict[str, pg.PlotDataItem] = {}

    def show_gates(self, gates: np.ndarray | None, names: tuple[str, ...], titles: dict[str, str],
                   text: str, start: int) -> None:
        """``gates`` (characters, G) for one unit, or None (a cell without gates)."""
        pi = self.getPlotItem()
        for c in self.curves.values():
            pi.removeItem(c)
            self.legend.removeItem(c)
        self.curves = {}
        if gates is None:
            return
        x = np.arange(len(text)) + 0.5
        for k, name in enumerate(names):
            pen = pg.mkPen(GATE_COLOURS[name], width=2)
            self.curves[name] = pi.plot(x, gates[:, k], pen=pen, name=f"{name}: {titles[name]}",
                                        symbol="o", symbolSize=4, symbolBrush=GATE_COLOURS[name], symbolPen=None)
        pi.getAxis("bottom").setTicks(_char_ticks(text, start))
        pi.setXRange(0, max(1, len(text)), padding=0)
