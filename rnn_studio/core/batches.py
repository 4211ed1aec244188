"""Training windows: one numpy gather per step, never a Python list of slices.

The ids are a numpy array, often a read-only ``np.memmap`` of a big text's id cache
(bigtext.py): a step gathers its B windows with one fancy index, which reads only the pages
those windows touch, and sends the (B, T+1) result to the device. A text never has to fit in
memory (or on the GPU) to train.

``part=(rank, world)`` (distributed.py): the batch is the global one, drawn exactly as one
process would, and this process gathers only its ``batch // world`` rows of it.
"""

from __future__ import annotations

import os

import numpy as np
import torch


class _Windows:
    """Reads (rows, T+1) windows of ids at given starts: one numpy gather from an array; from
    a memory-mapped big text one ``pread`` a row, so reading goes through the page cache and
    never maps pages into this process (a mapped window's page brings a whole large folio
    of the file, and over a long run the whole text, into resident memory)."""

    def __init__(self, ids: np.ndarray, length: int, device):
        from rnn_studio.core import idcache
        region = idcache.file_region(ids) if isinstance(ids, np.memmap) else None
        self.ids, self.length, self.device = np.asarray(ids), length, device
        self.offsets = np.arange(length)
        self.fd = None
        if region is not None:
            self.fd = os.open(region[0], os.O_RDONLY)
            self.base, self.item = region[1], self.ids.dtype.itemsize
            idcache.release(ids)            # what building the run read (samples) leaves mapped

    def __call__(self, starts: np.ndarray) -> torch.Tensor:
        if self.fd is None:
            w = self.ids[starts[:, None] + self.offsets]
        else:
            n = self.length * self.item
            raw = b"".join(os.pread(self.fd, n, self.base + int(s) * self.item) for s in starts)
            w = np.frombuffer(raw, dtype=self.ids.dtype).reshape(len(starts), self.length)
        w = torch.from_numpy(w.astype(np.int64))          # (B, T+1)
        return w if torch.device(self.device).type == "cpu" else w.to(self.device, non_blocking=True)

    def __del__(self):
        if getattr(self, "fd", None) is not None:
            os.close(self.fd)


def _rows(batch: int, part: tuple[int, int]) -> slice:
    rank, world = part
    b = batch // world
    return slice(rank * b, (rank + 1) * b)


class RandomWindows:
    """B random windows of T+1 characters; the generator's state travels in model files."""

    def __init__(self, ids: np.ndarray, batch: int, seq_len: int, rng: np.random.Generator,
                 device: torch.device | str = "cpu", part: tuple[int, int] = (0, 1)):
        self.B, self.T, self.rng = batch, seq_len, rng
        self.mine = _rows(batch, part)
        self.read = _Windows(ids, seq_len + 1, device)
        self.high = ids.size - seq_len  # starts in [0, high): every window fits

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        starts = self.rng.integers(0, self.high, size=self.B)[self.mine]
        w = self.read(starts)
        return w[:, :-1], w[:, 1:], True

    def state(self) -> dict:
        return {"kind": "random", "rng": self.rng.bit_generator.state}

    def restore(self, state: dict) -> None:
        self.rng.bit_generator.state = state["rng"]


class ContiguousWindows:
    """B parallel streams read in order, so the hidden state can carry from window to window.

    Returns ``fresh=True`` when the streams wrap around, telling the trainer to reset the state.
    """

    def __init__(self, ids: np.ndarray, batch: int, seq_len: int, rng: np.random.Generator,
                 device: torch.device | str = "cpu", part: tuple[int, int] = (0, 1)):
        self.B, self.T = batch, seq_len
        L = (ids.size - 1) // batch
        if L < seq_len + 1:
            raise ValueError("too little text for contiguous windows at this batch size")
        self.read = _Windows(ids[: batch * L + 1], seq_len + 1, device)
        self.L, self.pos = L, 0
        self.rows = np.arange(batch)[_rows(batch, part)] * L

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        fresh = self.pos == 0
        w = self.read(self.rows + self.pos)
        self.pos += self.T
        if self.pos + self.T + 1 > self.L:
            self.pos = 0
        return w[:, :-1], w[:, 1:], fresh

    def state(self) -> dict:
        return {"kind": "contiguous", "pos": self.pos}

    def restore(self, state: dict) -> None:
        pos = int(state["pos"])
        # Resumed with another window length or batch size, the saved place may not fit.
        self.pos = pos if 0 <= pos and pos + self.T + 1 <= self.L else 0
