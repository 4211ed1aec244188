"""Where a new model starts (core/start.py): the frequencies for a text read a few times,
uniform for a text read many times, and what the user chose wins."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_studio.core import modelfile
from rnn_studio.core.baseline import log_frequencies
from rnn_studio.core.config import TrainConfig
from rnn_studio.core.start import UNIFORM_FROM, budget_passes, choose_start
from rnn_studio.core.trainer import Trainer


def test_auto_starts_uniform_from_many_passes():
    auto = TrainConfig()
    assert choose_start(auto, None) == "frequencies"           # not known before the run
    assert choose_start(auto, UNIFORM_FROM * 0.99) == "frequencies"
    assert choose_start(auto, UNIFORM_FROM) == "uniform"
    for chosen in ("frequencies", "uniform"):
        cfg = TrainConfig(start=chosen)
        assert choose_start(cfg, 0.5) == choose_start(cfg, 100.0) == chosen


def test_budget_passes():
    steps = TrainConfig(steps=100, batch_size=8, seq_len=50)
    assert budget_passes(steps, 20_000) == pytest.approx(2.0)
    assert budget_passes(steps, 20_000, fitted=7.5) == 7.5
    assert budget_passes(TrainConfig(steps=0, minutes=1.0), 20_000) is None


def started_at_frequencies(trainer) -> bool:
    bias = trainer.model.head.bias.detach().double().numpy()
    return bool(np.allclose(bias, log_frequencies(np.asarray(trainer.train_ids), len(trainer.vocab)), atol=1e-6))


@pytest.mark.parametrize("steps, start, expected", [
    (10, "auto", "frequencies"),        # about 1 pass of the small text
    (400, "auto", "uniform"),           # about 40
    (400, "frequencies", "frequencies"),
    (10, "uniform", "uniform"),
])
def test_a_run_starts_as_chosen_and_records_it(small_corpus, tiny_configs, steps, start, expected):
    trainer = Trainer(small_corpus, *tiny_configs(steps=steps, start=start))
    assert trainer.cfg.start == expected
    assert started_at_frequencies(trainer) == (expected == "frequencies")
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert snap.train_cfg.start == expected


def test_a_resumed_run_keeps_its_weights(small_corpus, tiny_configs):
    first = Trainer(small_corpus, *tiny_configs(steps=3))
    first.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(first.snapshot()))
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    assert resumed.cfg.start == "frequencies"
    np.testing.assert_array_equal(resumed.model.head.bias.detach().numpy(), first.model.head.bias.detach().numpy())
