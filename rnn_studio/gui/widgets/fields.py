"""Input widgets built from the config dataclasses' metadata.

Ranges and tooltips come from ``rnn_studio.core.config`` (the CLI's flags read the same
metadata), so the window can never offer a value the engine would refuse.
"""

from __future__ import annotations

import dataclasses
import html
import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from rnn_studio.core import config
from rnn_studio.gui.language import core_text

INT_MAX = 2**31 - 1     # QSpinBox holds a C int


def meta(cls: type, name: str) -> dict:
    return {f.name: f.metadata for f in dataclasses.fields(cls)}[name]


def help_text(help: str) -> str:
    """The CLI's help as a tooltip's sentence: "--minutes" reads as "minutes" in a form."""
    text = re.sub(r"--([a-z][a-z-]*)", lambda g: g.group(1).replace("-", " "), help)
    return text[:1].upper() + text[1:]


def tooltip(cls: type, name: str) -> str:
    m = meta(cls, name)
    text = core_text(help_text(m["help"]))
    lo, hi = m.get("min"), m.get("max")
    if lo is not None and hi is not None:
        text += f" ({lo:g} – {hi:g})" if isinstance(lo, float) or isinstance(hi, float) else f" ({lo:,} – {hi:,})"
    return wrap(text)


def wrap(text: str) -> str:
    """A long tooltip as rich text, which Qt wraps, instead of one line across the screen."""
    return f"<qt>{html.escape(text)}</qt>" if len(text) > 90 else text


def int_spin(cls: type, name: str, object_name: str, parent: QWidget | None = None,
             special: str | None = None, step: int = 1) -> QSpinBox:
    lo, hi = config.bounds(cls, name)
    w = QSpinBox(parent)
    w.setObjectName(object_name)
    w.setRange(int(lo if lo is not None else 0), int(min(hi if hi is not None else INT_MAX, INT_MAX)))
    w.setSingleStep(step)
    w.setGroupSeparatorShown(True)
    w.setAccelerated(True)
    w.setToolTip(tooltip(cls, name))
    if special:
        w.setSpecialValueText(special)    # shown for the minimum, e.g. "one-hot" for 0
    return w


def float_spin(cls: type, name: str, object_name: str, parent: QWidget | None = None,
               decimals: int = 2, step: float = 0.1) -> QDoubleSpinBox:
    lo, hi = config.bounds(cls, name)
    w = FloatSpinBox(parent)
    w.setObjectName(object_name)
    w.setDecimals(decimals)
    w.setRange(float(lo if lo is not None else 0.0), float(hi if hi is not None else 1e9))
    w.setSingleStep(step)
    w.setAccelerated(True)
    w.setToolTip(tooltip(cls, name))
    return w


def choice_combo(cls: type, name: str, object_name: str, labels: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> QComboBox:
    """Items show ``labels[value]`` (or the value) and carry the config value as data."""
    w = QComboBox(parent)
    w.setObjectName(object_name)
    for value in meta(cls, name)["choices"]:
        w.addItem((labels or {}).get(value) or core_text(value), value)
    w.setToolTip(tooltip(cls, name))
    return w


def set_combo_value(combo: QComboBox, value: str) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)


class FloatSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that ignores NaN. Qt clamps infinities to the range, but a NaN
    compares false with both bounds and came out as the maximum (a learning rate of 10)."""

    def setValue(self, value: float) -> None:
        if isinstance(value, float) and math.isnan(value):
            return
        super().setValue(value)


class LogSpinBox(FloatSpinBox):
    """For rates spanning decades (1e-7 … 10): shows 3e-3 as '0.003', and each arrow
    press goes one step along 1, 2, 5, 10, … instead of adding a fixed amount."""

    _LADDER = (1.0, 2.0, 3.0, 5.0)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(10)    # Qt rounds values to this many places; the text is shorter

    def textFromValue(self, value: float) -> str:
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:
        try:
            v = float(text.replace(",", "."))
        except ValueError:
            return self.value()
        # validate() never passes such text; this guards any other caller.
        return min(max(v, self.minimum()), self.maximum()) if math.isfinite(v) else self.value()

    def validate(self, text: str, pos: int):
        s = text.strip().replace(",", ".")
        try:
            v = float(s)
        except ValueError:
            ok = s == "" or all(c in "0123456789.eE-+" for c in s)
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        inside = self.minimum() <= v <= self.maximum() and math.isfinite(v)
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        v = self.value()
        for _ in range(abs(steps)):
            v = self._next(v, up=steps > 0)
        self.setValue(min(max(v, self.minimum()), self.maximum()))

    def _next(self, v: float, up: bool) -> float:
        decade = 10 ** math.floor(math.log10(v)) if v > 0 else self.minimum()
        marks = [m * decade for m in self._LADDER] + [10 * decade]
        if up:
            return next((m for m in marks if m > v * (1 + 1e-9)), 10 * decade)
        lower = [m / 10 for m in marks[:-1]] + marks[:-1]
        return max((m for m in lower if m < v * (1 - 1e-9)), default=v / 2)
