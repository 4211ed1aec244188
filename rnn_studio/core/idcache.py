"""The ids of big texts, cached as memory-mapped files in the user cache folder.

An entry is named by the text's SHA-256, the ``--encoding`` asked for and the reader's
version (``corpus.READER_VERSION``), and holds::

    magic (16 bytes) | header length (8, little-endian) | SHA-256 of the header (32)
    | header: JSON (vocabulary, characters, dtype, encoding, preview…) | padding to 64
    | the ids, one per character, little-endian

An entry is used only when every check passes: magic, header checksum, version, the text's
hash, a vocabulary that is sorted and distinct, the dtype that vocabulary needs, the exact
file size (a truncated file fails), and ids in range at 64 places spread over the file. Any
failure means "rebuild", never "trust". Entries are written to a temporary file, flushed and
renamed into place, so a crash leaves no half entry.

Finding the hash of a 2 GB text takes a second or two, so each text's path also gets a small
index file recording its size, modification time, inode and a fingerprint (the hash of its
first and last 64 kB and of 64 blocks of 4 kB spread over it) with the hash: when all of
those still match, and the file was not changed within 2 s of being read (when a change could
keep the same time), the hash is taken from the index and the second start is immediate.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from rnn_studio.core.fsutil import remove_stale_temporaries, write_atomic
from rnn_studio.core.vocab import id_dtype

MAGIC = b"RNNSTUDIO-IDS\n\x00\x00"
_FIXED = len(MAGIC) + 8 + 32
ALIGN = 64
RACY_NS = 2_000_000_000       # a change this close to a read may keep the same mtime
SAMPLES = 64
EDGE, BLOCK = 1 << 16, 1 << 12


def folder() -> Path:
    from rnn_studio.paths import cache_dir
    return cache_dir() / "ids"


def _key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:40]


def entry_path(sha256: str, encoding: str | None, version: int) -> Path:
    return folder() / f"{_key(sha256, encoding or '')}.v{version}.ids"


def _index_path(path: Path, encoding: str | None) -> Path:
    return folder() / "paths" / f"{_key(str(path.resolve()), encoding or '')}.json"


def _identity(st: os.stat_result) -> dict:
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino, "dev": st.st_dev}


# ---- path index ---------------------------------------------------------------------------

def fingerprint(path: Path, size: int) -> str:
    """A hash of the file's ends and of 64 small blocks spread over it (about 400 kB read)."""
    h = hashlib.sha256()
    spots = [(0, EDGE), (max(size - EDGE, 0), EDGE)]
    spots += [(int(at), BLOCK) for at in np.linspace(0, max(size - BLOCK, 0), SAMPLES)]
    with open(path, "rb") as f:
        for at, n in spots:
            f.seek(at)
            h.update(f.read(n))
    return h.hexdigest()


def known_hash(path: Path, encoding: str | None, st: os.stat_result) -> str | None:
    """The text's SHA-256 as recorded for this path, if the file is unchanged since."""
    try:
        data = json.loads(_index_path(path, encoding).read_text("utf-8"))
        if not isinstance(data, dict) or data.get("file") != _identity(st):
            return None
        if st.st_mtime_ns >= int(data["read_ns"]) - RACY_NS:
            return None
        if data.get("fingerprint") != fingerprint(path, st.st_size):
            return None
        sha = data["sha256"]
        return sha if isinstance(sha, str) and len(sha) == 64 else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember_hash(path: Path, encoding: str | None, st: os.stat_result, sha256: str, read_ns: int) -> None:
    try:
        data = {"path": str(path.resolve()), "encoding": encoding, "file": _identity(st),
                "fingerprint": fingerprint(path, st.st_size), "sha256": sha256, "read_ns": read_ns}
        target = _index_path(path, encoding)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps(data).encode())
    except OSError:
        pass        # the next start hashes the file again: slower, not wrong


# ---- entries -------------------------------------------------------------------------------

def open_entry(file: Path, expect: dict) -> tuple[dict, np.memmap] | str:
    """(header, ids) when ``file`` is a whole entry whose header has the ``expect``ed values;
    otherwise why not ("" when there is no entry at all)."""
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    try:
        with open(file, "rb") as f:
            fixed = f.read(_FIXED)
            if len(fixed) < _FIXED or fixed[:len(MAGIC)] != MAGIC:
                return "not an id cache (bad magic)"
            (length,) = struct.unpack("<Q", fixed[len(MAGIC):len(MAGIC) + 8])
            if length > size - _FIXED:
                return "truncated header"
            raw = f.read(length)
        if hashlib.sha256(raw).digest() != fixed[len(MAGIC) + 8:]:
            return "header checksum mismatch"
        meta = json.loads(raw.decode("utf-8"))
        for key, value in expect.items():
            if meta.get(key) != value:
                return f"{key} is {meta.get(key)!r}, not {value!r}"
        vocab, n = meta["vocab"], meta["chars"]
        if not isinstance(vocab, str) or not vocab or list(vocab) != sorted(set(vocab)):
            return "damaged vocabulary"
        dtype = id_dtype(len(vocab)).newbyteorder("<")
        if meta["dtype"] != dtype.str or not isinstance(n, int) or n < 1:
            return "damaged header"
        offset = _data_offset(length)
        if size != offset + n * dtype.itemsize:
            return f"{size} bytes where {offset + n * dtype.itemsize} were written (truncated or damaged)"
        ids = np.memmap(file, dtype=dtype, mode="r", offset=offset, shape=(n,))
        _read_only_what_is_touched(ids)
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, struct.error) as exc:
        return f"damaged ({exc})"
    where = np.unique(np.linspace(0, n - 1, SAMPLES).astype(np.int64))
    bad = int(ids[where].max()) >= len(vocab) or int(ids[where].min()) < 0
    release(ids)
    return "ids out of range" if bad else (meta, ids)


def _read_only_what_is_touched(ids: np.memmap) -> None:
    """Training reads windows at random places: without this, each page fault reads ahead
    the disk's read-ahead (often megabytes) into the process's resident memory."""
    m = getattr(ids, "_mmap", None)
    if m is not None and hasattr(m, "madvise") and hasattr(mmap, "MADV_RANDOM"):
        try:
            m.madvise(mmap.MADV_RANDOM)
        except OSError:
            pass


def _root(ids: np.ndarray) -> np.ndarray:
    while isinstance(ids.base, np.ndarray):
        ids = ids.base
    return ids


def file_region(ids: np.ndarray) -> tuple[str, int] | None:
    """(file, byte offset of ``ids[0]``) when ``ids`` is (a contiguous slice of) a file map."""
    root = _root(ids)
    name = getattr(root, "filename", None)
    if not isinstance(root, np.memmap) or name is None or not ids.flags.c_contiguous:
        return None
    return name, root.offset + (ids.ctypes.data - root.ctypes.data)


def release(ids: np.ndarray) -> None:
    """Drop the map's pages from this process (the page cache keeps them): a few bulk reads
    at start (samples, the validation pieces) must not stay in its resident memory."""
    m = getattr(_root(ids), "_mmap", None)
    if m is not None and hasattr(m, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
        try:
            m.madvise(mmap.MADV_DONTNEED)
        except OSError:
            pass


def _data_offset(header_length: int) -> int:
    return -(-(_FIXED + header_length) // ALIGN) * ALIGN


class EntryWriter:
    """Writes one entry: ``with EntryWriter(file, header) as w: w.write(ids)…; w.commit()``.

    Leaves nothing behind unless committed; the entry's ids arrive in pieces, in order.
    """

    def __init__(self, file: Path, meta: dict):
        self.file, self.meta = file, dict(meta)
        self.dtype = np.dtype(meta["dtype"])
        self.written = 0
        self.started = time.time()
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{file.name}.{os.getpid()}-", suffix=".tmp", dir=file.parent)
        self.f = os.fdopen(fd, "wb")
        raw = json.dumps(self.meta, ensure_ascii=False).encode("utf-8", "surrogatepass")
        head = MAGIC + struct.pack("<Q", len(raw)) + hashlib.sha256(raw).digest() + raw
        self.f.write(head + b"\x00" * (_data_offset(len(raw)) - len(head)))

    def __enter__(self) -> EntryWriter:
        return self

    def write(self, ids: np.ndarray) -> None:
        self.f.write(memoryview(np.ascontiguousarray(ids, dtype=self.dtype)).cast("B"))
        self.written += ids.size

    def commit(self) -> None:
        if self.written != self.meta["chars"]:
            raise RuntimeError(f"wrote {self.written} ids, expected {self.meta['chars']}")
        self.f.flush()
        os.fsync(self.f.fileno())
        self.f.close()
        os.replace(self.tmp, self.file)
        self.tmp = None
        remove_stale_temporaries(self.file.parent, self.file.name, self.started)

    def __exit__(self, *exc) -> None:
        if not self.f.closed:
            self.f.close()
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass


def remove(files: Iterable[Path]) -> None:
    for file in files:
        try:
            file.unlink()
        except OSError:
            pass


def other_versions(file: Path) -> list[Path]:
    """Entries of the same text made by other reader versions (never used again)."""
    stem = file.name.split(".v", 1)[0]
    return [p for p in file.parent.glob(f"{stem}.v*.ids") if p != file]
