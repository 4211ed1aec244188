"""Learning rate: linear warm-up, then cosine decay to a floor (as nanoGPT); and the AdamW
it drives.

``progress`` is the fraction of the budget spent, by steps or by training time, so a run
budgeted in minutes still ends its decay when its time is up.
"""

import math


def learning_rate(step: int, progress: float, lr: float, warmup_steps: int, min_ratio: float) -> float:
    if step < warmup_steps:
        return lr * (step + 1) / warmup_steps
    p = min(max(progress, 0.0), 1.0)
    floor = lr * min_ratio
    return floor + 0.5 * (lr - floor) * (1.0 + math.cos(math.pi * p))


# Devices with torch's fused AdamW kernel: one call updates every weight. At 512 units on
# the CPU it takes under 0.5 ms where the per-list (foreach) update takes 1.5–6 ms; with the
# cheaper weights check (guards.blown_up) a step is 6% shorter (benchmarks/step_overhead.py).
FUSED_DEVICES = ("cpu", "cuda")


def adamw(model, cfg):
    """(AdamW, its parameters): weight decay on the matrices only (nanoGPT's split), the
    matrices first; betas (0.9, 0.99) for small batches of characters; fused where the
    model's device has the kernel."""
    import torch

    decay = [p for p in model.parameters() if p.dim() >= 2]
    other = [p for p in model.parameters() if p.dim() < 2]
    fused = next(model.parameters()).device.type in FUSED_DEVICES or None
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": other, "weight_decay": 0.0}], lr=cfg.lr, betas=(0.9, 0.99),
                            fused=fused)
    return opt, decay + other
