"""What ends a run early without losing it: a loss or gradient that diverged, weights that
blew up, and memory that ran out.

The trainer keeps a ``Rollback`` of the state each step starts from. A guard that trips
raises ``Diverged``; the trainer restores the rollback and reports a ``FailedEvent`` in
words instead of raising, so a failed run's file holds exactly the step it names, with that
step's weights, AdamW moments, batch sampler and RNG. The kept weights are always the last
ones ``blown_up`` passed (finite, below ``MAX_WEIGHT``), so they always write.
"""

from __future__ import annotations

import math

import torch

from rnn_studio.core.checkpoint import MAX_WEIGHT

ADVICE = "try a lower learning rate"


class Diverged(Exception):
    """A guard tripped; ``what`` says how ("loss became nan")."""

    def __init__(self, what: str, advice: str = ADVICE):
        super().__init__(what)
        self.what, self.advice = what, advice


def check_loss(loss: torch.Tensor) -> float:
    """The loss as a number, or ``Diverged`` if it is NaN or infinite."""
    value = loss.item()
    if not math.isfinite(value):
        raise Diverged(f"loss became {value}")
    return value


def clip(params: list[torch.Tensor], max_norm: float) -> None:
    """Clip the gradient's norm to ``max_norm`` (0: no clipping); an infinite norm diverged."""
    if max_norm > 0:
        norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
        if not torch.isfinite(norm):
            raise Diverged("the gradient became infinite")


def check_weights(params: list[torch.Tensor]) -> None:
    blown = blown_up(params)
    if blown:
        raise Diverged(f"the weights {blown}")


def blown_up(params: list[torch.Tensor]) -> str | None:
    """Why the weights after a step are unusable (None if they are fine).

    Weights past ``MAX_WEIGHT`` still give a finite loss for a step or two, but writing
    with them overflows float32 (the Stepper's input table is a product of two of them),
    so they count as divergence too, and the kept weights always write.
    """
    with torch.no_grad():
        # amax propagates NaN; 10 times faster than torch._foreach_norm(params, inf) on the CPU.
        largest = torch.stack([p.detach().abs().amax() for p in params]).max().item()
    if math.isnan(largest):
        return "became nan"
    if math.isinf(largest):
        return "became infinite"
    if largest > MAX_WEIGHT:
        return f"became too large ({largest:.3g}, beyond {MAX_WEIGHT:g})"
    return None


def is_out_of_memory(exc: BaseException) -> bool:
    # torch raises CUDA's as its own class, the CPU's and Apple's as a RuntimeError with words.
    return isinstance(exc, (torch.cuda.OutOfMemoryError, MemoryError)) or \
        any(words in str(exc) for words in ("out of memory", "can't allocate memory"))


def out_of_memory(device: torch.device) -> Diverged:
    """The failure to report for memory that ran out (after emptying CUDA's cache)."""
    if device.type == "cuda":
        torch.cuda.empty_cache()
    where = "the GPU" if device.type == "cuda" else "this machine"
    return Diverged(f"{where} ran out of memory",
                    "choose a smaller batch, shorter windows or a smaller model")


class Rollback:
    """The state a step starts from: weights, AdamW's moments, the batch sampler and torch's RNG.

    ``keep`` copies it into buffers allocated once (memory.WEIGHT_COPIES counts them);
    ``restore`` puts it back, so a step that failed half-way (inside the optimizer, or with
    weights that blew up) leaves no trace.
    """

    def __init__(self, params: list[torch.Tensor], opt: torch.optim.Optimizer, windows):
        self.params, self.opt, self.windows = params, opt, windows
        self.weights = [p.detach().clone() for p in params]
        self.moments: list[torch.Tensor] = []      # the optimizer's tensors, in a fixed order
        self.keys: list[tuple[int, str]] = []      # (param index, state key) of each
        self.window_state: dict = {}
        self.rng: torch.Tensor | None = None

    def _live(self) -> tuple[list[tuple[int, str]], list[torch.Tensor]]:
        keys, tensors = [], []
        for i, p in enumerate(self.params):
            for key, value in self.opt.state.get(p, {}).items():
                if torch.is_tensor(value):
                    keys.append((i, key))
                    tensors.append(value)
        return keys, tensors

    def keep(self) -> None:
        with torch.no_grad():
            # torch has no public foreach copy; one fused call per list, not one per tensor.
            torch._foreach_copy_(self.weights, [p.detach() for p in self.params])
            keys, live = self._live()
            if keys != self.keys:           # the optimizer's first step creates its state
                self.keys, self.moments = keys, [t.detach().clone() for t in live]
            elif live:
                torch._foreach_copy_(self.moments, live)
        self.window_state = self.windows.state()
        self.rng = torch.get_rng_state()

    def restore(self) -> None:
        with torch.no_grad():
            torch._foreach_copy_([p.detach() for p in self.params], self.weights)
            keys, live = self._live()
            if keys == self.keys:
                if live:
                    torch._foreach_copy_(live, self.moments)
            else:                           # the failed step was the optimizer's first
                for p in self.params:
                    self.opt.state.pop(p, None)
                for (i, key), value in zip(self.keys, self.moments):
                    self.opt.state[self.params[i]][key] = value.clone()
        self.opt.zero_grad(set_to_none=True)
        self.windows.restore(self.window_state)
        if self.rng is not None:
            torch.set_rng_state(self.rng)
