"""Nats and bits: the engine's losses are in nats per character, people read bits.

Torch-free, so the window can convert before the engine has loaded.
"""

from __future__ import annotations

import math

NATS_PER_BIT = math.log(2)      # 0.6931…: one bit is ln 2 nats


def bits(nats: float) -> float:
    """A loss in nats per character as bits per character."""
    return nats / NATS_PER_BIT
