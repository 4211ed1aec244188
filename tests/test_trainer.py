"""The training loop: determinism, events, pause/resume/stop across threads, NaN, budgets."""

from __future__ import annotations

import dataclasses
import math
import threading

import numpy as np
import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.config import SampleConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.sampler import write
from rnn_studio.core.schedule import learning_rate
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer

from trainer_helpers import WAIT, assert_same_weights, watched, weights  # noqa: E402


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_seeded_runs_are_identical_on_cpu(small_corpus, tiny_configs, cell):
    m, t = tiny_configs(cell=cell, layers=2, dropout=0.2, steps=8)
    a, b = Trainer(small_corpus, m, t), Trainer(small_corpus, *tiny_configs(cell=cell, layers=2, dropout=0.2, steps=8))
    a.run(), b.run()
    assert_same_weights(weights(a), weights(b))
    assert a.history.train_loss == b.history.train_loss
    c = Trainer(small_corpus, *tiny_configs(cell=cell, layers=2, dropout=0.2, steps=8, seed=8))
    c.run()
    assert any(not torch.equal(weights(a)[k], weights(c)[k]) for k in weights(a))


def test_run_leaves_the_global_rng_alone(small_corpus, tiny_configs):
    torch.manual_seed(123)
    before = torch.get_rng_state()
    Trainer(small_corpus, *tiny_configs(dropout=0.3, layers=2, steps=3)).run()
    assert torch.equal(torch.get_rng_state(), before)


def test_events_arrive_in_order(small_corpus, tiny_configs):
    events = []
    m, t = tiny_configs(steps=12, log_every=3, eval_every=0, sample_every=5, sample_length=7)
    trainer = Trainer(small_corpus, m, t, callbacks=[events.append])
    result = trainer.run()
    kinds = [type(e).__name__ for e in events]
    assert isinstance(events[0], ev.StateEvent) and events[0].state == "running" and events[0].step == 0
    assert events[-1] is result and isinstance(result, ev.DoneEvent)
    assert result.reason == "budget" and result.step == 12
    steps = [e for e in events if isinstance(e, ev.StepEvent)]
    assert [e.step for e in steps] == [3, 6, 9, 12]
    assert all(e.total_steps == 12 and 0 < e.progress <= 1 and e.train_loss > 0 for e in steps)
    assert steps[-1].progress == 1.0 and steps[-1].chars_seen == 12 * 4 * 16
    assert [e.chars_seen for e in steps] == sorted(e.chars_seen for e in steps)
    # eval_every=0 still evaluates once, at the end, before Done.
    evals = [e for e in events if isinstance(e, ev.EvalEvent)]
    assert len(evals) == 1 and evals[0].step == 12 and kinds[-2] == "EvalEvent"
    assert math.isclose(evals[0].val_bpc, evals[0].val_loss / math.log(2))
    assert 0 <= evals[0].val_accuracy <= 1
    assert result.best_val_loss == pytest.approx(evals[0].val_loss, abs=1e-5)
    samples = [e for e in events if isinstance(e, ev.SampleEvent)]
    assert [s.step for s in samples] == [5, 10]
    assert all(len(s.text) == 7 and set(s.text) <= set(trainer.vocab.chars) for s in samples)
    assert samples[0].prompt == small_corpus.vocab.decode(small_corpus.ids[:1])
    # The history mirrors the reports.
    assert trainer.history.step == [3, 6, 9, 12] and trainer.history.val_step == [12]


def test_eval_every_n(small_corpus, tiny_configs):
    events = []
    Trainer(small_corpus, *tiny_configs(steps=6, eval_every=2), callbacks=[events.append]).run()
    assert [e.step for e in events if isinstance(e, ev.EvalEvent)] == [2, 4, 6]


def test_pause_resume_from_another_thread(small_corpus, tiny_configs):
    resumed_at = []
    trainer, watcher = watched(small_corpus, *tiny_configs(steps=10), at=5, action="pause")
    events = watcher.events

    def resumer():
        assert watcher.paused.wait(WAIT)
        assert trainer.paused
        resumed_at.append(trainer.step)
        trainer.resume()

    thread = threading.Thread(target=resumer)
    thread.start()
    result = trainer.run()
    thread.join(WAIT)
    assert not thread.is_alive()
    assert resumed_at == [5]
    states = [(e.state, e.step) for e in events if isinstance(e, ev.StateEvent)]
    assert states == [("running", 0), ("paused", 5), ("resumed", 5)]
    assert isinstance(result, ev.DoneEvent) and result.step == 10 and result.reason == "budget"
    i_paused = next(i for i, e in enumerate(events) if isinstance(e, ev.StateEvent) and e.state == "paused")
    assert all(e.step <= 5 for e in events[:i_paused] if isinstance(e, ev.StepEvent))


def test_stop_from_another_thread(small_corpus, tiny_configs):
    reached = threading.Event()
    m, t = tiny_configs(steps=100_000)

    def callback(e):
        if isinstance(e, ev.StepEvent) and e.step >= 3:
            reached.set()

    trainer = Trainer(small_corpus, m, t, callbacks=[callback])
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", trainer.run()))
    thread.start()
    assert reached.wait(WAIT)
    trainer.stop()
    thread.join(WAIT)
    assert not thread.is_alive()
    result = box["result"]
    assert isinstance(result, ev.DoneEvent) and result.reason == "stopped"
    assert 3 <= result.step < 100_000 and not trainer.finished


def test_stop_while_paused(small_corpus, tiny_configs):
    trainer, watcher = watched(small_corpus, *tiny_configs(steps=50), at=2, action="pause")
    thread = threading.Thread(target=lambda: (watcher.paused.wait(WAIT), trainer.stop()))
    thread.start()
    result = trainer.run()
    thread.join(WAIT)
    assert isinstance(result, ev.DoneEvent) and result.reason == "stopped" and result.step == 2
    assert "resumed" not in [e.state for e in watcher.of(ev.StateEvent)]


@pytest.mark.parametrize("grad_clip", [1.0, 0.0])
def test_divergence_stops_with_a_reason(small_corpus, tiny_configs, grad_clip):
    # AdamW at lr 10 with weight decay 1 multiplies every matrix by -9 per step: it overflows.
    events = []
    m, t = tiny_configs(cell="rnn", lr=10.0, weight_decay=1.0, grad_clip=grad_clip, steps=500,
                        warmup_steps=0, log_every=1)
    trainer = Trainer(small_corpus, m, t, callbacks=[events.append])
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent)
    assert events[-1] is result
    assert not [e for e in events if isinstance(e, ev.DoneEvent)]
    assert result.step < 500
    msg = result.message
    assert ("became nan" in msg or "became inf" in msg or "infinite" in msg or "too large" in msg), msg
    assert f"at step {result.step + 1}" in msg
    assert f"weights from step {result.kept_step} kept" in msg
    assert result.kept_step in (result.step, result.step - 1)
    for name, p in trainer.model.state_dict().items():
        assert torch.isfinite(p).all(), name


def _stopped_at(corpus, configs, step):
    """A clean run stopped after ``step`` steps, and its snapshot."""
    trainer = None

    def stop(e):
        if isinstance(e, ev.StepEvent) and e.step == step:
            trainer.stop(evaluate=False)

    trainer = Trainer(corpus, *configs, callbacks=[stop])
    trainer.run()
    return trainer, trainer.snapshot()


def assert_same_state(a, b):
    """Two snapshots hold the same training state: step, weights, AdamW state, sampler, RNG."""
    assert (a.step, a.chars_seen, a.history.step) == (b.step, b.chars_seen, b.history.step)
    assert_same_weights(a.weights, b.weights)
    assert a.optimizer.keys() == b.optimizer.keys() and a.optimizer
    for k in a.optimizer:
        assert torch.equal(a.optimizer[k], b.optimizer[k]), k
    assert a.windows == b.windows
    assert torch.equal(a.rng["torch"], b.rng["torch"])


def test_nan_loss_keeps_exactly_the_step_it_names(small_corpus, tiny_configs, monkeypatch):
    """The failed run's file says step 4 and holds step 4: weights, AdamW moments, sampler and RNG."""
    import rnn_studio.core.trainer as trainer_mod
    configs = tiny_configs(steps=20, log_every=1, dropout=0.2, layers=2)
    clean, expected = _stopped_at(small_corpus, configs, 4)
    real = trainer_mod.F.cross_entropy
    calls = []

    def poisoned(*args, **kw):
        calls.append(1)
        loss = real(*args, **kw)
        return loss * float("nan") if len(calls) == 5 else loss   # the 5th step's loss

    monkeypatch.setattr(trainer_mod.F, "cross_entropy", poisoned)
    trainer = Trainer(small_corpus, *configs)
    result = trainer.run()
    monkeypatch.setattr(trainer_mod.F, "cross_entropy", real)
    assert isinstance(result, ev.FailedEvent)
    assert result.message == "loss became nan at step 5; weights from step 4 kept; try a lower learning rate"
    assert result.step == 4 and result.kept_step == 4
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert_same_state(snap, expected)
    # Resumed, the failed run's file trains on exactly as the clean run would have.
    clean.run()
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    resumed.run()
    assert_same_weights(weights(resumed), weights(clean))
    stepper = Stepper.from_snapshot(snap)
    text = write(stepper, trainer.vocab, SampleConfig(prefix="the", length=30, seed=0))
    assert len(text) == 30 and set(text) <= set(trainer.vocab.chars)
    assert np.isfinite(stepper.logits).all()


@pytest.mark.parametrize("when", [1, 3])
def test_weights_that_blow_up_are_undone_with_the_optimizer_state(small_corpus, tiny_configs, when):
    """A step whose update blew the weights up leaves no trace, even the optimizer's first."""
    configs = tiny_configs(steps=20, log_every=1)
    expected = _stopped_at(small_corpus, configs, when - 1)[1] if when > 1 else Trainer(small_corpus, *configs).snapshot()
    trainer = Trainer(small_corpus, *configs)
    real_step, calls = trainer.opt.step, []

    def blow_up(*a, **kw):
        out = real_step(*a, **kw)
        calls.append(1)
        if len(calls) == when:
            with torch.no_grad():
                trainer.model.head.bias.fill_(float("inf"))
        return out

    trainer.opt.step = blow_up
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent) and result.kept_step == when - 1
    assert result.message.startswith(f"the weights became infinite at step {when}; weights from step {when - 1} kept")
    snap = trainer.snapshot()
    if when == 1:       # nothing to compare the optimizer with: it never stepped
        assert snap.optimizer == {} and snap.step == 0 and not trainer.opt.state
        assert_same_weights(snap.weights, expected.weights)
        assert snap.windows == expected.windows and torch.equal(snap.rng["torch"], expected.rng["torch"])
    else:
        assert_same_state(snap, expected)


def test_infinite_gradient_keeps_the_current_weights(small_corpus, tiny_configs, monkeypatch):
    real = torch.nn.utils.clip_grad_norm_
    calls = []

    def exploding(*args, **kw):
        calls.append(1)
        norm = real(*args, **kw)
        return norm * float("inf") if len(calls) == 3 else norm

    monkeypatch.setattr(torch.nn.utils, "clip_grad_norm_", exploding)
    seen = {}
    trainer = None

    def callback(e):
        if isinstance(e, ev.StepEvent):
            seen[e.step] = weights(trainer)

    trainer = Trainer(small_corpus, *tiny_configs(steps=20, log_every=1), callbacks=[callback])
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent)
    assert "gradient became infinite at step 3" in result.message and "weights from step 2 kept" in result.message
    assert result.kept_step == 2
    assert_same_weights(weights(trainer), seen[2])


def test_minutes_budget_ends_by_time(small_corpus, tiny_configs):
    events = []
    m, t = tiny_configs(steps=0, minutes=0.01, log_every=25)
    result = Trainer(small_corpus, m, t, callbacks=[events.append]).run()
    assert isinstance(result, ev.DoneEvent) and result.reason == "budget"
    assert result.elapsed_s >= 0.6 and result.step > 0
    steps = [e for e in events if isinstance(e, ev.StepEvent)]
    assert steps and all(e.total_steps is None for e in steps)
    assert steps[-1].progress == 1.0 and steps[-1].step == result.step


def test_trainer_does_not_change_the_callers_settings(write_text, tiny_configs):
    from rnn_studio.core.corpus import load_corpus
    m, t = tiny_configs(seq_len=64, steps=1)
    before_m, before_t = dataclasses.replace(m), dataclasses.replace(t)
    trainer = Trainer(load_corpus(write_text("abcdefghijklmnopqrst")), m, t)
    assert trainer.cfg.seq_len < 64
    assert (m, t) == (before_m, before_t)


def test_unknown_sample_prompt_is_refused_up_front(small_corpus, tiny_configs):
    with pytest.raises(UserError, match="'Z'"):
        Trainer(small_corpus, *tiny_configs(sample_prompt="Zebra", sample_every=1))


def test_learning_rate_schedule():
    assert learning_rate(0, 0.0, 1.0, 4, 0.1) == pytest.approx(0.25)
    assert learning_rate(3, 0.0, 1.0, 4, 0.1) == pytest.approx(1.0)
    assert learning_rate(4, 0.0, 1.0, 4, 0.1) == pytest.approx(1.0)
    assert learning_rate(50, 0.5, 1.0, 4, 0.1) == pytest.approx(0.55)
    assert learning_rate(99, 1.0, 1.0, 4, 0.1) == pytest.approx(0.1)
    assert learning_rate(99, 7.0, 1.0, 4, 0.1) == pytest.approx(0.1)   # never below the floor
    values = [learning_rate(s, s / 100, 1.0, 0, 0.1) for s in range(101)]
    assert values == sorted(values, reverse=True)


def test_evaluate_scores_every_character_once(small_corpus, tiny_configs):
    trainer = Trainer(small_corpus, *tiny_configs(steps=1))
    model = trainer.model.eval()
    ids = small_corpus.ids[:200]
    with torch.no_grad():
        logits, _ = model(torch.as_tensor(ids[None, :-1]).long())
    y = torch.as_tensor(ids[1:]).long()
    loss = torch.nn.functional.cross_entropy(logits[0], y).item()
    acc = (logits[0].argmax(-1) == y).float().mean().item()
    for chunk in (7, 64, 500):
        s = evaluate(model, ids, streams=1, chunk=chunk)
        assert s.n == 199
        assert s.loss == pytest.approx(loss, abs=1e-5) and s.accuracy == pytest.approx(acc)
        assert s.bpc == pytest.approx(loss / math.log(2), abs=1e-5)
    many = evaluate(model, ids, streams=3, chunk=16)
    assert many.n == 199 and np.isfinite(many.loss)
    assert math.isnan(evaluate(model, ids[:1]).loss)


def test_no_validation_split(small_corpus, tiny_configs):
    events = []
    result = Trainer(small_corpus, *tiny_configs(steps=3, val_fraction=0.0, eval_every=1),
                     callbacks=[events.append]).run()
    assert not [e for e in events if isinstance(e, ev.EvalEvent)]
    assert result.best_val_loss is None and result.reason == "budget"


def test_unavailable_device_is_a_user_error(small_corpus, tiny_configs):
    if torch.cuda.is_available():
        assert Trainer(small_corpus, *tiny_configs(device="cuda", steps=1)).device.type == "cuda"
    else:
        with pytest.raises(UserError, match="no CUDA GPU"):
            Trainer(small_corpus, *tiny_configs(device="cuda"))
    assert Trainer(small_corpus, *tiny_configs(device="cpu")).device.type == "cpu"

