"""Training windows: one indexed gather per step, never a Python list of slices."""

from __future__ import annotations

import numpy as np
import torch


class RandomWindows:
    """B random windows of T+1 characters; the generator's state travels in model files."""

    def __init__(self, ids: torch.Tensor, batch: int, seq_len: int, rng: np.random.Generator):
        self.ids, self.B, self.T, self.rng = ids, batch, seq_len, rng
        self.offsets = torch.arange(seq_len + 1, device=ids.device)
        self.high = ids.numel() - seq_len  # starts in [0, high): every window fits

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        starts = torch.from_numpy(self.rng.integers(0, self.high, size=self.B)).to(self.ids.device)
        w = self.ids[starts[:, None] + self.offsets].long()  # (B, T+1)
        return w[:, :-1], w[:, 1:], True

    def state(self) -> dict:
        return {"kind": "random", "rng": self.rng.bit_generator.state}

    def restore(self, state: dict) -> None:
        self.rng.bit_generator.state = state["rng"]


class ContiguousWindows:
    """B parallel streams read in order, so the hidden state can carry from window to window.

    Returns ``fresh=True`` when the streams wrap around, telling the trainer to reset the state.
    """

    def __init__(self, ids: torch.Tensor, batch: int, seq_len: int, rng: np.random.Generator):
        self.B, self.T = batch, seq_len
        L = (ids.numel() - 1) // batch
        if L < seq_len + 1:
            raise ValueError("too little text for contiguous windows at this batch size")
        self.streams = ids[: batch * L + 1]
        self.L, self.pos = L, 0
        self.rows = torch.arange(batch, device=ids.device)[:, None] * L
        self.offsets = torch.arange(seq_len + 1, device=ids.device)

    def next(self) -> tuple[torch.Tensor, torch.Tensor, bool]:
        fresh = self.pos == 0
        w = self.streams[self.rows + self.pos + self.offsets].long()
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
