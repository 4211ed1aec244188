"""What every unit does: the hidden states, cell states and gates of each layer, per character.

torch's fused ``nn.LSTM`` hides its gates, so they are recomputed here from the layer's
weights (the parameter layout every cell shares, model.py), in the lecture's form:

    LSTM:  i, f, g, o = σ, σ, tanh, σ (W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)   (torch's order)
           c_t = f ⊙ c_{t-1} + i ⊙ g;   h_t = o ⊙ tanh(c_t)
    GRU:   r, z = σ(W_i{r,z} x_t + b_i{r,z} + W_h{r,z} h_{t-1} + b_h{r,z})
           n = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t-1} + b_hn));   h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
    RNN:   h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)

Each layer's input projection is one product for all T characters; only the recurrence
loops. The text is read as the model reads it (NFC; a jamo model's Hangul as jamo, so its
rows are symbols). Row t is the state after reading character t, from the zero state
(h_0 = 0, no priming): ``p[t]`` is the distribution of character t + 1.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np
import torch

from rnn_studio.core.checkpoint import Snapshot
from rnn_studio.core.config import ModelConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.surprisal import _weights, vocab_of
from rnn_studio.core.vocab import Vocab

GATE_NAMES = {"lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n"), "rnn": ()}
GATE_TITLES = {"i": "input gate", "f": "forget gate", "g": "candidate (cell input)", "o": "output gate",
               "r": "reset gate", "z": "update gate", "n": "candidate"}
CELL_NAMES = {"lstm": "LSTM", "gru": "GRU", "rnn": "tanh RNN"}
MAX_BYTES = 1 << 30          # states held in memory for one text


@dataclass
class States:
    cell: str
    text: str
    ids: np.ndarray                                   # (T,)
    h: list[np.ndarray]                               # per layer (T, H)
    c: list[np.ndarray] = field(default_factory=list)        # LSTM: per layer (T, H)
    gate_arrays: list[np.ndarray] = field(default_factory=list)  # per layer (T, G, H)
    p: np.ndarray | None = None                       # (T, V)

    @property
    def layers(self) -> int:
        return len(self.h)

    def gates(self, layer: int) -> np.ndarray:
        """(T, G, H), gate k = ``GATE_NAMES[cell][k]``; a tanh RNN has none (refused in words)."""
        if not self.gate_arrays:
            raise UserError(f"a {CELL_NAMES[self.cell]} has no gates: its state is one tanh of the "
                            "input and the previous state; train an LSTM or a GRU to see gates")
        return self.gate_arrays[layer]


def per_char_floats(cfg: ModelConfig) -> int:
    G = len(GATE_NAMES[cfg.cell])
    return cfg.layers * cfg.hidden * (1 + (cfg.cell == "lstm") + G) + cfg.vocab_size


def check_size(n_chars: int, cfg: ModelConfig) -> None:
    need = n_chars * per_char_floats(cfg) * 4
    if need > MAX_BYTES:
        most = MAX_BYTES // (per_char_floats(cfg) * 4)
        raise UserError(f"the states of {n_chars:,} characters would take {need / 2**30:.1f} GB; the "
                        f"limit is {MAX_BYTES / 2**30:.0f} GB, {most:,} characters for this model: "
                        "inspect a shorter text")


def encode(vocab: Vocab, text: str) -> np.ndarray:
    unknown = vocab.unknown(text)
    if unknown:
        shown = ", ".join(repr(c) for c in unknown[:10]) + (" …" if len(unknown) > 10 else "")
        raise UserError(f"the text holds characters the model never saw ({shown}); the inspector "
                        "reads only characters it knows")
    return vocab.encode(text).astype(np.int64)


def _layer(cell: str, xp: torch.Tensor, w_hh: torch.Tensor, b_hh: torch.Tensor):
    """xp (T, G·H) = W_ih x + b_ih for all steps → h (T, H), c (T, H) or None, gates (T, G, H)."""
    T, H = xp.shape[0], w_hh.shape[1]
    h = torch.zeros(H)
    c = torch.zeros(H)
    hs = torch.empty(T, H)
    cs = torch.empty(T, H) if cell == "lstm" else None
    gs = torch.empty(T, len(GATE_NAMES[cell]), H) if cell != "rnn" else None
    for t in range(T):
        hp = torch.addmv(b_hh, w_hh, h)                                   # (G·H,) W_hh h + b_hh
        if cell == "lstm":
            a = (xp[t] + hp).view(4, H)
            i, f, o = torch.sigmoid(a[0]), torch.sigmoid(a[1]), torch.sigmoid(a[3])
            g = torch.tanh(a[2])
            c = f * c + i * g
            h = o * torch.tanh(c)
            gs[t, 0], gs[t, 1], gs[t, 2], gs[t, 3] = i, f, g, o
            cs[t] = c
        elif cell == "gru":
            x3, h3 = xp[t].view(3, H), hp.view(3, H)
            r, z = torch.sigmoid(x3[0] + h3[0]), torch.sigmoid(x3[1] + h3[1])
            n = torch.tanh(x3[2] + r * h3[2])
            h = (1 - z) * n + z * h
            gs[t, 0], gs[t, 1], gs[t, 2] = r, z, n
        else:
            h = torch.tanh(xp[t] + hp)
        hs[t] = h
    return hs, cs, gs


@torch.inference_mode()
def inspect(weights: dict[str, torch.Tensor], cfg: ModelConfig, vocab: Vocab, text: str,
            probabilities: bool = True, cancelled=lambda: False) -> States:
    text = vocab.symbols(unicodedata.normalize("NFC", text))     # jamo for a jamo model
    check_size(len(text), cfg)
    ids = encode(vocab, text)
    w = {k: torch.as_tensor(np.asarray(v) if not torch.is_tensor(v) else v).float() for k, v in weights.items()}
    x = (torch.nn.functional.one_hot(torch.from_numpy(ids), cfg.vocab_size).float()
         if cfg.one_hot else w["embed.weight"][torch.from_numpy(ids)])        # (T, E)
    out = States(cfg.cell, text, ids, [])
    with torch.no_grad():
        for l in range(cfg.layers):
            if cancelled():
                raise UserError("inspecting was cancelled")
            xp = torch.addmm(w[f"rnn.bias_ih_l{l}"], x, w[f"rnn.weight_ih_l{l}"].t())   # (T, G·H)
            hs, cs, gs = _layer(cfg.cell, xp, w[f"rnn.weight_hh_l{l}"], w[f"rnn.bias_hh_l{l}"])
            out.h.append(hs.numpy())
            if cs is not None:
                out.c.append(cs.numpy())
            if gs is not None:
                out.gate_arrays.append(gs.numpy())
            x = hs
        if probabilities:
            out.p = torch.softmax(x @ w["head.weight"].t() + w["head.bias"], -1).numpy()
    return out


def inspect_snapshot(snap: Snapshot, text: str, probabilities: bool = True, cancelled=lambda: False) -> States:
    return inspect(_weights(snap), snap.model_cfg, vocab_of(snap), text, probabilities, cancelled)
