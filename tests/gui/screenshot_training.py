"""Take the README's screenshots: the real window in the middle of training, as the screen shows it.

Not a test (pytest does not collect it). Run it on a real X server of the size to look at,
for example

    xvfb-run -a -s '-screen 0 1366x768x24' python tests/gui/screenshot_training.py \
        resources/screenshots/training.png [--seconds 45] [--lang ko] [--maximized]

The window opens as a user's would (no larger than the screen, see gui/views.py), or
maximized; Train is pressed with the real mouse (``xdotool``, when installed: an X click at
the button's place on the screen, so what a user's click reaches is what is tested), a small
LSTM learns the bundled Shakespeare (``--lang ko``: the window in Korean, learning the
Korean constitution as jamo) for SECONDS, a continuation is written while the run goes on,
and the whole screen is saved at that moment. Settings go to a temporary folder, so the
user's own are untouched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("RNN_STUDIO_SETTINGS_DIR", tempfile.mkdtemp(prefix="rnn-studio-shot-"))
os.environ.setdefault("RNN_STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="rnn-studio-shot-data-"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--seconds", type=float, default=45.0)
    ap.add_argument("--lang", choices=("en", "ko"), default="en")
    ap.add_argument("--maximized", action="store_true")
    a = ap.parse_args()
    os.environ["RNN_STUDIO_LANG"] = a.lang

    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QGuiApplication

    from rnn_studio.gui import MainWindow
    from rnn_studio.gui.app import create_application
    from rnn_studio.gui.widgets import dialogs
    from rnn_studio.paths import corpora_dir

    korean = a.lang == "ko"
    dialogs.ask_save = lambda parent, name: "discard"
    app = create_application()
    w = MainWindow(str(corpora_dir() / ("korean_constitution.txt" if korean else "shakespeare.txt")))
    w.show()
    if a.maximized:     # the whole screen (a plain X server has no window manager to maximize with)
        w.setGeometry(QGuiApplication.primaryScreen().availableGeometry())

    def click(widget) -> None:
        """A real mouse click where ``widget`` is on the screen (or a programmatic one without xdotool)."""
        if shutil.which("xdotool") is None:
            widget.click()
            return
        p = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
        subprocess.run(["xdotool", "mousemove", str(p.x()), str(p.y()), "click", "1"], check=True)

    def train() -> None:
        if w.corpus_feature.busy:           # the text is still being read
            QTimer.singleShot(200, train)
            return
        m, t, adv = w.model_panel, w.train_panel, w.train_panel.advanced.widgets
        m.cell.setCurrentIndex(m.cell.findText("LSTM"))
        m.layers.setValue(1)
        m.hidden.setValue(192)
        if korean:
            m.jamo.setChecked(True)
        t.seq_len.setValue(64)
        t.batch.setValue(32)
        t.steps.setValue(5000)
        adv["eval_every"].setValue(100)
        adv["sample_every"].setValue(100)
        adv["sample_length"].setValue(60 if korean else 90)
        click(w.train_panel.train_button)
        QTimer.singleShot(int(a.seconds * 1000), write)

    def write() -> None:
        w.writer.prefix.setText("대한민국은" if korean else "HAMLET.")
        w.writer.length.setValue(200 if korean else 400)
        w.writer.seed.setValue(7)
        w.generationFinished.connect(lambda _reason: QTimer.singleShot(800, snap))
        w.generate()

    def snap() -> None:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        QGuiApplication.primaryScreen().grabWindow(0).save(str(a.out))
        print(f"saved {a.out} ({w.width()}×{w.height()} window) at {w.step_label.text()}")
        w.close()

    w.engineReady.connect(lambda: QTimer.singleShot(500, train))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
