"""Help ▸ About RNN Studio."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rnn_studio import __version__
from rnn_studio.gui.widgets import dialogs


def show(parent: QWidget) -> None:
    tr = parent.tr
    dialogs.info(parent, tr("About RNN Studio"), tr(
        "RNN Studio {0}\n\nTrain a character-level recurrent network (RNN, LSTM or GRU) on your "
        "own text, watch it learn, then write with it.").format(__version__))
