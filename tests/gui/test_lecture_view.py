"""The Lecture view: its automation contract, its controls, its two languages.

The numbers ``step(t)`` returns are the ones drawn; each identity is recomputed in numpy.
"""

from __future__ import annotations

import numpy as np
import pytest
from gui_helpers import WAIT_MS
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSlider, QSpinBox

from rnn_studio.core.lecture import LETTERS, STEPS_TO_LEARN

TOL = 1e-6


@pytest.fixture
def view(qtbot):
    from rnn_studio.gui.lecture import LectureView

    v = LectureView(parent=None, language="en")
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def softmax(y):
    e = np.exp(y - y.max())
    return e / e.sum()


def spelled(v) -> str:
    return "".join(LETTERS[int(np.argmax(v.step(t)["p"]))] for t in range(1, 5))


def button(v, name: str) -> QPushButton:
    return v.findChild(QPushButton, name)


def test_contract_numbers_obey_the_lecture_at_every_t(view):
    assert view.objectName() == "lectureView"
    view.train_steps(4)
    for t in range(1, 5):
        s = view.step(t)
        assert {"x", "h_prev", "h", "y", "p", "W_xh", "W_hh", "W_hy", "b_xh", "b_hh", "b_y"} <= set(s)
        assert all(isinstance(a, np.ndarray) for a in s.values())
        h = np.tanh(s["W_xh"] @ s["x"] + s["W_hh"] @ s["h_prev"] + s["b_xh"] + s["b_hh"])
        np.testing.assert_allclose(s["h"], h, atol=TOL)
        np.testing.assert_allclose(s["y"], s["W_hy"] @ s["h"] + s["b_y"], atol=TOL)
        np.testing.assert_allclose(s["p"], softmax(s["y"]), atol=TOL)
        assert t > 1 or not s["h_prev"].any()


@pytest.mark.parametrize("seed", [0, 7, 42])
def test_training_in_the_view_spells_ello_within_the_promised_steps(view, seed):
    view.findChild(QSpinBox, "lectureSeed").setValue(seed)
    assert view.lesson.seed == seed and view.lesson.steps == 0
    steps = 0
    while spelled(view) != "ello" and steps < STEPS_TO_LEARN:
        view.train_steps(1)
        steps += 1
    assert spelled(view) == "ello", f"seed {seed}: not learnt in {STEPS_TO_LEARN} steps"
    assert "ello" in view.findChild(type(view.status), "lectureStatus").text()


def test_shown_weights_are_the_models_and_shared_by_every_t(view, qtbot):
    qtbot.mouseClick(button(view, "lectureTrainOne"), Qt.MouseButton.LeftButton)
    assert view.lesson.steps == 1
    w = view.lesson.model.rnn.weight_hh_l0.detach().numpy()
    for t in range(1, 5):
        view.set_time(t)
        assert view.panel.t == t and view.weights.pick == "hell".index("hell"[t - 1])
        np.testing.assert_array_equal(view.step(t)["W_hh"], w)
        m = view.strip.moments[t - 1]
        assert m.pred == int(view.step(t)["pred"]) and m.cost == float(view.step(t)["cost"])
        name, drawn, *_ = view.weights.mats[1]
        assert name == "W_hh"
        np.testing.assert_array_equal(drawn, w)


def test_time_controls_slider_buttons_and_strip_click(view, qtbot):
    slider = view.findChild(QSlider, "lectureTime")
    slider.setValue(3)
    assert view.t == 3
    qtbot.mouseClick(button(view, "lectureNext"), Qt.MouseButton.LeftButton)
    assert view.t == 4 and not button(view, "lectureNext").isEnabled()
    qtbot.mouseClick(button(view, "lecturePrev"), Qt.MouseButton.LeftButton)
    assert view.t == 3 and slider.value() == 3
    strip = view.strip
    x = 70 + (strip.width() - 70 - 250) / 4 * 0.5           # the middle of the first column
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPointF(x, 100).toPoint())
    assert view.t == 1 and slider.value() == 1


def test_reset_gives_new_weights_and_seed_reproduces(view, qtbot):
    before = view.step(1)["W_hh"]
    view.train_steps(3)
    qtbot.mouseClick(button(view, "lectureReset"), Qt.MouseButton.LeftButton)
    assert view.lesson.steps == 0 and view.lesson.seed == 1
    assert not np.array_equal(view.step(1)["W_hh"], before)
    view.findChild(QSpinBox, "lectureSeed").setValue(0)
    np.testing.assert_array_equal(view.step(1)["W_hh"], before)


def test_train_to_the_end_animates_until_learnt(view, qtbot):
    qtbot.mouseClick(button(view, "lectureTrainEnd"), Qt.MouseButton.LeftButton)
    assert view.timer.isActive() and button(view, "lectureTrainEnd").text() == "Stop"
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=WAIT_MS)
    assert view.lesson.done() and spelled(view) == "ello"
    history = view.lesson.history
    assert history[-1] < history[0] and view.strip.history == history
    assert button(view, "lectureTrainEnd").text() == "Train to the end"


@pytest.mark.parametrize("cell,layers,gates", [("lstm", 1, "ifgo"), ("gru", 1, "rzn"), ("rnn", 2, ""),
                                               ("lstm", 2, "ifgo")])
def test_deeper_lstm_and_gru_show_their_gates_and_learn(view, cell, layers, gates):
    combo = view.findChild(QComboBox, "lectureCell")
    combo.setCurrentIndex(combo.findText(cell.upper()))
    view.findChild(QSpinBox, "lectureLayers").setValue(layers)
    assert (view.lesson.cell, view.lesson.layers) == (cell, layers)
    view.set_time(2)
    s = view.step(2)
    assert set(gates) <= set(s)
    titles = [c.title for _, cols in view.panel.rows for c in cols]
    assert all(g in titles for g in gates) and len(view.panel.rows) == layers
    assert ("c_{2}" in titles) == (cell == "lstm")
    view.train_steps(STEPS_TO_LEARN)
    assert spelled(view) == "ello"


def test_train_this_on_your_own_text_carries_cell_and_depth(view, qtbot):
    view.set_model("gru", 2)
    with qtbot.waitSignal(view.train_own_text_requested, timeout=WAIT_MS) as got:
        qtbot.mouseClick(button(view, "lectureOwnText"), Qt.MouseButton.LeftButton)
    assert got.args == [{"cell": "gru", "layers": 2}]


def test_language_switch_and_hangul(view, qtbot):
    from rnn_studio.gui.lecture.view import has_hangul

    explain = view.findChild(type(view.explain), "lectureExplanation")
    assert "hidden state" in explain.toPlainText()
    qtbot.mouseClick(button(view, "lectureLang_ko"), Qt.MouseButton.LeftButton)
    assert view.lang == "ko"
    assert "은닉 상태" in explain.toPlainText() and "one-hot 인코딩" in explain.toPlainText()
    assert button(view, "lectureTrainOne").text() == "한 단계 학습"
    assert view.tabs.tabText(1) == "구조"
    qtbot.mouseClick(button(view, "lectureLang_en"), Qt.MouseButton.LeftButton)
    assert button(view, "lectureTrainOne").text() == "Train one step"
    assert view.font_notice.isHidden() == has_hangul()


def test_no_hangul_font_is_said_once_in_words(qtbot, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from rnn_studio.gui.lecture import LectureView

    monkeypatch.setattr(QFontDatabase, "families", lambda *a: [])
    v = LectureView(language="ko")
    qtbot.addWidget(v)
    assert not v.font_notice.isHidden() and "Hangul" in v.font_notice.text()
    v.set_language("en")
    assert "Deep Learning for Everyone" in v.subtitle.text()      # no boxes where Hangul would be


def test_view_follows_the_application_language(qtbot):
    from rnn_studio.gui.lecture import LectureView

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean))
    try:
        v = LectureView()
        qtbot.addWidget(v)
        assert v.lang == "ko" and button(v, "lectureLang_ko").isChecked()
    finally:
        QLocale.setDefault(old)
