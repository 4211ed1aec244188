"""The ``Stepper`` for B states at once: one (B, H)·(H, G·H) product per layer per character.

Writing N continuations side by side costs one batched step per character, not N steps:
the weights are read once for all B rows, and reading the weights is what a step costs
(benchmarks/inside_speed.py measures N = 8 against N = 1). The arranged weights are the
batch-1 ``Stepper``'s own (shared, not copied); only the states are B rows.
"""

from __future__ import annotations

import numpy as np

from rnn_studio.core.stepper import Stepper


class BatchStepper:
    def __init__(self, stepper: Stepper, batch: int):
        if batch < 1:
            raise ValueError("a batch holds at least one state")
        self.s, self.batch = stepper, batch
        self.cfg = stepper.cfg
        self.reset()

    def reset(self) -> None:
        H, L, B = self.cfg.hidden, self.cfg.layers, self.batch
        self.hs = np.zeros((B, L * H), np.float32)            # row b: [h_0 … h_{L-1}]
        self.c = np.zeros((B, L * H), np.float32) if self.cfg.cell == "lstm" else None

    def set_state(self, state: list[np.ndarray]) -> None:
        """Every row from one batch-1 state (``Stepper.get_state``): N futures of one past."""
        L = self.cfg.layers
        self.hs[:] = np.concatenate(state[:L])
        if self.c is not None:
            self.c[:] = np.concatenate(state[L:])

    def row_state(self, b: int) -> list[np.ndarray]:
        H, L = self.cfg.hidden, self.cfg.layers
        rows = [self.hs[b, l * H:(l + 1) * H].copy() for l in range(L)]
        if self.c is not None:
            rows += [self.c[b, l * H:(l + 1) * H].copy() for l in range(L)]
        return rows

    def step(self, ids: np.ndarray) -> np.ndarray:
        """Feed one character id per row; return the next-character logits (B, V)."""
        s, H = self.s, self.cfg.hidden
        hs = self.hs
        for l in range(self.cfg.layers):
            h = hs[:, l * H:(l + 1) * H]
            if self.cfg.cell == "gru":
                if l == 0:
                    g = s.table[ids].copy()                     # (B, 4H): [r z | h_n | x_n] input side
                    g[:, :3 * H] += h @ s.W[0]
                else:
                    w_rz, w_hn, w_xn = s.W[l]
                    g = np.concatenate([hs[:, (l - 1) * H:(l + 1) * H] @ w_rz, h @ w_hn,
                                        hs[:, (l - 1) * H:l * H] @ w_xn], 1) + s.b[l - 1]
                rz = np.tanh(g[:, :2 * H]) * 0.5 + 0.5          # σ through tanh (halved weights)
                n = np.tanh(g[:, 3 * H:] + rz[:, :H] * g[:, 2 * H:3 * H])
                h[:] = n + rz[:, H:] * (h - n)
            elif l == 0:
                g = h @ s.W[0] + s.table[ids]
            else:
                g = hs[:, (l - 1) * H:(l + 1) * H] @ s.W[l] + s.b[l - 1]   # [new h_{l-1}, old h_l]
            if self.cfg.cell == "lstm":
                np.tanh(g, out=g)
                g[:, :3 * H] = g[:, :3 * H] * 0.5 + 0.5                # i, f, o = σ; g = tanh
                c = self.c[:, l * H:(l + 1) * H]
                c *= g[:, H:2 * H]
                c += g[:, :H] * g[:, 3 * H:]
                h[:] = g[:, 2 * H:3 * H] * np.tanh(c)
            elif self.cfg.cell == "rnn":
                np.tanh(g, out=h)
        return hs[:, -H:] @ s.Wy + s.by
