"""The lecture's five structures, as it draws them (after Karpathy): inputs red at the bottom,
hidden states green, outputs blue on top, time to the right.

The two this app uses are marked: training is the synced many-to-many ("hell" → "ello"),
writing is one-to-many run one character at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rnn_studio.gui.lecture import paint
from rnn_studio.gui.lecture.paint import HIDDEN_BOX, INK, INPUT_BOX, OUTPUT_BOX, RIGHT

# name key, example key, columns, columns with an input, columns with an output, app tag key,
# letters in the input and output boxes (this app's two forms, on "hello")
SHAPES = (
    ("one_to_one", "ex_1_1", 1, (0,), (0,), "", "", ""),
    ("one_to_many", "ex_1_n", 4, (0,), (0, 1, 2, 3), "write_tag", "h", "ello"),
    ("many_to_one", "ex_n_1", 4, (0, 1, 2, 3), (3,), "", "", ""),
    ("many_to_many", "ex_n_n", 5, (0, 1, 2), (3, 4), "", "", ""),
    ("many_to_many", "ex_n_n2", 4, (0, 1, 2, 3), (0, 1, 2, 3), "train_tag", "hell", "ello"),
)
BOX, STEP, ROW = 30, 44, 60
LEGEND = (("x", INPUT_BOX, "input"), ("h", HIDDEN_BOX, "hidden"), ("y", OUTPUT_BOX, "output"))


class StructuresDiagram(QWidget):
    def __init__(self, words, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lectureStructures")
        self.words = words
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(360)

    def sizeHint(self) -> QSize:
        return QSize(1180, 360)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        widths = [max(n * STEP, 120) for _, _, n, *_ in SHAPES]
        gap = max((self.width() - sum(widths)) / len(SHAPES), 12)
        x = gap / 2
        for shape, w in zip(SHAPES, widths):
            self._shape(p, x, w, *shape)
            x += w + gap
        self._legend(p)
        p.end()

    def _shape(self, p: QPainter, x: float, width: float, name: str, example: str, n: int,
               ins: tuple[int, ...], outs: tuple[int, ...], tag: str, x_text: str, y_text: str) -> None:
        w = self.words
        left = x + (width - n * STEP) / 2 + (STEP - BOX) / 2
        y_out, y_hid, y_in = 70, 70 + ROW, 70 + 2 * ROW
        for k in range(n):
            bx = left + k * STEP
            hid = QRectF(bx, y_hid, BOX, BOX)
            self._box(p, hid, HIDDEN_BOX)
            if k:
                paint.arrow(p, QPointF(bx - STEP + BOX + 1, y_hid + BOX / 2), QPointF(bx - 1, y_hid + BOX / 2),
                            paint.W_COLORS["W_hh"], 1.8)
            if k in ins:
                self._box(p, QRectF(bx, y_in, BOX, BOX), INPUT_BOX, x_text[k:k + 1])
                paint.arrow(p, QPointF(bx + BOX / 2, y_in - 1), QPointF(bx + BOX / 2, y_hid + BOX + 1),
                            paint.W_COLORS["W_xh"], 1.8)
            if k in outs:
                self._box(p, QRectF(bx, y_out, BOX, BOX), OUTPUT_BOX, y_text[k:k + 1])
                paint.arrow(p, QPointF(bx + BOX / 2, y_hid - 1), QPointF(bx + BOX / 2, y_out + BOX + 1),
                            paint.W_COLORS["W_hy"], 1.8)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.1)
        p.setFont(bold)
        p.setPen(paint.ink(self))
        p.drawText(QRectF(x - 10, 24, width + 20, 22), Qt.AlignmentFlag.AlignCenter, w(name))
        p.setFont(self.font())
        p.setPen(paint.ink(self))
        p.drawText(QRectF(x - 14, y_in + BOX + 14, width + 28, 40),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, w(example))
        if tag:
            label = f"{w('this_app')}: {w(tag)}"
            fw = p.fontMetrics().horizontalAdvance(label) + 20
            r = QRectF(x + width / 2 - fw / 2, y_in + BOX + 62, fw, 24)
            p.setBrush(RIGHT)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(r, 12, 12)
            p.setPen(Qt.GlobalColor.white)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)

    def _box(self, p: QPainter, r: QRectF, fill, letter: str = "") -> None:
        p.setBrush(fill)
        p.setPen(QPen(INK, 1))
        p.drawRoundedRect(r, 4, 4)
        if letter:
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, letter)

    def _legend(self, p: QPainter) -> None:
        x = 16.0
        for name, fill, key in LEGEND:
            self._box(p, QRectF(x, self.height() - 34, 22, 22), fill, name)
            p.setPen(paint.ink(self))
            p.drawText(QRectF(x + 28, self.height() - 34, 160, 22), Qt.AlignmentFlag.AlignVCenter, self.words(key))
            x += 28 + p.fontMetrics().horizontalAdvance(self.words(key)) + 28
