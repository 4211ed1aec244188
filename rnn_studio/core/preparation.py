"""Fit a corpus to a run: the model's vocabulary, the validation split and the window length."""

from __future__ import annotations

import numpy as np

from rnn_studio.core.config import TrainConfig
from rnn_studio.core.corpus import Corpus, required_chars, validation_size
from rnn_studio.core.errors import UserError
from rnn_studio.core.vocab import Vocab

MIN_SEQ_LEN = 2


def remap(corpus: Corpus, vocab: Vocab) -> np.ndarray:
    """The corpus's ids in another vocabulary (a resumed model's), which must cover it."""
    if corpus.vocab.chars == vocab.chars:
        return corpus.ids
    missing = [c for c in corpus.vocab.chars if c not in vocab]
    if missing:
        shown = ", ".join(repr(c) for c in missing[:10]) + (" …" if len(missing) > 10 else "")
        raise UserError(f"{corpus.name}: holds {len(missing)} characters the model never saw "
                        f"({shown}); train a new model on it instead")
    table = np.array([vocab.index(c) for c in corpus.vocab.chars], dtype=vocab.dtype)
    return table[corpus.ids]    # in the narrow dtype: a big text's copy is as small as it can be


def fit_to_corpus(corpus: Corpus, vocab: Vocab, cfg: TrainConfig) -> tuple[tuple[np.ndarray, np.ndarray], int, list[str]]:
    """(train ids, validation ids), the window length to use, and notes for the user.

    A text too short for the chosen window trains with a shorter one and says so; a text too
    short for any window is refused with the number of characters it needs.
    """
    ids = remap(corpus, vocab)
    n_val = validation_size(ids.size, cfg.val_fraction)
    train, val = ids[: ids.size - n_val], ids[ids.size - n_val:]
    notes = []
    seq_len = cfg.seq_len
    if train.size < seq_len + 1:
        if train.size < MIN_SEQ_LEN + 1:
            need = required_chars(MIN_SEQ_LEN, cfg.val_fraction)
            raise UserError(f"{corpus.name}: is too short to train on: it has {ids.size} characters "
                            f"and training needs at least {need} (at least "
                            f"{required_chars(cfg.seq_len, cfg.val_fraction)} for sequence length {cfg.seq_len})")
        seq_len = train.size - 1
        notes.append(f"{corpus.name} has only {ids.size} characters, too few for sequence length "
                     f"{cfg.seq_len} (which needs {required_chars(cfg.seq_len, cfg.val_fraction)}); "
                     f"training with sequence length {seq_len} instead")
    return (train, val), seq_len, notes
