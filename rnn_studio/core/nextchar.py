"""The next-character distribution after a prefix, kept current as the prefix is typed.

A ``NextChar`` keeps the batch-1 ``Stepper``'s state after every character of the last
prefix (a stack), so typing a character costs one step and deleting one costs none: a
new prefix is fed only from where it departs from the previous one. The distribution is
the writer's: the prefix is NFC-normalised; characters the model never saw are refused by
name; an empty prefix means the start of a line, as in ``rnn-studio sample`` (the model is
primed with a newline, or its first character if it has no newline).

``p`` follows the text: after ``prefix``, the probability of each vocabulary character
(for a model that reads Hangul as jamo: of each symbol, the prefix fed as jamo).
"""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_limits

from rnn_studio.core.checkpoint import Snapshot
from rnn_studio.core.sampler import _prime, prepare_prefix, probabilities
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.surprisal import _weights, vocab_of
from rnn_studio.core.vocab import Vocab


class NextChar:
    def __init__(self, stepper: Stepper, vocab: Vocab):
        self.stepper, self.vocab = stepper, vocab
        self.steps = 0                      # characters fed in all (what the cache saves)
        stepper.reset()
        self._zero = stepper.get_state()
        self._prefix = ""
        self._stack: list[tuple[list[np.ndarray], np.ndarray]] = []    # after prefix[:i+1]
        self._start: tuple[list[np.ndarray], np.ndarray] | None = None  # state, logits for ""

    @classmethod
    def from_snapshot(cls, snap: Snapshot) -> NextChar:
        w = {k: v.detach().cpu().numpy() for k, v in _weights(snap).items()}
        return cls(Stepper(w, snap.model_cfg), vocab_of(snap))

    def state(self, prefix: str) -> list[np.ndarray]:
        """The hidden state after ``prefix`` (the empty prefix: after the priming character)."""
        self.logits(prefix)
        start = not self.vocab.symbols(prepare_prefix(self.vocab, prefix))
        return [a.copy() for a in (self._start[0] if start else self._stack[-1][0])]

    def _shared(self, prefix: str) -> int:
        """Length of the start ``prefix`` shares with the cached one."""
        same = 0
        for a, b in zip(prefix, self._prefix):
            if a != b:
                break
            same += 1
        return same

    def pending(self, prefix: str) -> int:
        """How many characters ``logits(prefix)`` would feed (unseen characters refused)."""
        prefix = self.vocab.symbols(prepare_prefix(self.vocab, prefix))
        if not prefix:
            return 0 if self._start is not None else 1
        return len(prefix) - self._shared(prefix)

    def logits(self, prefix: str) -> np.ndarray:
        prefix = self.vocab.symbols(prepare_prefix(self.vocab, prefix))
        if not prefix:                  # the cached stack stays: typing again reuses it
            if self._start is None:
                self.stepper.set_state(self._zero)
                with threadpool_limits(limits=1, user_api="blas"):
                    logits = self.stepper.step(self.vocab.index(_prime(self.vocab))).copy()
                self._start = (self.stepper.get_state(), logits)
                self.steps += 1
            return self._start[1]
        same = self._shared(prefix)
        del self._stack[same:]
        self.stepper.set_state(self._stack[-1][0] if self._stack else self._zero)
        with threadpool_limits(limits=1, user_api="blas"):
            for ch in prefix[same:]:
                logits = self.stepper.step(self.vocab.index(ch))
                self._stack.append((self.stepper.get_state(), logits.copy()))
                self.steps += 1
        self._prefix = prefix
        return self._stack[-1][1]

    def p(self, prefix: str, temperature: float = 1.0) -> np.ndarray:
        """Probabilities (V,) of the next character at ``temperature`` (0: the likeliest one)."""
        return probabilities(self.logits(prefix), temperature)

    def top(self, prefix: str, k: int = 10, temperature: float = 1.0,
            include: str | None = None) -> list[tuple[str, float]]:
        """The k likeliest next characters with their probabilities, most likely first
        (k ≤ 0: all of them); ``include`` is appended if it is not among them."""
        p = self.p(prefix, temperature)
        k = p.size if k <= 0 else min(k, p.size)
        order = np.argsort(-p, kind="stable")[:k]
        if include is not None and include in self.vocab and self.vocab.index(include) not in order:
            order = np.append(order, self.vocab.index(include))
        return [(self.vocab.chars[i], float(p[i])) for i in order]
