"""Refuse absurd model sizes with an estimate, before allocating anything."""

from __future__ import annotations

import os

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.model import GATES, n_params


def total_memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 16 << 30


def training_bytes(m: ModelConfig, t: TrainConfig) -> int:
    """Weights, gradients and two Adam moments, plus activations kept for backprop (fp32)."""
    params = n_params(m)
    tokens = t.batch_size * t.seq_len
    acts = tokens * m.layers * m.hidden * (GATES[m.cell] + 3)
    acts += tokens * m.vocab_size * 3            # logits, softmax and their gradient
    acts += tokens * (m.vocab_size if m.one_hot else m.embedding)
    return 4 * (4 * params + acts)


def check_fits(m: ModelConfig, t: TrainConfig, limit_bytes: int | None = None) -> int:
    need = training_bytes(m, t)
    limit = limit_bytes if limit_bytes is not None else int(total_memory_bytes() * 0.8)
    if need > limit:
        raise UserError(f"this model needs about {need / 2**30:.1f} GiB to train "
                        f"({n_params(m) / 1e6:,.1f} M parameters), more than the "
                        f"{limit / 2**30:.1f} GiB this machine can give; choose fewer layers, "
                        "fewer hidden units or a smaller batch")
    return need
