"""How a step updates the weights: torch's fused AdamW where the device has it, the same
state in a model file whichever kernel stepped, and the weights check after each step."""

from __future__ import annotations

import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core import guards, modelfile, schedule
from rnn_studio.core.checkpoint import MAX_WEIGHT
from rnn_studio.core.trainer import Trainer

from trainer_helpers import assert_same_weights, weights  # noqa: E402


def test_the_cpu_steps_with_the_fused_adamw_and_its_weight_decay_split(small_corpus, tiny_configs):
    t = Trainer(small_corpus, *tiny_configs(steps=2))
    assert [g["fused"] for g in t.opt.param_groups] == [True, True]
    assert [g["weight_decay"] for g in t.opt.param_groups] == [t.cfg.weight_decay, 0.0]
    assert t.run().reason == "budget"
    assert all(s["step"].item() == 2 for s in t.opt.state.values())


def test_a_device_without_the_fused_kernel_steps_per_list(small_corpus, tiny_configs, monkeypatch):
    monkeypatch.setattr(schedule, "FUSED_DEVICES", ())
    t = Trainer(small_corpus, *tiny_configs(steps=2))
    assert [g["fused"] for g in t.opt.param_groups] == [None, None]
    assert t.run().reason == "budget"


def _half_and_whole(corpus, configs, fused_first: bool, fused_then: bool, monkeypatch):
    """A run of 12 steps, and one of 6 saved to a file by one kernel and resumed by the other."""
    kw = dict(steps=12, log_every=1, warmup_steps=3)
    monkeypatch.setattr(schedule, "FUSED_DEVICES", ("cpu",) if fused_then else ())
    whole = Trainer(corpus, *configs(**kw))
    whole.run()
    monkeypatch.setattr(schedule, "FUSED_DEVICES", ("cpu",) if fused_first else ())
    half = Trainer(corpus, *configs(**kw), callbacks=[lambda e: half.stop() if isinstance(e, ev.StepEvent)
                                                       and e.step == 6 else None])
    assert half.run().step == 6
    snap = modelfile.from_bytes(modelfile.to_bytes(half.snapshot()))
    monkeypatch.setattr(schedule, "FUSED_DEVICES", ("cpu",) if fused_then else ())
    resumed = Trainer(corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    return whole, half, resumed


@pytest.mark.parametrize("first, then", [(False, True), (True, False)], ids=["unfused-file", "fused-file"])
def test_a_file_from_either_kernel_resumes_on_the_other_and_goes_on(small_corpus, tiny_configs, monkeypatch,
                                                                    first, then):
    whole, half, resumed = _half_and_whole(small_corpus, tiny_configs, first, then, monkeypatch)
    assert [g["fused"] for g in resumed.opt.param_groups] == [True if then else None] * 2
    for p, q in zip(half.params, resumed.params):      # the moments and step counts, as saved
        a, b = half.opt.state[p], resumed.opt.state[q]
        assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert resumed.run().reason == "budget" and resumed.step == 12
    # The two kernels round differently, so the run goes on like the whole one, not bit for bit.
    assert_same_weights(weights(whole), weights(resumed), atol=1e-5)
    assert resumed.history.train_loss == pytest.approx(whole.history.train_loss, abs=1e-4)


@pytest.mark.parametrize("value, words", [(float("nan"), "became nan"), (float("inf"), "became infinite"),
                                          (-float("inf"), "became infinite"), (-2 * MAX_WEIGHT, "became too large"),
                                          (MAX_WEIGHT, None)])
def test_the_weights_check_names_nan_infinite_and_too_large_wherever_they_are(value, words):
    params = [torch.zeros(3, 4), torch.ones(5), torch.zeros(2)]
    params[1][3] = value
    said = guards.blown_up(params)
    assert (said is None) if words is None else said.startswith(words)
    if words:
        with pytest.raises(guards.Diverged, match=words):
            guards.check_weights(params)
