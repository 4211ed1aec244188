"""Take the README's Runs screenshots (not a test; pytest does not collect it). On an X server:

    xvfb-run -a -s '-screen 0 1600x1000x24' python tests/gui/screenshot_runs.py resources/screenshots [SECONDS]

In the real window, Compare cells trains RNN, LSTM and GRU (1×64) on the bundled sonnets for
SECONDS each (default 20), one after another, and the script saves ``compare_cells.png``: the
window after the comparison, the three runs overlaid on the loss plot and the queue and the
runs table in the Runs panel. Then ``runs_panel.png``: the Runs panel on its own with the three
runs selected and samples written side by side from one prefix and seed. The run store, the
models and the settings go to a temporary folder, so the user's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="rnn-studio-runs-shot-"))
for name, sub in (("RNN_STUDIO_SETTINGS_DIR", "settings"), ("RNN_STUDIO_DATA_DIR", "data"),
                  ("RNN_STUDIO_CACHE_DIR", "cache")):
    os.environ[name] = str(HOME / sub)
os.environ["RNN_STUDIO_RUNS_DB"] = str(HOME / "runs.sqlite")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from rnn_studio import paths  # noqa: E402
from rnn_studio.gui import MainWindow  # noqa: E402
from rnn_studio.gui.app import create_application  # noqa: E402
from rnn_studio.gui.runs import RunsPanel  # noqa: E402
from rnn_studio.gui.widgets import dialogs  # noqa: E402


def _wait(signal, ms: int = 600000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _settle(app, ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def compare_in_window(app, out: Path, seconds: float) -> None:
    w = MainWindow(str(paths.corpora_dir() / "shakespeare_sonnets.txt"))
    w.resize(1600, 960)
    w.show()
    if not w.engine.loaded:
        _wait(w.engineReady)
    m, t, adv = w.model_panel, w.train_panel, w.train_panel.advanced.widgets
    m.layers.setValue(1)
    m.hidden.setValue(64)
    t.seq_len.setValue(64)
    t.batch.setValue(16)
    adv["eval_every"].setValue(20)
    adv["sample_every"].setValue(40)
    # One thread: on a machine others are using, two threads' hand-offs can slow the GRU's and
    # the RNN's step loops many times over (the LSTM is one fused call), and the picture would lie.
    adv["threads"].setValue(1)
    w.plot_panel.set_choices({"x": "time"})      # runs of one budget compared by training time
    w.runs_panel.set_x("time")
    for name in ("writerDock", "nextCharDock", "surprisalDock", "inspectorDock"):
        w.views.docks[name].hide()               # the Runs panel gets the whole right column
    w.resizeDocks([w.views.docks["runsDock"]], [760], Qt.Orientation.Horizontal)
    w.compare_cells(("rnn", "lstm", "gru"), (1,), minutes=seconds / 60)
    _wait(w.compare.finished)
    _wait(w.runs_panel.detail.done)         # the selection's curves and samples in the panel
    _settle(app)
    w.grab().save(str(out / "compare_cells.png"))
    print(f"saved {out / 'compare_cells.png'}: runs {[i.run_id for i in w.compare.items]}")
    w.document.dirty = False
    w.close()


def runs_panel(app, out: Path) -> None:
    panel = RunsPanel(HOME / "runs.sqlite")
    panel.resize(1280, 820)
    panel.show()
    _wait(panel.loaded)
    panel.select_ids([r["id"] for r in panel.model.rows])
    _wait(panel.detail.done)
    panel.samples.prefix.setText("Shall I compare thee")
    panel.samples.length.setValue(160)
    panel.samples.write()
    _wait(panel.samples.written)
    app.processEvents()
    panel.grab().save(str(out / "runs_panel.png"))
    for runner in (panel.loader, panel.detail, panel.samples.runner):
        runner.wait()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    out.mkdir(parents=True, exist_ok=True)
    dialogs.ask_save = lambda parent, name: "discard"
    app = create_application()
    compare_in_window(app, out, seconds)
    runs_panel(app, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
