"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is cut into B parallel streams read in chunks, so every character is predicted
with all the context before it in its stream: the char-rnn notion of a full validation.

A model that reads Hangul as jamo predicts symbols, not characters: its loss per symbol is
not comparable with a syllable model's. ``loss_per_char`` is: the nats the model spends on
the text's characters 1 … N-1 (every symbol of them, given all before) divided by N - 1, the
characters predicted; for a model reading whole characters it equals ``loss``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.baseline import nats_to_bits
from rnn_studio.core.hangul import starts
from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.vocab import Vocab


@dataclass
class Score:
    loss: float       # nats per character
    bpc: float        # bits per character
    accuracy: float   # next-character accuracy
    n: int            # characters predicted
    chars: int = 0    # characters of the text predicted (n, unless Hangul is read as jamo)
    loss_per_char: float = float("nan")   # nats per character of the text

    @property
    def bpc_per_char(self) -> float:
        return nats_to_bits(self.loss_per_char)


def char_starts(ids: np.ndarray | torch.Tensor, vocab: Vocab | None) -> np.ndarray | None:
    """Where each character of the text begins among ``ids`` (None: every symbol is one)."""
    if vocab is None or vocab.hangul == "off":
        return None
    ids = ids.cpu().numpy() if torch.is_tensor(ids) else np.asarray(ids)
    return starts(vocab.codes[ids.astype(np.int64)])


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = 64, chunk: int = 256, vocab: Vocab | None = None) -> Score:
    """Pass ``vocab`` to have ``loss_per_char`` counted in the text's characters (jamo mode)."""
    first = char_starts(ids, vocab)
    ids = torch.as_tensor(np.asarray(ids) if not torch.is_tensor(ids) else ids)
    n = ids.numel() - 1
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    # The symbols of the first character (after its first) are context, not predicted characters.
    chars = n if first is None else int(first[1:].sum())
    skip = int(np.argmax(first[1:])) if first is not None and chars else 0
    was_training = model.training
    model.eval()
    try:
        B = max(1, min(streams, n // chunk or 1))
        L = n // B
        total, correct, head = 0.0, 0, 0.0
        pieces = [(ids[: B * L + 1], B, L)]
        if n - B * L > 0:
            pieces.append((ids[B * L:], 1, n - B * L))
        for p, (text, b, length) in enumerate(pieces):
            x_all = text[:-1][: b * length].reshape(b, length)
            y_all = text[1:][: b * length].reshape(b, length)
            state = None
            for s in range(0, length, chunk):
                x = x_all[:, s:s + chunk].to(device).long()
                y = y_all[:, s:s + chunk].to(device).long()
                logits, state = model(x, state)
                state = detach_state(state)
                ce = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1),
                                     reduction="none").view(y.shape)
                total += ce.sum().item()
                if p == 0 and s < skip:                # the first targets lead stream 0
                    head += ce[0, :skip - s].sum().item()
                correct += (logits.argmax(-1) == y).sum().item()
    finally:
        model.train(was_training)
    loss = total / n
    per_char = (total - head) / chars if chars else float("nan")
    return Score(loss, nats_to_bits(loss), correct / n, n, chars, per_char if first is not None else loss)
