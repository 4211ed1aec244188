"""Take the README's Korean screenshot: the window in Korean, in the middle of training.

Not a test (pytest does not collect it). Run it on a real X server with a Hangul font
(fonts-nanum), for example

    xvfb-run -a -s '-screen 0 1366x768x24' python tests/gui/screenshot_training_ko.py \
        resources/screenshots/training_ko.png [SECONDS]

Like screenshot_training.py, with the window in Korean (RNN_STUDIO_LANG=ko): a small LSTM
learns the bundled Korean constitution as jamo for SECONDS (default 45), writes a
continuation of "대한민국은" while the run goes on, and the window is saved at that moment.
Settings go to a temporary folder, so the user's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("RNN_STUDIO_SETTINGS_DIR", tempfile.mkdtemp(prefix="rnn-studio-shot-"))
os.environ["RNN_STUDIO_LANG"] = "ko"

from PySide6.QtCore import QTimer  # noqa: E402

from rnn_studio.gui import MainWindow  # noqa: E402
from rnn_studio.gui.app import create_application  # noqa: E402
from rnn_studio.gui.widgets import dialogs  # noqa: E402
from rnn_studio.paths import corpora_dir  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "training_ko.png")
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 45.0
    dialogs.ask_save = lambda parent, name: "discard"
    app = create_application()
    w = MainWindow(str(corpora_dir() / "korean_constitution.txt"))
    w.show()

    def train() -> None:
        m, t, adv = w.model_panel, w.train_panel, w.train_panel.advanced.widgets
        m.cell.setCurrentIndex(m.cell.findText("LSTM"))
        m.layers.setValue(1)
        m.hidden.setValue(192)
        m.jamo.setChecked(True)
        t.seq_len.setValue(64)
        t.batch.setValue(32)
        t.steps.setValue(5000)
        adv["eval_every"].setValue(100)
        adv["sample_every"].setValue(100)
        adv["sample_length"].setValue(60)
        w.start_training()
        QTimer.singleShot(int(seconds * 1000), write)

    def write() -> None:
        w.writer.prefix.setText("대한민국은")
        w.writer.length.setValue(200)
        w.writer.seed.setValue(7)
        w.generationFinished.connect(lambda _reason: QTimer.singleShot(800, snap))
        w.generate()

    def snap() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        w.grab().save(str(out))
        print(f"saved {out} at {w.step_label.text()}")
        w.close()

    def ready() -> None:
        if w.corpus_feature.busy:           # the constitution is still being read
            QTimer.singleShot(200, ready)
        else:
            train()

    w.engineReady.connect(ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
