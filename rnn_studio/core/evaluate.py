"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is cut into B parallel streams read in chunks, so every character is predicted
with all the context before it in its stream: the char-rnn notion of a full validation.

A huge validation split is scored on a fixed sample of it (``validation_sample``): the
whole split up to ``EVAL_MAX_CHARS`` characters, else ``EVAL_PIECES`` contiguous pieces
spread evenly over it, ``EVAL_MAX_CHARS`` predictions in all, the same pieces every time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.units import bits

EVAL_MAX_CHARS = 1 << 19     # 524,288: War and Peace's split (320k) is scored whole
EVAL_PIECES = 64


@dataclass
class Score:
    loss: float       # nats per character
    bpc: float        # bits per character
    accuracy: float   # next-character accuracy
    n: int            # characters predicted


def validation_sample(ids: np.ndarray, limit: int = EVAL_MAX_CHARS) -> np.ndarray:
    """``ids`` when it predicts at most ``limit`` characters; else a (pieces, length + 1)
    array of contiguous pieces spread evenly over it, each scored as a stream of its own."""
    if ids.size - 1 <= limit:
        return np.asarray(ids)
    length = limit // EVAL_PIECES
    starts = np.linspace(0, ids.size - length - 1, EVAL_PIECES).astype(np.int64)
    return np.stack([ids[s:s + length + 1] for s in starts])


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = 64, chunk: int = 256, part: tuple[int, int] = (0, 1),
             combine: Callable[[list[float]], list[float]] | None = None) -> Score:
    """Score ``ids``: one text, or a (streams, length + 1) array of separate pieces.

    ``part=(rank, world)`` scores only every world-th stream from the rank-th, and
    ``combine`` sums the ranks' totals (distributed.py): each rank gets the whole score."""
    ids = torch.as_tensor(np.asarray(ids) if not torch.is_tensor(ids) else ids)
    n = ids.numel() - 1 if ids.dim() == 1 else ids.size(0) * (ids.size(1) - 1)
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    was_training = model.training
    model.eval()
    try:
        total, correct = 0.0, 0
        if ids.dim() == 2:
            pieces = [(ids[:, :-1], ids[:, 1:])]
        else:
            B = max(1, min(streams, n // chunk or 1))
            L = n // B
            pieces = [(ids[:B * L].reshape(B, L), ids[1:B * L + 1].reshape(B, L))]
            if n - B * L > 0:
                pieces.append((ids[B * L:-1].reshape(1, -1), ids[B * L + 1:].reshape(1, -1)))
        rows = slice(part[0], None, part[1])
        for x_all, y_all in ((x[rows], y[rows]) for x, y in pieces):
            length = x_all.size(1) if x_all.size(0) else 0
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
    if combine is not None:
        total, correct = combine([total, correct])
    loss = total / n
    return Score(loss, bits(loss), correct / n, n)
