"""Window methods that are a feature's own methods.

``load_corpus, choose_corpus = commands("corpus_feature", "load", "choose")`` in a window
class makes ``window.load_corpus`` the bound ``window.corpus_feature.load``, looked up on
each use: its signature, docstring and return value are the feature's, written once
(``core.delegate``; ``MainWindow.load_corpus(window, path)`` works too).
"""

from __future__ import annotations

from rnn_studio.core.delegate import delegate as commands

__all__ = ["commands"]
