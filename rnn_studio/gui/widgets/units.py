"""One unit for every loss the window shows: nats or bits per character.

The plot's unit choice sets it; the progress line, the samples, the status line and the run's
summary all format through it, so the window never mixes the two. A nat is the natural-log
unit of the cost (what training minimises); a bit is the same cost in log base 2
(1 nat = 1.4427 bits), the unit compression people use.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

LN2 = math.log(2)


class Units(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.unit = "nats"

    def set(self, unit: str) -> None:
        if unit in ("nats", "bits") and unit != self.unit:
            self.unit = unit
            self.changed.emit(unit)

    def value(self, nats: float) -> float:
        return nats / LN2 if self.unit == "bits" else nats

    def name(self) -> str:
        return self.tr("bits/char") if self.unit == "bits" else self.tr("nats/char")

    def loss(self, nats: float, digits: int = 3) -> str:
        """'1.525 nats/char'."""
        return f"{self.value(nats):.{digits}f} {self.name()}"
