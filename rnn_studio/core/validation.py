"""Which part of a validation split an evaluation scores (core/evaluate.py): the whole split up
to ``EVAL_MAX_CHARS`` predictions, else ``EVAL_PIECES`` contiguous pieces spread evenly over it,
the same pieces every time. No torch here: the fit (core/fitting.py) prices an evaluation with
it before the engine has loaded."""

from __future__ import annotations

import numpy as np

EVAL_MAX_CHARS = 1 << 19     # 524,288: War and Peace's split (320k) is scored whole
EVAL_PIECES = 64


def validation_sample(ids: np.ndarray, limit: int = EVAL_MAX_CHARS) -> np.ndarray:
    """``ids`` when it predicts at most ``limit`` characters; else a (pieces, length + 1)
    array of contiguous pieces spread evenly over it, each scored as a stream of its own."""
    if ids.size - 1 <= limit:
        return np.asarray(ids)
    length = limit // EVAL_PIECES
    at = np.linspace(0, ids.size - length - 1, EVAL_PIECES).astype(np.int64)
    return np.stack([ids[s:s + length + 1] for s in at])
