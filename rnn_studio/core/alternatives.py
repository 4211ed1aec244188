"""Alternatives: N continuations of one prefix side by side, and branching a written text.

``write_n`` feeds the prefix once (through ``NextChar``'s cache), copies that state into N
rows of a ``BatchStepper`` and yields N characters per batched step, so N = 8 costs little
more than N = 1. Each row draws from the same distribution the writer draws from
(``sampler.probabilities``: temperature, top-k, top-p); plain temperature sampling uses
the Gumbel-max trick for all rows in three array operations.

``branch`` keeps ``text[:pos]``, puts ``char`` at ``pos`` and writes on from there: what
clicking a position in a written text and picking another character does.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from threadpoolctl import threadpool_limits

from rnn_studio.core.batch_stepper import BatchStepper
from rnn_studio.core.config import SampleConfig, validate
from rnn_studio.core.errors import UserError
from rnn_studio.core.nextchar import NextChar
from rnn_studio.core.sampler import GREEDY_BELOW, probabilities

MAX_N = 8


def _choose(logits: np.ndarray, cfg: SampleConfig, rng: np.random.Generator) -> np.ndarray:
    """One draw per row of ``logits`` (B, V)."""
    if cfg.temperature < GREEDY_BELOW:
        return logits.argmax(1)
    if cfg.top_k == 0 and cfg.top_p >= 1.0:
        return (logits / cfg.temperature + rng.gumbel(size=logits.shape)).argmax(1)
    out = np.empty(len(logits), np.int64)
    for b, z in enumerate(logits):
        p = probabilities(z, cfg.temperature, cfg.top_k, cfg.top_p)
        out[b] = min(int(np.searchsorted(np.cumsum(p), rng.random(), side="right")), p.size - 1)
    return out


def write_n(nc: NextChar, cfg: SampleConfig, n: int) -> Iterator[list[str]]:
    """Yield ``cfg.length`` steps of ``n`` characters each, continuing ``cfg.prefix``."""
    validate(cfg)
    if not 1 <= n <= MAX_N:
        raise UserError(f"write between 1 and {MAX_N} continuations at once (got {n})")
    logits = np.tile(nc.logits(cfg.prefix), (n, 1))
    batch = BatchStepper(nc.stepper, n)
    batch.set_state(nc.state(cfg.prefix))
    rng = np.random.default_rng(cfg.seed)
    chars = nc.vocab.chars
    with threadpool_limits(limits=1, user_api="blas"):
        for i in range(cfg.length):
            ids = _choose(logits, cfg, rng)
            yield [chars[j] for j in ids]
            if i + 1 < cfg.length:
                logits = batch.step(ids)


def write_many(nc: NextChar, cfg: SampleConfig, n: int) -> list[str]:
    cols = list(write_n(nc, cfg, n))
    return ["".join(row[b] for row in cols) for b in range(n)]


def branch(nc: NextChar, text: str, pos: int, char: str, cfg: SampleConfig) -> str:
    """``text[:pos] + char`` and ``cfg.length`` characters written after it (``cfg.prefix``
    is ignored)."""
    if not 0 <= pos <= len(text):
        raise UserError(f"position {pos} is outside the text (0…{len(text)})")
    if nc.vocab.unknown(char):
        raise UserError(f"the model never saw {char!r}, so it cannot continue from it")
    kept = text[:pos] + char
    (cont,) = write_many(nc, SampleConfig(prefix=kept, length=cfg.length, temperature=cfg.temperature,
                                         top_k=cfg.top_k, top_p=cfg.top_p, seed=cfg.seed), 1)
    return kept + cont
