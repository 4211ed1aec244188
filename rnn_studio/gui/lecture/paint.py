"""Drawing helpers shared by the lecture's pictures: colours, subscripts, cells of numbers.

Numbers are drawn as cells on a diverging scale (blue negative, white zero, red positive),
with the value printed inside when the cell is large enough to read.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

# The three shared weights keep one colour everywhere: frames, arrows, titles.
W_COLORS = {"W_xh": QColor("#d9730d"), "W_hh": QColor("#7b3fb0"), "W_hy": QColor("#0f8a74")}
INK = QColor("#24292f")
MUTED = QColor("#6e7781")
RIGHT = QColor("#1a7f37")
WRONG = QColor("#cf222e")
SELECT = QColor(255, 196, 0, 48)             # translucent: reads on light and dark themes
INPUT_BOX, HIDDEN_BOX, OUTPUT_BOX = QColor("#f6c7c1"), QColor("#c6e9c9"), QColor("#c3dcf5")
_NEG, _POS, _MID = np.array([49, 104, 174]), np.array([192, 57, 43]), np.array([255, 255, 255])
_SUB = re.compile(r"_\{([^}]*)\}")


def value_color(v: float, scale: float) -> QColor:
    a = min(abs(float(v)) / scale, 1.0) if scale > 0 else 0.0
    end = _POS if v >= 0 else _NEG
    r, g, b = (_MID + (end - _MID) * a ** 0.8).astype(int)
    return QColor(int(r), int(g), int(b))


def ink(widget) -> QColor:
    """Text on the widget's own background: the palette's, so dark themes read too."""
    return widget.palette().color(QPalette.ColorRole.WindowText)


def muted(widget) -> QColor:
    """Secondary text: the palette's text colour, 40% of the way to the background."""
    a, b = ink(widget), widget.palette().color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(*(0.6 * x + 0.4 * y for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def ink_on(bg: QColor) -> QColor:
    return QColor("white") if bg.lightnessF() < 0.55 else INK


def scale_of(values) -> float:
    m = float(np.max(np.abs(values))) if np.size(values) else 0.0
    return m if m > 1e-9 else 1.0


def _parts(s: str) -> list[tuple[str, bool]]:
    """"W_{xh}·x_{2}" → [("W", False), ("xh", True), ("·x", False), ("2", True)]."""
    out, pos = [], 0
    for m in _SUB.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], False))
    return out


def sub_font(font: QFont) -> QFont:
    f = QFont(font)
    f.setPointSizeF(font.pointSizeF() * 0.72)
    return f


def math_width(font: QFont, s: str) -> float:
    fm, sm = QFontMetricsF(font), QFontMetricsF(sub_font(font))
    return sum((sm if sub else fm).horizontalAdvance(t) for t, sub in _parts(s))


def draw_math(p: QPainter, x: float, baseline: float, s: str, center: bool = False) -> float:
    """Text with ``_{..}`` subscripts at (x, baseline); centred on x if asked. Its width."""
    font = p.font()
    w = math_width(font, s)
    if center:
        x -= w / 2
    small, drop = sub_font(font), QFontMetricsF(font).ascent() * 0.28
    for t, sub in _parts(s):
        p.setFont(small if sub else font)
        p.drawText(QPointF(x, baseline + (drop if sub else 0)), t)
        x += QFontMetricsF(p.font()).horizontalAdvance(t)
    p.setFont(font)
    return w


def draw_cells(p: QPainter, x: float, y: float, values, cw: float, ch: float,
               scale: float | None = None, digits: int = 2) -> None:
    """A matrix (or a column vector) of numbers as coloured cells, top-left at (x, y)."""
    m = np.atleast_2d(np.asarray(values, dtype=float))
    if m.shape[0] == 1 and np.ndim(values) == 1:
        m = m.T                                              # vectors are columns
    scale = scale_of(m) if scale is None else scale
    font = QFont(p.font())
    font.setPointSizeF(max(6.0, min(ch * 0.36, cw * 0.2, 10.0)))
    readable = ch >= 13 and cw >= 30
    p.save()
    p.setFont(font)
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            r = QRectF(x + j * cw, y + i * ch, cw, ch)
            bg = value_color(v, scale)
            p.fillRect(r, bg)
            if readable:
                p.setPen(ink_on(bg))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, f"{v:.{digits}f}".replace("-", "−"))
    p.setPen(QPen(QColor("#d0d7de"), 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(x, y, cw * m.shape[1], ch * m.shape[0]))
    p.restore()


def draw_bars(p: QPainter, x: float, y: float, probs, labels: str, width: float, ch: float,
              best: int, target: int, fg: QColor = INK) -> None:
    """The softmax as horizontal bars: the prediction filled dark, the target's label bold."""
    p.save()
    fm = QFontMetricsF(p.font())
    lw = fm.horizontalAdvance("m") + 6
    for i, (q, c) in enumerate(zip(probs, labels)):
        top = y + i * ch
        bold = QFont(p.font())
        bold.setBold(i == target)
        p.setFont(bold)
        p.setPen(fg)
        p.drawText(QRectF(x, top, lw, ch), Qt.AlignmentFlag.AlignCenter, c)
        bar = QRectF(x + lw, top + 4, (width - lw - 44) * float(q), ch - 8)
        p.fillRect(QRectF(x + lw, top + 4, width - lw - 44, ch - 8), QColor("#eef1f4"))
        p.fillRect(bar, QColor("#2f6fb5") if i == best else QColor("#9fbfe3"))
        p.drawText(QRectF(x + width - 42, top, 42, ch), Qt.AlignmentFlag.AlignVCenter, f"{q:.2f}")
    p.restore()


def frame(p: QPainter, r: QRectF, color: QColor, width: float = 2.0, radius: float = 6.0) -> None:
    p.save()
    p.setPen(QPen(color, width))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(r, radius, radius)
    p.restore()


def arrow(p: QPainter, a: QPointF, b: QPointF, color: QColor, width: float = 2.0) -> None:
    """A straight arrow from a to b with a small filled head."""
    p.save()
    p.setPen(QPen(color, width))
    p.drawLine(a, b)
    d = b - a
    n = max((d.x() ** 2 + d.y() ** 2) ** 0.5, 1e-6)
    ux, uy = d.x() / n, d.y() / n
    s = 5 + width
    left = QPointF(b.x() - s * ux + s * 0.5 * uy, b.y() - s * uy - s * 0.5 * ux)
    right = QPointF(b.x() - s * ux - s * 0.5 * uy, b.y() - s * uy + s * 0.5 * ux)
    p.setBrush(color)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPolygon([b, left, right])
    p.restore()
