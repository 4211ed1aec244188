"""Read a user's text file and turn it into ids for training.

Every refusal is a ``UserError`` naming the file and the reason. Newlines become ``\\n``
and the text is NFC-normalised, so the same words typed on two systems share characters.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rnn_studio.core.errors import UndecodableError, UserError
from rnn_studio.core.vocab import Vocab

PREVIEW_CHARS = 4000
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = (9, 10, 11, 12, 13, 27)


@dataclass
class Corpus:
    name: str
    ids: np.ndarray
    vocab: Vocab
    encoding: str = "utf-8"
    size_bytes: int = 0
    sha256: str = ""
    path: str = ""
    preview: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def n_chars(self) -> int:
        return int(self.ids.size)

    def split(self, val_fraction: float) -> tuple[np.ndarray, np.ndarray]:
        """The text before the cut trains; the last ``val_fraction`` validates (as nanoGPT)."""
        cut = self.n_chars - validation_size(self.n_chars, val_fraction)
        return self.ids[:cut], self.ids[cut:]

    @classmethod
    def from_text(cls, text: str, name: str = "text") -> Corpus:
        text = _normalise(text)
        _check_not_empty(text, name)
        vocab = Vocab.from_text(text)
        _check_vocab(vocab, name)
        raw = text.encode("utf-8", "surrogatepass")
        return cls(name=name, ids=vocab.encode(text), vocab=vocab, size_bytes=len(raw),
                   sha256=hashlib.sha256(raw).hexdigest(), preview=text[:PREVIEW_CHARS])


def load_corpus(path: str | Path, encoding: str | None = None) -> Corpus:
    path = Path(path)
    raw = _read_bytes(path)
    sha = hashlib.sha256(raw).hexdigest()
    text, used = decode_bytes(raw, path.name, encoding)
    size = len(raw)
    del raw
    text = _normalise(text)
    _check_not_empty(text, path.name)
    vocab = Vocab.from_text(text)
    _check_vocab(vocab, path.name)
    return Corpus(name=path.name, ids=vocab.encode(text), vocab=vocab, encoding=used,
                  size_bytes=size, sha256=sha, path=str(path), preview=text[:PREVIEW_CHARS])


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a text file")
    try:
        return path.read_bytes()
    except PermissionError:
        raise UserError(f"{path}: cannot read it (permission denied)") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def decode_bytes(raw: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Text and the name of the encoding used: a BOM decides, else UTF-8, else cp949."""
    if encoding:
        return _decode_forced(raw, name, encoding), encoding
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise UserError(f"{name}: starts with a {codec} byte-order mark but is not valid "
                                f"{codec} (byte {exc.start})") from None
            if "\x00" in text:
                raise UserError(f"{name}: contains NUL characters, so it looks like a binary file, not text")
            return text, codec
    if b"\x00" in raw:
        codec = _bomless_utf16(raw)
        if codec is None:
            raise UserError(f"{name}: contains NUL bytes, so it looks like a binary file, not text "
                            "(if it is UTF-16 text, pass --encoding utf-16-le or utf-16-be)")
        return _decode_forced(raw, name, codec), codec
    _check_controls(raw, name)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = raw.decode("cp949")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_korean(text):
        return text, "cp949"
    raise UndecodableError(f"{name}: is not UTF-8 (invalid byte at offset {utf8_error}), UTF-16 or Korean "
                    "cp949 text; if you know its encoding, pass it with --encoding "
                    "(for example --encoding latin-1)")


def _decode_forced(raw: bytes, name: str, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):    # ValueError: a NUL or a lone surrogate in the name
        raise UserError(f"unknown encoding {encoding!r}") from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: is not valid {encoding} (byte {exc.start}: {exc.reason})") from None
    except UnicodeError as exc:      # codecs such as idna and punycode raise the base class
        raise UserError(f"{name}: is not valid {encoding} ({exc})") from None
    except LookupError:              # rot13, base64, zlib …: codecs, but not text encodings
        raise UserError(f"{encoding!r} is not a text encoding") from None
    if "\x00" in text:
        raise UserError(f"{name}: contains NUL characters, so it looks like a binary file, not text")
    return text.removeprefix("\ufeff")


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark, recognised only where it cannot be mistaken:
    at least 16 code units, most below 256 (Latin text: every other byte is zero), no NUL
    unit, valid surrogates and few control characters. Anything else with NUL bytes stays
    binary: "0\x00" could be either."""
    if len(raw) % 2 or len(raw) < 32:
        return None
    for codec, dtype in (("utf-16-le", "<u2"), ("utf-16-be", ">u2")):
        units = np.frombuffer(raw[: 1 << 20], dtype=dtype)
        if units.size == 0 or (units == 0).any() or np.count_nonzero(units < 256) < units.size // 2:
            continue
        controls = np.count_nonzero(units < 32) - int(np.isin(units, _ALLOWED_CONTROLS).sum())
        if controls > max(8, units.size // 100):
            continue
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None


def _check_controls(raw: bytes, name: str) -> None:
    """Many control bytes mean a binary file that happens to be valid UTF-8 or cp949."""
    head = np.frombuffer(raw[: 1 << 20], dtype=np.uint8)
    controls = int(np.count_nonzero(head < 32)) - sum(int(np.count_nonzero(head == c)) for c in _ALLOWED_CONTROLS)
    if controls > max(8, head.size // 100):
        raise UserError(f"{name}: holds {controls} control bytes in its first MB, so it looks "
                        "like a binary file, not text")


def _looks_korean(text: str) -> bool:
    non_ascii = [c for c in text[:200_000] if ord(c) > 127]
    if not non_ascii:
        return False
    hangul = sum(1 for c in non_ascii if "\uac00" <= c <= "\ud7a3" or "\u3130" <= c <= "\u318f")
    return hangul >= 0.5 * len(non_ascii)


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _check_vocab(vocab: Vocab, name: str) -> None:
    """Lone surrogates (from codecs such as unicode_escape) are not text: nothing can store them."""
    bad = [c for c in vocab.chars if "\ud800" <= c <= "\udfff"]
    if bad:
        raise UserError(f"{name}: holds unpaired surrogate code points ({', '.join(ascii(c) for c in bad[:5])}), "
                        "so it is not valid Unicode text")


def _check_not_empty(text: str, name: str) -> None:
    if not text:
        raise UserError(f"{name}: is empty")
    if text.isspace():
        raise UserError(f"{name}: holds only white space")


def validation_size(n_chars: int, val_fraction: float) -> int:
    """Characters held out for validation: the last ``val_fraction``, at least 2 if any."""
    if val_fraction <= 0:
        return 0
    return max(int(round(n_chars * val_fraction)), 2)


def required_chars(seq_len: int, val_fraction: float) -> int:
    """The shortest text that trains with this window length (and validates, if asked)."""
    train = seq_len + 1
    if val_fraction >= 1:
        raise ValueError("val_fraction must be below 1")
    n = train
    while n - validation_size(n, val_fraction) < train:  # a few thousand steps at most
        n += 1
    return n
