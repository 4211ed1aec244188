"""Tiny trained models of every cell, saved to files, for the see-inside tests (CLI, engine, views)."""

from __future__ import annotations

from pathlib import Path

import pytest

TEXT = ('"Shall I compare thee to a summer\'s day?" (Thou art more lovely.)\n'
        "Rough winds do shake the darling buds of May,\n"
        "And summer's lease hath all too short a date.\n") * 6


def train_tiny(cell: str, folder: Path, layers: int = 1, steps: int = 30, text: str = TEXT):
    from rnn_studio.core import modelfile
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import Corpus
    from rnn_studio.core.trainer import Trainer

    corpus = Corpus.from_text(text, name="tiny.txt")
    m = ModelConfig(cell=cell, hidden=16, embedding=0 if cell == "rnn" else 8, layers=layers)
    t = TrainConfig(seq_len=32, batch_size=8, steps=steps, lr=2e-2, warmup_steps=0, eval_every=0,
                    sample_every=0, device="cpu", log_every=10, seed=3)
    trainer = Trainer(corpus, m, t)
    trainer.run()
    snap = trainer.snapshot()
    return snap, modelfile.save(folder / f"{cell}{layers}.rnn", snap)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """{'lstm': (snapshot, path), 'gru': …, 'rnn': …, 'lstm2': two layers}."""
    folder = tmp_path_factory.mktemp("inside")
    out = {cell: train_tiny(cell, folder) for cell in ("lstm", "gru", "rnn")}
    out["lstm2"] = train_tiny("lstm", folder, layers=2)
    out["gru2"] = train_tiny("gru", folder, layers=2)
    return out
