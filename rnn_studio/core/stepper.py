"""Batch-1 inference in numpy: one character in, next-character logits out.

Writing feeds one character at a time, so arithmetic does not set the speed: per-operation
overhead does for small models, and the bytes of weights read per character for large
ones (benchmarks/writing_speed.py times both). The ``Stepper`` copies the weights once,
pre-transposed and pre-arranged:

- layer 0's input projection is a table, ``T[c] = W_ih x_c + b`` (V × G·H), so the first
  matrix product becomes a row lookup;
- the LSTM's sigmoid gates are pre-scaled by ½ and moved in front of the tanh gate, so one
  ``tanh`` call activates all four gates (σ(a) = ½ + ½·tanh(a/2));
- every buffer is allocated once and written in place; all layers' hidden states sit in
  one vector ``[h_0 … h_{L-1}]``, so layer l's input and recurrent products become one
  product with the contiguous slice ``[h_{l-1}, h_l]`` (new h_{l-1}, previous h_l);
- the GRU's r gates only the recurrent part of n, so its layers take r, z from that one
  product and h_n, x_n from two more, rather than one product a quarter full of zeros
  (writing is bound by the bytes of weights read per character).

Numpy's BLAS is held to one thread while writing: for one vector, threads cost more than
they give, and on a busy 2-core machine far more.

It is a snapshot: training may change the torch model while a Stepper writes, safely.
After each ``step``, ``h[l]`` (and ``c[l]``) hold layer l's state and ``gates[l]`` its
activated gates (LSTM: i, f, o, g; GRU: r, z, r ⊙ h_n, n).
"""

from __future__ import annotations

import numpy as np

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.sizes import GATES


def _lstm_order(w: np.ndarray, H: int, scale: bool) -> np.ndarray:
    i, f, g, o = (w[k * H:(k + 1) * H] for k in range(4))
    s = 0.5 if scale else 1.0
    return np.concatenate([i * s, f * s, o * s, g])  # torch's i,f,g,o → i,f,o,g


def _gru_layout(wih, whh, bih, bhh, H):
    """Gate columns [r, z, h_n, x_n], split so that no product multiplies zeros: r must gate
    only the recurrent part of n, so h_n and x_n come from separate products. r and z are
    pre-scaled by ½ (σ through tanh). Returns the input side (In, 2H) and (In, H), the
    recurrent side (H, 2H) and (H, H), transposed, and the bias of all four blocks."""
    t = np.ascontiguousarray
    x_rz, x_n = t(0.5 * wih[:2 * H].T), t(wih[2 * H:].T)
    h_rz, h_n = t(0.5 * whh[:2 * H].T), t(whh[2 * H:].T)
    b = np.concatenate([0.5 * (bih[:2 * H] + bhh[:2 * H]), bhh[2 * H:], bih[2 * H:]])
    return (x_rz, x_n), (h_rz, h_n), b


class Stepper:
    def __init__(self, weights: dict[str, np.ndarray], cfg: ModelConfig):
        self.cfg = cfg
        self.cell, H, L = cfg.cell, cfg.hidden, cfg.layers
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.W: list = []      # layer 0: (H, G·H); l > 0: (2H, G·H) for [h_{l-1}, h_l] (GRU: three parts)
        self.b: list[np.ndarray] = []      # layers 1…L-1: the pre-activation bias (layer 0: in the table)
        for l in range(L):
            wih, whh = w[f"rnn.weight_ih_l{l}"], w[f"rnn.weight_hh_l{l}"]
            bih, bhh = w[f"rnn.bias_ih_l{l}"], w[f"rnn.bias_hh_l{l}"]
            if self.cell == "gru":
                (x_rz, x_n), (h_rz, h_n), b = _gru_layout(wih, whh, bih, bhh, H)
                wih = np.concatenate([x_rz, np.zeros((x_rz.shape[0], H), np.float32), x_n], 1).T
                # layer 0 reads [r, z, h_n] from one product; deeper layers use three (see step)
                self.W.append(np.ascontiguousarray(np.concatenate([h_rz, h_n], 1)) if l == 0 else
                              (np.ascontiguousarray(np.concatenate([x_rz, h_rz])), h_n, x_n))
            else:
                if self.cell == "lstm":
                    wih, whh, b = (_lstm_order(wih, H, True), _lstm_order(whh, H, True),
                                   _lstm_order(bih + bhh, H, True))
                else:
                    b = bih + bhh
                self.W.append(np.ascontiguousarray(whh.T if l == 0 else np.concatenate([wih.T, whh.T])))
            if l == 0:
                emb = w.get("embed.weight")
                table = wih.T if emb is None else emb @ wih.T  # (V, G·H): row c = W_ih x_c
                self.table = np.ascontiguousarray(table + b)
            else:
                self.b.append(b)
        self.Wy = np.ascontiguousarray(w["head.weight"].T)  # (H, V)
        self.by = w["head.bias"].copy()
        G = 4 if self.cell == "gru" else GATES[self.cell]
        self.gates = [np.zeros(G * H, np.float32) for _ in range(L)]
        self._tmp = np.zeros(H, np.float32)
        self.logits = np.zeros(cfg.vocab_size, np.float32)
        self.reset()

    @classmethod
    def from_snapshot(cls, snap) -> Stepper:
        """A Stepper with a Snapshot's writing weights (its best evaluation's, else the latest)."""
        return cls({k: v.numpy() for k, v in snap.writing_weights().items()}, snap.model_cfg)

    @classmethod
    def from_model(cls, model) -> Stepper:
        sd = {k: v.detach().to("cpu", copy=True).float().numpy() for k, v in model.state_dict().items()}
        return cls(sd, model.cfg)

    def reset(self) -> None:
        H, L = self.cfg.hidden, self.cfg.layers
        self.hs = np.zeros(L * H, np.float32)                  # [h_0 … h_{L-1}]
        self.h = [self.hs[l * H:(l + 1) * H] for l in range(L)]
        self.c = [np.zeros(H, np.float32) for _ in range(L)] if self.cell == "lstm" else []

    def get_state(self) -> list[np.ndarray]:
        return [a.copy() for a in self.h + self.c]

    def set_state(self, state: list[np.ndarray]) -> None:
        if len(state) != len(self.h) + len(self.c):
            raise ValueError("state does not fit this model")
        for dst, src in zip(self.h + self.c, state):
            dst[...] = src

    def step(self, idx: int) -> np.ndarray:
        """Feed character id ``idx``; return the logits for the next character (a reused buffer)."""
        H = self.cfg.hidden
        G = 3 * H if self.cell == "gru" else None
        for l in range(self.cfg.layers):
            g, h = self.gates[l], self.h[l]
            if l == 0 and G:
                row = self.table[idx]
                np.dot(h, self.W[0], out=g[:G])
                g[:G] += row[:G]
                g[G:] = row[G:]
            elif l == 0:
                np.dot(h, self.W[0], out=g)
                g += self.table[idx]
            elif G:
                w_rz, w_hn, w_xn = self.W[l]
                np.dot(self.hs[(l - 1) * H:(l + 1) * H], w_rz, out=g[:2 * H])
                np.dot(h, w_hn, out=g[2 * H:G])
                np.dot(self.h[l - 1], w_xn, out=g[G:])
                g += self.b[l - 1]
            else:
                np.dot(self.hs[(l - 1) * H:(l + 1) * H], self.W[l], out=g)
                g += self.b[l - 1]
            if self.cell == "lstm":
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
                self._gru(g, h, H)
            else:
                np.tanh(g, out=h)
        np.dot(self.h[-1], self.Wy, out=self.logits)
        self.logits += self.by
        return self.logits

    def _gru(self, g: np.ndarray, h: np.ndarray, H: int) -> None:
        rz = g[:2 * H]
        np.tanh(rz, out=rz)
        rz *= 0.5
        rz += 0.5                                          # r, z = σ
        hn, n = g[2 * H:3 * H], g[3 * H:]
        hn *= rz[:H]
        n += hn
        np.tanh(n, out=n)                                  # n = tanh(x_n + r ⊙ (W_hn h + b_hn))
        t = self._tmp
        np.subtract(h, n, out=t)
        t *= rz[H:]
        np.add(n, t, out=h)                                # h = n + z ⊙ (h − n)
