"""One time step as the lecture writes it, with the real numbers, left to right:

    x_t, h_{t-1}  →  W_xh·x_t + W_hh·h_{t-1} + b = sum  →tanh→  h_t  →  y_t  →softmax→  p_t

An LSTM shows its gates i, f, g, o and cell state, a GRU its gates r, z and candidate n;
with 2 layers each layer has its own row and the output reads the top one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from rnn_studio.gui.lecture import paint
from rnn_studio.gui.lecture.paint import RIGHT, W_COLORS, WRONG

LETTERS = "helo"
CW, CH, OP_W, HEAD = 58, 25, 30, 44
BARS_W, VERDICT_W = 170, 150


@dataclass
class Col:
    title: str                # math with _{..} subscripts
    values: np.ndarray
    note: str = ""            # a word under the title (one-hot, input gate, …)
    labels: str = ""          # row labels (letters) on the left
    color: QColor | None = None
    op: str = ""              # the operator drawn before this column


class StepPanel(QWidget):
    def __init__(self, words, parent: QWidget | None = None):
        """``words(key)`` gives a label in the view's language."""
        super().__init__(parent)
        self.setObjectName("lectureStepPanel")
        self.words = words
        self.rows: list[tuple[str, list[Col]]] = []
        self.out: list[Col] = []
        self.s: dict = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_step(self, s: dict, t: int, cell: str, layers: int) -> None:
        self.s, self.t = s, t
        w = self.words
        self.rows = []
        for l in range(layers):
            sfx = "" if l == 0 else f"_{l + 1}"
            tag = w("layer").format(n=l + 1) if layers > 1 else ""
            self.rows.append((tag, self._layer(s, sfx, t, cell, l)))
        self.out = [Col(f"y_{{{t}}}", s["y"], "W_{hy}·h + b_{y}", LETTERS, W_COLORS["W_hy"], "→")]
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _layer(self, s: dict, sfx: str, t: int, cell: str, l: int) -> list[Col]:
        w, tp = self.words, t - 1
        if l == 0:
            first = Col(f"x_{{{t}}}", s["x"], w("one_hot"), LETTERS)
        else:
            first = Col(f"h_{{{t}}}", s["x" + sfx], w("layer").format(n=l))
        prev = Col(f"h_{{{tp}}}" + (" = 0" if tp == 0 else ""), s["h_prev" + sfx], w("hidden"))
        cols = [first, prev]
        if cell == "rnn":
            b = s["b_xh" + sfx] + s["b_hh" + sfx]
            cols += [Col(f"W_{{xh}}·x_{{{t}}}", s["Wx" + sfx], color=W_COLORS["W_xh"], op="│"),
                     Col(f"W_{{hh}}·h_{{{tp}}}", s["Wh" + sfx], color=W_COLORS["W_hh"], op="+"),
                     Col("b", b, "b_{xh}+b_{hh}", op="+"),
                     Col(w("sum"), s["a" + sfx], op="="),
                     Col(f"h_{{{t}}}", s["h" + sfx], w("hidden"), op="tanh")]
        elif cell == "lstm":
            cols.insert(2, Col(f"c_{{{tp}}}", s["c_prev" + sfx], w("cell_state")))
            cols += [Col(g, s[g + sfx], w("gate_" + g), op="│" if g == "i" else "") for g in "ifgo"]
            cols += [Col(f"c_{{{t}}}", s["c" + sfx], w("cell_state"), op="→"),
                     Col(f"h_{{{t}}}", s["h" + sfx], w("hidden"), op="→")]
        else:
            cols += [Col(g, s[g + sfx], w("gate_" + g), op="│" if g == "r" else "") for g in "rzn"]
            cols += [Col(f"h_{{{t}}}", s["h" + sfx], w("hidden"), op="→")]
        return cols

    def _row_height(self) -> int:
        return HEAD + 5 * CH + 10

    def sizeHint(self) -> QSize:
        n = max((len(c) for _, c in self.rows), default=8)
        return QSize(n * (CW + OP_W) + BARS_W + VERDICT_W + 140, max(len(self.rows), 1) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()          # in a narrow window the view scrolls rather than clips

    def paintEvent(self, event) -> None:
        if not self.rows:
            return
        p = QPainter(self)
        self._fg, self._dim = paint.ink(self), paint.muted(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x_end = 0.0
        for k, (tag, cols) in enumerate(self.rows):
            y = k * self._row_height()
            x = 0.0
            if tag:
                p.setPen(self._dim)
                p.drawText(QRectF(0, y + HEAD, 46, CH), Qt.AlignmentFlag.AlignLeft, tag)
                x = 48.0
            for c in cols:
                x = self._col(p, x, y, c)
            x_end = max(x_end, x)
        y = (len(self.rows) - 1) * self._row_height() / 2
        x = x_end
        for c in self.out:
            x = self._col(p, x, y, c)
        self._softmax(p, x, y)
        p.end()

    def _op(self, p: QPainter, x: float, y: float, rows: int, op: str) -> float:
        if not op:
            return x + 8
        r = QRectF(x, y + HEAD, OP_W, rows * CH)
        if op == "│":
            p.setPen(QColor("#d0d7de"))
            p.drawLine(int(x + OP_W / 2), int(y + 8), int(x + OP_W / 2), int(y + HEAD + 5 * CH))
        elif op in ("tanh", "→"):
            c = r.center()
            paint.arrow(p, QPointF(c.x() - 11, c.y()), QPointF(c.x() + 11, c.y()), self._dim, 1.5)
            if op == "tanh":
                p.setPen(self._fg)
                p.drawText(QRectF(x - 6, r.center().y() - 24, OP_W + 12, 16), Qt.AlignmentFlag.AlignCenter, op)
            return x + OP_W
        else:
            p.setPen(self._fg)
            big = QFont(self.font())
            big.setPointSizeF(self.font().pointSizeF() * 1.4)
            p.setFont(big)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, op)
            p.setFont(self.font())
        return x + OP_W

    def _col(self, p: QPainter, x: float, y: float, c: Col) -> float:
        rows = len(c.values)
        x = self._op(p, x, y, rows, c.op)
        lw = 14 if c.labels else 0
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(c.color or self._fg)
        width = max(CW + lw, paint.math_width(bold, c.title) + 4)
        cx = x + lw + (width - lw) / 2
        paint.draw_math(p, cx, y + 16, c.title, center=True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.82)
        p.setFont(small)
        p.setPen(self._dim)
        paint.draw_math(p, cx, y + 32, c.note, center=True)
        p.setFont(self.font())
        left = cx - CW / 2
        paint.draw_cells(p, left, y + HEAD, c.values, CW, CH)
        if c.color is not None:
            paint.frame(p, QRectF(left - 2, y + HEAD - 2, CW + 4, rows * CH + 4), c.color, 2, 3)
        p.setPen(self._fg)
        for i, ch in enumerate(c.labels):
            p.drawText(QRectF(left - lw - 2, y + HEAD + i * CH, lw, CH), Qt.AlignmentFlag.AlignCenter, ch)
        return x + width

    def _softmax(self, p: QPainter, x: float, y: float) -> None:
        s, w = self.s, self.words
        x = self._op(p, x, y, 4, "→")
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self._fg)
        paint.draw_math(p, x + BARS_W / 2, y + 16, f"p_{{{self.t}}}", center=True)
        p.setFont(self.font())
        p.setPen(self._dim)
        p.drawText(QRectF(x, y + 20, BARS_W, 16), Qt.AlignmentFlag.AlignCenter, w("softmax"))
        best, target = int(s["pred"]), int(s["target"])
        paint.draw_bars(p, x + 4, y + HEAD, s["p"], LETTERS, BARS_W - 4, CH, best, target, self._fg)
        x += BARS_W + 14
        ok = best == target
        lines = [(w("prediction"), f"‘{LETTERS[best]}’", RIGHT if ok else WRONG),
                 (w("target"), f"‘{LETTERS[target]}’", self._fg),
                 (w("cost"), f"{float(s['cost']):.3f}", self._fg)]
        for i, (label, value, color) in enumerate(lines):
            top = y + HEAD + i * (CH + 6)
            p.setPen(self._dim)
            p.setFont(self.font())
            p.drawText(QRectF(x, top, 80, CH), Qt.AlignmentFlag.AlignVCenter, label)
            p.setFont(bold)
            p.setPen(color)
            p.drawText(QRectF(x + 80, top, VERDICT_W - 80, CH), Qt.AlignmentFlag.AlignVCenter, value)
        p.setFont(self.font())
        p.setPen(RIGHT if ok else WRONG)
        p.drawText(QRectF(x, y + HEAD + 3 * (CH + 6), VERDICT_W, CH), Qt.AlignmentFlag.AlignVCenter,
                   "✓ " + w("correct") if ok else "✗ " + w("wrong"))
