"""Texts bigger than memory: read in blocks twice, then memory-mapped from the cache.

The first read of a big text makes two passes over the file, each a block at a time: the
first hashes it and finds its vocabulary (and its length and preview), the second encodes it
into a cache entry (idcache.py). Later reads open the entry at once: the ids are a read-only
``np.memmap``, so training reads only the pages its windows touch.

The result is the ``Corpus`` that ``corpus.load_corpus`` gives for a small file, the same
ids, vocabulary, encoding, hash and preview, only backed by a file.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from rnn_studio.core import corpus as _c
from rnn_studio.core import idcache, textstream
from rnn_studio.core.errors import UserError
from rnn_studio.core.corpus import LoadCancelled
from rnn_studio.core.textstream import Restart
from rnn_studio.core.vocab import MAX_CODE, Vocab

Progress = Callable[[int, int], object]


class _Ticker:
    """Tells ``progress`` of bytes done out of ``total``; stops the read when it returns False."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, n: int) -> None:
        self.done += n
        self.report()

    def report(self) -> None:
        if self.progress is not None and self.progress(min(self.done, self.total), self.total) is False:
            raise LoadCancelled()


def _codes(piece: str) -> np.ndarray:
    return np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def load_big(path: Path, size: int, encoding: str | None, progress: Progress | None) -> _c.Corpus:
    st = os.stat(path)
    expect = {"reader": _c.READER_VERSION, "encoding_arg": encoding}
    sha = idcache.known_hash(path, encoding, st)
    notes: list[str] = []
    if sha is not None:
        got = idcache.open_entry(idcache.entry_path(sha, encoding, _c.READER_VERSION), {**expect, "sha256": sha})
        if isinstance(got, tuple):
            _Ticker(progress, size)(size)
            return _corpus(path, sha, *got, notes)
    read_ns = time.time_ns()
    tick = _Ticker(progress, 2 * size)
    codec, sha, seen, n, preview = _first_pass(path, size, encoding, tick)
    _check_unchanged(path, st)
    vocab = Vocab("".join(map(chr, np.flatnonzero(seen).tolist())))
    if n == 0:
        raise UserError(f"{path.name}: is empty")
    if all(c.isspace() for c in vocab.chars):
        raise UserError(f"{path.name}: holds only white space")
    _c._check_vocab(vocab, path.name)
    file = idcache.entry_path(sha, encoding, _c.READER_VERSION)
    got = idcache.open_entry(file, {**expect, "sha256": sha})
    if isinstance(got, str) and got:
        notes.append(f"the cached ids of {path.name} were not usable ({got}); read it again")
    if not isinstance(got, tuple):
        meta = {**expect, "sha256": sha, "encoding": codec.used, "size_bytes": size, "chars": n,
                "dtype": vocab.dtype.newbyteorder("<").str, "vocab": vocab.chars, "preview": preview}
        try:
            writer = idcache.EntryWriter(file, meta)
        except OSError as exc:
            notes.append(f"could not cache the ids of {path.name} in {file.parent} "
                         f"({exc.strerror or exc}); they are held in memory")
            ids = np.empty(n, dtype=vocab.dtype)
            _second_pass(path, codec, vocab, tick, ids)
            return _c.Corpus(name=path.name, ids=ids, vocab=vocab, encoding=codec.used, size_bytes=size,
                             sha256=sha, path=str(path), preview=preview, notes=notes)
        with writer:
            try:
                _second_pass(path, codec, vocab, tick, writer)
                _check_unchanged(path, st)
                writer.commit()
            except OSError as exc:
                raise UserError(f"{path.name}: could not write its id cache in {file.parent} "
                                f"({exc.strerror or exc}); free some space there, or set "
                                "RNN_STUDIO_CACHE_DIR to a folder with room") from None
        idcache.remove(idcache.other_versions(file))
        got = idcache.open_entry(file, {**expect, "sha256": sha})
        if isinstance(got, str):
            raise UserError(f"{path.name}: its id cache in {file.parent} could not be read back ({got})")
    idcache.remember_hash(path, encoding, st, sha, read_ns)
    if tick.done < tick.total:      # found by its hash after the first pass: done
        tick(tick.total - tick.done)
    return _corpus(path, sha, *got, notes)


def _check_unchanged(path: Path, st: os.stat_result) -> None:
    now = os.stat(path)
    if (now.st_mtime_ns, now.st_size) != (st.st_mtime_ns, st.st_size):
        raise UserError(f"{path.name}: changed while it was being read; try again once it is written")


def _corpus(path: Path, sha: str, meta: dict, ids: np.memmap, notes: list[str]) -> _c.Corpus:
    return _c.Corpus(name=path.name, ids=ids, vocab=Vocab(meta["vocab"]), encoding=meta["encoding"],
                     size_bytes=meta["size_bytes"], sha256=sha, path=str(path), preview=meta["preview"],
                     notes=notes)


def _first_pass(path: Path, size: int, encoding: str | None, tick: _Ticker):
    """(codec, SHA-256, seen code points, characters, preview), starting over as cp949 if
    a UTF-8 error shows the text to be Korean."""
    codec = textstream.plan(textstream.read_head(path, size), size, path.name, encoding)
    start = tick.done
    while True:
        hasher = hashlib.sha256()
        seen = np.zeros(MAX_CODE, dtype=bool)
        ascii_seen = b""                # ASCII characters met so far, as bytes
        n, preview = 0, ""
        try:
            for piece in textstream.decoded(path, codec, tick, hasher.update):
                if piece.isascii():     # O(1); deleting the known bytes leaves the new ones (~GB/s)
                    new = piece.encode("ascii").translate(None, ascii_seen)
                    if new:
                        ascii_seen = bytes(sorted(set(ascii_seen + new)))
                else:
                    seen[_codes(piece)] = True
                n += len(piece)
                if len(preview) < _c.PREVIEW_CHARS:
                    preview = (preview + piece)[:_c.PREVIEW_CHARS]
        except Restart as again:
            codec, tick.done = again.codec, start
            continue
        seen[list(ascii_seen)] = True
        return codec, hasher.hexdigest(), seen, n, preview


def _second_pass(path: Path, codec, vocab: Vocab, tick: _Ticker, out) -> None:
    """Encode the text into ``out``: an ``EntryWriter``, or an array to fill."""
    table = vocab._lookup()
    # ASCII pieces with byte-sized ids: bytes.translate maps a byte to its id at ~GB/s
    byte_ids = bytes(np.where(table[:256] >= 0, table[:256], 0).astype(np.uint8)) \
        if vocab.dtype == np.uint8 else None
    small = table[:128].astype(vocab.dtype)
    pos = 0
    for piece in textstream.decoded(path, codec, tick):
        if piece.isascii():
            raw = piece.encode("ascii")
            ids = (np.frombuffer(raw.translate(byte_ids), dtype=np.uint8) if byte_ids is not None
                   else small[np.frombuffer(raw, dtype=np.uint8)])
        else:
            ids = table[_codes(piece)].astype(vocab.dtype)
        if isinstance(out, np.ndarray):
            out[pos:pos + ids.size] = ids
        else:
            out.write(ids)
        pos += ids.size
