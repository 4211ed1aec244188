"""Take the README's Runs screenshots from a run store (not a test; pytest does not collect it).

    python -m rnn_studio runs compare-cells corpora/shakespeare_sonnets.txt --minutes 1 \
        --out-dir /tmp/cc --runs-db /tmp/cc/runs.sqlite
    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_runs.py /tmp/cc/runs.sqlite resources/screenshots

Saves ``runs_panel.png`` (the panel, every run selected, samples written side by side from one
prefix and seed) and ``compare_cells.png`` (the overlay alone, x as training time).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from rnn_studio.gui.runs import RunsPanel, overlay_runs


def _wait(signal, ms: int = 60000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    db, out = Path(sys.argv[1]), Path(sys.argv[2] if len(sys.argv) > 2 else ".")
    app = QApplication.instance() or QApplication(sys.argv)
    panel = RunsPanel(db)
    panel.resize(1280, 820)
    panel.show()
    _wait(panel.loaded)
    ids = [r["id"] for r in panel.model.rows]
    panel.select_ids(ids)
    _wait(panel.detail.done)
    panel.samples.prefix.setText("Shall I compare thee")
    panel.samples.length.setValue(160)
    panel.samples.write()
    _wait(panel.samples.written)
    app.processEvents()
    panel.grab().save(str(out / "runs_panel.png"))

    plot = pg.PlotWidget(background="w")
    plot.resize(900, 520)
    pi = plot.getPlotItem()
    pi.showGrid(x=True, y=True, alpha=0.25)
    pi.addLegend(offset=(-8, 8), labelTextSize="10pt", labelTextColor="k")
    for name in ("left", "bottom"):
        pi.getAxis(name).setPen(pg.mkPen("k"))
        pi.getAxis(name).setTextPen(pg.mkPen("k"))
    overlay_runs(pi, panel.shown, x="time", train=True)
    pi.setTitle("RNN vs LSTM vs GRU on the sonnets: validation loss (faint: training loss)", color="k")
    plot.show()
    app.processEvents()
    plot.grab().save(str(out / "compare_cells.png"))
    for runner in (panel.loader, panel.detail, panel.samples.runner):
        runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
