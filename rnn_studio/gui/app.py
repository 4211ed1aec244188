"""Application start-up: the QApplication, its name and icon, then the window.

Only Qt and the torch-free parts of the package load before the window shows; the window
imports the engine once it is visible (see ``engine.py``).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from rnn_studio import __version__, paths

ICON_SIZES = (16, 32, 48, 64, 128, 256)
# For the launch-time benchmark: print the clock at the window's first paint, then quit.
EXIT_AFTER_SHOWN_ENV = "RNN_STUDIO_EXIT_AFTER_SHOWN"


class _ExitAfterFirstPaint(QObject):
    """Prints ``RNN_STUDIO_SHOWN <time.perf_counter()>`` once the window has painted (the
    clock is system-wide, so the launching process can subtract its own start time)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"RNN_STUDIO_SHOWN {time.perf_counter():.6f}", flush=True)
            QTimer.singleShot(0, obj.close)
        return False


def app_icon() -> QIcon:
    """The application icon at every rendered size (empty if resources are missing)."""
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"rnn-studio-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "rnn-studio.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("RNN Studio")
    app.setOrganizationName("RNN Studio")
    app.setApplicationVersion(__version__)
    # Matches resources/rnn-studio.desktop, so Wayland and taskbars find the icon and name.
    app.setDesktopFileName("rnn-studio")
    app.setWindowIcon(app_icon())
    from rnn_studio.gui import language

    language.install(app)       # RNN_STUDIO_LANG, else the Language menu's choice, else the locale
    return app


def run(corpus_path: str | None = None) -> int:
    """``rnn-studio`` and ``rnn-studio gui [CORPUS]``: open the window; return the exit status."""
    app = create_application()
    from rnn_studio.gui import engine, jobs
    from rnn_studio.gui.main_window import MainWindow

    window = MainWindow(corpus_path)
    if os.environ.get(EXIT_AFTER_SHOWN_ENV) == "1":
        window.installEventFilter(_ExitAfterFirstPaint(window))
    window.show()
    status = app.exec()
    # The window stops its workers when it closes; this only makes sure no QThread object
    # can be destroyed while its thread is still finishing.
    jobs.wait_all(10000)
    engine.instance().wait()
    return status
