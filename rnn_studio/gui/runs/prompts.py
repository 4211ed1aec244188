"""The Runs panel's two questions. Callers use ``prompts.confirm(...)``, never ``from prompts
import confirm``, so tests can replace them (as they replace ``rnn_studio.gui.dialogs``)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    B = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, message, B.Yes | B.Cancel, B.Cancel) == B.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The text typed, or None when the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
