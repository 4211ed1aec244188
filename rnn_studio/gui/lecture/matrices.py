"""The shared weights as heat maps with their values: W_xh and W_hh per layer, then W_hy.

They are drawn once, in their own colours, whatever the time step: only the column of
W_xh that the one-hot input picks moves with t (outlined). Gated cells show their row
blocks (LSTM i, f, g, o; GRU r, z, n).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rnn_studio.gui.lecture import paint
from rnn_studio.gui.lecture.paint import W_COLORS

LETTERS = "helo"
TITLE_H, LABEL_W, GAP = 54, 24, 22


class WeightsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lectureWeights")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mats: list[tuple[str, np.ndarray, str, str, str]] = []   # name, M, row, col labels, layer
        self.gates: tuple[str, ...] = ()
        self.pick: int | None = None
        self.title = ""

    def show_step(self, s: dict, layers: int, gates: tuple[str, ...], title: str,
                  layer_word: str) -> None:
        """Take the matrices of ``s`` (a ``HelloLesson.step`` dict)."""
        H = s["h"].shape[0]
        units = "".join(str(k + 1) for k in range(H))
        self.mats = []
        for l in range(layers):
            sfx = "" if l == 0 else f"_{l + 1}"
            tag = layer_word.format(n=l + 1) if layers > 1 else ""
            self.mats.append(("W_xh", s["W_xh" + sfx], units, LETTERS if l == 0 else units, tag))
            self.mats.append(("W_hh", s["W_hh" + sfx], units, units, tag))
        self.mats.append(("W_hy", s["W_hy"], LETTERS, units, ""))
        self.gates, self.title = gates, title
        self.pick = int(np.argmax(s["x"]))
        self.updateGeometry()
        self.update()

    def _cell(self) -> tuple[float, float]:
        rows = max((m.shape[0] for _, m, *_ in self.mats), default=5)
        cols = sum(m.shape[1] for _, m, *_ in self.mats)
        block = LABEL_W + (14 if self.gates else 0) + GAP
        ch = (self.height() - TITLE_H - 30) / max(rows, 1)
        cw = (self.width() - len(self.mats) * block) / max(cols, 1)
        ch = max(8.0, min(ch, 30.0, cw / 1.5))
        return max(ch * 1.5, 12.0), ch

    def sizeHint(self) -> QSize:
        rows = max((m.shape[0] for _, m, *_ in self.mats), default=5)
        cols = sum(m.shape[1] for _, m, *_ in self.mats) or 14
        return QSize(int(cols * 42 + len(self.mats or [0] * 3) * 60), int(TITLE_H + 30 + min(rows * 28, 420)))

    def minimumSizeHint(self) -> QSize:
        """Tall enough that every value stays readable (cells of at least 20 × 30 pixels)."""
        rows = max((m.shape[0] for _, m, *_ in self.mats), default=5)
        cols = sum(m.shape[1] for _, m, *_ in self.mats) or 14
        return QSize(cols * 30 + len(self.mats) * 60, TITLE_H + 30 + rows * 20)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        self._fg, self._dim = paint.ink(self), paint.muted(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self._fg)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignLeft, self.title)
        cw, ch = self._cell()
        x = 4.0
        for name, m, rows, cols, tag in self.mats:
            x = self._matrix(p, x, name, m, rows, cols, tag, cw, ch) + GAP
        p.end()

    def _matrix(self, p: QPainter, x: float, name: str, m: np.ndarray, rows: str, cols: str,
                tag: str, cw: float, ch: float) -> float:
        R, C = m.shape
        gated = bool(self.gates) and name != "W_hy"
        left = x + LABEL_W + (14 if gated else 0)
        top = TITLE_H
        color = W_COLORS[name]
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(self.font().pointSizeF() * 1.15)
        p.setFont(title)
        p.setPen(color)
        w = paint.draw_math(p, left, top - 12, name[0] + "_{" + name[2:] + "}")
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        p.setPen(self._dim)
        p.drawText(int(left + w + 6), int(top - 12), f"{R}×{C}" + (f"  {tag}" if tag else ""))
        paint.draw_cells(p, left, top, m, cw, ch, paint.scale_of(m))
        paint.frame(p, QRectF(left - 3, top - 3, C * cw + 6, R * ch + 6), color, 2.5, 4)
        p.setPen(self._fg)
        for j in range(C):                                   # column labels under the matrix
            p.drawText(QRectF(left + j * cw, top + R * ch + 3, cw, 16), Qt.AlignmentFlag.AlignCenter, cols[j])
        H = R // max(len(self.gates), 1) if gated else R
        for i in range(R):                                   # row labels (units) on the left
            p.setPen(self._dim)
            p.drawText(QRectF(left - LABEL_W - 6, top + i * ch, LABEL_W, ch),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, rows[i % H] if H <= len(rows) else "")
        if gated:
            for k, g in enumerate(self.gates):
                y0 = top + k * H * ch
                p.setPen(self._fg)
                p.drawText(QRectF(x, y0, 12, H * ch), Qt.AlignmentFlag.AlignCenter, g)
                if k:
                    p.setPen(QPen(self._fg, 1.5))
                    p.drawLine(int(left - 2), int(y0), int(left + C * cw + 2), int(y0))
        if name == "W_xh" and cols == LETTERS and self.pick is not None:
            # the one-hot input multiplies only this column: W_xh·x_t is that column
            paint.frame(p, QRectF(left + self.pick * cw - 1, top - 1, cw + 2, R * ch + 2), self._fg, 2.5, 2)
        return left + C * cw
