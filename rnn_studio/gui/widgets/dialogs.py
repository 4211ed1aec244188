"""Every modal dialog the window opens goes through this module.

One place to change the look of messages, and one place for tests to replace (they
monkeypatch these functions and record what would have been shown), so no test can block
on a modal dialog. Callers use ``dialogs.error(...)``, never ``from dialogs import error``,
so a replacement takes effect everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CORPUS_FILTER = "Text files (*.txt *.md *.csv *.tsv *.text);;All files (*)"
MODEL_FILTER = "RNN Studio models (*.rnn);;All files (*)"
TEXT_FILTER = "Text files (*.txt);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error(parent: QWidget | None, title: str, message: str) -> None:
    """A refusal or failure the user must acknowledge."""
    QMessageBox.critical(parent, title, message)


def info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_save(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a model with unsaved trained weights."""
    B = QMessageBox.StandardButton
    text = _tr("The model “{0}” has trained weights that are not saved.\n"
               "Save them before going on?").format(name)
    answer = QMessageBox.question(parent, _tr("Unsaved model"), text, B.Save | B.Discard | B.Cancel, B.Save)
    return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")


def ask_recover(parent: QWidget | None, description: str) -> str:
    """'recover', 'discard' or 'later' (the box closed: ask again next time) for a training
    run that a crash left in the recovery file."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Recover training run"),
                      _tr("RNN Studio did not close properly last time. An autosaved training run "
                          "was found:\n\n{0}\n\nRecover it?").format(description), parent=parent)
    recover = box.addButton(_tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "discard" if clicked is discard else "later"


def open_file(parent: QWidget | None, caption: str, folder: str, filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, folder, filter)
    return path or None


def save_file(parent: QWidget | None, caption: str, suggested: str, filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filter)
    return path or None
