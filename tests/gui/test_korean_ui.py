"""The window in Korean (issue 16): every visible text has Hangul or is exempt on purpose;
the Language menu's choice is remembered and applies on the next start; System follows
the locale."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from gui_helpers import WAIT_MS, set_tiny
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QLineEdit, QMainWindow, QMenu, QPlainTextEdit, QTabWidget, QTableView,
                               QTextEdit, QToolBar, QWidget)

from rnn_studio.gui import language

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# Exempt on purpose: proper names, formats and devices, a person's name, the languages' own
# names in the Language menu, and what a unit or symbol reads the same in both languages.
EXEMPT_WORDS = ("LSTM", "GRU", "RNN", "bfloat16", "float32", "float16", "cpu", "cuda", "mps", "CPU", "CUDA", "MPS",
                "MLflow", "safetensors", "Sung Kim", "RNN Studio", "English", "torch", "Adam", "AdamW", "SGD",
                "UTF-8", "utf-8", "tanh", "softmax", "ReLU", "NFD", "NFC", "ID", "bpc", "x", "t", "h", "c", "y",
                "W", "b", "n", "e", "k", "M", "kB", "MB", "GB", "s", "ms", "min", "nats", "bits")
FILE_NAME = re.compile(r"\S+\.(txt|rnn|md|csv|tsv|text|json|sqlite|h5|png)\b")
SHORTCUT = re.compile(r"\b(Ctrl|Shift|Alt|Meta|F\d+)\+?\S*")


def offending(text: str) -> bool:
    """True when ``text`` has Latin words left once the exempt ones are taken out, and no Hangul."""
    text = re.sub(r"<[^>]+>", " ", text or "")
    if HANGUL.search(text):
        return False
    text = FILE_NAME.sub(" ", text)
    text = SHORTCUT.sub(" ", text)
    for word in sorted(EXEMPT_WORDS, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", " ", text)
    return bool(re.search(r"[A-Za-z]{2,}", text))


def _menu_texts(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} ▸ {action.menu().title()}")
        elif FILE_NAME.search(action.toolTip()) and action.text() in action.toolTip().replace("_", " "):
            continue        # a file's name: File ▸ Sample Texts, Open Recent
        elif not action.isSeparator():
            for text in (action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "")
                         else "", action.statusTip()):
                yield f"{where} ▸ {action.text()}", text


# Said in English on purpose: it shows only when no font can draw Hangul.
EXEMPT_WIDGETS = ("lectureFontNotice",)


def visible_texts(top: QWidget):
    """(where, text) for every text the user can see or hover in ``top`` and its children."""
    widgets = [w for w in [top] + top.findChildren(QWidget) if w.objectName() not in EXEMPT_WIDGETS]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName() or ''}".strip()
        yield where + " [tooltip]", w.toolTip()
        yield where + " [statusTip]", w.statusTip()
        if isinstance(w, (QMainWindow, QDockWidget)) or w.isWindow():
            yield where + " [title]", w.windowTitle().replace("[*]", "")
        if isinstance(w, QLabel):
            yield where, w.text()
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + " [placeholder]", w.placeholderText()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield where + " [placeholder]", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} [item {i}]", w.itemText(i)
                yield f"{where} [item {i} tip]", w.itemData(i, 3) or ""
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where} [tab {i}]", w.tabText(i)
        elif isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            for c in range(m.columnCount()):
                yield f"{where} [column {c}]", m.headerData(c, pg.QtCore.Qt.Orientation.Horizontal) or ""
        elif isinstance(w, QToolBar):
            yield where + " [title]", w.windowTitle()
            for action in w.actions():
                yield f"{where} ▸ {action.text()}", action.toolTip()
        elif isinstance(w, QMenu) and w.parent() is not None and not isinstance(w.parent(), QMenu):
            yield from _menu_texts(w, where)
        if hasattr(w, "spinBoxes") is False and hasattr(w, "suffix") and callable(getattr(w, "suffix")):
            yield where + " [suffix]", w.suffix()
            yield where + " [prefix]", w.prefix()
            yield where + " [special]", w.specialValueText()
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                yield f"{where} [{name} axis]", axis.labelText
            if item.legend is not None:
                for _, label in item.legend.items:
                    yield f"{where} [legend]", label.text
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), "menu")


def untranslated(top: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(top) if text and offending(text)})


@pytest.fixture
def korean(qapp, monkeypatch):
    monkeypatch.setenv(language.ENV, "ko")
    assert language.install(qapp) == "ko"
    yield
    language.install(qapp, "en")


def train(qtbot, w, corpus_file, steps=10):
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, "LSTM", layers=1, hidden=16, steps=steps)
    w.train_panel.advanced.widgets["eval_every"].setValue(5)
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()


def test_the_exemptions_let_through_only_what_reads_the_same_in_korean():
    assert not offending("LSTM 2×128") and not offending("hello.txt") and not offending("Ctrl+G")
    assert not offending("12.5 kB · 3.2 s") and not offending("학습(&T)") and not offending("—")
    assert offending("Train") and offending("step 12") and offending("<b>Cost</b> 1.2")


def test_every_visible_text_of_the_window_in_korean_has_hangul_or_is_exempt(korean, qtbot, window, corpus_file):
    w = window
    assert QApplication.translate("QPlatformTheme", "Cancel") == "취소"      # Qt's own dialogs too
    assert w.acts.train.text() != "&Train"
    before = untranslated(w)                                # a new window, nothing done yet
    train(qtbot, w, corpus_file)
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS):
        w.generate()
    for dock in ("nextCharDock", "surprisalDock", "inspectorDock", "runsDock"):
        w.show_view(dock)
    qtbot.waitUntil(lambda: w.findChild(QTableView, "runsTable").model().rowCount() >= 1, timeout=WAIT_MS)
    lecture = w.open_lecture()
    lecture.train_steps(2)
    help_dialog = w.show_numbers_help()
    after = untranslated(w) + untranslated(lecture) + untranslated(help_dialog)
    help_dialog.close()
    lecture.close()
    missing = sorted(set(before) | set(after))
    assert not missing, "untranslated texts:\n" + "\n".join(missing)


def test_the_language_menu_is_remembered_and_applies_on_the_next_start(qapp, qtbot, monkeypatch):
    from rnn_studio.gui import MainWindow

    monkeypatch.delenv(language.ENV, raising=False)
    monkeypatch.setattr(language, "system_name", lambda: "ko_KR")
    assert language.install(qapp) == "ko"                   # System, the default, follows the locale
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.acts.language_menu.title() == "언어(&L)"
        names = {a.objectName(): a for a in w.acts.language_menu.actions()}
        assert names["language_system"].isChecked()
        names["language_en"].trigger()
        assert names["language_en"].isChecked() and not names["language_system"].isChecked()
        assert "다시 시작" in w.statusBar().currentMessage()
        assert w.acts.train.text() == "학습(&T)"             # it applies on the next start, not now
        w.close()
        assert language.install(qapp) == "en"               # the next start
        w2 = MainWindow()
        qtbot.addWidget(w2)
        assert w2.acts.train.text() == "&Train"
        assert w2.acts.language_menu.title() == "&Language"
        assert {a.objectName() for a in w2.acts.language_menu.actions() if a.isChecked()} == {"language_en"}
        w2.findChild(QMenu, "languageMenu").actions()[0].trigger()     # back to System
        w2.close()
        monkeypatch.setattr(language, "system_name", lambda: "en_US")
        assert language.install(qapp) == "en"
        monkeypatch.setattr(language, "system_name", lambda: "ko_KR")
        assert language.install(qapp) == "ko"
    finally:
        language.install(qapp, "en")
