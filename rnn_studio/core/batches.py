"""Training windows: one numpy gather per step, never a Python list of slices.

The ids are a numpy array, often a read-only ``np.memmap`` of a big text's id cache
(bigtext.py): a step gathers its B windows with one fancy index, which reads only the pages
those windows touch, and sends the (B, T+1) result to the device. A text never has to fit in
memory (or on the GPU) to train.

``part=(rank, world)`` (distributed.py): the batch is the global one, drawn exactly as one
process would, and this process gathers only its ``batch // world`` rows of it.
"""

from __future__ import annotations

import numpy as np
import torch


def _gather(ids: np.ndarray, index: np.ndarray, device: torch.device | str) -> torch.Tensor:
    w = torch.from_numpy(ids[index].astype(np.int64))      # (B, T+1)
    return w if torch.device(device).type == "cpu" else w.to(device, non_blocking=True)


def _rows(batch: int, part: tuple[int, int]) -> slice:
    rank, world = part
    b = batch // world
    return slice(rank * b, (rank + 1) * b)


class RandomWindows:
    """B random windows of T+1 characters; the generator's state travels in model files."""

    def __init__(self, ids: np.ndarray, batch: int, seq_len: int, rng: np.random.Generator,
                 device: torch.device | str = "cpu", part: tuple[int, int] = (0, 1)):
        self.ids, self.B, self.T, self.rng, self.device = np.asarray(ids), batch, seq_len, rng, device
        self.mine = _rows(batch, part)
        self.offsets = np.arange(seq_len + 1)
        self.high = self.ids.size - seq_len  # starts in [0, high): every window fits

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        starts = self.rng.integers(0, self.high, size=self.B)[self.mine]
        w = _gather(self.ids, starts[:, None] + self.offsets, self.device)
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
        ids = np.asarray(ids)
        self.B, self.T, self.device = batch, seq_len, device
        L = (ids.size - 1) // batch
        if L < seq_len + 1:
            raise ValueError("too little text for contiguous windows at this batch size")
        self.streams = ids[: batch * L + 1]
        self.L, self.pos = L, 0
        self.rows = np.arange(batch)[_rows(batch, part), None] * L
        self.offsets = np.arange(seq_len + 1)

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        fresh = self.pos == 0
        w = _gather(self.streams, self.rows + self.pos + self.offsets, self.device)
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
