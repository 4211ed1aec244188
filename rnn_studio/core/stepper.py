"""Batch-1 inference in numpy: one character in, next-character logits out.

Writing feeds one character at a time, so per-operation overhead, not arithmetic, sets
the speed (torch's ``nn.LSTM`` called per character manages a few hundred chars/s). The
``Stepper`` copies the weights once, pre-transposed and pre-arranged:

- layer 0's input projection is a table, ``T[c] = W_ih x_c + b`` (V × G·H), so the first
  matrix product becomes a row lookup;
- the LSTM's sigmoid gates are pre-scaled by ½ and moved in front of the tanh gate, so one
  ``tanh`` call activates all four gates (σ(a) = ½ + ½·tanh(a/2));
- every buffer is allocated once and written in place.

It is a snapshot: training may change the torch model while a Stepper writes, safely.
After each ``step`` ``gates[l]`` holds layer l's activated gates and ``h[l]`` (``c[l]``)
its state, which is what the inspector reads.
"""

from __future__ import annotations

import numpy as np

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.model import GATES


def _lstm_order(w: np.ndarray, H: int, scale: bool) -> np.ndarray:
    i, f, g, o = (w[k * H:(k + 1) * H] for k in range(4))
    s = 0.5 if scale else 1.0
    return np.concatenate([i * s, f * s, o * s, g])  # torch's i,f,g,o → i,f,o,g


class Stepper:
    def __init__(self, weights: dict[str, np.ndarray], cfg: ModelConfig):
        self.cfg = cfg
        self.cell, H, L = cfg.cell, cfg.hidden, cfg.layers
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.Wx: list[np.ndarray] = []     # (in, G·H) per layer; layer 0: (V, G·H) table
        self.Wh: list[np.ndarray] = []     # (H, G·H)
        self.bx: list[np.ndarray] = []     # bias added to the input projection
        self.bh: list[np.ndarray] = []     # GRU only: b_hh, kept apart because r gates it
        for l in range(L):
            wih, whh = w[f"rnn.weight_ih_l{l}"], w[f"rnn.weight_hh_l{l}"]
            bih, bhh = w[f"rnn.bias_ih_l{l}"], w[f"rnn.bias_hh_l{l}"]
            if self.cell == "lstm":
                wih, whh = _lstm_order(wih, H, True), _lstm_order(whh, H, True)
                bx, bh = _lstm_order(bih + bhh, H, True), None
            elif self.cell == "gru":
                bx, bh = bih, bhh
            else:
                bx, bh = bih + bhh, None
            wx = wih.T                                     # (in, G·H)
            if l == 0:
                emb = w.get("embed.weight")
                table = wx if emb is None else emb @ wx    # (V, G·H)
                wx, bx = np.ascontiguousarray(table + bx), np.zeros_like(bx)
            self.Wx.append(np.ascontiguousarray(wx))
            self.Wh.append(np.ascontiguousarray(whh.T))
            self.bx.append(bx)
            self.bh.append(bh)
        self.Wy = np.ascontiguousarray(w["head.weight"].T)  # (H, V)
        self.by = w["head.bias"].copy()
        G = GATES[self.cell]
        self.gates = [np.zeros(G * H, np.float32) for _ in range(L)]
        self._hp = np.zeros(G * H, np.float32)
        self._tmp = np.zeros(H, np.float32)
        self.logits = np.zeros(cfg.vocab_size, np.float32)
        self.reset()

    @classmethod
    def from_model(cls, model) -> Stepper:
        sd = {k: v.detach().to("cpu", copy=True).float().numpy() for k, v in model.state_dict().items()}
        return cls(sd, model.cfg)

    def reset(self) -> None:
        H, L = self.cfg.hidden, self.cfg.layers
        self.h = [np.zeros(H, np.float32) for _ in range(L)]
        self.c = [np.zeros(H, np.float32) for _ in range(L)] if self.cell == "lstm" else []

    def get_state(self) -> list[np.ndarray]:
        return [a.copy() for a in self.h + self.c]

    def set_state(self, state: list[np.ndarray]) -> None:
        L = self.cfg.layers
        for dst, src in zip(self.h + self.c, state):
            dst[...] = src
        assert len(state) == L * (2 if self.cell == "lstm" else 1)

    def step(self, idx: int) -> np.ndarray:
        """Feed character id ``idx``; return the logits for the next character (a reused buffer)."""
        H = self.cfg.hidden
        x = None
        for l in range(self.cfg.layers):
            g, h = self.gates[l], self.h[l]
            if l == 0:
                g[...] = self.Wx[0][idx]
            else:
                np.dot(x, self.Wx[l], out=g)
                g += self.bx[l]
            if self.cell == "lstm":
                g += np.dot(h, self.Wh[l], out=self._hp)
                np.tanh(g, out=g)
                s = g[:3 * H]
                s *= 0.5
                s += 0.5                                   # i, f, o = σ; g = tanh
                c, t = self.c[l], self._tmp
                c *= g[H:2 * H]
                np.multiply(g[:H], g[3 * H:], out=t)
                c += t
                np.tanh(c, out=t)
                np.multiply(g[2 * H:3 * H], t, out=h)
            elif self.cell == "gru":
                hp = np.dot(h, self.Wh[l], out=self._hp)
                hp += self.bh[l]
                rz = g[:2 * H]
                rz += hp[:2 * H]
                np.tanh(rz * 0.5, out=rz)
                rz *= 0.5
                rz += 0.5                                  # r, z = σ
                n = g[2 * H:]
                hn = hp[2 * H:]
                hn *= rz[:H]
                n += hn
                np.tanh(n, out=n)                          # n = tanh(W_in x + r ⊙ (W_hn h + b_hn))
                t = self._tmp
                np.subtract(h, n, out=t)
                t *= rz[H:]
                np.add(n, t, out=h)                        # h = n + z ⊙ (h − n)
            else:
                g += np.dot(h, self.Wh[l], out=self._hp)
                np.tanh(g, out=h)
                g[...] = h
            x = h
        np.dot(x, self.Wy, out=self.logits)
        self.logits += self.by
        return self.logits
