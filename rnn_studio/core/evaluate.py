"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is read in parallel streams by ``streams.read`` (the loop surprisal uses too), so
every character is predicted with the context before it in its stream: the char-rnn notion
of a full validation. ``context=True`` is what ``rnn-studio eval`` prints: the full-context
layout of ``streams.context_layout``, whose bits per character ``surprisal`` repeats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.model import CharRNN
from rnn_studio.core.streams import CHUNK, MAX_STREAMS, context_layout, layout, read


@dataclass
class Score:
    loss: float       # nats per character
    bpc: float        # bits per character
    accuracy: float   # next-character accuracy
    n: int            # characters predicted


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = MAX_STREAMS, chunk: int = CHUNK, context: bool = False) -> Score:
    n = (ids.numel() if torch.is_tensor(ids) else np.asarray(ids).size) - 1
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    lay = context_layout(n) if context else layout(n, streams, chunk)
    total, correct = 0.0, 0
    for p in read(model, ids, lay, chunk, device):
        logits, y = p.logits, p.targets
        if p.keep is not None:
            logits, y = logits[p.keep], y[p.keep]
        total += F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1), reduction="sum").item()
        correct += (logits.argmax(-1) == y).sum().item()
    loss = total / n
    return Score(loss, loss / math.log(2), correct / n, n)
