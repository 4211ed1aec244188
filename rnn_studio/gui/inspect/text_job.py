"""What the surprisal view and the inspector share: take a text, then read it with the
model now (small) or on the job runner (large), refusals in words either way (``read_text``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rnn_studio.gui.jobs import JobRunner


SYNC_WORK = 4e9        # multiply-adds done on the UI thread at most: about a tenth of a second


def small_enough(snapshot, n_chars: int, most_chars: int) -> bool:
    """Whether reading ``n_chars`` is quick enough to do before returning: at most
    ``most_chars`` characters and ``SYNC_WORK`` multiply-adds (a weight is used once a character)."""
    from rnn_studio.core.sizes import n_params
    return n_chars <= most_chars and n_chars * n_params(snapshot.model_cfg) <= SYNC_WORK


def take_text(view, text: str) -> bool:
    """Remember ``text`` and show it in the view's input; True when there is a model to read it."""
    view._text = text
    if view.input.toPlainText() != text:
        view.input.setPlainText(text)
    return view.snapshot is not None


def run_sized(jobs: JobRunner, small: bool, work: Callable[[Callable[[], bool]], Any],
              done: Callable[[Any], None], refused: Callable[[str], None]) -> None:
    """``work(cancelled)``: before returning when ``small``, else on ``jobs`` (whose ``done``
    and ``refused`` the caller has connected to the same two functions)."""
    from rnn_studio.core.errors import UserError
    if not small:
        jobs.submit(lambda job: work(lambda: job.cancelled))
        return
    jobs.cancel()
    try:
        result = work(lambda: False)
    except UserError as exc:
        refused(str(exc))
        return
    done(result)


def read_text(view, text: str, work: Callable[[Any, str, Callable[[], bool]], Any], most_chars: int,
              note, note_words: str, done: Callable[[Any], None], refused: Callable[[str], None]) -> None:
    """Take ``text`` and read it with ``view.snapshot``: ``work(snapshot, text, cancelled)``
    before returning when it is small (``most_chars``), else on ``view.jobs``, with ``note``
    saying ``note_words`` (formatted with the text's length) meanwhile."""
    if not take_text(view, text):
        return
    snap = view.snapshot
    small = small_enough(snap, len(text), most_chars)
    if not small:
        note.setText(note_words.format(len(text)))
    run_sized(view.jobs, small, lambda cancelled: work(snap, text, cancelled), done, refused)
