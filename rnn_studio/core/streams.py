"""Read a whole text through the model in parallel streams: the one forward loop behind
evaluation (``eval``, the trainer's validation) and surprisal.

The n predictions of a text (character t+1 from characters 0…t) are cut into B streams of
equal length, read side by side in chunks with each stream's hidden state carried, so one
batched product serves B characters. Stream b reads the inputs ``ids[b·L : b·L + W + L]``:

- stream 0 starts at the text's start, from the zero state, and scores all its W + L steps;
- stream b > 0 starts W characters early and scores only its last L steps, so every
  character it scores has at least W characters of context behind it (the warm-up);
- the R < B predictions left over continue stream B−1 from its final state.

With B = 1 this is the exact full-context reading that ``next`` and the inspector do,
character by character. Two policies:

- ``layout(n, streams, chunk)``: the trainer's validation (no warm-up, streams from the
  zero state, up to ``streams`` of them), fast;
- ``context_layout(n)``: what ``eval`` and ``surprisal`` print: one stream up to
  ``FULL_CONTEXT`` predictions (so each character's bits are exactly what ``next``
  gives), beyond that up to ``CONTEXT_STREAMS`` streams with a ``WARMUP``-character warm-up
  each (1 MB in about ten seconds, see benchmarks/inside_speed.py). Few long streams
  read faster on a CPU than many short ones (16 streams: 1.25× 64, measured on 1 MB with the
  default model), and give each character more context.

``fast_products(model, lay, device)`` says when a long reading may run the LSTM's products in
bfloat16 (where the CPU has them natively, as training does): only a layout of several
streams (a text longer than FULL_CONTEXT, already an approximation of full context), only the
recurrence (the output layer, whose logits give the bits, stays float32). It reads 1.9×
faster and moves bits per character by about 1e-3 (benchmarks/inside_speed.py prints both).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import torch

from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.precision import native_bf16_cpu

FULL_CONTEXT = 1 << 15
WARMUP = 512
MAX_STREAMS = 64
CONTEXT_STREAMS = 16
CHUNK = 256


@dataclass(frozen=True)
class Layout:
    streams: int    # B
    length: int     # L: scored steps per stream after its warm-up
    warmup: int     # W
    n: int          # predictions in all

    @property
    def rest(self) -> int:
        """Predictions left over after the B streams (they continue the last stream)."""
        return self.n - self.streams * self.length - self.warmup


def layout(n: int, streams: int = MAX_STREAMS, chunk: int = CHUNK, warmup: int = 0) -> Layout:
    B = max(1, min(streams, n // max(chunk, 1) or 1))
    if B == 1:
        return Layout(1, n, 0, n)
    return Layout(B, (n - warmup) // B, warmup, n)


def context_layout(n: int) -> Layout:
    if n <= FULL_CONTEXT:
        return Layout(1, n, 0, n)
    return layout(n, min(CONTEXT_STREAMS, n // (8 * WARMUP)), CHUNK, WARMUP)


@dataclass
class Piece:
    logits: torch.Tensor            # (b, c, V)
    targets: torch.Tensor           # (b, c) the true next characters
    pos: torch.Tensor               # (b, c) index of each target in ids
    keep: torch.Tensor | None       # (b, c) bool: the steps scored (None: all)


def _state_row(state, row: int):
    if isinstance(state, tuple):
        return tuple(s[:, row:row + 1].contiguous() for s in state)
    return state[:, row:row + 1].contiguous()


def fast_products(model: CharRNN, lay: Layout, device="cpu") -> bool:
    """Whether a reading in ``lay`` runs the recurrence's products in bfloat16 (see above)."""
    return (lay.streams > 1 and model.cfg.cell == "lstm" and torch.device(device).type == "cpu"
            and native_bf16_cpu())


def _forward(model: CharRNN, x: torch.Tensor, state, fast: bool):
    if not fast:
        return model(x, state)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        h, state = model.rnn(model.inputs(x), state)      # (B, T, H) bfloat16
    return model.head(h.float()), state                   # the logits in float32 (eval mode: no dropout)


@torch.inference_mode()
def read(model: CharRNN, ids: np.ndarray | torch.Tensor, lay: Layout, chunk: int = CHUNK,
         device="cpu", fast: bool = False) -> Iterator[Piece]:
    """Yield the logits of every step, chunk by chunk (memory bounded by B × chunk × V);
    ``fast``: the recurrence in bfloat16 (``fast_products``)."""
    ids = torch.as_tensor(np.asarray(ids) if not torch.is_tensor(ids) else ids).long().reshape(-1)
    B, L, W = lay.streams, lay.length, lay.warmup
    was_training = model.training
    model.eval()
    try:
        steps = W + L
        idx = torch.arange(B)[:, None] * L + torch.arange(steps)[None, :]     # (B, W+L) inputs
        state = None
        for s in range(0, steps, chunk):
            i = idx[:, s:s + chunk]
            x, y = ids[i].to(device), ids[i + 1].to(device)
            logits, state = _forward(model, x, state, fast)
            state = detach_state(state)
            keep = None
            if B > 1 and s < W:     # warm-up columns score only in stream 0
                keep = torch.ones_like(i, dtype=torch.bool)
                keep[1:, : W - s] = False
                keep = keep.to(device)
            yield Piece(logits, y, i + 1, keep)
        if lay.rest > 0:
            state = _state_row(state, B - 1) if state is not None else None
            start = B * L + W
            for s in range(start, lay.n, chunk):
                i = torch.arange(s, min(s + chunk, lay.n))[None, :]
                logits, state = _forward(model, ids[i].to(device), state, fast)
                state = detach_state(state)
                yield Piece(logits, ids[i + 1].to(device), i + 1, None)
    finally:
        model.train(was_training)
