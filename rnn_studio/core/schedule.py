"""Learning rate: linear warm-up, then cosine decay to a floor (as nanoGPT).

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
