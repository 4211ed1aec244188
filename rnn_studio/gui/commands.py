"""Window methods that are a feature's own methods.

``load_corpus, choose_corpus = commands("corpus_feature", "load", "choose")`` in a window
class makes ``window.load_corpus`` the bound ``window.corpus_feature.load``, looked up on
each use: its signature, docstring and return value are the feature's, written once.
"""

from __future__ import annotations


class Command:
    def __init__(self, feature: str, method: str):
        self.feature, self.method = feature, method

    def __get__(self, window, owner=None):
        return self if window is None else getattr(getattr(window, self.feature), self.method)

    def __call__(self, window, *args, **kwargs):
        """Called on the class, like a plain method: ``MainWindow.load_corpus(window, path)``."""
        return self.__get__(window)(*args, **kwargs)


def commands(feature: str, *methods: str) -> tuple[Command, ...]:
    return tuple(Command(feature, m) for m in methods)
