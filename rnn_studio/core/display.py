"""How characters and per-character numbers are drawn, the same in the window and in files.

- ``visible``: white space and control characters as glyphs (⏎ newline, · space, ⇥ tab,
  Unicode's control pictures for the rest), so a bar or a cell never shows nothing;
- ``bits_rgb``: a character's cost on a white → yellow → red scale (0 … ``BITS_MAX`` bits);
- ``diverging_rgb``: an activation in −1 … 1 on a blue → white → red scale (tanh's range).
"""

from __future__ import annotations

import math

BITS_MAX = 8.0
_GLYPHS = {"\n": "⏎", " ": "·", "\t": "⇥", "\r": "␍", "\x7f": "␡"}
_BLUE, _WHITE, _RED = (33, 102, 172), (247, 247, 247), (178, 24, 43)
_HEAT = ((255, 255, 255), (255, 237, 160), (254, 178, 76), (240, 59, 32), (160, 0, 38))


def visible(ch: str) -> str:
    if ch in _GLYPHS:
        return _GLYPHS[ch]
    if len(ch) == 1 and ord(ch) < 32:
        return chr(0x2400 + ord(ch))
    if len(ch) == 1 and (ch.isspace() or 0x80 <= ord(ch) < 0xA0):
        return f"<U+{ord(ch):04X}>"
    return ch


def _mix(a: tuple, b: tuple, t: float) -> tuple[int, int, int]:
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))


def bits_rgb(bits: float) -> tuple[int, int, int]:
    if bits is None or math.isnan(bits):
        return (220, 220, 220)                      # not predicted: grey
    x = min(max(bits / BITS_MAX, 0.0), 1.0) * (len(_HEAT) - 1)
    i = min(int(x), len(_HEAT) - 2)
    return _mix(_HEAT[i], _HEAT[i + 1], x - i)


def diverging_rgb(v: float) -> tuple[int, int, int]:
    if v is None or math.isnan(v):
        return (220, 220, 220)
    v = min(max(v, -1.0), 1.0)
    return _mix(_WHITE, _RED, v) if v >= 0 else _mix(_WHITE, _BLUE, -v)


def hex_rgb(rgb: tuple[int, int, int]) -> str:
    return "#%02x%02x%02x" % rgb
