"""Surprisal: the cost in bits of every character of a text, with the model's top guesses.

One batched forward pass over the text (``streams.read`` with ``streams.context_layout``,
the reading ``rnn-studio eval`` does), so ``bits_per_char`` and ``accuracy`` are eval's
numbers, and up to ``streams.FULL_CONTEXT`` characters each character's bits are exactly
−log₂ of the probability ``next`` gives it after the text before it.

Positions follow the text: ``bits[t]`` is the cost of character t given characters 0…t−1.
A model that reads Hangul as jamo is scored symbol by symbol (its text is the jamo), as
``eval`` reports its loss per symbol.
The first character has no prediction (NaN). Characters the model never saw are marked
(``unknown``), get no bits, are left out of the totals, and are skipped when feeding the
model: the characters after one are predicted from the text without it.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import torch

from rnn_studio.core.checkpoint import Snapshot
from rnn_studio.core.errors import UserError
from rnn_studio.core.model import CharRNN
from rnn_studio.core.streams import CHUNK, context_layout, fast_products, read
from rnn_studio.core.vocab import Vocab

TOP = 5
MAX_CHARS = 8 << 20          # about 8 MB of text: 80 s at the measured speed, 350 MB of results
LN2 = math.log(2)


@dataclass
class Surprisal:
    text: str
    ids: np.ndarray                  # (T,) int32 vocabulary ids, −1 for unseen characters
    bits: np.ndarray                 # (T,) float32, NaN where nothing was predicted
    top_ids: np.ndarray              # (T, k) int32: the model's k likeliest characters there
    top_p: np.ndarray                # (T, k) float32: their probabilities
    vocab: str
    unknown: list[str] = field(default_factory=list)     # distinct unseen characters
    unknown_count: int = 0                               # their occurrences

    @property
    def scored(self) -> np.ndarray:
        return ~np.isnan(self.bits)

    @property
    def n(self) -> int:
        return int(self.scored.sum())

    @property
    def bits_per_char(self) -> float:
        return float(np.sum(self.bits[self.scored], dtype=np.float64) / self.n) if self.n else float("nan")

    @property
    def accuracy(self) -> float:
        if not self.n:
            return float("nan")
        return float(np.mean(self.top_ids[self.scored, 0] == self.ids[self.scored]))

    def top(self, t: int, k: int = TOP) -> list[tuple[str, float]]:
        """The model's k likeliest characters at position t, most likely first."""
        if not self.scored[t]:
            return []
        return [(self.vocab[i], float(p)) for i, p in zip(self.top_ids[t, :k], self.top_p[t, :k])]

    def to_json(self, top: int = 0) -> dict:
        """One JSON document; ``top`` > 0 adds each position's likeliest characters."""
        bits = [None if math.isnan(b) else float(b) for b in self.bits.tolist()]
        doc = {"chars": list(self.text), "bits": bits, "bits_per_char": self.bits_per_char,
               "accuracy": self.accuracy, "predicted": self.n, "unknown": self.unknown,
               "unknown_count": self.unknown_count}
        if top > 0:
            doc["top"] = [[{"char": c, "p": p} for c, p in self.top(t, top)] for t in range(len(self.text))]
        return doc


def check_size(n_chars: int, what: str = "the text") -> None:
    if n_chars > MAX_CHARS:
        raise UserError(f"{what} has {n_chars:,} characters; surprisal scores at most {MAX_CHARS:,} "
                        f"(about {MAX_CHARS >> 20} MB): score a part of it")


def _weights(snap: Snapshot) -> dict[str, torch.Tensor]:
    """The weights to look inside: the best evaluation's where the snapshot keeps them."""
    best = getattr(snap, "writing_weights", None)
    return best() if callable(best) else snap.weights


def vocab_of(snap: Snapshot) -> Vocab:
    """The model's vocabulary; a model reading Hangul as jamo is looked inside symbol by symbol."""
    return Vocab(snap.vocab, snap.model_cfg.hangul)


def model_of(snap: Snapshot) -> CharRNN:
    model = CharRNN(snap.model_cfg)
    model.load_state_dict(_weights(snap))
    return model.eval()


@torch.inference_mode()
def score(model: CharRNN, vocab: Vocab, text: str, top: int = TOP, chunk: int = CHUNK,
          cancelled=lambda: False) -> Surprisal:
    """Score ``text`` (NFC-normalised first, as corpora and prefixes are)."""
    check_size(len(text))
    text = vocab.symbols(unicodedata.normalize("NFC", text))     # jamo for a jamo model
    T = len(text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = vocab._lookup()
    all_ids = table[codes] if T else np.empty(0, np.int32)
    known = np.flatnonzero(all_ids >= 0)            # text positions of the characters fed
    ids = all_ids[known].astype(np.int64)
    k = max(1, min(top, len(vocab)))
    bits = np.full(T, np.nan, np.float32)
    top_ids = np.zeros((T, k), np.int32)
    top_p = np.zeros((T, k), np.float32)
    n = ids.size - 1
    all_known = known.size == T                     # then a position in ids is one in the text
    if n >= 1:
        lay = context_layout(n)
        for p in read(model, ids, lay, chunk, fast=fast_products(model, lay)):
            if cancelled():
                raise UserError("scoring was cancelled")
            z = p.logits.float()                                  # (b, c, V)
            lse = torch.logsumexp(z, -1)                          # log-softmax without its (b, c, V) array
            own = z.gather(-1, p.targets[..., None])[..., 0] - lse
            tz, ti = z.topk(k, -1)
            tz = tz.sub_(lse[..., None]).exp_()
            if p.keep is not None:                                # a warm-up chunk: some steps are context
                own, ti, tz, pos = own[p.keep], ti[p.keep], tz[p.keep], p.pos[p.keep]
            else:
                own, ti, tz, pos = own.reshape(-1), ti.reshape(-1, k), tz.reshape(-1, k), p.pos.reshape(-1)
            at = pos.numpy() if all_known else known[pos.numpy()]
            bits[at] = own.mul_(-1 / LN2).numpy()
            top_ids[at] = ti.numpy()
            top_p[at] = tz.numpy()
    unknown = list(dict.fromkeys(text[i] for i in np.flatnonzero(all_ids < 0)[:100_000]))
    return Surprisal(text, all_ids.astype(np.int32), bits, top_ids, top_p, vocab.chars, unknown, int(T - known.size))


def score_snapshot(snap: Snapshot, text: str, top: int = TOP, cancelled=lambda: False) -> Surprisal:
    check_size(len(text))
    return score(model_of(snap), vocab_of(snap), text, top, cancelled=cancelled)
