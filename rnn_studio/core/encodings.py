"""Likely encodings for a text that is neither UTF-8, UTF-16 nor Korean cp949, each with a
preview, so a person can see which one reads right (the window's encoding choice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The legacy encodings people's own texts come in, most common first.
CANDIDATES = ("cp1252", "latin-1", "iso-8859-15", "cp1250", "iso-8859-2", "cp1251", "koi8-r", "mac-roman",
              "cp437", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr", "cp1253", "cp1254", "cp1255",
              "cp1256", "cp1257", "cp1258")
PREVIEW_BYTES = 64 << 10
PREVIEW_LINES = 4


@dataclass
class Candidate:
    encoding: str
    preview: str        # the first lines, as this encoding reads them
    score: float        # share of letters, digits, spaces and common punctuation


def _score(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isalnum() or c.isspace() or c in ".,;:!?'\"()-«»–—’“”")
    return good / len(text)


def candidates(path: str | Path, limit: int = 6) -> list[Candidate]:
    """The encodings that decode the start of the file, the likeliest first."""
    with open(path, "rb") as f:
        raw = f.read(PREVIEW_BYTES)
    out = []
    for enc in CANDIDATES:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            # The sample may end inside a multi-byte character: try without the last few bytes.
            try:
                text = raw[:-4].decode(enc)
            except UnicodeDecodeError:
                continue
        text = text.replace("\r\n", "\n")
        out.append(Candidate(enc, "\n".join(text.split("\n")[:PREVIEW_LINES])[:400], _score(text)))
    out.sort(key=lambda c: -c.score)
    seen, unique = set(), []
    for c in out:       # several single-byte encodings often read a Latin text the same way
        if c.preview not in seen:
            seen.add(c.preview)
            unique.append(c)
    return unique[:limit]
