"""Fixtures for the robustness suite (tests/conftest.py's fixtures apply here too).

Every test gets its own user data directory (``data_dir``, tests/conftest.py), so nothing
here touches the real home. Hypothesis runs modest example counts with no deadline: the
suite shares two cores with other work and must finish in about a minute.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:       # robust_helpers.py, payloads.py and save_child.py sit here
    sys.path.insert(0, str(HERE))

from robust_helpers import TEXT, tiny_train  # noqa: E402


@pytest.fixture(scope="session")
def text_corpus():
    from rnn_studio.core.corpus import Corpus
    return Corpus.from_text(TEXT, name="small.txt")


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "small.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def snapshot(text_corpus):
    """A 2-layer LSTM with optimizer state, carried state (contiguous windows) and history."""
    from rnn_studio.core.config import ModelConfig
    from rnn_studio.core.trainer import Trainer
    trainer = Trainer(text_corpus, ModelConfig(cell="lstm", layers=2, hidden=8, embedding=4),
                      tiny_train(window="contiguous"))
    trainer.run()
    snap = trainer.snapshot()
    assert snap.history.val_step and snap.optimizer and any(k.startswith("carry") for k in snap.rng)
    return snap


@pytest.fixture(scope="session")
def model_bytes(snapshot):
    from rnn_studio.core import modelfile
    return modelfile.to_bytes(snapshot)


@pytest.fixture(scope="session")
def model_file(tmp_path_factory, snapshot):
    from rnn_studio.core import modelfile
    return modelfile.save(tmp_path_factory.mktemp("model") / "tiny.rnn", snapshot)


