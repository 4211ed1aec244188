"""Loss, bits and accuracy on a whole text, with the hidden state carried through it.

The text is read in parallel streams by ``streams.read`` (the loop surprisal uses too), so
every character is predicted with the context before it in its stream: the char-rnn notion
of a full validation. ``context=True`` is what ``rnn-studio eval`` prints: the full-context
layout of ``streams.context_layout``, whose bits per character ``surprisal`` repeats.

A model that reads Hangul as jamo predicts symbols, not characters: its loss per symbol is
not comparable with a syllable model's. ``loss_per_char`` is: the nats the model spends on
the text's characters 1 … N-1 (every symbol of them, given all before) divided by N - 1, the
characters predicted; for a model reading whole characters it equals ``loss``.

A huge validation split is scored on a fixed sample of it (``validation.validation_sample``):
the whole split up to ``EVAL_MAX_CHARS`` characters, else ``EVAL_PIECES`` contiguous pieces
spread evenly over it, ``EVAL_MAX_CHARS`` predictions in all, the same pieces every time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core.baseline import nats_to_bits
from rnn_studio.core.hangul import starts
from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.streams import CHUNK, context_layout, fast_products, read
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


def _lead(first: np.ndarray | None) -> tuple[int, int]:
    """(characters predicted, leading targets that finish a character begun before the text)."""
    if first is None:
        return 0, 0
    chars = int(first[1:].sum())
    return chars, int(np.argmax(first[1:])) if chars else 0


@torch.inference_mode()
def evaluate(model: CharRNN, ids: np.ndarray | torch.Tensor, device="cpu",
             streams: int = 64, chunk: int = 256, vocab: Vocab | None = None,
             part: tuple[int, int] = (0, 1), combine: Callable[[list[float]], list[float]] | None = None,
             context: bool = False) -> Score:
    """Score ``ids``: one text, or a (pieces, length + 1) array of separate pieces. Pass
    ``vocab`` to have ``loss_per_char`` counted in the text's characters (jamo mode).

    ``part=(rank, world)`` scores only every world-th stream from the rank-th, and
    ``combine`` sums the ranks' totals (distributed.py): each rank gets the whole score."""
    if context:     # one text read with all its context, as surprisal and `next` read it
        return _evaluate_in_context(model, ids, device, vocab)
    ids = torch.as_tensor(np.asarray(ids) if not torch.is_tensor(ids) else ids)
    texts = list(ids) if ids.dim() == 2 else [ids]
    n = sum(t.numel() - 1 for t in texts)
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    # The symbols of each text's first character (after its first) are context, not predicted characters.
    firsts = [char_starts(t, vocab) for t in texts]
    jamo = firsts[0] is not None
    leads = [_lead(f) for f in firsts]
    chars = sum(c for c, _ in leads) if jamo else n
    if ids.dim() == 2:
        pieces = [(ids[:, :-1], ids[:, 1:], torch.tensor([k for _, k in leads]))]
    else:
        B = max(1, min(streams, n // chunk or 1))
        L = n // B
        skip = torch.zeros(B, dtype=torch.long)
        skip[0] = leads[0][1]                           # the first targets lead stream 0
        pieces = [(ids[:B * L].reshape(B, L), ids[1:B * L + 1].reshape(B, L), skip)]
        if n - B * L > 0:
            pieces.append((ids[B * L:-1].reshape(1, -1), ids[B * L + 1:].reshape(1, -1), torch.zeros(1, dtype=torch.long)))
    was_training = model.training
    model.eval()
    try:
        total, correct, head = 0.0, 0, 0.0
        rows = slice(part[0], None, part[1])
        for x_all, y_all, skip in ((x[rows], y[rows], k[rows]) for x, y, k in pieces):
            if x_all.size(0) == 0:
                continue
            state = None
            for s in range(0, x_all.size(1), chunk):
                x = x_all[:, s:s + chunk].to(device).long()
                y = y_all[:, s:s + chunk].to(device).long()
                logits, state = model(x, state)
                state = detach_state(state)
                ce = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1),
                                     reduction="none").view(y.shape)
                total += ce.sum().item()
                if s < int(skip.max()):
                    lead = (torch.arange(s, s + y.size(1))[None, :] < skip[:, None]).to(ce.device)
                    head += ce[lead].sum().item()
                correct += (logits.argmax(-1) == y).sum().item()
    finally:
        model.train(was_training)
    if combine is not None:
        total, correct, head = combine([total, correct, head])
    loss = total / n
    per_char = (total - head) / chars if chars else float("nan")
    return Score(loss, nats_to_bits(loss), correct / n, n, chars, per_char if jamo else loss)


@torch.inference_mode()
def _evaluate_in_context(model: CharRNN, ids, device, vocab: Vocab | None) -> Score:
    """The score of one text read as ``core.streams`` reads it for surprisal: one stream with
    full context, or warmed-up parallel streams for a long text (the same numbers either way)."""
    first = char_starts(ids, vocab)
    n = (ids.numel() if torch.is_tensor(ids) else np.asarray(ids).size) - 1
    if n < 1:
        return Score(float("nan"), float("nan"), float("nan"), 0)
    # The symbols of the first character (after its first) are context, not predicted characters.
    chars = n if first is None else int(first[1:].sum())
    skip = int(np.argmax(first[1:])) if first is not None and chars else 0
    lay = context_layout(n)
    chunk = CHUNK
    total, correct, head = 0.0, 0, 0.0
    for p in read(model, ids, lay, chunk, device, fast=fast_products(model, lay, device)):
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
    return Score(loss, nats_to_bits(loss), correct / n, n, chars, per_char if first is not None else loss)
