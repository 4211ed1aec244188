"""Every modal dialog the window opens goes through this module.

One place to change the look of messages, and one place for tests to replace (they
monkeypatch these functions and record what would have been shown), so no test can block
on a modal dialog. Callers use ``dialogs.error(...)``, never ``from dialogs import error``,
so a replacement takes effect everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rnn_studio.gui.language import tr

# File dialog filters: translated where a dialog opens (open_file, save_file).
CORPUS_FILTER = QT_TR_NOOP("Text files (*.txt *.md *.csv *.tsv *.text);;All files (*)")
MODEL_FILTER = QT_TR_NOOP("RNN Studio models (*.rnn);;All files (*)")
TEXT_FILTER = QT_TR_NOOP("Text files (*.txt);;All files (*)")


def error(parent: QWidget | None, title: str, message: str) -> None:
    """A refusal or failure the user must acknowledge (core's message in the window's
    language where its template is known: ``core_messages``)."""
    from rnn_studio.gui import core_messages

    QMessageBox.critical(parent, title, core_messages.translate(message))


def info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_save(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for a model with unsaved trained weights."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved model"),
                      tr("The model “{0}” has trained weights that are not saved.\n"
                          "Save them before going on?").format(name), parent=parent)
    save = box.addButton(tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Don't Save"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_continue(parent: QWidget | None, model_text: str, this_text: str, own_found: bool) -> str:
    """The model was trained on another text than the one open: 'own' (continue on the
    model's own text, found again), 'this' (fine-tune on the open text) or 'cancel'."""
    text = tr("This model was trained on “{0}”, but the open text is “{1}”.").format(model_text, this_text)
    if own_found:
        text += "\n\n" + tr("Continue on the model's own text, or fine-tune it on the open one "
                               "(it will learn the open text and may forget some of its own)?")
    else:
        text += "\n\n" + tr("Its own text was not found where it was. Fine-tune the model on the open "
                               "text (it will learn it and may forget some of its own)?")
    box = QMessageBox(QMessageBox.Icon.Question, tr("Continue on another text?"), text, parent=parent)
    own = box.addButton(tr("Continue on &its own text"), QMessageBox.ButtonRole.AcceptRole) if own_found else None
    this = box.addButton(tr("&Fine-tune on “{0}”").format(this_text), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(own or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "own" if own is not None and clicked is own else "this" if clicked is this else "cancel"


def choose_encoding(parent: QWidget | None, name: str, message: str, candidates: list) -> str | None:
    """A text that could not be decoded: pick an encoding from the likely ones, each shown
    with its first lines (``core.encodings.Candidate``); None to give up."""
    from rnn_studio.gui.widgets.encoding_dialog import EncodingDialog

    dialog = EncodingDialog(parent, name, message, candidates)
    return dialog.encoding() if dialog.exec() else None


def ask_recover(parent: QWidget | None, description: str) -> str:
    """'recover', 'discard' or 'later' (the box closed: ask again next time) for a training
    run that a crash left in the recovery file."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Recover training run"),
                      tr("RNN Studio did not close properly last time. An autosaved training run "
                          "was found:\n\n{0}\n\nRecover it?").format(description), parent=parent)
    recover = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "discard" if clicked is discard else "later"


def open_file(parent: QWidget | None, caption: str, folder: str, filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, folder, tr(filter))
    return path or None


def save_file(parent: QWidget | None, caption: str, suggested: str, filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, tr(filter))
    return path or None
