"""Keep the best: the evaluation with the lowest validation loss so far, and its weights.

Those weights are the model's writing weights (Snapshot.writing_weights): a run that goes on
past its best, memorising its text, still hands over the best model it made. Early stopping
counts the evaluations since the best.
"""

from __future__ import annotations

import math

import torch

from rnn_studio.core.checkpoint import Snapshot, cpu_copy


class Best:
    def __init__(self) -> None:
        self.step: int | None = None                     # None: no evaluation yet
        self.val_loss: float | None = None               # nats/char
        self.weights: dict[str, torch.Tensor] | None = None   # a CPU copy, never changed in place
        self.evals_since = 0                             # evaluations without a new best, this run
        self.live = True        # the weights are the live ones of their step (not an average)

    def offer(self, step: int, val_loss: float, model: torch.nn.Module, live: bool = True) -> bool:
        """An evaluation's result; True (and the weights kept) when it beats the best so far.
        ``live``: the model holds its training weights, not their average (averaging.py)."""
        if math.isfinite(val_loss) and (self.val_loss is None or val_loss < self.val_loss):
            self.step, self.val_loss, self.weights = step, val_loss, cpu_copy(model.state_dict())
            self.evals_since, self.live = 0, live
            return True
        self.evals_since += 1
        return False

    def restore(self, s: Snapshot) -> None:
        if s.best_step is not None:
            self.step, self.val_loss, self.weights = s.best_step, s.best_loss, cpu_copy(s.writing_weights())
            self.live = s.best_weights is None

    def stored(self, step: int) -> dict[str, torch.Tensor] | None:
        """The weights a snapshot at ``step`` stores apart: None when the best are the latest."""
        return self.weights if self.step is not None and (self.step != step or not self.live) else None

    def stop_early(self, patience: int, step: int) -> str | None:
        """Why the run should end now (words), or None: ``patience`` evaluations without a new best."""
        if not patience or self.evals_since < patience or self.step is None:
            return None
        return (f"stopped early at step {step:,}: the validation loss has not improved for "
                f"{self.evals_since} evaluations; the best model, from step {self.step:,} "
                f"({self.val_loss:.4f} nats/char), is kept")
