"""Take the README's screenshot: the real window in the middle of training.

Not a test (pytest does not collect it). Run it on a real X server, for example

    xvfb-run -a -s '-screen 0 1400x900x24' python tests/gui/screenshot_training.py \
        resources/screenshots/training.png [SECONDS]

It trains a small LSTM on the bundled Shakespeare for SECONDS (default 45), writes a
continuation while the run goes on, and saves the window as it looks at that moment.
Settings go to a temporary folder, so the user's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("RNN_STUDIO_SETTINGS_DIR", tempfile.mkdtemp(prefix="rnn-studio-shot-"))

from PySide6.QtCore import QTimer  # noqa: E402

from rnn_studio.gui import MainWindow  # noqa: E402
from rnn_studio.gui.widgets import dialogs  # noqa: E402
from rnn_studio.gui.app import create_application  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "training.png")
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 45.0
    dialogs.ask_save = lambda parent, name: "discard"
    app = create_application()
    w = MainWindow()
    w.resize(1360, 860)
    w.show()

    def train() -> None:
        m, t, adv = w.model_panel, w.train_panel, w.train_panel.advanced.widgets
        m.cell.setCurrentIndex(m.cell.findText("LSTM"))
        m.layers.setValue(1)
        m.hidden.setValue(192)
        t.seq_len.setValue(64)
        t.batch.setValue(32)
        t.steps.setValue(5000)
        adv["eval_every"].setValue(100)
        adv["sample_every"].setValue(100)
        adv["sample_length"].setValue(90)
        w.start_training()
        QTimer.singleShot(int(seconds * 1000), write)

    def write() -> None:
        w.writer.prefix.setText("HAMLET.")
        w.writer.length.setValue(400)
        w.writer.seed.setValue(7)
        w.generationFinished.connect(lambda _reason: QTimer.singleShot(800, snap))
        w.generate()

    def snap() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        w.grab().save(str(out))
        print(f"saved {out} at step {w.step_label.text()}")
        w.close()

    w.engineReady.connect(train)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
