"""The lecture view reached from the main window (issue 15's automation contract)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QToolButton


def test_open_lecture_returns_the_view_that_learns_hello(qtbot, window):
    view = window.open_lecture()
    assert view.objectName() == "lectureView" and view.isVisible()
    assert window.open_lecture() is view                      # one view, brought forward
    view.train_steps(60)
    spelled = "".join("helo"[int(np.argmax(view.step(t)["p"]))] for t in range(1, 5))
    assert spelled == "ello"
    s = view.step(1)
    assert np.allclose(s["h_prev"], 0)
    assert np.allclose(s["h"], np.tanh(s["W_xh"] @ s["x"] + s["W_hh"] @ s["h_prev"] + s["b_xh"] + s["b_hh"]),
                       atol=1e-6)
    view.close()


def test_the_lecture_is_in_the_help_menu_and_the_toolbar(window):
    assert window.acts.lecture in window.acts.toolbar.actions()
    help_actions = [a for m in window.menuBar().actions() for a in (m.menu().actions() if m.menu() else [])]
    assert window.acts.lecture in help_actions


def test_train_this_on_your_own_text_sets_the_form(qtbot, window):
    view = window.open_lecture()
    view.train_own_text_requested.emit({"cell": "gru", "layers": 2})
    assert window.model_panel.cell.currentData() == "gru" and window.model_panel.layers.value() == 2
    view.close()


def test_a_first_start_shows_the_lecture_hint_once(qtbot, settings_dir):
    from gui_helpers import open_window

    first = open_window(qtbot)
    assert first.findChild(QToolButton, "lectureHint") is not None
    first.close()
    second = open_window(qtbot)
    assert second.findChild(QToolButton, "lectureHint") is None
    second.close()
