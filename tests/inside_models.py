"""Tiny trained models of every cell, saved to files, for the see-inside tests (CLI, engine, views)."""

from __future__ import annotations

from pathlib import Path

import pytest

TEXT = ('"Shall I compare thee to a summer\'s day?" (Thou art more lovely.)\n'
        "Rough winds do shake the darling buds of May,\n"
        "And summer's lease hath all too short a date.\n") * 6


KOREAN = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n" * 8


def train_tiny(cell: str, folder: Path, layers: int = 1, steps: int = 30, text: str = TEXT, hangul: str = "off"):
    from rnn_studio.core import modelfile
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import Corpus
    from rnn_studio.core.trainer import Trainer

    corpus = Corpus.from_text(text, name="tiny.txt")
    m = ModelConfig(cell=cell, hidden=16, embedding=0 if cell == "rnn" else 8, layers=layers, hangul=hangul)
    t = TrainConfig(seq_len=32, batch_size=8, steps=steps, lr=2e-2, warmup_steps=0, eval_every=0,
                    sample_every=0, device="cpu", log_every=10, seed=3)
    trainer = Trainer(corpus, m, t)
    trainer.run()
    snap = trainer.snapshot()
    return snap, modelfile.save(folder / f"{cell}{layers}{hangul}.rnn", snap)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """{'lstm': (snapshot, path), 'gru': …, 'rnn': …, 'lstm2', 'gru2': two layers, 'jamo': an
    LSTM reading Korean Hangul as jamo}."""
    folder = tmp_path_factory.mktemp("inside")
    out = {cell: train_tiny(cell, folder) for cell in ("lstm", "gru", "rnn")}
    out["lstm2"] = train_tiny("lstm", folder, layers=2)
    out["gru2"] = train_tiny("gru", folder, layers=2)
    out["jamo"] = train_tiny("lstm", folder, text=KOREAN, hangul="jamo")
    return out
