#!/usr/bin/env python3
"""Regenerate the PNG renders of the RNN Studio application icon.

Usage (from anywhere; needs PySide6 with QtSvg):

    QT_QPA_PLATFORM=offscreen python resources/render_icons.py

Reads ``resources/icons/rnn-studio.svg`` and writes
``resources/icons/rnn-studio-<N>.png`` for every size in ``SIZES``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 32, 48, 64, 128, 256)
ICON_DIR = Path(__file__).resolve().parent / "icons"
SOURCE = ICON_DIR / "rnn-studio.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"error: cannot parse {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = ICON_DIR / f"rnn-studio-{size}.png"
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"error: cannot write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.relative_to(ICON_DIR.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
