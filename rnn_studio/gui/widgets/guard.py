"""Fields that behave as users expect in a scrolled panel, and say their true range.

A spin box or combo box under the pointer takes wheel events even without focus, so
scrolling a settings column changed "auto" to "mps" and a batch of 32 to 56. ``guard``
gives every field ``Qt.StrongFocus`` (no focus by wheel) and a filter that sends the wheel
of an unfocused field to the scroll area around it; a field changes by wheel only once
the user has clicked or tabbed into it. ``honest_ranges`` rewrites a "(lo – hi)" in a spin
box's tooltip to the range the box really has.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

RANGE = re.compile(r"\(\s*-?[\d.,e+-]+\s*–\s*-?[\d.,e+-]+\s*\)")


class _WheelToScroll(QObject):
    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget) or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True     # never to the field itself


_FILTER = _WheelToScroll()


def guard(root: QWidget) -> None:
    """Every spin box and combo box under ``root``: wheel only with focus."""
    for w in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        w.installEventFilter(_FILTER)


def honest_ranges(root: QWidget) -> None:
    for w in root.findChildren(QAbstractSpinBox):
        tip = w.toolTip()
        if not RANGE.search(tip) or not hasattr(w, "minimum"):
            continue
        lo, hi = w.minimum(), w.maximum()
        if isinstance(lo, float):
            text = f"({lo:g} – {hi:g})"
        else:
            text = f"({lo:,} – {hi:,})"
        w.setToolTip(RANGE.sub(text, tip))
