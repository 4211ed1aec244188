"""Fit a corpus to a run: the model's vocabulary, the validation split and the window length.

A model that reads Hangul as jamo (ModelConfig.hangul) trains on the corpus's ids expanded
to jamo ids; the split still falls between two characters of the text, so a syllable model
and a jamo model are validated on the same characters.
"""

from __future__ import annotations

import numpy as np

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus, required_chars, validation_size
from rnn_studio.core.errors import UserError
from rnn_studio.core.vocab import Vocab

MIN_SEQ_LEN = 2


def model_vocab(corpus: Corpus, model_cfg: ModelConfig, resume=None) -> Vocab:
    """The vocabulary a run uses: the resumed model's, or the corpus's read as ``model_cfg.hangul`` says."""
    if resume is not None:
        if model_cfg.hangul != resume.model_cfg.hangul:   # the file would record the wrong reading
            raise UserError(f"the model reads Hangul as {resume.model_cfg.hangul!r}; that cannot change "
                            "when resuming")
        return Vocab(resume.vocab, resume.model_cfg.hangul)
    if model_cfg.hangul == "off":
        return corpus.vocab
    return Vocab("".join(set(Vocab(corpus.vocab.chars, model_cfg.hangul).symbols(corpus.vocab.chars))),
                 model_cfg.hangul)


def _symbol_table(corpus: Corpus, vocab: Vocab) -> np.ndarray:
    """(corpus characters, 3): each character's symbol ids in ``vocab``, -1 past its last."""
    missing = vocab.unknown(corpus.vocab.chars)
    if missing:
        shown = ", ".join(repr(c) for c in missing[:10]) + (" …" if len(missing) > 10 else "")
        raise UserError(f"{corpus.name}: holds {len(missing)} characters the model never saw "
                        f"({shown}); train a new model on it instead")
    table = np.full((len(corpus.vocab), 3), -1, dtype=np.int64)
    for i, c in enumerate(corpus.vocab.chars):
        ids = [vocab.index(s) for s in vocab.symbols(c)]
        table[i, :len(ids)] = ids
    return table


def remap(corpus: Corpus, vocab: Vocab) -> np.ndarray:
    """The corpus's ids in another vocabulary (a resumed model's, or one reading Hangul as
    jamo), which must cover it."""
    if corpus.vocab.chars == vocab.chars and vocab.hangul == "off":
        return corpus.ids
    table = _symbol_table(corpus, vocab)
    if vocab.hangul == "off":
        return table[:, 0].astype(vocab.dtype)[corpus.ids]    # narrow: a big text's copy is as small as it can be
    pieces = []
    for start in range(0, corpus.n_chars, 1 << 20):     # a syllable is up to 3 symbols: expand in chunks
        rows = table[corpus.ids[start:start + (1 << 20)]]
        pieces.append(rows[rows >= 0].astype(vocab.dtype))
    return np.concatenate(pieces)


def symbols_in_last(corpus: Corpus, vocab: Vocab, n_chars: int) -> int:
    """How many of ``vocab``'s symbols the last ``n_chars`` characters of the corpus make."""
    if vocab.hangul == "off" or n_chars == 0:
        return n_chars
    lengths = (_symbol_table(corpus, vocab) >= 0).sum(axis=1)
    return int(lengths[corpus.ids[corpus.n_chars - n_chars:]].sum())


def fit_to_corpus(corpus: Corpus, vocab: Vocab, cfg: TrainConfig) -> tuple[tuple[np.ndarray, np.ndarray], int, list[str]]:
    """(train ids, validation ids), the window length to use, and notes for the user.

    A text too short for the chosen window trains with a shorter one and says so; a text too
    short for any window, or for the contiguous windows' parallel streams, is refused with
    the number of characters it needs.
    """
    ids = remap(corpus, vocab)
    n_val = symbols_in_last(corpus, vocab, validation_size(corpus.n_chars, cfg.val_fraction))
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
    need = cfg.batch_size * (seq_len + 1) + 1
    if cfg.window == "contiguous" and train.size < need:
        raise UserError(f"{corpus.name}: its {train.size} training characters are too few "
                        f"for contiguous windows of {seq_len} characters in {cfg.batch_size} "
                        f"parallel streams (that needs {need}); choose a smaller batch size or "
                        "sequence length, or random windows")
    return (train, val), seq_len, notes
