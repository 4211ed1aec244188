"""A read-only text whose every character has its own background colour, with a tooltip
and a click for each character (surprisal, activations, written continuations).

Drawn as one HTML document of spans, at most ``MAX_SHOWN`` characters (a QTextDocument
of a million spans would take seconds); a newline shows as ⏎ before the line break. A
map from document positions to character indices turns a mouse position into the
character under it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QMouseEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from rnn_studio.core.display import hex_rgb

MAX_SHOWN = 20_000


class ColouredText(QTextBrowser):
    charClicked = Signal(int)       # index of the character clicked
    charHovered = Signal(int)

    def __init__(self, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.text = ""
        self.offset = 0                     # index in the whole text of the first character shown
        self._map = np.zeros(0, np.int64)   # document position → character index (−1: none)
        self.tip: Callable[[int], str] | None = None
        self.selected: int | None = None

    def show_chars(self, text: str, colours: Sequence[tuple[int, int, int]], offset: int = 0,
                   selected: int | None = None) -> None:
        """Show ``text`` (at most ``MAX_SHOWN`` characters), character i on ``colours[i]``;
        ``offset`` is where ``text`` starts in the whole text (what clicks report)."""
        text = text[:MAX_SHOWN]
        self.text, self.offset, self.selected = text, offset, selected
        out, where = [], []
        for i, ch in enumerate(text):
            r, g, b = colours[i]
            bg = hex_rgb((int(r), int(g), int(b)))
            fg = "#fff" if 0.299 * r + 0.587 * g + 0.114 * b < 140 else "#111"     # readable on dark
            mark = ";text-decoration:underline;font-weight:bold" if selected == i + offset else ""
            if ch == "\n":
                out.append(f'<span style="background:{bg};color:#999{mark}">⏎</span><br>')
                where += [i, i]
            else:
                shown = "&nbsp;" if ch == " " else html.escape(ch)
                out.append(f'<span style="background:{bg};color:{fg}{mark}">{shown}</span>')
                where.append(i)
        self._map = np.array(where + [-1], np.int64)
        bar = self.verticalScrollBar().value()
        self.setHtml(f'<div style="line-height:150%">{"".join(out)}</div>')
        self.verticalScrollBar().setValue(bar)

    def index_at(self, pos) -> int | None:
        """The whole text's index of the character at a viewport position (None: none)."""
        if not self.text:
            return None
        c = self.cursorForPosition(pos).position()
        rect = self.cursorRect(self.cursorForPosition(pos))
        # cursorForPosition gives the nearest gap; the character is the one the point is in.
        k = c - 1 if pos.x() < rect.x() and c > 0 else c
        if not 0 <= k < self._map.size - 1:
            k = min(max(k, 0), self._map.size - 2)
        i = int(self._map[k])
        return None if i < 0 else i + self.offset

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        i = self.index_at(e.position().toPoint())
        if i is not None:
            self.charHovered.emit(i)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(e.position().toPoint())
            if i is not None:
                self.charClicked.emit(i)

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.tip is not None:
            i = self.index_at(e.pos())
            text = self.tip(i) if i is not None else ""
            if text:
                QToolTip.showText(e.globalPos(), f"<pre>{html.escape(text)}</pre>", self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)
