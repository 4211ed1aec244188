"""Weight averaging (core/averaging.py): evaluations score the weights' moving average, which
becomes the writing weights when it is the best; training itself never sees it, and a
model file carries it so that a resumed run goes on exactly."""

from __future__ import annotations

import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.averaging import Average
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.trainer import Trainer

from trainer_helpers import assert_same_weights, evaluated, weights  # noqa: E402


def test_the_average_follows_its_formula():
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 2)
    start = weights_of(model)
    avg = Average(model, 0.9)
    expected = {k: v.clone() for k, v in start.items()}
    for step in range(1, 31):
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn_like(p))
        avg.update(step)
        d = min(0.9, (1 + step) / (10 + step))      # the ramp, then the decay
        now = weights_of(model)
        expected = {k: d * expected[k] + (1 - d) * now[k] for k in now}
    assert_same_weights(avg.state(), expected, atol=1e-6)
    live = weights_of(model)
    with avg.applied():
        assert_same_weights(weights_of(model), avg.state())
    assert_same_weights(weights_of(model), live)           # the live weights come back exactly


def weights_of(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_off_it_holds_nothing_and_changes_nothing():
    model = torch.nn.Linear(3, 2)
    avg = Average(model, 0.0)
    before = weights_of(model)
    avg.update(5)
    with avg.applied():
        assert_same_weights(weights_of(model), before)
    assert not avg.on and avg.state() is None


def test_training_never_sees_the_average(small_corpus, tiny_configs):
    runs = {}
    for ema in (0.0, 0.99):
        t = Trainer(small_corpus, *tiny_configs(steps=12, eval_every=4, precision="float32", ema=ema))
        t.run()
        runs[ema] = t
    assert_same_weights(weights(runs[0.0]), weights(runs[0.99]))    # the same steps, exactly
    assert runs[0.0].history.train_loss == runs[0.99].history.train_loss
    assert runs[0.0].history.val_loss != runs[0.99].history.val_loss  # what they score differs


def test_each_evaluation_scores_the_average(small_corpus, tiny_configs):
    scored, trainer = {}, None

    def record(e):
        if isinstance(e, ev.EvalEvent):
            scored[e.step] = (e.val_loss, evaluated(trainer))

    trainer = Trainer(small_corpus, *tiny_configs(steps=12, eval_every=4, precision="float32"),
                      callbacks=[record])
    trainer.run()
    assert sorted(scored) == [4, 8, 12]
    for step, (loss, avg) in scored.items():
        model = modelfile.build_model(trainer.snapshot())
        model.load_state_dict(avg)
        assert evaluate(model, trainer.val_ids).loss == pytest.approx(loss, abs=1e-6), step
    assert_same_weights(trainer.snapshot().writing_weights(), scored[trainer.best.step][1])


def test_a_resumed_run_goes_on_with_its_average_exactly(small_corpus, tiny_configs):
    configs = tiny_configs(steps=16, eval_every=4, precision="float32")
    whole = Trainer(small_corpus, *configs)
    whole.run()
    first = Trainer(small_corpus, *configs)

    def stop_at_6(e):
        if isinstance(e, ev.StepEvent) and e.step == 6:
            first.stop(evaluate=False)

    first.callbacks.append(stop_at_6)
    first.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(first.snapshot()))
    assert snap.step == 6 and snap.average is not None
    assert_same_weights(snap.average, evaluated(first))
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    resumed.run()
    assert_same_weights(evaluated(resumed), evaluated(whole))
    assert resumed.history.val_loss == whole.history.val_loss
    assert_same_weights(resumed.snapshot().writing_weights(), whole.snapshot().writing_weights())


def test_a_file_without_an_average_resumes_with_the_average_starting_from_its_weights(small_corpus, tiny_configs):
    t = Trainer(small_corpus, *tiny_configs(steps=6, precision="float32", ema=0))
    t.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(t.snapshot()))
    assert snap.average is None
    snap.train_cfg.ema, snap.train_cfg.steps = 0.99, 8
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    assert_same_weights(evaluated(resumed), weights(t))


def test_a_damaged_average_is_refused_in_words(small_corpus, tiny_configs):
    t = Trainer(small_corpus, *tiny_configs(steps=4, precision="float32"))
    t.run()
    snap = t.snapshot()
    name = next(iter(snap.average))
    snap.average[name] = torch.full_like(snap.average[name], float("nan"))
    with pytest.raises(Exception, match="NaN"):
        modelfile.from_bytes(modelfile.to_bytes(snap))

