"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is cut into B parallel streams read in chunks, so every character is predicted
with all the context before it in its stream: the char-rnn notion of a full validation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.units import per_char


@dataclass
class Score:
    loss: float       # nats per character
    bpc: float        # bits per character
    accuracy: float   # next-character accuracy
    n: int            # characters predicted


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = 64, chunk: int = 256) -> Score:
    ids = torch.as_tensor(np.asarray(ids) if not torch.is_tensor(ids) else ids)
    n = ids.numel() - 1
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    was_training = model.training
    model.eval()
    try:
        B = max(1, min(streams, n // chunk or 1))
        L = n // B
        total, correct = 0.0, 0
        pieces = [(ids[: B * L + 1], B, L)]
        if n - B * L > 0:
            pieces.append((ids[B * L:], 1, n - B * L))
        for text, b, length in pieces:
            x_all = text[:-1][: b * length].reshape(b, length)
            y_all = text[1:][: b * length].reshape(b, length)
            state = None
            for s in range(0, length, chunk):
                x = x_all[:, s:s + chunk].to(device).long()
                y = y_all[:, s:s + chunk].to(device).long()
                logits, state = model(x, state)
                state = detach_state(state)
                total += F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1),
                                         reduction="sum").item()
                correct += (logits.argmax(-1) == y).sum().item()
    finally:
        model.train(was_training)
    loss = total / n
    return Score(loss, per_char(loss, "bits"), correct / n, n)
