"""The unit a loss is shown in: nats per character (the unit the loss is computed in) or
bits per character. One choice applies to everything one front end prints; stored figures
(model files, ``--metrics-out``, ``--json``) keep their own fields: ``*_loss`` in nats and
``*_bpc`` in bits."""

from __future__ import annotations

import math

UNITS = ("nats", "bits")
LN2 = math.log(2.0)


def per_char(loss_nats: float, units: str = "nats") -> float:
    """A loss in nats per character, in ``units`` per character."""
    if units not in UNITS:
        raise ValueError(f"units must be one of {', '.join(UNITS)} (got {units!r})")
    return loss_nats / LN2 if units == "bits" else loss_nats


def shown(loss_nats: float, units: str = "nats", digits: int = 4) -> str:
    """``1.5250 nats/char`` or ``2.2001 bits/char``."""
    return f"{per_char(loss_nats, units):.{digits}f} {units}/char"


def other(units: str) -> str:
    """The unit not chosen, for reports that give a score in both (the chosen one first)."""
    return UNITS[1 - UNITS.index(units)]
