"""The desktop window. Importing this package loads Qt but never torch: the window must
appear within about a second and a half, and imports the engine after it is visible.

``run(corpus_path)`` starts the application (the CLI calls it); ``MainWindow`` is the
window itself (constructed with no arguments once a QApplication exists).
"""

from __future__ import annotations

__all__ = ["MainWindow", "run"]


def run(corpus_path: str | None = None) -> int:
    from rnn_studio.gui.app import run as _run

    return _run(corpus_path)


def __getattr__(name: str):
    if name == "MainWindow":
        from rnn_studio.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
