"""Read a text to look inside a model with (surprisal, inspector): refused by its size
before it is read, then decoded and normalised as a corpus is."""

from __future__ import annotations

from pathlib import Path

from rnn_studio.core.corpus import _normalise, _read_bytes, decode_bytes
from rnn_studio.core.errors import UserError


def read_text(path: str, encoding: str | None, max_chars: int, what: str) -> str:
    """The file's text, NFC-normalised; a file too large is refused before it is read."""
    p = Path(path)
    if p.is_file() and p.stat().st_size > 4 * max_chars:      # no encoding packs more than 4 bytes a character
        raise UserError(f"{p.name}: is {p.stat().st_size / 1e6:.1f} MB; {what} reads at most "
                        f"{max_chars:,} characters: use a part of it")
    text, _ = decode_bytes(_read_bytes(p), p.name, encoding)
    text = _normalise(text)
    if len(text) > max_chars:
        raise UserError(f"{p.name}: has {len(text):,} characters; {what} reads at most {max_chars:,}: use a part of it")
    return text
