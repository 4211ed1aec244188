"""The arithmetic of a training step: which precision ``auto`` picks, what bfloat16 rounds
and what it leaves in float32, and the refusals."""

from __future__ import annotations

import math

import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile, precision
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.precision import pick_precision
from rnn_studio.core.trainer import Trainer

CPU = torch.device("cpu")


@pytest.mark.parametrize("native", [True, False])
def test_auto_picks_bfloat16_only_for_the_lstm_on_a_cpu_that_has_it(monkeypatch, native):
    monkeypatch.setattr(precision, "native_bf16_cpu", lambda: native)
    assert pick_precision("auto", CPU, "lstm") == (torch.bfloat16 if native else torch.float32)
    assert pick_precision("auto", CPU, "gru") == torch.float32
    assert pick_precision("auto", CPU, "rnn") == torch.float32
    assert pick_precision("float32", CPU, "lstm") == torch.float32
    # Asked for by name, bfloat16 runs even where the CPU emulates it (slower, still correct).
    assert pick_precision("bfloat16", CPU, "lstm") == torch.bfloat16


def test_auto_keeps_float32_on_a_gpu():
    assert pick_precision("auto", torch.device("cuda"), "lstm") == torch.float32
    assert pick_precision("auto", torch.device("mps"), "gru") == torch.float32


@pytest.mark.parametrize("name, device, cell, words", [
    ("bfloat16", "cpu", "gru", "only the LSTM"),
    ("bfloat16", "cpu", "rnn", "only the LSTM"),
    ("bfloat16", "mps", "lstm", "Metal"),
    ("half", "cpu", "lstm", "unknown precision"),
])
def test_refusals_say_what_to_choose(name, device, cell, words):
    with pytest.raises(UserError, match=words):
        pick_precision(name, torch.device(device), cell)


def test_the_cli_refuses_bfloat16_for_a_gru_on_the_cpu(cli, hello_setup, tmp_path):
    r = cli(["train", hello_setup["path"], *hello_setup["flags"], "--cell", "gru", "--precision", "bfloat16",
             "--out", tmp_path / "m.rnn"])
    assert r.code == 2 and r.err.startswith("error: ") and "only the LSTM" in r.err
    assert "Traceback" not in r.err and not (tmp_path / "m.rnn").exists()


def _first_losses(corpus, tiny_configs, name, steps=4):
    seen = []
    t = Trainer(corpus, *tiny_configs(precision=name, steps=steps, hidden=32),
                callbacks=[lambda e: seen.append(e.train_loss) if isinstance(e, ev.StepEvent) else None])
    t.run()
    return t, seen


def test_bfloat16_rounds_the_products_and_keeps_everything_else_float32(small_corpus, tiny_configs):
    t16, l16 = _first_losses(small_corpus, tiny_configs, "bfloat16")
    t32, l32 = _first_losses(small_corpus, tiny_configs, "float32")
    assert t16.dtype == torch.bfloat16 and t32.dtype == torch.float32
    # Same seed, same windows: the runs differ only by rounding, which is small but there.
    assert l16 != l32
    assert max(abs(a - b) for a, b in zip(l16, l32)) < 0.05
    assert all(p.dtype == torch.float32 for p in t16.model.parameters())
    assert all(v.dtype == torch.float32 for s in t16.opt.state.values() for k, v in s.items() if k != "step")
    # The validation score is a float32 pass over the same weights (their moving average).
    with t16.average.applied():
        assert t16.history.val_loss[-1] == pytest.approx(evaluate(t16.model, t16.val_ids).loss, abs=1e-5)


def test_a_bfloat16_run_learns_as_a_float32_one_does(small_corpus, tiny_configs):
    t16, _ = _first_losses(small_corpus, tiny_configs, "bfloat16", steps=60)
    t32, _ = _first_losses(small_corpus, tiny_configs, "float32", steps=60)
    v16, v32 = t16.history.best_val_loss(), t32.history.best_val_loss()
    assert v16 < 0.8 * math.log(len(t16.vocab))      # well below guessing
    assert abs(v16 - v32) < 0.05 * v32


def test_contiguous_bfloat16_state_carries_into_a_float32_resume(small_corpus, tiny_configs, tmp_path):
    m, t = tiny_configs(precision="bfloat16", window="contiguous", steps=5, batch_size=2, layers=2)
    a = Trainer(small_corpus, m, t)
    a.run()
    assert all(s.dtype == torch.float32 for s in a.carry)
    path = tmp_path / "m.rnn"
    modelfile.save(path, a.snapshot())
    snap = modelfile.load(path)
    assert snap.train_cfg.precision == "bfloat16"
    m2, t2 = tiny_configs(precision="float32", window="contiguous", steps=9, batch_size=2, layers=2)
    b = Trainer(small_corpus, m2, t2, resume=snap)
    assert isinstance(b.run(), ev.DoneEvent) and b.step == 9 and b.carry is not None
