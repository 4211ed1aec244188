"""Characters ↔ ids: the sorted set of Unicode code points in a text.

Encoding works on numpy views of UTF-32 chunks, so a 100 MB text never becomes a Python
list of characters; ids use the narrowest integer type the vocabulary allows.

A vocabulary may read Hangul as jamo (``hangul="jamo"``): its symbols are then the text's
characters with every syllable decomposed (core/hangul.py), and ``symbols`` turns a user's
text into them. ``encode`` and ``decode`` always work on symbols.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from rnn_studio.core.hangul import to_jamo

CHUNK = 1 << 22  # characters per vectorised chunk: 16 MB of UTF-32 at a time
MAX_CODE = 0x110000


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _chunks(text: str) -> Iterable[np.ndarray]:
    for start in range(0, len(text), CHUNK):
        yield _code_points(text[start:start + CHUNK])


def id_dtype(size: int) -> np.dtype:
    if size <= 256:
        return np.dtype(np.uint8)
    if size <= 32768:
        return np.dtype(np.int16)
    return np.dtype(np.int32)


class Vocab:
    """A sorted character table. ``encode`` refuses nothing; callers check ``unknown`` first."""

    def __init__(self, chars: str, hangul: str = "off"):
        if len(set(chars)) != len(chars):
            raise ValueError("vocabulary characters must be distinct")
        self.hangul = hangul            # "off", or "jamo": syllables are read as their jamo
        self.chars = "".join(sorted(chars))
        self.codes = _code_points(self.chars).astype(np.int64)
        self.dtype = id_dtype(len(self.chars))
        self._index = {c: i for i, c in enumerate(self.chars)}
        self._table: np.ndarray | None = None

    @classmethod
    def from_text(cls, text: str) -> Vocab:
        seen = np.zeros(MAX_CODE, dtype=bool)
        for codes in _chunks(text):
            seen[codes] = True
        return cls("".join(map(chr, np.flatnonzero(seen).tolist())))

    def __len__(self) -> int:
        return len(self.chars)

    def __contains__(self, ch: str) -> bool:
        return ch in self._index

    def index(self, ch: str) -> int:
        return self._index[ch]

    def symbols(self, text: str) -> str:
        """``text`` as the model reads it: with its Hangul syllables decomposed in jamo mode."""
        return to_jamo(text) if self.hangul == "jamo" else text

    def unknown(self, text: str) -> list[str]:
        """The distinct characters of ``text`` the model cannot read, in order of appearance
        (in jamo mode, a syllable is known when its jamo are)."""
        index = self._index
        return [c for c in dict.fromkeys(text) if any(s not in index for s in self.symbols(c))]

    def _lookup(self) -> np.ndarray:
        if self._table is None:
            table = np.full(MAX_CODE, -1, dtype=np.int32)
            table[self.codes] = np.arange(len(self.chars), dtype=np.int32)
            self._table = table
        return self._table

    def encode(self, text: str) -> np.ndarray:
        """Ids of ``text`` (every character must be in the vocabulary)."""
        table = self._lookup()
        out = np.empty(len(text), dtype=self.dtype)
        pos = 0
        for codes in _chunks(text):
            ids = table[codes]
            if ids.size and ids.min() < 0:
                bad = self.unknown(text[pos:pos + len(codes)])
                raise KeyError(f"characters not in the vocabulary: {bad[:10]!r}")
            out[pos:pos + len(codes)] = ids
            pos += len(codes)
        return out

    def decode(self, ids: Iterable[int] | np.ndarray) -> str:
        chars = self.chars
        return "".join(chars[int(i)] for i in ids)
