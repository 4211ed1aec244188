"""Find units: rank every unit by how well its activation tracks a pattern in the text.

A pattern gives each character a number: 1 or 0 for a yes/no pattern (a regular
expression's matches, or a built-in one), the column for "position in the line". Units
are ranked by the Pearson correlation r between their activation h_t (the state after
reading character t) and that number, by |r|: a unit that is −1 inside quotes tracks
quotes as well as one that is +1. For a yes/no pattern Pearson's r is the point-biserial
correlation. This is how Karpathy found his quote and line-length cells.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from rnn_studio.core.errors import UserError

_OPEN = {'"': '"', "“": "”", "«": "»", "「": "」", "『": "』"}
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">", "（": "）", "〈": "〉", "《": "》", "【": "】"}
BUILTINS = {
    "quotes": "inside quotes",
    "brackets": "inside brackets",
    "line": "position in the line",
    "vowel": "vowel",
    "hangul": "Hangul syllable",
    "space": "space",
}


def _inside_quotes(text: str) -> np.ndarray:
    """1 from an opening quote up to (not including) its closing one."""
    out = np.zeros(len(text), np.float32)
    close = None
    for t, ch in enumerate(text):
        if close is not None and ch == close:
            close = None
        elif close is None and ch in _OPEN:
            close = _OPEN[ch]
        out[t] = close is not None
    return out


def _inside_brackets(text: str) -> np.ndarray:
    out = np.zeros(len(text), np.float32)
    closers = set(_BRACKETS.values())
    depth = 0
    for t, ch in enumerate(text):
        if ch in _BRACKETS:
            depth += 1
        elif ch in closers and depth:
            depth -= 1
        out[t] = depth > 0
    return out


def _line_position(text: str) -> np.ndarray:
    out = np.zeros(len(text), np.float32)
    col = 0
    for t, ch in enumerate(text):
        out[t] = col
        col = 0 if ch == "\n" else col + 1
    return out


def _is_vowel(ch: str) -> bool:
    base = unicodedata.normalize("NFD", ch)[:1].lower()
    return base != "" and base in "aeiou"


def signal(text: str, pattern: str) -> tuple[np.ndarray, bool, str]:
    """(per-character values, whether they are yes/no, the pattern in words)."""
    if pattern in BUILTINS:
        name = BUILTINS[pattern]
        if pattern == "quotes":
            return _inside_quotes(text), True, name
        if pattern == "brackets":
            return _inside_brackets(text), True, name
        if pattern == "line":
            return _line_position(text), False, name
        test = {"vowel": _is_vowel, "hangul": lambda c: "\uac00" <= c <= "\ud7a3",
                "space": str.isspace}[pattern]
        return np.fromiter((test(c) for c in text), np.float32, len(text)), True, name
    if not pattern:
        raise UserError("give a pattern: a regular expression, or one of " + ", ".join(BUILTINS))
    try:
        rx = re.compile(pattern)
    except re.error as exc:
        raise UserError(f"{pattern!r} is not a regular expression ({exc})") from None
    out = np.zeros(len(text), np.float32)
    for m in rx.finditer(text):
        out[m.start():m.end()] = 1
    return out, True, f"matches of /{pattern}/"


@dataclass
class Unit:
    layer: int
    unit: int
    r: float              # Pearson (point-biserial for yes/no patterns) correlation


def rank(states: list[np.ndarray], values: np.ndarray, top: int = 10) -> list[Unit]:
    """The ``top`` units of all layers (each (T, H)) with the largest |r| against ``values``."""
    v = np.asarray(values, np.float64)
    if v.size < 2 or np.ptp(v) == 0:
        what = "every character" if v.size and v[0] else "no character"
        raise UserError(f"the pattern marks {what} of this text, so no unit can track it: "
                        "choose a text where it is sometimes true and sometimes not")
    v = (v - v.mean()) / v.std()
    found = []
    for l, h in enumerate(states):
        a = np.asarray(h, np.float64)
        a = a - a.mean(0)
        sd = a.std(0)
        r = np.where(sd > 1e-12, (a * v[:, None]).mean(0) / np.where(sd > 1e-12, sd, 1), 0.0)
        found += [Unit(l, int(j), float(r[j])) for j in range(r.size)]
    found.sort(key=lambda u: -abs(u.r))
    return found[:top]
