"""Fixtures for the window's tests: offscreen Qt, recorded dialogs (tests/conftest.py gives
each test private settings, data, cache and run store).

No test may block on a modal dialog: every dialog goes through ``rnn_studio.gui.widgets.dialogs``,
which is replaced here by a recorder, and Qt's own static dialogs are replaced by ones
that fail the test at once. Waits use signals or conditions with timeouts, never sleeps.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the window's English texts, whatever this machine's locale (test_korean_ui
# sets Korean for itself); windows started by create_application read this (gui/language.py).
os.environ["RNN_STUDIO_LANG"] = "en"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from gui_helpers import TEXT, WAIT_MS  # noqa: E402


class DialogLog:
    """Stands in for ``rnn_studio.gui.widgets.dialogs``: records each dialog, answers as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []       # (kind, title, message)
        self.save_answer = "discard"
        self.recover_answer = "discard"
        self.continue_answer = "this"
        self.encoding_answer: str | None = None
        self.open_path: str | None = None
        self.save_path: str | None = None

    def error(self, parent, title, message):
        self.shown.append(("error", title, message))

    def info(self, parent, title, message):
        self.shown.append(("info", title, message))

    def ask_save(self, parent, name):
        self.shown.append(("ask_save", name, ""))
        return self.save_answer

    def ask_recover(self, parent, description):
        self.shown.append(("ask_recover", description, ""))
        return self.recover_answer

    def ask_continue(self, parent, model_text, this_text, own_found):
        self.shown.append(("ask_continue", model_text, this_text))
        return self.continue_answer if own_found or self.continue_answer != "own" else "cancel"

    def choose_encoding(self, parent, name, message, candidates):
        self.shown.append(("choose_encoding", name, message))
        self.encoding_candidates = [c.encoding for c in candidates]
        return self.encoding_answer

    def open_file(self, parent, caption, folder, filter):
        self.shown.append(("open_file", caption, ""))
        return self.open_path

    def save_file(self, parent, caption, suggested, filter):
        self.shown.append(("save_file", caption, suggested))
        return self.save_path

    def errors(self) -> list[str]:
        return [m for kind, _, m in self.shown if kind == "error"]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from rnn_studio.gui.widgets import dialogs as module

    log = DialogLog()
    for name in ("error", "info", "ask_save", "ask_recover", "ask_continue", "choose_encoding", "open_file",
                 "save_file"):
        monkeypatch.setattr(module, name, getattr(log, name))

    def modal(*args, **kwargs):
        raise AssertionError(f"a real modal dialog was opened: {args[1:3]}")
    for name in ("critical", "information", "question", "warning", "exec"):
        monkeypatch.setattr(QMessageBox, name, modal)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, modal)
    return log


@pytest.fixture
def corpus_file(tmp_path) -> Path:
    path = tmp_path / "fox.txt"
    path.write_text(TEXT * 40, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot):
    from rnn_studio.gui import MainWindow
    from rnn_studio.gui import jobs as workers

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    if not w.engine.loaded:
        with qtbot.waitSignal(w.engineReady, timeout=WAIT_MS):
            pass
    qtbot.waitUntil(lambda: not w.corpus_feature.busy, timeout=WAIT_MS)    # the start-up text
    yield w
    w.document.dirty = False
    w.close()
    qtbot.waitUntil(lambda: not workers.live_threads(), timeout=WAIT_MS)
