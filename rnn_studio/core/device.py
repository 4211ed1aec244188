"""Choosing where to train."""

from __future__ import annotations

import torch

from rnn_studio.core.errors import UserError


def unavailable() -> dict[str, str]:
    """The devices that cannot train here, each with the reason in words."""
    out = {}
    if not torch.cuda.is_available():
        out["cuda"] = "no CUDA GPU is available here" + (
            "" if torch.version.cuda else " (this build of torch is a CPU build)")
    if not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        out["mps"] = "Apple's Metal backend is not available here (it needs a Mac with Apple silicon)"
    return out


def pick_device(name: str = "auto") -> torch.device:
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name in ("cuda", "mps") and name in unavailable():
        raise UserError(f"device {name} was asked for, but {unavailable()[name]}")
    if name not in ("cpu", "cuda", "mps"):
        raise UserError(f"unknown device {name!r}; choose auto, cpu, cuda or mps")
    return torch.device(name)
