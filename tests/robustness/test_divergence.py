"""Divergence: at lr = 10 training stops with "… at step N; weights from step M kept; try a
lower learning rate", and the kept weights are genuinely usable: finite, within MAX_WEIGHT,
loadable from the saved file, and they write text with no overflow anywhere.

AdamW bounds each step by the learning rate, so lr = 10 alone may only train badly; with
weight decay 1 every matrix is multiplied by (1 - 10·1) = -9 per step, which overflows
within a few dozen steps whatever the gradient clipping.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest
import torch
from robust_helpers import TRAIN_FLAGS, run_cli, tiny_train

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.checkpoint import MAX_WEIGHT
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.sampler import write
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer

MESSAGE = re.compile(r"(loss became (nan|inf|-inf)|the gradient became infinite|the weights became "
                     r"(nan|infinite|too large \([^)]*\))) at step (\d+); weights from step (\d+) kept; "
                     r"try a lower learning rate")


def assert_writes(weights, model_cfg, vocab: str, length: int = 300) -> str:
    for k, w in weights.items():
        assert torch.isfinite(w).all() and float(w.abs().max()) <= MAX_WEIGHT, k
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        stepper = Stepper({k: v.numpy() for k, v in weights.items()}, model_cfg)
        from rnn_studio.core.vocab import Vocab
        for temperature in (0.0, 0.8, 1e-9):
            text = write(stepper, Vocab(vocab), SampleConfig(prefix=vocab[1], length=length, seed=0,
                                                               temperature=temperature, top_k=3 if temperature else 0))
            assert len(text) == length and set(text) <= set(vocab)
    assert np.isfinite(stepper.table).all() and np.isfinite(stepper.logits).all()
    return text


@pytest.mark.parametrize("grad_clip", [0.0, 1.0])
@pytest.mark.parametrize("cell, embedding", [("rnn", 0), ("lstm", 8), ("gru", 8), ("lstm", 0)])
def test_lr_10_stops_with_a_reason_and_the_kept_weights_write(text_corpus, cell, embedding, grad_clip):
    events = []
    m = ModelConfig(cell=cell, hidden=16, embedding=embedding)
    trainer = Trainer(text_corpus, m, tiny_train(lr=10.0, weight_decay=1.0, grad_clip=grad_clip, steps=300,
                                                 eval_every=0), callbacks=[events.append])
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent) and events[-1] is result
    match = MESSAGE.fullmatch(result.message)
    assert match, result.message
    assert int(match.group(4)) == result.step + 1 and int(match.group(5)) == result.kept_step
    assert result.kept_step in (result.step - 1, result.step)
    # The kept weights are the model's now, they write, and they survive a save and a load.
    snap = trainer.snapshot()
    assert_writes(snap.weights, snap.model_cfg, snap.vocab)
    loaded = modelfile.from_bytes(modelfile.to_bytes(snap))
    assert all(torch.equal(loaded.weights[k], w) for k, w in snap.weights.items())


def test_lr_10_without_decay_either_trains_or_stops_usable(text_corpus):
    trainer = Trainer(text_corpus, ModelConfig(cell="lstm", hidden=16, embedding=8),
                      tiny_train(lr=10.0, grad_clip=0.0, steps=60, eval_every=0))
    result = trainer.run()
    assert isinstance(result, (ev.DoneEvent, ev.FailedEvent))
    snap = trainer.snapshot()
    assert_writes(snap.weights, snap.model_cfg, snap.vocab, length=100)


def test_huge_but_finite_weights_count_as_divergence(text_corpus, monkeypatch):
    """Weights past MAX_WEIGHT (which overflow the writer's table) stop the run like a NaN."""
    seen = {}
    trainer = None

    def record(e):
        if isinstance(e, ev.StepEvent):
            seen[e.step] = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    trainer = Trainer(text_corpus, ModelConfig(cell="gru", hidden=8, embedding=4), tiny_train(steps=20),
                      callbacks=[record])
    real_step = trainer.opt.step
    calls = []

    def blow_up(*a, **kw):
        out = real_step(*a, **kw)
        calls.append(1)
        if len(calls) == 4:
            with torch.no_grad():
                trainer.model.head.weight.mul_(1e12)
        return out
    monkeypatch.setattr(trainer.opt, "step", blow_up)
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent)
    assert result.message.startswith("the weights became too large (") and "at step 4; weights from step 3 kept" in result.message
    assert (result.step, result.kept_step) == (3, 3)
    for k, w in trainer.model.state_dict().items():
        assert torch.equal(w, seen[3][k]), k


def test_the_command_line_exits_1_saves_and_the_file_writes(corpus_file, tmp_path):
    out = tmp_path / "diverged.rnn"
    result = run_cli(["train", corpus_file, *TRAIN_FLAGS, "--lr", "10", "--weight-decay", "1", "--grad-clip", "0",
                      "--steps", "300", "--eval-every", "0", "--out", out])
    assert result.code == 1 and "Traceback" not in result.err
    assert MESSAGE.fullmatch(result.err.strip().removeprefix("error: ")), result.err
    snap = modelfile.load(out)
    assert_writes(snap.weights, snap.model_cfg, snap.vocab)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sample = run_cli(["sample", out, "--length", "50", "--seed", "3"])
        info = run_cli(["info", out])
        score = run_cli(["eval", out, corpus_file, "--json"])
    assert sample.code == 0 and len(sample.out) == 51 and sample.err == ""
    assert info.code == 0 and "budget not spent" in info.out
    assert score.code == 0 and score.err == ""
