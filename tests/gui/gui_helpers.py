"""Helpers shared by the window's tests (imported by name: tests/gui is on sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

# /shots/ is git-ignored at the top of the repository.
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("RNN_STUDIO_SHOTS") or ROOT / "shots" / "gui")
TEXT = ("The quick brown fox jumps over the lazy dog. "
        "A small recurrent network learns to spell these words, one character at a time.\n")
WAIT_MS = 30000     # a generous ceiling for a busy two-core machine; tests take far less


def open_window(qtbot, corpus_file=None):
    """A shown, exposed main window (with a corpus loaded when one is given)."""
    from rnn_studio.gui import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    if corpus_file is not None:
        assert w.load_corpus(str(corpus_file))
    return w


def set_tiny(w, cell: str = "GRU", layers: int = 2, hidden: int = 24, steps: int = 40) -> None:
    """A model and budget small enough for a test: tens of steps, tens of milliseconds."""
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from rnn_studio.gui.widgets.fields import set_combo_value

    find = w.findChild
    combo = find(QComboBox, "cellTypeCombo")
    combo.setCurrentIndex(combo.findText(cell))
    find(QSpinBox, "layersSpin").setValue(layers)
    find(QSpinBox, "hiddenSizeSpin").setValue(hidden)
    find(QSpinBox, "seqLenSpin").setValue(32)
    find(QSpinBox, "batchSizeSpin").setValue(8)
    find(QSpinBox, "stepsSpin").setValue(steps)
    adv = w.train_panel.advanced.widgets
    adv["eval_every"].setValue(20)
    adv["sample_every"].setValue(20)
    adv["sample_length"].setValue(60)
    set_combo_value(w.train_panel.device, "cpu")


def train_tiny(qtbot, w, corpus_file, *args, **kw) -> None:
    """Open ``corpus_file``, make the model tiny (``set_tiny``'s arguments) and train it to the
    end of its budget."""
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, *args, **kw)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()


def saved(qtbot, w, path) -> Path:
    """Save the window's model to ``path`` and wait until the file is written."""
    with qtbot.waitSignal(w.modelSaved, timeout=WAIT_MS):
        assert w.save_model(str(path))
    return Path(path)


def shown(view, size: tuple[int, int], snapshot, qtbot=None):
    """``view`` resized, shown and following ``snapshot`` (closed with the test by ``qtbot``)."""
    if qtbot is not None:
        qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.set_model(snapshot)
    return view


def shot(widget, name: str) -> Path:
    """Save what the user would see, for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path


def child_env(settings_dir) -> dict[str, str]:
    """For a child Python running the window: offscreen, private settings, this checkout."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNN_STUDIO_SETTINGS_DIR=str(settings_dir))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env
