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
from rnn_studio.gui.lecture.texts import KO
from rnn_studio.gui.lecture.view import has_hangul

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
    assert w.acts.train.text() == "학습(&T)" and w.acts.train.iconText() == "학습"   # no "(T)" on the toolbar
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
    if not has_hangul():
        # With no font for Hangul the lecture says so (in English, exempt) and names the lecture in
        # Latin letters rather than in boxes: on purpose, and only there.
        assert lecture.subtitle.text() == KO["subtitle_latin"]
        after = [t for t in after if not t.startswith("QLabel lectureSubtitle:")]
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


def _ts_messages():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "rnn_studio_ko.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.findall("message"):
            yield context.findtext("name") or "", m.findtext("source"), m.find("translation")


def test_every_entry_is_translated_and_the_shipped_qm_matches_the_ts(korean):
    from PySide6.QtCore import QCoreApplication

    messages = list(_ts_messages())
    assert len(messages) > 400
    unfinished = [src for _, src, t in messages if t.get("type") == "unfinished" or not t.text]
    assert not unfinished
    stale = [(ctx, src) for ctx, src, t in messages if QCoreApplication.translate(ctx, src) != t.text]
    assert not stale, "rebuild the .qm: resources/i18n/update.sh"
    same = {src for _, src, t in messages if t.text == src}      # names and formats that read the same
    assert same <= {"ID", "N", "LSTM", "GRU", "tanh RNN", "rnn", "lstm", "gru", "cpu", "cuda", "mps", "float32",
                    "bfloat16", "nats", "torch {0} · {1}"}


def test_each_class_context_is_a_class_that_asks_in_that_context():
    """PySide's ``self.tr`` asks in the context of the object's own class: a subclass of a
    class that calls it would ask in its own name and find nothing. Every context lupdate
    wrote must be a QObject class of the window that no class of the window derives from."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QObject

    import rnn_studio.gui as gui

    for info in pkgutil.walk_packages(gui.__path__, "rnn_studio.gui."):
        importlib.import_module(info.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)
    ours = [c for c in subclasses(QObject) if c.__module__.startswith("rnn_studio.gui")]
    by_name = {c.__name__: c for c in ours}
    contexts = {ctx for ctx, _, _ in _ts_messages()} - {"", "core", "Ui"}     # tr(), core_text(), Ui.tr
    assert contexts <= set(by_name), contexts - set(by_name)
    derived = {ctx: [s.__name__ for s in subclasses(by_name[ctx]) if s in ours] for ctx in contexts}
    assert not any(derived.values()), derived


def test_cores_known_messages_are_translated_and_others_stay_as_they_are(qapp):
    from rnn_studio.gui import core_messages

    note = ("stopped early at step 700: the validation loss has not improved for 5 evaluations; the best model, "
            "from step 200 (1.5199 nats/char), is kept")
    assert core_messages.translate(note) == note                  # English: core's own words
    assert language.install(qapp, "ko") == "ko"
    try:
        said = core_messages.translate(note)
        assert HANGUL.search(said) and all(n in said for n in ("700", "5", "200", "1.5199"))
        assert core_messages.translate("some message core may add later") == "some message core may add later"
    finally:
        language.install(qapp, "en")


# characters a step: memorising after 40 passes (the advice names the inputs' dropout) and after 8
# (it does not), and validation differing after 0.4
@pytest.mark.parametrize("kind, per_step", [("memorising", 10**5), ("memorising", 2 * 10**4),
                                            ("validation_differs", 1000)])
@pytest.mark.parametrize("early_stop", [True, False])
def test_a_diagnosis_that_core_writes_is_shown_in_korean_with_its_numbers(qapp, kind, per_step, early_stop):
    from rnn_studio.core import events as ev
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.diagnosis import Diagnosis
    from rnn_studio.gui import core_messages

    d = Diagnosis(ModelConfig(), TrainConfig(early_stop=early_stop), baseline=3.0, train_chars=10**6)
    said = []
    for step, val, train in ((100, 2.0, 2.2), (200, 2.05, 2.1), (300, 2.1, 2.0), (400, 2.2, 1.9)):
        said += d.see(ev.StepEvent(step, 400, 0.0, step * per_step, train, 1.0, 0.01, step / 400, None))
        said += d.see(ev.EvalEvent(step, 0.0, step * per_step, val, 3.0, 0.1, is_best=step == 100))
    assert [s.kind for s in said] == [kind]
    assert language.install(qapp, "ko") == "ko"
    try:
        for text in (said[0].message, said[0].advice):
            korean = core_messages.translate(text)
            assert korean != text and HANGUL.search(korean), text
    finally:
        language.install(qapp, "en")


@pytest.mark.parametrize("budget", [dict(steps=300), dict(minutes=0.5), dict(minutes=2), dict(minutes=30),
                                    dict(minutes=180)])
def test_the_fits_reason_as_core_writes_it_is_shown_in_korean(qapp, budget):
    """Every unit of the budget (steps, s, min, h), KB and MB, few and many passes."""
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.fitting import FIELDS, choose
    from rnn_studio.core.sizes import flops_per_char
    from rnn_studio.gui import core_messages

    m = ModelConfig(vocab_size=65)
    reasons = [choose(set(FIELDS), m, TrainConfig(**budget), train, int(train / 0.9), 64,
                      (20_000.0, flops_per_char(m)), int(train / 0.9)).reason for train in (18_000, 3_000_000)]
    assert language.install(qapp, "ko") == "ko"
    try:
        for reason in reasons:
            korean = core_messages.translate(reason)
            numbers = re.findall(r"[\d.,]+", reason)
            assert korean != reason and HANGUL.search(korean) and all(n in korean for n in numbers), reason
    finally:
        language.install(qapp, "en")
