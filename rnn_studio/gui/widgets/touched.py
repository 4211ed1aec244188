"""Which fields of a form the user set by hand: a value the program writes (settings restored,
a model shown, a fitted value) does not count. The fit (core/fitting.py) chooses only the
fields the user left alone; a new model forgets the choices.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal


class Touched(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: set[str] = set()
        self._quiet = 0

    def watch(self, name: str, signal) -> None:
        """A change ``signal`` emits outside ``quietly`` marks ``name`` as the user's."""
        signal.connect(lambda *_: self.touch(name))

    def touch(self, name: str) -> None:
        if not self._quiet and name not in self.names:
            self.names.add(name)
            self.changed.emit()

    def set(self, names) -> None:
        if set(names) != self.names:
            self.names = set(names)
            self.changed.emit()

    @contextlib.contextmanager
    def quietly(self) -> Iterator[None]:
        """Values written inside are the program's, not the user's."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
