"""The see-inside views, standalone: next-character bars, Write N and branching, surprisal,
and the inspector. Models are tiny (tests/inside_models.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui_helpers import WAIT_MS, shown
from inside_models import TEXT, tiny_models  # noqa: F401  (a fixture)
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.modelfile import build_model
from rnn_studio.core.nextchar import NextChar
from rnn_studio.core.states import inspect_snapshot
from rnn_studio.core.surprisal import score_snapshot
from rnn_studio.core.vocab import Vocab


@pytest.fixture
def next_view(qtbot, tiny_models):
    from rnn_studio.gui.inspect import NextCharView
    return shown(NextCharView(), (800, 700), tiny_models["lstm"][0], qtbot)


def test_bars_follow_every_keystroke(qtbot, next_view, tiny_models):
    v, snap = next_view, tiny_models["lstm"][0]
    assert v.objectName() == "nextCharView"
    assert v.items() and "start of a line" in v.note.text()       # the empty prefix
    ref = NextChar.from_snapshot(snap)
    v.temperature.setValue(0.7)
    for k in range(1, 9):
        steps = v.engine().steps
        qtbot.keyClicks(v.prefix, TEXT[k - 1])
        assert v.engine().steps == steps + 1                      # one step per keystroke
        shown = v.items()
        assert [c for c, _ in shown] == [c for c, _ in ref.top(TEXT[:k], 10, 0.7)]
        assert np.allclose([p for _, p in shown], [p for _, p in ref.top(TEXT[:k], 10, 0.7)], atol=1e-6)
        assert [p for _, p in shown] == sorted((p for _, p in shown), reverse=True)
    qtbot.keyClick(v.prefix, Qt.Key.Key_Backspace)
    assert [c for c, _ in v.items()] == [c for c, _ in ref.top(TEXT[:7], 10, 0.7)]


def test_clicking_a_bar_appends_its_character(qtbot, next_view):
    v = next_view
    v.prefix.setText("Shall I")
    second = v.items()[1][0]
    qtbot.mouseClick(v.bars, Qt.MouseButton.LeftButton, pos=v.bars.bar_rect(1).center())
    assert v.prefix.text() == "Shall I" + second


def test_refusals_and_following_the_model(qtbot, next_view, tiny_models):
    v = next_view
    v.prefix.setText("Shall ☃")
    assert v.items() == [] and "never saw" in v.note.text()
    v.prefix.setText("Shall")
    before = v.items()
    v.set_model(tiny_models["gru"][0])
    assert v.items() and v.items() != before
    v.set_model(None)
    assert v.items() == []


def test_a_long_paste_is_read_on_the_job_runner(qtbot, next_view, tiny_models, monkeypatch):
    v = next_view
    with qtbot.waitSignal(v.updated, timeout=WAIT_MS):
        v.prefix.setText(TEXT[:300])
    assert v.items() == NextChar.from_snapshot(tiny_models["lstm"][0]).top(TEXT[:300], 10, 1.0)


def test_write_n_and_branch(qtbot, next_view):
    v, panel = next_view, next_view.alternatives
    v.prefix.setText("Shall I ")
    panel.length.setValue(30)
    with qtbot.waitSignal(panel.written, timeout=WAIT_MS):
        panel.write(8)
    conts = panel.continuations()
    assert len(conts) == 8 and all(len(c) == 30 for c in conts)
    panel.branch_at(2, 5)
    wrote = conts[2][5]
    assert wrote in [c for c, _ in v.items()] and v.bars.marked == wrote
    other = next(c for c, _ in v.items() if c != wrote)
    with qtbot.waitSignal(panel.written, timeout=WAIT_MS):
        v._on_bar(other)
    new = panel.continuations()[2]
    assert new.startswith(conts[2][:5] + other) and len(new) == 30
    assert panel.continuations()[3] == conts[3]
    assert v.prefix.text() == "Shall I "


@pytest.fixture
def surprisal_view(qtbot, tiny_models):
    from rnn_studio.gui.inspect import SurprisalView
    return shown(SurprisalView(), (900, 600), tiny_models["gru"][0], qtbot)


def test_surprisal_view_scores_as_eval(surprisal_view, tiny_models):
    v, snap = surprisal_view, tiny_models["gru"][0]
    assert v.objectName() == "surprisalView"
    text = TEXT[:500]
    v.load_text(text)
    bits = v.bits()
    ref = score_snapshot(snap, text)
    assert len(bits) == len(text) and math.isnan(bits[0])
    assert np.allclose(bits[1:], ref.bits[1:], atol=1e-5)
    e = evaluate(build_model(snap), Vocab(snap.vocab).encode(text), context=True)
    bpc, acc = v.totals()
    assert bpc == pytest.approx(e.bpc, abs=1e-3) and acc == pytest.approx(e.accuracy)
    assert f"{e.bpc:.4f}" in v.totals_label.text()
    tip = v._tip(10)
    assert f"{bits[10]:.2f} bits" in tip
    if text[10] in [c for c, _ in ref.top(10)]:
        assert "✓" in tip


def test_surprisal_view_marks_unseen_and_scores_long_texts_in_the_background(qtbot, surprisal_view, monkeypatch):
    from rnn_studio.gui.inspect import surprisal_view as module
    v = surprisal_view
    v.load_text("Shall ☃ I")
    assert math.isnan(v.bits()[6]) and "never saw" in v.totals_label.text()
    monkeypatch.setattr(module, "SYNC_CHARS", 100)
    with qtbot.waitSignal(v.scored, timeout=WAIT_MS):
        v.load_text(TEXT[:400])
    assert len(v.bits()) == 400


@pytest.fixture
def inspector(qtbot, tiny_models):
    from rnn_studio.gui.inspect import InspectorView
    return shown(InspectorView(), (1000, 700), tiny_models["lstm2"][0], qtbot)


def test_inspector_colours_with_the_units_activations(inspector, tiny_models):
    v, snap = inspector, tiny_models["lstm2"][0]
    assert v.objectName() == "inspectorView"
    assert len(v.activations(0, 0)) == 0                  # nothing inspected yet
    text = TEXT[:300]
    v.load_text(text)
    st = inspect_snapshot(snap, text)
    assert np.allclose(v.activations(1, 5), st.h[1][:, 5], atol=1e-6)
    v.signal.setCurrentIndex(v.signal.findData(1))        # the forget gate
    assert np.allclose(v.activations(0, 2), st.gates(0)[:, 1, 2], atol=1e-6)
    v.signal.setCurrentIndex(v.signal.findData("c"))
    assert np.allclose(v.activations(1, 0), np.tanh(st.c[1][:, 0]), atol=1e-6)
    assert v.heat.values.shape == (snap.model_cfg.hidden, 80)
    assert set(v.gates.curves) == {"i", "f", "g", "o"}


def test_find_units_ranks_by_correlation(inspector):
    v = inspector
    v.load_text(TEXT[:400])
    found = v.find_units("quotes")
    assert len(found) == 10 and [abs(u.r) for u in found] == sorted((abs(u.r) for u in found), reverse=True)
    assert v.found_list.count() == 10 and "point-biserial" in v.note.text()
    first = found[0]
    assert (v.layer.currentIndex(), v.unit.value()) == (first.layer, first.unit)
    v.find_units("line")
    assert "Pearson" in v.note.text()
    assert v.find_units("(") == [] and "regular expression" in v.note.text()


def test_inspector_words_for_a_cell_without_gates_and_unseen_text(inspector, tiny_models):
    v = inspector
    v.set_model(tiny_models["rnn"][0])
    v.load_text(TEXT[:100])
    assert v.gates.curves == {} and "no gates" in v.gates_note.text()
    assert v.signal.count() == 1
    v.load_text("Shall ☃")
    assert "never saw" in v.note.text() and len(v.activations(0, 0)) == 0


def test_coloured_text_reports_the_character_under_the_mouse(qtbot):
    from PySide6.QtGui import QTextCursor

    from rnn_studio.gui.inspect.coloured_text import ColouredText
    view = ColouredText()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    text = "ab c\nd한e"
    view.show_chars(text, [(255, 255, 255)] * len(text), offset=100)
    where = list(view._map[:-1])
    for i, ch in enumerate(text):
        k = where.index(i)                         # the character's first document position
        cur = QTextCursor(view.document())
        cur.setPosition(k)
        left = view.cursorRect(cur)
        cur.setPosition(k + 1)
        right = view.cursorRect(cur)
        if right.y() != left.y():                  # the newline glyph ends its line
            right = left.translated(8, 0)
        point = left.center()
        point.setX((left.x() + right.x()) // 2)
        with qtbot.waitSignal(view.charClicked, timeout=1000) as clicked:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert clicked.args == [100 + i], (ch, clicked.args)


def test_surprisal_view_opens_a_file_and_saves_html(qtbot, surprisal_view, dialogs, tmp_path):
    v = surprisal_view
    src = tmp_path / "sonnet.txt"
    src.write_text(TEXT[:200], encoding="utf-8")
    dialogs.open_path = str(src)
    qtbot.mouseClick(v.open_button, Qt.MouseButton.LeftButton)
    assert len(v.bits()) == 200 and v.input.toPlainText() == TEXT[:200]
    dialogs.save_path = str(tmp_path / "out.html")
    qtbot.mouseClick(v.html_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 << 20)
    dialogs.open_path = str(big)
    qtbot.mouseClick(v.open_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors() and "at most" in dialogs.errors()[-1]


def test_enter_in_the_prefix_adds_a_newline(qtbot, next_view):
    next_view.prefix.setText("Shall")
    qtbot.keyClick(next_view.prefix, Qt.Key.Key_Return)
    assert next_view.prefix.text() == "Shall\n" and "⏎" in next_view.note.text()
