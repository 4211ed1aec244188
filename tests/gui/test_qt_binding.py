"""The Qt binding itself must not leak references: PySide6 6.12.0's ``Signal.emit()`` drops a
reference to ``True`` on every call, which aborts a long training session ("bool_dealloc")
after enough emits. pyproject.toml excludes that release; this test keeps it excluded."""

import sys

from PySide6.QtCore import QObject, Signal, Slot


class _Emitter(QObject):
    ticked = Signal(list)

    def __init__(self):
        super().__init__()
        self.got = 0
        self.ticked.connect(self.on_tick)

    @Slot(list)
    def on_tick(self, items):
        self.got += len(items)


def test_emitting_signals_keeps_refcounts_of_singletons(qapp):
    e = _Emitter()
    before = [sys.getrefcount(x) for x in (True, False, None)]
    for _ in range(200):
        e.ticked.emit([1])
    after = [sys.getrefcount(x) for x in (True, False, None)]
    assert e.got == 200
    assert all(a >= b - 20 for a, b in zip(after, before)), (before, after)
