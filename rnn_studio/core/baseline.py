"""The frequency baseline: the cost of a model that knows only how often each character occurs.

It is the unigram entropy of the text, H = −Σ p(c) log p(c) in nats per character: the
first benchmark any model must beat (the lecture's cost for a model with no memory at all).
"""

from __future__ import annotations

import math

import numpy as np


SAMPLE = 1 << 24      # characters counted at most: 64 pieces spread over a huge text


def unigram_entropy(ids: np.ndarray, vocab_size: int) -> float:
    """Nats per character of predicting every character by its frequency in ``ids``. A text
    of more than 16 M characters (a memory-mapped big text) is counted in 64 evenly spread
    pieces: never read whole at start, nor widened to int64 all at once."""
    if ids.size == 0:
        return 0.0
    if ids.size <= SAMPLE:
        pieces = [ids]
    else:
        n = SAMPLE // 64
        pieces = [ids[s:s + n] for s in np.linspace(0, ids.size - n, 64).astype(np.int64)]
    counts = sum(np.bincount(np.asarray(p, dtype=np.int64), minlength=vocab_size) for p in pieces)
    counts = counts.astype(np.float64)
    p = counts[counts > 0] / counts.sum()
    return float(-(p * np.log(p)).sum())


def nats_to_bits(nats: float) -> float:
    return nats / math.log(2)
