"""The surprisal view: a text coloured by what each character cost the model, in bits.

Paste or open a text and score it: ``core.surprisal.score_snapshot``, one batched forward
pass (the reading ``rnn-studio eval`` does, so the totals are eval's). ``load_text`` scores
a small text before it returns (up to ``SYNC_CHARS`` characters and a tenth of a second
of work: ``text_job.small_enough``; about 3,200 characters for the default model, 20,000
for a small one); a longer one is scored on the job runner. Either way ``scored`` is
emitted when ``bits()`` and ``totals()`` describe the new text. The side panel lists the
model's five likeliest guesses at the character under the mouse (✓ the true one), after
Karpathy's figure; the tooltip shows the same.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from rnn_studio.core.display import BITS_MAX, bits_rgb, hex_rgb, visible
from rnn_studio.gui.widgets import dialogs
from rnn_studio.gui.inspect.bar_chart import ProbabilityBars
from rnn_studio.gui.inspect.coloured_text import MAX_SHOWN, ColouredText
from rnn_studio.gui.inspect.text_job import read_text
from rnn_studio.gui.jobs import view_runner
from rnn_studio.gui.widgets.layout import STRETCH, box, column, heading, row, splitter

SYNC_CHARS = 20_000


class SurprisalView(QWidget):
    scored = Signal()               # bits() and totals() now describe the current text
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surprisalView")
        self.snapshot = None
        self.result = None                  # core.surprisal.Surprisal
        self._text = ""
        self.jobs = view_runner(self, self._on_scored, self._on_refused)
        self.input = QPlainTextEdit(self, objectName="surprisalInput")
        self.input.setPlaceholderText(self.tr("Paste a text here, or open a file, then Score."))
        self.open_button = QPushButton(self.tr("Open text…"), self, objectName="surprisalOpenButton")
        self.score_button = QPushButton(self.tr("Score"), self, objectName="surprisalScoreButton")
        self.html_button = QPushButton(self.tr("Save as HTML…"), self, objectName="surprisalHtmlButton")
        self.totals_label = QLabel("", self, objectName="surprisalTotals")
        self.totals_label.setWordWrap(True)
        self.view = ColouredText(self, "surprisalText")
        self.view.tip = self._tip
        self.guesses = ProbabilityBars(self, "surprisalGuesses")
        self.guesses.setToolTip("")
        self.where = QLabel(self.tr("Point at a character to see the model's five likeliest guesses there."), self)
        self.where.setWordWrap(True)
        legend = " ".join(f'<span style="background:{hex_rgb(bits_rgb(b))}">&nbsp;{b:g}&nbsp;</span>'
                          for b in (0, 1, 2, 4, 6, BITS_MAX))
        buttons = row(self, self.open_button, self.score_button, self.html_button, STRETCH,
                      self.tr("bits:") + " " + legend)
        split = splitter(self, Qt.Orientation.Horizontal, [620, 260],
                         self.view, box(self, self.where, self.guesses, STRETCH))
        column(self, heading(self.tr("Surprisal"), self.tr(
            "Each character coloured by its cost in bits, −log₂ of the probability the model gave it.")),
               (self.input, 1), buttons, self.totals_label, (split, 4), margin=4)
        self.open_button.clicked.connect(self._open)
        self.score_button.clicked.connect(lambda: self.load_text(self.input.toPlainText()))
        self.html_button.clicked.connect(self._save_html)
        self.view.charHovered.connect(self._show_guesses)
        self.view.charClicked.connect(self._show_guesses)
        self.set_model(None)

    # ---- model and text -----------------------------------------------------------------
    def set_model(self, snapshot) -> None:
        """Follow ``snapshot``; the current text is scored again with it."""
        self.snapshot = snapshot
        self.score_button.setEnabled(snapshot is not None)
        if snapshot is None:
            self.jobs.cancel()
            self.result = None
            self.totals_label.setText(self.tr("Train a model or open one to score a text with it."))
        elif self._text:
            self.load_text(self._text)

    def load_text(self, text: str) -> None:
        """Score ``text``: done on return when it is small, else ``scored`` tells when."""
        from rnn_studio.core.surprisal import check_size, score_snapshot

        def work(snap, text, cancelled):
            check_size(len(text))
            return score_snapshot(snap, text, cancelled=cancelled)
        read_text(self, text, work, SYNC_CHARS, self.totals_label, self.tr("scoring {0:,} characters…"),
                  self._on_scored, self._on_refused)

    def bits(self) -> np.ndarray:
        """Per-character bits of the scored text (NaN: the first character, unseen ones)."""
        return self.result.bits.copy() if self.result is not None else np.zeros(0, np.float32)

    def totals(self) -> tuple[float, float]:
        """(bits per character, accuracy): the numbers ``rnn-studio eval`` prints."""
        r = self.result
        return (r.bits_per_char, r.accuracy) if r is not None else (float("nan"), float("nan"))

    @Slot(object)
    def _on_scored(self, result) -> None:
        self.result = r = result
        shown = r.text[:MAX_SHOWN]
        self.view.show_chars(shown, [bits_rgb(float(b)) for b in r.bits[:len(shown)]])
        words = [self.tr("<b>{0:.4f}</b> bits per character, accuracy <b>{1:.2%}</b>, over {2:,} "
                         "characters predicted (the numbers <tt>rnn-studio eval</tt> prints).")
                 .format(r.bits_per_char, r.accuracy, r.n)]
        if r.unknown_count:
            words.append(self.tr("{0:,} characters the model never saw are struck out in grey and left "
                                 "out: {1}").format(r.unknown_count, " ".join(visible(c) for c in r.unknown[:12])))
        if len(r.text) > len(shown):
            words.append(self.tr("The first {0:,} characters are shown.").format(len(shown)))
        if r.n < 1:
            words = [self.tr("Nothing to score: a text needs at least two characters the model knows.")]
        self.totals_label.setText(" ".join(words))
        self.scored.emit()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.totals_label.setText(message)
        self.refused.emit(message)

    # ---- the guesses ----------------------------------------------------------------------
    def _tip(self, t: int) -> str:
        from rnn_studio.core.surprisal_html import tooltip
        return tooltip(self.result, t) if self.result is not None and t < len(self.result.text) else ""

    @Slot(int)
    def _show_guesses(self, t: int) -> None:
        r = self.result
        if r is None or t >= len(r.text):
            return
        ch = r.text[t]
        self.where.setText(self._tip(t).split("\n")[0])
        self.guesses.set_items(r.top(t), marked=ch)

    # ---- files ----------------------------------------------------------------------------
    def _open(self) -> None:
        path = dialogs.open_file(self, self.tr("Open a text to score"), "", dialogs.TEXT_FILTER)
        if not path:
            return
        from rnn_studio.core.errors import UserError
        from rnn_studio.core.surprisal import MAX_CHARS
        try:
            from rnn_studio.core.text_file import read_text
            self.load_text(read_text(path, None, MAX_CHARS, "surprisal"))
        except UserError as exc:
            dialogs.error(self, self.tr("Cannot score this text"), str(exc))

    def _save_html(self) -> None:
        if self.result is None:
            return
        path = dialogs.save_file(self, self.tr("Save the coloured text"), "surprisal.html", "HTML (*.html)")
        if not path:
            return
        from rnn_studio.core.fsutil import write_atomic
        from rnn_studio.core.surprisal_html import render
        try:
            write_atomic(Path(path), render(self.result, Path(path).stem).encode("utf-8"))
        except OSError as exc:
            dialogs.error(self, self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")
