"""Start-up: the window appears before torch is imported, then loads the engine."""

from __future__ import annotations

import subprocess
import sys

from gui_helpers import ROOT, child_env

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from rnn_studio.gui.app import create_application
from rnn_studio.gui import MainWindow

app = create_application()
w = MainWindow()
w.show()
print("before-engine", "torch" in sys.modules, w.statusBar().currentMessage(), flush=True)
QTimer.singleShot(0, lambda: print("shown", flush=True))
w.engineReady.connect(lambda: (print("ready", w.model_panel.params_label.text(), flush=True), w.close()))
sys.exit(app.exec())
"""


def test_window_shows_before_the_engine_loads(tmp_path):
    env = child_env(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        shown = proc.stdout.readline()
        ready = proc.stdout.readline()
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
    finally:
        proc.kill()
    assert first.split()[:2] == ["before-engine", "False"] and "loading engine" in first
    assert shown.strip() == "shown"
    # The time to the first paint is a benchmark figure (`python benchmarks/window.py --parts launch`), not a test.
    assert ready.startswith("ready ") and ready.split()[1][0].isdigit()    # the size is shown
