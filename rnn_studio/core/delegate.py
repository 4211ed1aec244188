"""Methods that are another object's own: ``pause, resume = delegate("control", "pause", "resume")``
in a class makes ``obj.pause`` the bound ``obj.control.pause``, looked up on each use, so its
signature, docstring and return value are written once, where the work is done. The Trainer
hands its pause and resume to its RunControl this way, and the window its commands to its
features (gui/commands.py)."""

from __future__ import annotations


class Delegate:
    def __init__(self, holder: str, name: str):
        self.holder, self.name = holder, name

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(getattr(obj, self.holder), self.name)

    def __call__(self, obj, *args, **kwargs):
        """Called on the class, like a plain method: ``Trainer.pause(trainer)``."""
        return self.__get__(obj)(*args, **kwargs)


def delegate(holder: str, *names: str) -> tuple[Delegate, ...]:
    return tuple(Delegate(holder, n) for n in names)
