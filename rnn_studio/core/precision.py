"""Choosing the arithmetic a training step runs in.

bfloat16 keeps float32's exponent and drops 16 bits of mantissa. Where the CPU multiplies
it natively (AVX512-BF16 or AMX), oneDNN's LSTM trains 1.5–1.9× faster in
it (``python benchmarks/train_throughput.py --precision bfloat16``). Only the products
inside a step are rounded: autocast casts them, while the weights, the optimizer, the loss,
every validation pass and the writing Stepper stay float32. At equal steps a bfloat16 run
ends within about 0.01 nats of a float32 one, so in a fixed time it ends lower.

``auto`` picks bfloat16 only where it is known to pay: the LSTM on a CPU with native
bfloat16. The GRU and tanh RNN on the CPU run our own loop (recurrent.py), which keeps
float32; on a GPU ``auto`` keeps float32 (with TF32 products), and bfloat16 is a choice.
"""

from __future__ import annotations

import contextlib

import torch

from rnn_studio.core.errors import UserError


def native_bf16_cpu() -> bool:
    """Whether oneDNN runs bfloat16 natively here (otherwise it is emulated, and slower)."""
    try:
        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def pick_precision(name: str, device: torch.device, cell: str) -> torch.dtype:
    """The dtype of a training step's products: float32 or bfloat16."""
    if name == "float32":
        return torch.float32
    if name == "auto":
        fast = device.type == "cpu" and cell == "lstm" and native_bf16_cpu()
        return torch.bfloat16 if fast else torch.float32
    if name != "bfloat16":
        raise UserError(f"unknown precision {name!r}; choose auto, float32 or bfloat16")
    if device.type == "cpu" and cell != "lstm":
        raise UserError(f"bfloat16 trains only the LSTM on the CPU; the {cell.upper()} runs in float32 "
                        "there (choose precision float32 or auto)")
    if device.type == "cuda" and not torch.cuda.is_bf16_supported():
        raise UserError("this GPU has no bfloat16 arithmetic; choose precision float32 or auto")
    if device.type == "mps":
        raise UserError("bfloat16 training is not offered on Apple's Metal backend; choose float32 or auto")
    return torch.bfloat16


def autocast(device: torch.device, dtype: torch.dtype):
    """The context a training step's forward pass runs in."""
    if dtype == torch.float32:
        return contextlib.nullcontext()
    return torch.autocast(device.type, dtype=dtype)
