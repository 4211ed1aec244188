"""Rows, columns and splitters built from the list of what goes in them, so a view's layout
code reads in the order things stand on screen.

An item is a widget, a layout, a string (a label with those words; rich text allowed),
``(item, stretch)``, or ``STRETCH`` (empty room that takes what is left). Labels made from
strings are children of ``owner``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QSplitter, QVBoxLayout, QWidget

STRETCH = object()


def heading(title: str, words: str = "") -> str:
    """A view's heading: its name in bold, then what it shows."""
    return f"<b>{title}</b> {words}" if words else f"<b>{title}</b>"


def fill(layout: QBoxLayout, owner: QWidget, *items) -> QBoxLayout:
    for item in items:
        item, stretch = item if isinstance(item, tuple) else (item, 0)
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(QLabel(item, owner) if isinstance(item, str) else item, stretch)
    return layout


def row(owner: QWidget, *items) -> QHBoxLayout:
    return fill(QHBoxLayout(), owner, *items)


def column(widget: QWidget, *items, margin: int = 0) -> QVBoxLayout:
    """``widget``'s own layout: ``items`` top to bottom, ``margin`` pixels from its edges."""
    lay = QVBoxLayout(widget)
    lay.setContentsMargins(margin, margin, margin, margin)
    return fill(lay, widget, *items)


def box(owner: QWidget, *items) -> QWidget:
    """A plain widget (a child of ``owner``) holding ``items`` top to bottom, edge to edge."""
    widget = QWidget(owner)
    column(widget, *items)
    return widget


def splitter(owner: QWidget, orientation: Qt.Orientation, sizes: list[int], *widgets: QWidget) -> QSplitter:
    split = QSplitter(orientation, owner)
    for w in widgets:
        split.addWidget(w)
    split.setSizes(sizes)
    return split
