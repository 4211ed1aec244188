"""The RNN unrolled over t = 1…4, as the lecture draws it, with this model's outcome.

Each time step is a column: the input letter (one-hot x_t), the hidden state h_t (its five
numbers as a strip of colours), the prediction with its probability, the target and the
cost. The arrows carry the same three weights at every t, in the heat maps' colours, so
the sharing is visible. Clicking a column picks that time step. On the right: the mean
cost and the accuracy over the four steps, and the cost while training.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rnn_studio.gui.lecture import paint
from rnn_studio.gui.lecture.paint import (HIDDEN_BOX, INK, INPUT_BOX, MUTED, OUTPUT_BOX, RIGHT,
                                          SELECT, W_COLORS, WRONG)

LETTERS = "helo"
LEFT, SUMMARY_W, HEIGHT = 70, 250, 218
Y_OUT, Y_HID, Y_IN, BOX_H = 24, 82, 140, 36


@dataclass
class Moment:
    letter: str
    pred: int
    target: int
    p_pred: float
    cost: float
    h: np.ndarray


class UnrolledStrip(QWidget):
    picked = Signal(int)

    def __init__(self, words, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lectureUnrolled")
        self.words = words
        self.moments: list[Moment] = []
        self.history: list[float] = []
        self.t = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_moments(self, moments: list[Moment], history: list[float], t: int) -> None:
        self.moments, self.history, self.t = moments, list(history), t
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(1100, HEIGHT)

    def _block_w(self) -> float:
        return (self.width() - LEFT - SUMMARY_W) / 4

    def mousePressEvent(self, event) -> None:
        k = int((event.position().x() - LEFT) // self._block_w())
        if 0 <= k < 4:
            self.picked.emit(k + 1)

    def paintEvent(self, event) -> None:
        if not self.moments:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fg, dim = paint.ink(self), paint.muted(self)
        bw, w = self._block_w(), self.words
        box_w = min(bw - 56, 130)
        sel = QRectF(LEFT + (self.t - 1) * bw + 4, 0, bw - 8, HEIGHT - 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SELECT)
        p.drawRoundedRect(sel, 10, 10)
        h0 = QRectF(8, Y_HID + 6, 48, BOX_H - 12)
        p.setPen(QPen(dim, 1, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(h0, 6, 6)
        p.setPen(fg)
        paint.draw_math(p, h0.center().x(), h0.center().y() + 5, "h_{0}=0", center=True)
        right_of_prev = h0.right()
        total, right = 0.0, 0
        for k, m in enumerate(self.moments):
            t = k + 1
            cx = LEFT + k * bw + bw / 2
            total += m.cost
            right += m.pred == m.target
            out = QRectF(cx - box_w / 2, Y_OUT, box_w, BOX_H)
            hid = QRectF(cx - box_w / 2, Y_HID, box_w, BOX_H)
            inp = QRectF(cx - box_w / 2, Y_IN, box_w, BOX_H)
            paint.arrow(p, QPointF(right_of_prev + 2, hid.center().y()), QPointF(hid.left() - 2, hid.center().y()),
                        W_COLORS["W_hh"], 2.5)
            self._label(p, (right_of_prev + hid.left()) / 2, hid.center().y() - 7, "W_{hh}", W_COLORS["W_hh"])
            paint.arrow(p, QPointF(cx, inp.top() - 1), QPointF(cx, hid.bottom() + 2), W_COLORS["W_xh"], 2.5)
            self._label(p, cx + 26, (inp.top() + hid.bottom()) / 2 + 5, "W_{xh}", W_COLORS["W_xh"])
            paint.arrow(p, QPointF(cx, hid.top() - 1), QPointF(cx, out.bottom() + 2), W_COLORS["W_hy"], 2.5)
            self._label(p, cx + 26, (hid.top() + out.bottom()) / 2 + 5, "W_{hy}", W_COLORS["W_hy"])
            self._box(p, inp, INPUT_BOX, INK)
            p.setPen(INK)
            p.drawText(inp.adjusted(0, 0, -box_w / 2, 0), Qt.AlignmentFlag.AlignCenter, "x" + chr(0x2080 + t))
            self._big(p, inp.adjusted(box_w / 3, 0, 0, 0), f"‘{m.letter}’")
            self._box(p, hid, HIDDEN_BOX, INK)
            cw = (box_w - 36) / len(m.h)
            paint.draw_cells(p, hid.left() + 30, hid.top() + 9, m.h[None, :], cw, BOX_H - 18, 1.0)
            p.setPen(INK)
            p.drawText(QRectF(hid.left(), hid.top(), 30, BOX_H), Qt.AlignmentFlag.AlignCenter, "h" + chr(0x2080 + t))
            ok = m.pred == m.target
            self._box(p, out, OUTPUT_BOX, RIGHT if ok else WRONG, 2.5)
            self._big(p, out.adjusted(0, 0, -box_w / 2.6, 0), f"‘{LETTERS[m.pred]}’")
            p.setPen(MUTED)
            p.drawText(out.adjusted(box_w / 2, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, f"p={m.p_pred:.2f}")
            p.setPen(fg)
            p.drawText(QRectF(cx - bw / 2, 4, bw, 18), Qt.AlignmentFlag.AlignCenter,
                       f"t = {t}   ·   {w('target')} ‘{LETTERS[m.target]}’")
            p.setPen(RIGHT if ok else WRONG)
            p.drawText(QRectF(cx - bw / 2, Y_IN + BOX_H + 4, bw, 16), Qt.AlignmentFlag.AlignCenter,
                       f"{w('cost')} {m.cost:.3f}  {'✓' if ok else '✗'}")
            p.setPen(dim)
            p.drawText(QRectF(cx - bw / 2, Y_IN + BOX_H + 22, bw, 16), Qt.AlignmentFlag.AlignCenter,
                       w("so_far").format(total=total, right=right, t=t))
            right_of_prev = hid.right()
        self._summary(p, total, right)
        p.end()

    def _label(self, p: QPainter, x: float, baseline: float, s: str, color) -> None:
        p.setPen(color)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        small.setBold(True)
        p.setFont(small)
        paint.draw_math(p, x, baseline, s, center=True)
        p.setFont(self.font())

    def _box(self, p: QPainter, r: QRectF, fill, edge, width: float = 1.2) -> None:
        p.setBrush(fill)
        p.setPen(QPen(edge, width))
        p.drawRoundedRect(r, 7, 7)

    def _big(self, p: QPainter, r: QRectF, s: str) -> None:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.5)
        big.setBold(True)
        p.setFont(big)
        p.setPen(INK)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, s)
        p.setFont(self.font())

    def _summary(self, p: QPainter, total: float, right: int) -> None:
        w = self.words
        x = self.width() - SUMMARY_W + 16
        fg, dim = paint.ink(self), paint.muted(self)
        rows = [(w("mean_cost"), f"{total / 4:.3f}", fg),
                (w("accuracy"), f"{right}/4 = {right / 4:.0%}", RIGHT if right == 4 else fg)]
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.35)
        big.setBold(True)
        for i, (label, value, color) in enumerate(rows):
            y = 8 + i * 46
            p.setPen(dim)
            p.setFont(self.font())
            p.drawText(QRectF(x, y, SUMMARY_W, 16), Qt.AlignmentFlag.AlignLeft, label)
            p.setPen(color)
            p.setFont(big)
            p.drawText(QRectF(x, y + 16, SUMMARY_W, 26), Qt.AlignmentFlag.AlignLeft, value)
        p.setFont(self.font())
        p.setPen(dim)
        p.drawText(QRectF(x, 100, SUMMARY_W, 16), Qt.AlignmentFlag.AlignLeft, w("history"))
        self._sparkline(p, QRectF(x, 122, SUMMARY_W - 40, HEIGHT - 142))

    def _sparkline(self, p: QPainter, r: QRectF) -> None:
        dim = paint.muted(self)
        p.setPen(QPen(dim, 1))
        p.drawLine(r.bottomLeft(), r.bottomRight())
        p.drawLine(r.bottomLeft(), r.topLeft())
        h = self.history
        if len(h) < 2:
            return
        top = max(h)
        path = QPainterPath()
        for i, v in enumerate(h):
            pt = QPointF(r.left() + r.width() * i / (len(h) - 1), r.bottom() - r.height() * v / top)
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        p.setPen(QPen(paint.W_COLORS["W_hh"], 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setPen(dim)
        p.drawText(QRectF(r.left(), r.top() - 2, r.width(), 14), Qt.AlignmentFlag.AlignRight, f"{top:.2f} → {h[-1]:.2f}")
        p.drawText(QRectF(r.left(), r.bottom() + 1, r.width(), 14), Qt.AlignmentFlag.AlignRight, f"{len(h)}")
