"""The window as a new user meets it (issue 17): fits a laptop, never misleads, explains its
numbers. Each test is one finding of the issue, checked the way a user would meet it."""

from __future__ import annotations

import os
import re
import stat

import pytest
from gui_helpers import WAIT_MS, saved, set_tiny, train_tiny
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QProgressBar, QPushButton, QSpinBox


def wheel(widget, notches: int = 3) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(notches):
        event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("name", ["cellTypeCombo", "batchSizeSpin", "deviceCombo", "hiddenSizeSpin"])
def test_the_wheel_over_an_unfocused_field_scrolls_the_panel_and_changes_nothing(window, name):
    w = window
    field = w.findChild(QComboBox, name) or w.findChild(QAbstractSpinBox, name)
    before = field.currentIndex() if isinstance(field, QComboBox) else field.value()
    assert not field.hasFocus() and field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(field)
    after = field.currentIndex() if isinstance(field, QComboBox) else field.value()
    assert after == before


def test_a_laptop_screen_shows_the_whole_training_loop(qtbot, window):
    w = window
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.width() <= 1366 and w.height() <= 768, timeout=WAIT_MS)
    for cls, name in ((QPushButton, "trainButton"), (QPushButton, "pauseButton"), (QPushButton, "stopButton"),
                      (QProgressBar, "trainProgress")):
        widget = w.findChild(cls, name)
        assert widget.isVisible(), name
        assert widget.visibleRegion().boundingRect() == widget.rect(), f"{name} is cut off"
        top_left = widget.mapTo(w, QPoint(0, 0))
        assert top_left.y() + widget.height() <= w.height() and top_left.x() + widget.width() <= w.width()


def test_the_window_opens_no_larger_than_the_screen(window):
    avail = window.screen().availableGeometry()
    assert window.width() <= avail.width() and window.height() <= avail.height()


def test_devices_that_cannot_train_here_are_disabled_with_the_reason(window):
    import torch

    combo = window.findChild(QComboBox, "deviceCombo")
    items = {combo.itemData(i): combo.model().item(i) for i in range(combo.count())}
    assert items["auto"].isEnabled() and items["cpu"].isEnabled()
    assert items["cuda"].isEnabled() == torch.cuda.is_available()
    if not torch.cuda.is_available():
        assert "not available" in items["cuda"].toolTip()
    assert combo.currentData() not in [d for d, item in items.items() if not item.isEnabled()]


def test_every_stated_range_is_the_fields_range(window):
    window.train_panel.advanced_button.setChecked(True)
    for spin in window.findChildren(QAbstractSpinBox):
        m = re.search(r"\((-?[\d.,e+-]+) – (-?[\d.,e+-]+)\)", spin.toolTip())
        if m:
            lo, hi = (float(g.replace(",", "")) for g in m.groups())
            assert (lo, hi) == pytest.approx((spin.minimum(), spin.maximum()), rel=1e-6), spin.objectName()


def test_typing_a_temperature_of_ten_gives_ten(qtbot, window):
    spin = window.findChild(QAbstractSpinBox, "temperatureSpin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    spin.interpretText()
    assert spin.value() == 10.0


def test_status_is_never_stale(qtbot, window, corpus_file, tmp_path, dialogs):
    """New → Open → Continue → Refuse: every label, counter, marker and note shows the current
    model and run."""
    w = window
    train_tiny(qtbot, w, corpus_file, "LSTM", layers=1, hidden=16, steps=30)
    assert w.step_label.text() == "step 30"
    path = str(tmp_path / "first.rnn")
    saved(qtbot, w, path)
    w.plot_panel.readout.setText("step 12 · train 2.0")      # as a hover leaves it
    w.new_model()                                             # New: nothing of the old model stays
    assert w.step_label.text() == "" and w.plot.series.train.n == 0
    assert w.plot_panel.readout.text() == "" and not w.plot._marker.isVisible()
    assert w.train_panel.progress.value() == 0 and w.train_panel.run_note.text() == ""
    assert w.load_model(path)                                  # Open
    assert w.step_label.text() == "step 30" and "30 steps" in w.model_panel.locked_label.text()
    w.train_panel.steps.setValue(20)                          # Continue: the counters follow the run
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    assert w.step_label.text() == "step 50" and "50 steps" in w.model_panel.locked_label.text()
    w.new_model()
    w.model_panel.hidden.setValue(w.model_panel.hidden.maximum())
    w.model_panel.layers.setValue(w.model_panel.layers.maximum())   # Refuse: far too big
    w.start_training()
    assert "training on" not in w.statusBar().currentMessage()
    assert "not started" in w.statusBar().currentMessage() and w.step_label.text() == ""


def test_continuing_on_another_text_asks_and_can_go_back_to_its_own(qtbot, window, corpus_file, tmp_path,
                                                                     dialogs):
    w = window
    train_tiny(qtbot, w, corpus_file, "GRU", layers=1, hidden=16, steps=10)
    other = tmp_path / "other.txt"
    other.write_text("hello world, a different text. " * 40, encoding="utf-8")
    assert w.load_corpus(str(other))
    dialogs.continue_answer = "cancel"
    assert not w.start_training() and dialogs.shown[-1][:3] == ("ask_continue", "fox.txt", "other.txt")
    dialogs.continue_answer = "own"
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        assert w.start_training()
    assert w.corpus.name == "fox.txt" and w.document.snapshot.step == 20
    assert w.load_corpus(str(other))
    dialogs.continue_answer = "this"
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        assert w.start_training()
    assert w.corpus.name == "other.txt"


def test_one_unit_everywhere(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    w.plot_panel.unit_combo.setCurrentIndex(w.plot_panel.unit_combo.findData("bits"))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=20)
    w.train_panel.advanced.widgets["eval_every"].setValue(10)
    w.train_panel.advanced.widgets["sample_every"].setValue(10)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    shown = [w.train_panel.speed.text(), w.statusBar().currentMessage(), w.timeline.view.toPlainText()]
    assert all("bits/char" in t and "nats" not in t for t in shown), shown


def test_the_writer_offers_nothing_to_copy_before_it_wrote(qtbot, window, corpus_file, dialogs):
    w = window
    assert not w.findChild(QPushButton, "copyTextButton").isEnabled()
    assert not w.findChild(QPushButton, "saveTextButton").isEnabled()
    assert not w.save_text() and not [k for k, *_ in dialogs.shown if k == "save_file"]


def test_the_writer_can_skip_unknown_prefix_characters(qtbot, window, corpus_file):
    w = window
    train_tiny(qtbot, w, corpus_file, "GRU", layers=1, hidden=16, steps=5)
    w.writer.prefix.setText("The ✓")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        w.generate()
    assert done.args == ["refused"] and "✓" in w.writer.note.text()
    qtbot.keyClicks(w.writer.prefix, "x")       # editing the prefix clears the old refusal
    assert w.writer.note.text() == ""
    w.writer.skip_unknown.setChecked(True)
    w.writer.length.setValue(20)
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        w.generate()
    assert done.args == ["done"] and w.writer.text().startswith("The x")


def test_saved_models_are_readable_like_other_files(qtbot, window, corpus_file, tmp_path):
    w = window
    train_tiny(qtbot, w, corpus_file, "GRU", layers=1, hidden=8, steps=3)
    path = tmp_path / "m.rnn"
    saved(qtbot, w, path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_the_numbers_help_explains_the_open_texts_baseline(window, corpus_file):
    assert window.load_corpus(str(corpus_file))
    dialog = window.show_numbers_help()
    text = dialog.text.toPlainText()
    assert "cost" in text and "accuracy" in text.lower() and "fox.txt" in text and "nats" in text
    dialog.language.setCurrentIndex(1)
    assert "비용" in dialog.text.toPlainText() and "정확도" in dialog.text.toPlainText()
    dialog.close()


def test_a_short_runs_time_axis_has_no_scale_factor(window):
    axis = window.plot.getPlotItem().getAxis("bottom")
    assert not axis.autoSIPrefix


def test_no_spin_box_stretches_on_a_wide_screen(qtbot, window):
    window.resize(2560, 1400)
    for name in ("temperatureSpin", "topKSpin", "lengthSpin", "seedSpin"):
        assert window.findChild(QSpinBox, name) is None or window.findChild(QSpinBox, name).width() <= 150


def test_a_mostly_hangul_text_offers_jamo_and_writes_whole_syllables(qtbot, window, tmp_path):
    import unicodedata

    from rnn_studio import paths

    w = window
    text = (paths.corpora_dir() / "korean_constitution.txt").read_text(encoding="utf-8")[:4000]
    path = tmp_path / "헌법.txt"
    path.write_text(text, encoding="utf-8")
    assert w.load_corpus(str(path))
    assert w.model_panel.jamo.isVisible()
    w.model_panel.jamo.setChecked(True)
    set_tiny(w, "GRU", layers=1, hidden=16, steps=5)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    assert w.document.snapshot.model_cfg.hangul == "jamo" and len(w.document.snapshot.vocab) < 120
    w.writer.prefix.setText("대한민국")
    w.writer.length.setValue(40)
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS):
        w.generate()
    out = w.writer.text()
    assert out.startswith("대한민국") and unicodedata.normalize("NFC", out) == out
    assert not any("\u1100" <= c <= "\u11ff" for c in out)
    assert w.load_corpus(str(paths.corpora_dir() / "hello.txt"))
    assert not w.model_panel.jamo.isVisible() or w.document.snapshot is not None


def test_the_progress_bar_reads_its_steps_with_thousands_separators(window):
    """Qt's %v has no separator: the bar's text is written with one, as the step label is."""
    bar = window.train_panel.progress
    window.train_panel.begin(5000)
    window.train_panel.set_progress(1350)
    assert bar.text() == "1,350 / 5,000 steps" and bar.value() == 1350
    window.train_panel.set_progress(9999)           # never past the budget
    assert bar.text() == "5,000 / 5,000 steps"
    window.train_panel.begin(None)                  # a budget in minutes: a percentage
    window.train_panel.set_progress(500)
    assert bar.text().endswith("%")
