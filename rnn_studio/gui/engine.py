"""Loading the engine (torch and the core modules built on it) after the window is up.

Importing torch takes about a second. On the UI thread that freezes the fresh window for
the whole second; in a background thread the UI still gets the GIL between import steps
(measured: longest UI stall ~0.25 s instead of ~1.3 s), so the import runs in a thread and
the window shows "loading engine…" meanwhile. Anything that needs the engine earlier
(a test pressing Train at once) calls ``ensure()``, which waits for that import.

The same thread then warms up what torch would otherwise load on the first Train press:
AdamW's constructor imports torch._dynamo, some 800 modules and a second of GIL-bound work.

Once loaded, ``gc.freeze()`` moves the ~300k objects torch created out of the collector's
reach: otherwise every full collection walks them with the GIL held and stalls all
threads, the UI's included, for 150–200 ms.
"""

from __future__ import annotations

import gc
import importlib
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from rnn_studio.gui.language import tr

MODULES = ("torch", "rnn_studio.core.model", "rnn_studio.core.memory", "rnn_studio.core.trainer",
           "rnn_studio.core.modelfile", "rnn_studio.core.stepper", "rnn_studio.core.sampler")


class Engine(QObject):
    ready = Signal()
    failed = Signal(str)
    _imported = Signal(str)       # from the import thread: '' on success, else the error

    def __init__(self) -> None:
        super().__init__()
        self.loaded = False
        self.error: str | None = None
        self._reported = False
        self._thread: threading.Thread | None = None
        self._core = threading.Event()      # set once MODULES are imported (or failed)
        self._imported.connect(self._finish)

    def start(self) -> None:
        """Begin importing in the background (once per process)."""
        if self._thread is None and not self.loaded:
            self._thread = threading.Thread(target=self._import, name="rnn-studio-engine", daemon=True)
            self._thread.start()

    def start_after_first_paint(self, window: QWidget) -> None:
        """Start once ``window`` has painted (it is on screen), or after a second if it
        never does (a window driven by a script)."""
        if self._thread is None and not self.loaded:
            window.installEventFilter(_FirstPaint(window, self.start))
            QTimer.singleShot(1000, self.start)

    def ensure(self) -> bool:
        """Make the engine usable now, waiting for (or doing) the import; False if it failed."""
        if self.loaded:
            return True
        if self._thread is not None:
            self._core.wait()
        else:
            self._import(emit=False)
        self._finish(self.error or "")
        return self.loaded

    def describe(self) -> str:
        """The status bar's words for a loaded engine: "torch 2.5.1 · CUDA" (or "CPU only")."""
        import torch

        gpu = "CUDA" if torch.cuda.is_available() else "MPS" if torch.backends.mps.is_available() else None
        return self.tr("torch {0} · {1}").format(torch.__version__.split("+")[0], gpu or self.tr("CPU only"))

    def _import(self, emit: bool = True) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
        except Exception as exc:  # a broken install: say so instead of failing later
            self.error = tr("the training engine could not be loaded: {0}").format(f"{type(exc).__name__}: {exc}")
        self._core.set()
        if emit:
            try:
                self._imported.emit(self.error or "")
            except RuntimeError:      # the application is already gone
                return
            if self.error is None:
                self._warm_up()

    @staticmethod
    def _warm_up() -> None:
        try:
            import torch

            torch.optim.AdamW([torch.nn.Parameter(torch.zeros(1))])
        except Exception:   # only a head start; training imports whatever it needs anyway
            pass
        gc.freeze()         # the objects torch._dynamo brought along, too

    def wait(self, timeout_s: float = 10.0) -> None:
        """Let a background import finish before the interpreter shuts down."""
        if self._thread is not None:
            self._thread.join(timeout_s)

    @Slot(str)
    def _finish(self, error: str) -> None:
        # Runs twice when ensure() raced the thread's queued signal; the second is a no-op.
        if self.loaded or self._reported:
            return
        if error:
            self._reported = True
            self.failed.emit(error)
            return
        self.loaded = True
        gc.freeze()
        self.ready.emit()


class _FirstPaint(QObject):
    def __init__(self, parent: QWidget, then) -> None:
        super().__init__(parent)
        self.then = then

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)    # after this paint pass has reached the screen
            self.deleteLater()
        return False


_instance: Engine | None = None


def instance() -> Engine:
    global _instance
    if _instance is None:
        _instance = Engine()
    return _instance
