"""Horizontal probability bars, most likely on top; clicking a bar reports its character.

Each row: the character (white space and control characters as ⏎ · ⇥ …), its bar, its
probability. Painted directly (a few dozen rows), so it redraws within a keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from rnn_studio.core.display import visible

ROW = 22
LABEL = 64
BAR = QColor(52, 126, 206)
MARKED = QColor(236, 112, 36)


class ProbabilityBars(QWidget):
    charClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, object_name: str = "probabilityBars"):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.items: list[tuple[str, float]] = []
        self.marked: str | None = None              # a character drawn in the accent colour
        self.hover = -1
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)

    def set_items(self, items: list[tuple[str, float]], marked: str | None = None) -> None:
        self.items, self.marked = list(items), marked
        self.setMinimumHeight(max(4, len(self.items)) * ROW + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(4, len(self.items)) * ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 4 * ROW)

    def bar_rect(self, i: int) -> QRect:
        """Row i's whole clickable area."""
        return QRect(0, 4 + i * ROW, self.width(), ROW)

    def row_at(self, y: float) -> int:
        i = int((y - 4) // ROW)
        return i if 0 <= i < len(self.items) else -1

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        width = max(self.width() - LABEL - 70, 10)
        top = max((q for _, q in self.items), default=1.0) or 1.0
        for i, (ch, q) in enumerate(self.items):
            r = self.bar_rect(i)
            if i == self.hover:
                p.fillRect(r, pal.color(QPalette.ColorRole.Highlight).lighter(170))
            p.setPen(text)
            p.drawText(QRect(4, r.y(), LABEL - 10, ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       visible(ch))
            bar = QRectF(LABEL, r.y() + 4, width * q / top, ROW - 8)
            p.fillRect(bar, MARKED if ch == self.marked else BAR)
            p.drawText(QRect(int(LABEL + bar.width() + 6), r.y(), 70, ROW),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{q:.1%}" if q >= 0.001 else f"{q:.1e}")
        p.end()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        row = self.row_at(e.position().y())
        if row != self.hover:
            self.hover = row
            self.update()
        if row >= 0:
            ch, q = self.items[row]
            self.setToolTip(f"{visible(ch)} (U+{ord(ch):04X}): {q:.4f}\n" + self.tr("Click to append it"))

    def leaveEvent(self, _e) -> None:
        self.hover = -1
        self.update()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        row = self.row_at(e.position().y())
        if e.button() == Qt.MouseButton.LeftButton and row >= 0:
            self.charClicked.emit(self.items[row][0])
