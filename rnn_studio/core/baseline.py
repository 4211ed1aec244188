"""The frequency baseline: the cost of a model that knows only how often each character occurs.

It is the unigram entropy of the text, H = −Σ p(c) log p(c) in nats per character: the
first benchmark any model must beat (the lecture's cost for a model with no memory at all).
"""

from __future__ import annotations

import math

import numpy as np


SAMPLE = 1 << 24      # characters counted at most: 64 pieces spread over a huge text


def char_counts(ids: np.ndarray, vocab_size: int) -> np.ndarray:
    """How often each of the ``vocab_size`` characters comes in ``ids`` (float64). A text of
    more than 16 M characters (a memory-mapped big text) is counted in 64 evenly spread
    pieces: never read whole at start, nor widened to int64 all at once."""
    if ids.size <= SAMPLE:
        pieces = [ids]
    else:
        n = SAMPLE // 64
        pieces = [ids[s:s + n] for s in np.linspace(0, ids.size - n, 64).astype(np.int64)]
    counts = sum((np.bincount(np.asarray(p, dtype=np.int64), minlength=vocab_size) for p in pieces),
                 np.zeros(vocab_size, dtype=np.int64))
    return counts.astype(np.float64)


def unigram_entropy(ids: np.ndarray, vocab_size: int) -> float:
    """Nats per character of predicting every character by its frequency in ``ids``."""
    return entropy(char_counts(ids, vocab_size))


def entropy(counts: np.ndarray) -> float:
    """Nats per character of guessing by the frequencies ``counts`` (0 for no characters)."""
    if counts.sum() == 0:
        return 0.0
    p = counts[counts > 0] / counts.sum()
    return float(-(p * np.log(p)).sum())


def log_frequencies(ids: np.ndarray, vocab_size: int) -> np.ndarray:
    return smoothed_log_p(char_counts(ids, vocab_size))


def smoothed_log_p(counts: np.ndarray) -> np.ndarray:
    """log p(c) for every character, with one more of each counted (so that a character the
    text lacks, or a text too short to count, still gets a finite guess)."""
    counts = counts + 1.0
    return np.log(counts / counts.sum())


def nats_to_bits(nats: float) -> float:
    return nats / math.log(2)
