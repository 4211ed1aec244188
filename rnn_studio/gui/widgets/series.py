"""Columns of plot points in preallocated numpy arrays that grow by doubling.

The plot hands views of these arrays to pyqtgraph, so a redraw allocates nothing that
grows with the number of points; appending costs O(1) amortised. Every derived column a
view may need (bits as well as nats, smoothed as well as raw) is computed once, when a
point arrives, so switching units or axes is only a choice of views.
"""

from __future__ import annotations

import math

import numpy as np

LN2 = math.log(2.0)


class Columns:
    def __init__(self, names: tuple[str, ...], capacity: int = 1024):
        self.names = names
        self.n = 0
        self._data = {k: np.empty(capacity, dtype=np.float64) for k in names}

    def __len__(self) -> int:
        return self.n

    def clear(self) -> None:
        self.n = 0

    def append(self, **values: float) -> None:
        if self.n == self._data[self.names[0]].size:
            for k, a in self._data.items():
                grown = np.empty(a.size * 2, dtype=a.dtype)
                grown[: self.n] = a[: self.n]
                self._data[k] = grown
        for k, v in values.items():
            self._data[k][self.n] = v
        self.n += 1

    def view(self, name: str) -> np.ndarray:
        """Live view of the filled part; valid until the next append that grows the buffer."""
        return self._data[name][: self.n]

    def last(self, name: str) -> float:
        return float(self._data[name][self.n - 1])


class Smoother:
    """An exponential moving average whose window grows with the run: about 5% of the
    points so far, at most ``MAX_WINDOW``. A short run is barely smoothed, so the line
    never lags far behind a loss that is still falling fast; a long one is smoothed well.
    It starts at the first value, so nothing pulls it towards zero."""

    SHARE = 0.05
    MAX_WINDOW = 50.0

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._avg, self._count = 0.0, 0

    def __call__(self, x: float) -> float:
        if not math.isfinite(x):
            return self._avg if self._count else x
        self._count += 1
        window = min(max(self._count * self.SHARE, 1.0), self.MAX_WINDOW)
        self._avg += (x - self._avg) / window
        return self._avg


class LossSeries:
    """Train points (raw and smoothed) and validation points, each with three x columns."""

    X = ("step", "chars", "time")

    def __init__(self) -> None:
        self.train = Columns(self.X + ("nats", "bits", "smooth_nats", "smooth_bits"))
        self.val = Columns(self.X + ("nats", "bits", "accuracy"))
        self.smoother = Smoother()

    def clear(self) -> None:
        self.train.clear()
        self.val.clear()
        self.smoother.reset()

    def add_train(self, step: float, chars: float, time_s: float, loss: float) -> None:
        s = self.smoother(loss)
        self.train.append(step=step, chars=chars, time=time_s, nats=loss, bits=loss / LN2,
                          smooth_nats=s, smooth_bits=s / LN2)

    def add_val(self, step: float, chars: float, time_s: float, loss: float, accuracy: float) -> None:
        self.val.append(step=step, chars=chars, time=time_s, nats=loss, bits=loss / LN2, accuracy=accuracy)

    def load_history(self, h) -> None:
        """A model file's ``History`` (parallel columns)."""
        self.clear()
        for step, t, chars, loss in zip(h.step, h.elapsed_s, h.chars_seen, h.train_loss):
            self.add_train(step, chars, t, loss)
        for step, t, chars, loss, acc in zip(h.val_step, h.val_elapsed_s, h.val_chars_seen,
                                             h.val_loss, h.val_accuracy):
            self.add_val(step, chars, t, loss, acc)
