"""Reading a text file off the UI thread: one load at a time, the newest request wins.

Reading, decoding, normalising and encoding a text takes ~40 ms for the bundled 1.2 MB
Shakespeare but seconds for a 100 MB file, which on the UI thread would freeze the window.
The worker hands back a ``Corpus`` (numpy ids and plain strings) or the reason it was
refused. A load that is superseded, or abandoned because the window closes, runs to its
end unobserved (reading a file cannot be interrupted half-way) and is then forgotten; it
stays in ``workers._live`` until then, so no running QThread is ever destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from rnn_studio.gui.workers import Worker


@dataclass
class LoadResult:
    path: str
    corpus: Any = None          # a rnn_studio.core.corpus.Corpus when it loaded
    error: str | None = None    # why the file was refused (a UserError's message)
    crash: str | None = None    # a traceback: a bug, not the file's fault
    quiet: bool = False         # a fallback tried at start-up: a refusal needs no dialog


class CorpusThread(Worker):
    loaded = Signal(object)     # Corpus

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.corpus = None

    def work(self) -> None:
        from rnn_studio.core import corpus

        self.corpus = corpus.load_corpus(self.path)
        self.loaded.emit(self.corpus)


class CorpusLoader(QObject):
    done = Signal(object)       # LoadResult, on the UI thread, once per request not superseded

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread: CorpusThread | None = None
        self.quiet = False

    @property
    def busy(self) -> bool:
        return self.thread is not None

    @property
    def path(self) -> str | None:
        return self.thread.path if self.thread is not None else None

    def start(self, path: str, quiet: bool = False) -> None:
        t = CorpusThread(str(path))
        t.loaded.connect(self._on_loaded)
        t.refused.connect(self._on_refused)
        t.crashed.connect(self._on_crashed)
        self.thread, self.quiet = t, quiet
        t.launch()

    def wait(self) -> LoadResult | None:
        """Block until the load in flight ends and report it now (for scripts and for Train
        pressed during a load); None when nothing was loading."""
        t = self.thread
        if t is None:
            return None
        t.wait()
        return self._finish(t, LoadResult(t.path, t.corpus, t.error, t.crash, self.quiet))

    def abandon(self) -> None:
        """Stop listening (the window is closing); the thread ends by itself."""
        self.thread = None

    def _current(self) -> CorpusThread | None:
        # Signals of a superseded load, or of one already reported by wait(), may still be queued.
        t = self.sender()
        return t if t is not None and t is self.thread else None

    @Slot(object)
    def _on_loaded(self, corpus) -> None:
        t = self._current()
        if t is not None:
            self._finish(t, LoadResult(t.path, corpus=corpus, quiet=self.quiet))

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        t = self._current()
        if t is not None:
            self._finish(t, LoadResult(t.path, error=message, quiet=self.quiet))

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        t = self._current()
        if t is not None:
            self._finish(t, LoadResult(t.path, crash=details, quiet=self.quiet))

    def _finish(self, t: CorpusThread, result: LoadResult) -> LoadResult:
        self.thread = None
        self.done.emit(result)
        return result
