"""Refuse absurd model sizes with an estimate, before allocating anything; and give freed
memory back to the system during a long run.

``check_fits`` takes validated settings; ``check_sizes`` takes settings that have not been
validated yet, so a size far beyond its bound (``--hidden 100000``) is refused with the
memory it would take rather than only with the bound.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import sys

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.sizes import GATES, n_params


def total_memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 16 << 30


# Copies of the weights a run holds, in float32: the weights, their gradients and AdamW's two
# moments; the rollback's copy of the weights and of both moments (guards.Rollback), so a
# failed step is undone exactly; the best evaluation's weights (the writing weights); and the
# weights' moving average (averaging.py), with the copy of the live weights an evaluation
# holds while it scores the average.
WEIGHT_COPIES = 4 + 3 + 1 + 2


def training_bytes(m: ModelConfig, t: TrainConfig) -> int:
    """Every copy of the weights (``WEIGHT_COPIES``), plus activations kept for backprop (fp32)."""
    params = n_params(m)
    tokens = t.batch_size * t.seq_len
    acts = tokens * m.layers * m.hidden * (GATES[m.cell] + 3)
    acts += tokens * m.vocab_size * 3            # logits, softmax and their gradient
    acts += tokens * (m.vocab_size if m.one_hot else m.embedding)
    return 4 * (WEIGHT_COPIES * params + acts)


def check_fits(m: ModelConfig, t: TrainConfig, limit_bytes: int | None = None,
               where: str = "this machine") -> int:
    need = training_bytes(m, t)
    limit = limit_bytes if limit_bytes is not None else int(total_memory_bytes() * 0.8)
    if need > limit:
        raise UserError(f"this model needs about {_amount(need / 2**30)} GiB to train "
                        f"({_amount(n_params(m) / 1e6)} M parameters), more than the "
                        f"{limit / 2**30:.1f} GiB {where} can give; choose fewer layers, "
                        "fewer hidden units or a smaller batch")
    return need


def check_fits_on(device, m: ModelConfig, t: TrainConfig) -> int:
    """``check_fits`` against the memory that training will use: the GPU's own on CUDA."""
    if getattr(device, "type", "cpu") == "cuda":
        import torch
        total = torch.cuda.get_device_properties(device).total_memory
        return check_fits(m, t, int(total * 0.9), where="the GPU")
    return check_fits(m, t)


def _amount(x: float) -> str:
    return f"{x:.1f}" if x < 100 else f"{x:,.0f}" if x < 1e7 else f"{x:.2g}"


def _size(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool) and x >= 0


def check_sizes(m: ModelConfig, t: TrainConfig, vocab_size: int | None = None,
                n_chars: int | None = None, limit_bytes: int | None = None) -> None:
    """Refuse sizes that cannot fit, with the estimate, before the bounds are checked.

    Settings that are not plain non-negative integers are left to ``validate``. Without a
    vocabulary size the estimate is a lower bound (one character); a text of ``n_chars``
    characters shortens the window to fit it.
    """
    if m.cell not in GATES or not all(_size(getattr(m, k)) for k in ("layers", "hidden", "embedding")):
        return
    if not all(_size(getattr(t, k)) for k in ("batch_size", "seq_len")):
        return
    vocab = vocab_size if vocab_size is not None else max(m.vocab_size, 1) if _size(m.vocab_size) else 1
    seq_len = min(t.seq_len, n_chars) if n_chars is not None else t.seq_len
    check_fits(dataclasses.replace(m, vocab_size=vocab), dataclasses.replace(t, seq_len=seq_len), limit_bytes)


# ---- giving freed memory back ----------------------------------------------------------------
_trim = None     # glibc's malloc_trim, False where there is none (macOS, Windows, musl)


def give_back_free_memory() -> bool:
    """Hand the C allocator's free pages back to the system (glibc's ``malloc_trim``); False
    where there is no such call.

    A bfloat16 step allocates casts of the weights, megabytes each, on the training thread,
    and glibc keeps freed pages of a thread's heap resident until trimmed. A 30-minute
    bfloat16 run in the window grew by 71.5 MB without this call and by 19.0 MB with it
    (benchmarks/long_run.py, one run each on different days, so its share is not proven;
    float32: 5.9 MB). The trainer calls it after each evaluation, whose temporaries have just
    been freed; ctypes releases the GIL for the call, so no other thread waits on it.
    """
    global _trim
    if _trim is None:
        _trim = False
        if sys.platform.startswith("linux"):
            try:
                _trim = ctypes.CDLL(None).malloc_trim
                _trim.argtypes, _trim.restype = [ctypes.c_size_t], ctypes.c_int
            except (OSError, AttributeError):
                _trim = False
    if not _trim:
        return False
    _trim(0)
    return True
