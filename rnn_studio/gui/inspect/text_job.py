"""What the surprisal view and the inspector share: take a text, then read it with the
model now (small) or on the job runner (large), refusals in words either way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rnn_studio.gui.jobs import JobRunner


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
