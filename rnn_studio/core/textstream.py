"""A text file read in blocks: decoded, newlines made ``\\n`` and NFC-normalised as
``corpus.load_corpus`` does for a small file, but never held whole in memory.

The encoding is chosen from the file's first MB by the same rules as ``corpus.decode_bytes``
(a byte-order mark, UTF-16 without one, UTF-8, else Korean cp949); a UTF-8 error found late
in the file restarts the read as cp949, as the small path's whole-file decode would.

Blocks are joined at safe places only:

- a ``\\r`` at the end of a block waits for the next one (it may start with ``\\n``);
- NFC is applied to a block's text up to its last *stable* character (combining class 0,
  never composing with what precedes it, and NFC of itself): text can be normalised
  separately on either side of one (UAX #15, "stable code points"). The rest waits.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rnn_studio.core import corpus as _c
from rnn_studio.core.errors import UserError

HEAD_BYTES = 1 << 20          # what decides the encoding, as in corpus.decode_bytes
BLOCK_BYTES = 1 << 22         # bytes decoded at a time (4 MB); tests make it tiny
STABLE_SEARCH = 4096          # characters searched back for a stable one before waiting for more


class Restart(Exception):
    """The text turned out to be Korean cp949, not UTF-8: read it again with ``codec``."""

    def __init__(self, codec: Codec):
        super().__init__(codec.used)
        self.codec = codec


@dataclass
class Codec:
    codec: str                  # what the incremental decoder uses
    used: str                   # what the corpus reports (as decode_bytes returns it)
    strip_bom: bool             # a forced encoding drops a leading U+FEFF, as _decode_forced does
    nul: str                    # the refusal when a NUL character appears
    bad: Callable[[UnicodeError, int], Exception]   # the refusal for undecodable bytes at an offset
    # Without a mark, a NUL byte anywhere means binary, before any decoding (decode_bytes's
    # order); otherwise the whole text is decoded first, and an undecodable byte wins.
    nul_first: bool = False


def _nul_chars(name: str) -> str:
    return f"{name}: contains NUL characters, so it looks like a binary file, not text"


def _binary_hint(name: str) -> str:
    return (f"{name}: contains NUL bytes, so it looks like a binary file, not text "
            "(if it is UTF-16 text, pass --encoding utf-16-le or utf-16-be)")


def _utf8_refusal(name: str, offset: int) -> UserError:
    return UserError(f"{name}: is not UTF-8 (invalid byte at offset {offset}), UTF-16 or Korean "
                     "cp949 text; if you know its encoding, pass it with --encoding "
                     "(for example --encoding latin-1)")


def plan(head: bytes, size: int, name: str, encoding: str | None) -> Codec:
    """The codec for a file of ``size`` bytes starting with ``head``, or the refusal."""
    if encoding:
        _c._decode_forced(b"", name, encoding)     # an unknown name: refused now, in the same words
        try:
            b"\x00".decode(encoding)                # (an empty input never reaches the codec)
        except LookupError:
            raise UserError(f"{encoding!r} is not a text encoding") from None
        except (UnicodeError, ValueError):
            pass

        def bad_forced(exc: UnicodeError, at: int) -> Exception:
            if isinstance(exc, UnicodeDecodeError):
                return UserError(f"{name}: is not valid {encoding} (byte {at}: {exc.reason})")
            return UserError(f"{name}: is not valid {encoding} ({exc})")
        return Codec(encoding, encoding, True, _nul_chars(name), bad_forced)
    for bom, codec in _c._BOMS:
        if head.startswith(bom):
            # utf-8-sig's decoder counts bytes from after the mark; "utf-8" and a stripped
            # U+FEFF read the same and count from the file's start
            return Codec("utf-8" if codec == "utf-8-sig" else codec, codec, codec == "utf-8-sig",
                         _nul_chars(name), lambda exc, at, codec=codec: UserError(
                             f"{name}: starts with a {codec} byte-order mark but is not valid {codec} (byte {at})"))
    if b"\x00" in head:
        codec = None
        if size % 2 == 0 and size >= 32:      # a surrogate pair may be cut at the head's end
            codec = _c._bomless_utf16(head) or _c._bomless_utf16(head[:-2])
        if codec is None:
            raise UserError(_binary_hint(name))
        return Codec(codec, codec, False, _nul_chars(name), lambda exc, at: UserError(_binary_hint(name)))
    _c._check_controls(head, name)
    return Codec("utf-8", "utf-8", False, _binary_hint(name),
                 lambda exc, at: Restart(_korean_fallback(head, size, name, at)), nul_first=True)


def _korean_fallback(head: bytes, size: int, name: str, offset: int) -> Codec:
    try:
        text = codecs.getincrementaldecoder("cp949")().decode(head, final=len(head) >= size)
    except UnicodeDecodeError:
        raise _utf8_refusal(name, offset) from None
    if not _c._looks_korean(text):
        raise _utf8_refusal(name, offset)
    return Codec("cp949", "cp949", False, _binary_hint(name), lambda exc, at: _utf8_refusal(name, offset),
                 nul_first=True)


def read_head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(min(size, HEAD_BYTES))
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError) -> UserError:
    if isinstance(exc, PermissionError):
        return UserError(f"{path}: cannot read it (permission denied)")
    return UserError(f"{path}: cannot read it ({exc.strerror or exc})")


def decoded(path: Path, codec: Codec, tick: Callable[[int], None] | None = None,
            raw: Callable[[bytes], None] | None = None) -> Iterator[str]:
    """The normalised text in pieces, each ending at a safe place. ``raw(block)`` sees every
    block read (to hash it), ``tick(n)`` hears of the bytes done. Raises ``Restart`` when a
    UTF-8 error shows the file to be cp949: the caller starts over with the new codec."""
    try:
        decoder = codecs.getincrementaldecoder(codec.codec)(errors="strict")
    except (LookupError, TypeError):
        raise UserError(f"{path.name}: {codec.codec!r} cannot be read in pieces; "
                        "read the file with another encoding") from None
    norm = Normaliser()
    at, first, nul = 0, codec.strip_bom, False
    try:
        f = open(path, "rb")
    except OSError as exc:
        raise unreadable(path, exc) from None
    with f:
        while True:
            try:
                block = f.read(BLOCK_BYTES)
            except OSError as exc:
                raise unreadable(path, exc) from None
            final = not block
            if raw is not None and block:
                raw(block)
            pending = len(_buffered(decoder))
            try:
                text = decoder.decode(block, final=final)
            except UnicodeError as exc:
                if codec.nul_first and (b"\x00" in block or _nul_after(f)):
                    raise UserError(codec.nul) from None
                start = getattr(exc, "start", 0)
                raise codec.bad(exc, max(at - pending + start, 0)) from None
            at += len(block)
            if "\x00" in text:
                if codec.nul_first:
                    raise UserError(codec.nul)
                nul = True
            if first and text:
                text, first = text.removeprefix("\ufeff"), False
            out = norm.feed(text, final)
            if out:
                yield out
            if tick is not None and block:
                tick(len(block))
            if final:
                if nul:
                    raise UserError(codec.nul)
                return


def _nul_after(f) -> bool:
    while block := f.read(BLOCK_BYTES or 1):
        if b"\x00" in block:
            return True
    return False


def _buffered(decoder) -> bytes:
    try:
        state = decoder.getstate()
    except (AttributeError, NotImplementedError):
        return b""
    return state[0] if isinstance(state, tuple) and isinstance(state[0], bytes) else b""


class Normaliser:
    """Newlines to ``\\n`` and NFC, fed text in pieces; gives what is final so far."""

    def __init__(self):
        self.cr = ""        # a trailing "\r" not yet known to be half of "\r\n"
        self.rest = ""      # newline-normalised text after the last stable character

    def feed(self, text: str, final: bool = False) -> str:
        text = self.cr + text
        self.cr = ""
        if not final and text.endswith("\r"):
            text, self.cr = text[:-1], "\r"
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = self.rest + text
        cut = len(text) if final else _last_stable(text)
        self.rest = text[cut:]
        text = text[:cut]
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text


def _last_stable(text: str) -> int:
    """The index of the last stable character (0 when none is near the end): NFC may be
    applied to ``text[:i]`` and ``text[i:]`` separately."""
    for i in range(len(text) - 1, max(len(text) - STABLE_SEARCH, 0) - 1, -1):
        if stable(text[i]):
            return i
    return 0


def stable(ch: str) -> bool:
    o = ord(ch)
    if o < 0x300 or 0xAC00 <= o <= 0xD7A3 or 0x4E00 <= o <= 0x9FFF:
        return True          # Latin, spaces and newlines, Hangul syllables, CJK ideographs
    return (unicodedata.combining(ch) == 0 and o not in _composes_backwards()
            and unicodedata.is_normalized("NFC", ch))


@functools.cache
def _composes_backwards() -> frozenset[int]:
    """Characters of class 0 that NFC may join to the character before them: Hangul
    vowels and final consonants, and the second halves of two-character compositions
    (Indic vowel signs and a few others). Computed once, in about 0.15 s."""
    found = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and d[0] != "<":
            parts = d.split()
            if len(parts) == 2 and unicodedata.combining(chr(int(parts[1], 16))) == 0:
                found.add(int(parts[1], 16))
    return frozenset(found)
