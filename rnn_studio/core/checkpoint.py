"""A consistent copy of a run: what a model file holds and what ``--resume`` continues.

It holds two models: the latest training state (``weights``, the optimizer's moments,
the weights' moving average, step, RNG…), which ``--resume`` continues exactly, and the
weights of the best evaluation so far, which writing, evaluation and the window use
(``writing_weights``).

Only plain data and detached CPU tensors, so it can cross threads and be written to a
safetensors file without pickling anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.events import History

# No trained weight grows this large: the trainer stops a run whose weights pass it (as
# divergence) and the model-file reader refuses a file holding one (as damage). Below it,
# writing never overflows float32 (sums of 4096 products stay under 1e24).
MAX_WEIGHT = 1e10


@dataclass
class Snapshot:
    model_cfg: ModelConfig
    train_cfg: TrainConfig
    vocab: str                                     # the sorted characters
    weights: dict[str, torch.Tensor]
    optimizer: dict[str, torch.Tensor] = field(default_factory=dict)
    optimizer_groups: list[dict[str, Any]] = field(default_factory=list)
    step: int = 0
    elapsed_s: float = 0.0
    chars_seen: int = 0
    history: History = field(default_factory=History)
    windows: dict[str, Any] = field(default_factory=dict)    # batch sampler state (JSON)
    rng: dict[str, torch.Tensor] = field(default_factory=dict)  # torch RNG and carried state
    corpus: dict[str, Any] = field(default_factory=dict)     # name, sha256, chars, encoding
    finished: bool = False                          # the budget was spent
    best_weights: dict[str, torch.Tensor] | None = None  # None: the best are ``weights`` themselves
    best_step: int | None = None                    # the step of the best evaluation (None: none yet)
    best_loss: float | None = None                  # its validation loss, nats/char
    baseline_loss: float | None = None              # guessing by character frequency, nats/char
    average: dict[str, torch.Tensor] | None = None  # the weights' moving average (averaging.py), to resume

    def best_val_loss(self) -> float | None:
        return self.best_loss

    def writing_weights(self) -> dict[str, torch.Tensor]:
        """The weights to write and evaluate with: the best evaluation's, else the latest."""
        return self.best_weights if self.best_weights is not None else self.weights

    def writing_step(self) -> int:
        """The step of ``writing_weights``."""
        return self.best_step if self.best_weights is not None and self.best_step is not None else self.step


def flatten_optimizer(state: dict[str, Any]) -> tuple[dict[str, torch.Tensor], list[dict[str, Any]]]:
    tensors = {}
    for idx, slots in state["state"].items():
        for key, value in slots.items():
            value = value if torch.is_tensor(value) else torch.tensor(float(value))
            tensors[f"{idx}.{key}"] = value.detach().to("cpu", copy=True).contiguous()
    groups = []
    for g in state["param_groups"]:
        groups.append({k: (list(v) if isinstance(v, tuple) else v) for k, v in g.items()})
    return tensors, groups


def unflatten_optimizer(tensors: dict[str, torch.Tensor], groups: list[dict[str, Any]]) -> dict[str, Any]:
    state: dict[int, dict[str, torch.Tensor]] = {}
    for name, value in tensors.items():
        idx, key = name.split(".", 1)
        state.setdefault(int(idx), {})[key] = value
    param_groups = [{k: (tuple(v) if k == "betas" else v) for k, v in g.items()} for g in groups]
    return {"state": state, "param_groups": param_groups}


def cpu_copy(sd: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {k: v.detach().to("cpu", copy=True).contiguous() for k, v in sd.items()}
