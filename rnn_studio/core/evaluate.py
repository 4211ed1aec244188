"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is read in parallel streams by ``streams.read`` (the loop surprisal uses too), so
every character is predicted with the context before it in its stream: the char-rnn notion
of a full validation. ``context=True`` is what ``rnn-studio eval`` prints: the full-context
layout of ``streams.context_layout``, whose bits per character ``surprisal`` repeats.

A model that reads Hangul as jamo predicts symbols, not characters: its loss per symbol is
not comparable with a syllable model's. ``loss_per_char`` is: the nats the model spends on
the text's characters 1 … N-1 (every symbol of them, given all before) divided by N - 1, the
characters predicted; for a model reading whole characters it equals ``loss``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.hangul import starts
from rnn_studio.core.model import CharRNN
from rnn_studio.core.streams import CHUNK, MAX_STREAMS, context_layout, layout, read
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
        return self.loss_per_char / math.log(2)


def char_starts(ids: np.ndarray | torch.Tensor, vocab: Vocab | None) -> np.ndarray | None:
    """Where each character of the text begins among ``ids`` (None: every symbol is one)."""
    if vocab is None or vocab.hangul == "off":
        return None
    ids = ids.cpu().numpy() if torch.is_tensor(ids) else np.asarray(ids)
    return starts(vocab.codes[ids.astype(np.int64)])


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = MAX_STREAMS, chunk: int = CHUNK, vocab: Vocab | None = None,
             context: bool = False) -> Score:
    """Pass ``vocab`` to have ``loss_per_char`` counted in the text's characters (jamo mode)."""
    first = char_starts(ids, vocab)
    n = (ids.numel() if torch.is_tensor(ids) else np.asarray(ids).size) - 1
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    # The symbols of the first character (after its first) are context, not predicted characters.
    chars = n if first is None else int(first[1:].sum())
    skip = int(np.argmax(first[1:])) if first is not None and chars else 0
    lay = context_layout(n) if context else layout(n, streams, chunk)
    total, correct, head = 0.0, 0, 0.0
    for p in read(model, ids, lay, chunk, device):
        logits, y, pos = p.logits, p.targets, p.pos
        if p.keep is not None:
            logits, y, pos = logits[p.keep], y[p.keep], pos[p.keep.cpu()]
        ce = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1), reduction="none")
        total += ce.sum().item()
        if skip and int(pos.min()) <= skip:          # the targets inside the first character
            head += ce[(pos.reshape(-1) <= skip).to(ce.device)].sum().item()
        correct += (logits.argmax(-1) == y).sum().item()
    loss = total / n
    per_char = (total - head) / chars if chars else float("nan")
    return Score(loss, loss / math.log(2), correct / n, n, chars, per_char if first is not None else loss)
