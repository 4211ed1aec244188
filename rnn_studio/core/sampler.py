"""Writing: a generator that yields one character at a time from a prefix.

The prefix is fed once, with the hidden state carried; each new character is then one
``Stepper.step``. Prefix rules (documented in the README):

- the prefix is NFC-normalised, like the corpus;
- characters the model never saw raise ``UserError`` naming them, unless
  ``skip_unknown=True``, which drops them;
- an empty prefix primes the model with a newline (or, if the vocabulary has none, its
  first character), which is not part of the output.

A model that reads Hangul as jamo (``vocab.hangul == "jamo"``) is fed the prefix's jamo and
yields whole characters only: jamo are held back until their syllable is complete (the next
symbol cannot attach), each pick is limited to the symbols that keep the text whole (no
vowel without a lead consonant, …), and the last syllable is finished, never cut; the
``length`` counts characters, not jamo. ``next_char_distribution`` gives the next symbol.

A temperature below ``GREEDY_BELOW`` (1e-6) takes the likeliest character, as 0 does:
dividing by it could overflow, and the distribution it asks for is one-hot to float precision.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import numpy as np
from threadpoolctl import threadpool_limits

from rnn_studio.core.config import SampleConfig, validate
from rnn_studio.core.errors import UserError
from rnn_studio.core.hangul import SyllableAssembler, allowed
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.vocab import Vocab

GREEDY_BELOW = 1e-6


def prepare_prefix(vocab: Vocab, prefix: str, skip_unknown: bool = False) -> str:
    prefix = unicodedata.normalize("NFC", prefix)
    unknown = vocab.unknown(prefix)
    if unknown and not skip_unknown:
        shown = ", ".join(repr(c) for c in unknown[:10]) + (" …" if len(unknown) > 10 else "")
        raise UserError(f"the prefix holds characters the model never saw: {shown}")
    if unknown:
        drop = set(unknown)
        prefix = "".join(c for c in prefix if c not in drop)
    return prefix


def _prime(vocab: Vocab) -> str:
    return "\n" if "\n" in vocab else vocab.chars[0]


def feed(stepper: Stepper, vocab: Vocab, prefix: str) -> np.ndarray:
    """Reset, feed the prefix (or the priming character), return the next-symbol logits."""
    stepper.reset()
    logits = None
    for ch in vocab.symbols(prefix or _prime(vocab)):
        logits = stepper.step(vocab.index(ch))
    return logits


def probabilities(logits: np.ndarray, temperature: float = 1.0, top_k: int = 0,
                  top_p: float = 1.0) -> np.ndarray:
    """The distribution a sampler with these settings draws from (float64, sums to 1)."""
    z = np.asarray(logits, dtype=np.float64)
    V = z.size
    if temperature < GREEDY_BELOW:
        p = np.zeros(V)
        p[int(np.argmax(z))] = 1.0
        return p
    z = z / temperature
    if 0 < top_k < V:
        keep = np.argpartition(-z, top_k - 1)[:top_k]
        masked = np.full(V, -np.inf)
        masked[keep] = z[keep]
        z = masked
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1.0:
        order = np.argsort(-p, kind="stable")
        cum = np.cumsum(p[order])
        n = int(np.searchsorted(cum, top_p)) + 1       # smallest set reaching top_p
        cut = np.zeros(V)
        cut[order[:n]] = p[order[:n]]
        p = cut / cut.sum()
    return p


def pick(logits: np.ndarray, cfg: SampleConfig, rng: np.random.Generator) -> int:
    if cfg.temperature < GREEDY_BELOW:
        return int(np.argmax(logits))
    if cfg.top_k == 0 and cfg.top_p >= 1.0:
        z = logits.astype(np.float64) / cfg.temperature  # the common case, kept short
        p = np.exp(z - z.max())
    else:
        p = probabilities(logits, cfg.temperature, cfg.top_k, cfg.top_p)
    cum = np.cumsum(p)
    return min(int(np.searchsorted(cum, rng.random() * cum[-1], side="right")), p.size - 1)


class GumbelPicker:
    """Plain temperature sampling by the Gumbel-max trick: argmax(z/T + g) with g ~ Gumbel(0, 1)
    draws from softmax(z/T) exactly, in three array operations and noise drawn in blocks."""

    BLOCK = 256

    def __init__(self, size: int, temperature: float, rng: np.random.Generator):
        self.scale = np.float32(1.0 / temperature)
        self.rng, self.size = rng, size
        self.noise = np.empty((0, size), np.float32)
        self.row = 0
        self.z = np.empty(size, np.float32)

    def __call__(self, logits: np.ndarray) -> int:
        if self.row == len(self.noise):
            self.noise = self.rng.gumbel(size=(self.BLOCK, self.size)).astype(np.float32)
            self.row = 0
        np.multiply(logits, self.scale, out=self.z)
        self.z += self.noise[self.row]
        self.row += 1
        return int(self.z.argmax())


def generate(stepper: Stepper, vocab: Vocab, cfg: SampleConfig,
             skip_unknown: bool = False) -> Iterator[str]:
    """Yield ``cfg.length`` characters continuing ``cfg.prefix`` (the prefix itself is not yielded)."""
    validate(cfg)
    prefix = prepare_prefix(vocab, cfg.prefix, skip_unknown)
    rng = np.random.default_rng(cfg.seed)
    if cfg.temperature >= GREEDY_BELOW and cfg.top_k == 0 and cfg.top_p >= 1.0:
        choose = GumbelPicker(len(vocab), cfg.temperature, rng)
    else:
        def choose(logits):
            return pick(logits, cfg, rng)
    chars = vocab.chars
    # One BLAS thread for one vector: threads cost more than they give (10x on a busy 2-core machine).
    with threadpool_limits(limits=1, user_api="blas"):
        logits = feed(stepper, vocab, prefix)
        if vocab.hangul == "jamo":
            yield from _whole_syllables(stepper, vocab, logits, choose, cfg.length)
            return
        for n in range(cfg.length):
            i = choose(logits)
            yield chars[i]
            if n + 1 < cfg.length:
                logits = stepper.step(i)


def _whole_syllables(stepper: Stepper, vocab: Vocab, logits: np.ndarray, choose,
                     length: int) -> Iterator[str]:
    """Yield ``length`` whole characters from a jamo model (see the module's notes)."""
    masks = {state: np.where(ok, 0.0, -np.inf).astype(np.float32) if ok.any() else np.zeros(ok.size, np.float32)
             for state, ok in allowed(vocab.codes).items()}
    chars, assembler, n = vocab.chars, SyllableAssembler(), 0
    for _ in range(4 * length + 8):     # 3 symbols a character at most, unless the vocabulary is odd
        if n == length:
            return
        i = choose(logits + masks[assembler.state])
        for ch in assembler.push(chars[i]):
            yield ch
            n += 1
            if n == length:
                return
        logits = stepper.step(i)


def write(stepper: Stepper, vocab: Vocab, cfg: SampleConfig, skip_unknown: bool = False) -> str:
    return "".join(generate(stepper, vocab, cfg, skip_unknown))


def next_char_distribution(stepper: Stepper, vocab: Vocab, prefix: str,
                           temperature: float = 1.0) -> dict[str, float]:
    """The probability of every vocabulary symbol following ``prefix`` (jamo, for a jamo model)."""
    with threadpool_limits(limits=1, user_api="blas"):
        logits = feed(stepper, vocab, prepare_prefix(vocab, prefix))
    p = probabilities(logits, temperature if temperature > 0 else 1.0)
    return dict(zip(vocab.chars, p.tolist()))
