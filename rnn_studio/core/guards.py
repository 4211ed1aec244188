"""What ends a run early without losing it: weights that diverged, and memory that ran out.

The trainer checks both between steps and, when either happens, keeps the last good
weights and reports a ``FailedEvent`` in words instead of raising.
"""

from __future__ import annotations

import math

import torch

from rnn_studio.core.checkpoint import MAX_WEIGHT


def blown_up(params: list[torch.Tensor]) -> str | None:
    """Why the weights after a step are unusable (None if they are fine).

    Weights past ``MAX_WEIGHT`` still give a finite loss for a step or two, but writing
    with them overflows float32 (the Stepper's input table is a product of two of them),
    so they count as divergence too, and the kept weights always write.
    """
    with torch.no_grad():
        largest = torch.stack(torch._foreach_norm([p.detach() for p in params], float("inf"))).max().item()
    if math.isnan(largest):
        return "became nan"
    if math.isinf(largest):
        return "became infinite"
    if largest > MAX_WEIGHT:
        return f"became too large ({largest:.3g}, beyond {MAX_WEIGHT:g})"
    return None


def is_out_of_memory(exc: BaseException) -> bool:
    # torch raises CUDA's as its own class, the CPU's and Apple's as a RuntimeError with words.
    return isinstance(exc, (torch.cuda.OutOfMemoryError, MemoryError)) or \
        any(words in str(exc) for words in ("out of memory", "can't allocate memory"))
