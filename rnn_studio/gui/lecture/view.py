"""The Lecture view: Sung Kim's 12-1 "hello" example, live, in English and Korean.

A ``HelloLesson`` (core/lecture.py) trains here; everything shown is read from its
``step(t)``, the same numbers its cost is computed from. Usable as a top-level window, a
dock's or a tab's content: ``LectureView(parent=None)``.

Automation contract: objectName ``lectureView``; ``train_steps(n)`` trains n steps;
``step(t)`` returns the shown numbers of time step t (see ``HelloLesson.step``);
``train_own_text_requested(dict)`` carries {"cell": ..., "layers": ...} for the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (QBoxLayout, QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSlider, QSpinBox, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from rnn_studio.core.lecture import INPUT, LETTERS, MAX_LAYERS, HelloLesson
from rnn_studio.gui.lecture.matrices import WeightsPanel
from rnn_studio.gui.lecture.steppanel import StepPanel
from rnn_studio.gui.lecture.structures import StructuresDiagram
from rnn_studio.gui.lecture.texts import LANGUAGES, html, text
from rnn_studio.gui.lecture.unrolled import Moment, UnrolledStrip

CELL_NAMES = (("rnn", "RNN"), ("lstm", "LSTM"), ("gru", "GRU"))
TICK_MS, STEPS_PER_TICK = 40, 2        # "Train to the end" animates: about 50 steps a second


def has_hangul() -> bool:
    """Whether any installed font covers Hangul (Qt then falls back to it by itself)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def default_language() -> str:
    """The window's language (View ▸ Language); the view's own switch changes it for itself."""
    from rnn_studio.gui import language

    return language.current()


class LectureView(QWidget):
    train_own_text_requested = Signal(dict)
    changed = Signal()                  # after every training step, reset or time step

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("lectureView")
        self.lang = language or default_language()
        self.lesson = HelloLesson()
        self.t = 1
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._build()
        self._retranslate()
        self.refresh()

    # --- the automation contract -------------------------------------------------------
    def train_steps(self, n: int = 1) -> float:
        """Train n steps (Adam on the whole word); returns the mean cost after them."""
        cost = self.lesson.train_steps(n)
        self.refresh()
        return cost

    def step(self, t: int) -> dict:
        """The numbers shown for time step t = 1…4, as numpy arrays (``HelloLesson.step``)."""
        return self.lesson.step(t)

    # --- actions ---------------------------------------------------------------------------
    def set_time(self, t: int) -> None:
        self.t = max(1, min(4, int(t)))
        if self.slider.value() != self.t:
            self.slider.setValue(self.t)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for button in self.lang_group.buttons():
            button.setChecked(button.property("lang") == lang)
        self._retranslate()
        self.refresh()

    def set_model(self, cell: str | None = None, layers: int | None = None, seed: int | None = None) -> None:
        """Rebuild the hello model with new random weights for this cell, depth and seed."""
        self.stop()
        cell = cell or self.lesson.cell
        layers = layers or self.lesson.layers
        seed = self.lesson.seed if seed is None else seed
        for widget in (self.cell, self.layers, self.seed):    # show the settings without re-entering
            widget.blockSignals(True)
        self.cell.setCurrentIndex([c for c, _ in CELL_NAMES].index(cell))
        self.layers.setValue(layers)
        self.seed.setValue(seed)
        for widget in (self.cell, self.layers, self.seed):
            widget.blockSignals(False)
        self.lesson = HelloLesson(cell, layers, seed=seed)
        self.refresh()

    def reset(self) -> None:
        """New random weights: the next seed."""
        self.set_model(seed=self.seed.value() + 1)

    def train_to_end(self) -> None:
        if self.timer.isActive():
            self.stop()
        else:
            self.timer.start()
            self.end_button.setText(self._w("stop"))

    def stop(self) -> None:
        self.timer.stop()
        if hasattr(self, "end_button"):
            self.end_button.setText(self._w("train_end"))

    def _tick(self) -> None:
        finished = self.lesson.train_chunk(STEPS_PER_TICK)
        self.refresh()
        if finished:
            self.stop()

    def _own_text(self) -> None:
        self.train_own_text_requested.emit({"cell": self.lesson.cell, "layers": self.lesson.layers})

    # --- building ----------------------------------------------------------------------------
    def _w(self, key: str) -> str:
        return text(self.lang, key)

    def _build(self) -> None:
        self.setWindowTitle("RNN Studio — Lecture")
        self.title, self.subtitle = QLabel(), QLabel(objectName="lectureSubtitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.lang_group = QButtonGroup(self)
        langs = QHBoxLayout()
        langs.setSpacing(0)
        for code, name in LANGUAGES:
            b = QPushButton(name, checkable=True, objectName=f"lectureLang_{code}")
            b.setProperty("lang", code)
            b.setChecked(code == self.lang)
            b.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.lang_group.addButton(b)
            langs.addWidget(b)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addLayout(langs)

        self.cell = QComboBox(objectName="lectureCell")
        for _, name in CELL_NAMES:
            self.cell.addItem(name)
        self.cell.currentIndexChanged.connect(lambda i: self.set_model(cell=CELL_NAMES[i][0]))
        self.layers = QSpinBox(objectName="lectureLayers", minimum=1, maximum=MAX_LAYERS)
        self.layers.valueChanged.connect(lambda n: self.set_model(layers=n))
        self.seed = QSpinBox(objectName="lectureSeed", minimum=0, maximum=99999)
        self.seed.valueChanged.connect(lambda s: self.set_model(seed=s))
        self.labels = {k: QLabel() for k in ("cell", "layers", "seed", "time")}
        self.reset_button = QPushButton(objectName="lectureReset", clicked=self.reset)
        self.one_button = QPushButton(objectName="lectureTrainOne", clicked=lambda: self.train_steps(1))
        self.end_button = QPushButton(objectName="lectureTrainEnd", clicked=self.train_to_end)
        self.own_button = QPushButton(objectName="lectureOwnText", clicked=self._own_text)
        self.one_button.setDefault(True)
        self.status = QLabel(objectName="lectureStatus")
        self.status.setStyleSheet("font-weight: bold")
        bar = QHBoxLayout()
        for w in (self.labels["cell"], self.cell, self.labels["layers"], self.layers, self.labels["seed"],
                  self.seed, self.reset_button, _rule(), self.one_button, self.end_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.own_button)

        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="lectureTime", minimum=1, maximum=4)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setFixedWidth(160)
        self.slider.valueChanged.connect(self.set_time)
        self.prev_button = QPushButton(objectName="lecturePrev", clicked=lambda: self.set_time(self.t - 1))
        self.next_button = QPushButton(objectName="lectureNext", clicked=lambda: self.set_time(self.t + 1))
        self.time_label = QLabel(objectName="lectureTimeLabel")
        tbar = QHBoxLayout()
        for w in (self.labels["time"], self.prev_button, self.slider, self.next_button, self.time_label):
            tbar.addWidget(w)
        tbar.addStretch(1)
        tbar.addWidget(self.status)

        self.strip = UnrolledStrip(self._w)
        self.strip.picked.connect(self.set_time)
        self.panel = StepPanel(self._w)
        self.weights = WeightsPanel()
        self.explain = QTextBrowser(objectName="lectureExplanation")
        self.explain.setFrameShape(QFrame.Shape.NoFrame)
        self.explain.setStyleSheet("QTextBrowser { background: palette(alternate-base); border-radius: 6px; padding: 6px; }")
        self.lower = lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lower.addWidget(self.weights, 3)
        lower.addWidget(self.explain, 2)
        walk = QWidget()
        wl = QVBoxLayout(walk)
        wl.setContentsMargins(4, 4, 4, 4)
        wl.addLayout(tbar)
        wl.addWidget(self.strip)
        wl.addWidget(self.panel)
        wl.addLayout(lower, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(walk)

        self.structures = StructuresDiagram(self._w)
        self.struct_note = QLabel(wordWrap=True, objectName="lectureStructuresNote")
        self.struct_note.setStyleSheet("padding: 4px 16px;")
        shapes = QWidget()
        sl = QVBoxLayout(shapes)
        sl.addWidget(self.structures)
        sl.addWidget(self.struct_note)
        sl.addStretch(1)
        self.tabs = QTabWidget(objectName="lectureTabs")
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(shapes, "")

        self.font_notice = QLabel(wordWrap=True, objectName="lectureFontNotice")
        self.font_notice.setStyleSheet("background: #fff8c5; color: #24292f; padding: 6px; border-radius: 4px;")
        self.font_notice.setVisible(not has_hangul())
        root = QVBoxLayout(self)
        root.addLayout(head)
        root.addWidget(self.font_notice)
        root.addLayout(bar)
        root.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
        w = self._w
        self.title.setText(w("title"))
        self.subtitle.setText(w("subtitle" if self.font_notice.isHidden() else "subtitle_latin"))
        for key, label in self.labels.items():
            label.setText(w(key))
        for button, key in ((self.reset_button, "reset"), (self.one_button, "train_one"),
                            (self.own_button, "own_text"), (self.prev_button, "prev"),
                            (self.next_button, "next")):
            button.setText(w(key))
        self.reset_button.setToolTip(w("reset_tip"))
        self.own_button.setToolTip(w("own_text_tip"))
        self.end_button.setText(w("stop" if self.timer.isActive() else "train_end"))
        self.tabs.setTabText(0, w("tab_walk"))
        self.tabs.setTabText(1, w("tab_struct"))
        self.struct_note.setText("".join(f"<p>{html(w(k))}</p>" for k in ("struct_note", "deeper", "lstm", "gru")))
        self.font_notice.setText(w("no_hangul"))
        self.structures.update()

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        lesson, t, lang = self.lesson, self.t, self.lang
        s = lesson.step(t)
        moments = []
        for k in range(1, 5):
            sk = lesson.step(k)
            pred = int(sk["pred"])
            moments.append(Moment(LETTERS[INPUT[k - 1]], pred, int(sk["target"]), float(sk["p"][pred]),
                                  float(sk["cost"]), sk["h_top"]))
        self.strip.show_moments(moments, lesson.history, t)
        self.panel.show_step(s, t, lesson.cell, lesson.layers)
        self.weights.show_step(s, lesson.layers, lesson.gate_names(), self._w("weights_title"),
                               self._w("layer"))
        # two layers' weights need the whole width; the explanation then goes below them
        wide = lesson.layers > 1
        self.lower.setDirection(QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight)
        self.explain.setMinimumHeight(220 if wide else 0)
        right = sum(m.pred == m.target for m in moments)
        self.status.setText(text(lang, "status", steps=lesson.steps, cost=lesson.cost(), right=right,
                                 word=lesson.spelled()))
        c = LETTERS[INPUT[t - 1]]
        self.time_label.setText(f"t = {t}:  ‘{c}’ → ‘{LETTERS[int(s['target'])]}’")
        self.prev_button.setEnabled(t > 1)
        self.next_button.setEnabled(t < 4)
        self.explain.setHtml(self._explanation(s, t, c, right))
        self.changed.emit()

    def _explanation(self, s: dict, t: int, c: str, right: int) -> str:
        lang, cell = self.lang, self.lesson.cell
        pred, tgt = int(s["pred"]), int(s["target"])
        prev = text(lang, "prev_first") if t == 1 else text(lang, "prev_more", tp=t - 1)
        xs = ", ".join(str(int(v)) for v in s["x"])
        first = (text(lang, "step_rnn", t=t, c=c, xs=xs, prev=prev) if cell == "rnn" else
                 text(lang, cell))
        parts = [first,
                 text(lang, "step_out", t=t, pred=LETTERS[pred], pp=float(s["p"][pred]), tgt=LETTERS[tgt],
                      pt=float(s["p"][tgt]), cost=float(s["cost"])),
                 text(lang, "shared"),
                 text(lang, "totals", cost=self.lesson.cost(), right=right)]
        if self.lesson.layers > 1:
            parts.insert(1, text(lang, "deeper"))
        parts.append(text(lang, "intro"))
        return "".join(f"<p style='margin:0 0 8px 0'>{html(p)}</p>" for p in parts)


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #d0d7de")
    return line
