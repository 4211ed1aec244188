"""The Lecture view: the lecture's "hello" walkthrough, live (``LectureView``).

Imported lazily, so that importing this package loads neither torch nor the view.
"""

from __future__ import annotations

__all__ = ["LectureView"]


def __getattr__(name: str):
    if name == "LectureView":
        from rnn_studio.gui.lecture.view import LectureView

        return LectureView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
