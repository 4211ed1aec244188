"""The frequency baseline: the cost of a model that knows only how often each character occurs.

It is the unigram entropy of the text, H = −Σ p(c) log p(c) in nats per character: the
first benchmark any model must beat (the lecture's cost for a model with no memory at all).
"""

from __future__ import annotations

import math

import numpy as np


def unigram_entropy(ids: np.ndarray, vocab_size: int) -> float:
    """Nats per character of predicting every character by its frequency in ``ids``."""
    if ids.size == 0:
        return 0.0
    counts = np.bincount(np.asarray(ids, dtype=np.int64), minlength=vocab_size).astype(np.float64)
    p = counts[counts > 0] / ids.size
    return float(-(p * np.log(p)).sum())


def nats_to_bits(nats: float) -> float:
    return nats / math.log(2)
