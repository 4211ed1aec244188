"""What core decides once for every front end: the checks on a run's settings, the budget of
a run that continues a model, the thread count, nats and bits, the memory a run holds, and
running the same Trainer again after a stop."""

from __future__ import annotations

import dataclasses
import math

import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core.budget import budget_for_continue, budget_for_more
from rnn_studio.core.config import ModelConfig, TrainConfig, check_configs
from rnn_studio.core.errors import UserError
from rnn_studio.core.memory import WEIGHT_COPIES, training_bytes
from rnn_studio.core.sizes import n_params
from rnn_studio.core.threads import use_threads
from rnn_studio.core.trainer import Trainer
from rnn_studio.core.baseline import nats_to_bits

from trainer_helpers import assert_same_weights, weights  # noqa: E402


# ---- check_configs -----------------------------------------------------------------------

def test_check_configs_refuses_with_the_users_words():
    flags = {"hidden": "--hidden", "batch_size": "--batch-size", "steps": "--steps", "minutes": "--minutes"}
    with pytest.raises(UserError, match=r"^--batch-size must be between 1 and 4096 \(got 0\)$"):
        check_configs(ModelConfig(), TrainConfig(batch_size=0), flags)
    with pytest.raises(UserError, match="GiB to train"):          # absurd: the memory it needs first
        check_configs(ModelConfig(hidden=100_000), TrainConfig(), flags)
    with pytest.raises(UserError, match="give --steps or --minutes a value above 0"):
        check_configs(ModelConfig(), TrainConfig(steps=0, minutes=0.0), flags)
    with pytest.raises(UserError, match="early_stop must be true or false"):
        check_configs(ModelConfig(), TrainConfig(early_stop=1))
    m, t = ModelConfig(hidden=32), TrainConfig(steps=5)
    assert check_configs(m, t) == (m, t)


# ---- the budget of a continued run -----------------------------------------------------------

@pytest.fixture(scope="module")
def stopped(small_corpus):
    """A model at step 6 of a 10-step budget, stopped."""
    cfg = TrainConfig(seq_len=16, batch_size=4, steps=10, eval_every=0, sample_every=0, device="cpu", log_every=1)
    trainer = None

    def stop(e):
        if isinstance(e, ev.StepEvent) and e.step == 6:
            trainer.stop()
    trainer = Trainer(small_corpus, ModelConfig(hidden=8, embedding=4), cfg, callbacks=[stop])
    trainer.run()
    return trainer.snapshot()


def test_steps_and_minutes_count_from_the_start_of_the_run(stopped):
    assert stopped.step == 6 and not stopped.finished
    assert budget_for_continue(stopped, {}).steps == 10                  # the model's own budget goes on
    assert budget_for_continue(stopped, {"steps": 20, "minutes": 0.0}).steps == 20
    assert budget_for_continue(stopped, {"lr": 1e-3}).lr == 1e-3
    assert budget_for_continue(stopped, {}, more_steps=5).steps == 11
    more = budget_for_continue(stopped, {}, more_minutes=2.0)
    assert more.steps == 0 and more.minutes == pytest.approx(stopped.elapsed_s / 60 + 2.0)
    flags = {"steps": "--steps", "minutes": "--minutes"}
    with pytest.raises(UserError, match=r"^--steps 6 is not beyond the model's step 6: --steps counts from the start"):
        budget_for_continue(stopped, {"steps": 6, "minutes": 0.0}, flags=flags)
    with pytest.raises(UserError, match="--minutes 0.0001 is not beyond"):
        budget_for_continue(dataclasses.replace(stopped, elapsed_s=60.0), {"steps": 0, "minutes": 1e-4}, flags=flags)
    with pytest.raises(UserError, match="lr must be between"):
        budget_for_continue(stopped, {"lr": -1.0})


def test_a_spent_budget_needs_a_new_one(stopped):
    done = dataclasses.replace(stopped, finished=True)
    with pytest.raises(UserError, match="already spent its budget"):
        budget_for_continue(done, {})
    assert budget_for_continue(done, {"steps": 12, "minutes": 0.0}).steps == 12


def test_the_windows_more_is_the_same_total(stopped):
    form = TrainConfig(steps=5, lr=3e-3)
    cfg = budget_for_more(stopped, form)
    assert (cfg.steps, cfg.lr) == (11, 3e-3) and form.steps == 5        # the form is left alone
    minutes = budget_for_more(stopped, TrainConfig(steps=0, minutes=1.5))
    assert minutes.minutes == pytest.approx(stopped.elapsed_s / 60 + 1.5)
    assert budget_for_more(None, form) == form
    assert budget_for_more(stopped, form) == budget_for_continue(stopped, form, more_steps=5)


# ---- threads, units, memory ------------------------------------------------------------------

def test_use_threads_returns_the_previous_count_and_0_leaves_it():
    before = torch.get_num_threads()
    try:
        assert use_threads(0) == before and torch.get_num_threads() == before
        assert use_threads(before + 1) == before and torch.get_num_threads() == before + 1
        assert use_threads(before) == before + 1
    finally:
        torch.set_num_threads(before)


def test_the_trainer_leaves_the_thread_count_alone(small_corpus, tiny_configs):
    before = torch.get_num_threads()
    Trainer(small_corpus, *tiny_configs(threads=before + 1, steps=1)).run()
    assert torch.get_num_threads() == before


def test_nats_and_bits():
    assert nats_to_bits(math.log(2) * 3) == pytest.approx(3.0)


def test_the_memory_estimate_counts_every_copy_of_the_weights(small_corpus, tiny_configs):
    """Weights, gradients, AdamW's moments, the rollback's copies, the best weights and the
    moving average: all in it."""
    trainer = Trainer(small_corpus, *tiny_configs(steps=3, eval_every=2))
    trainer.run()
    assert trainer.best.weights is not None and trainer.rollback.moments
    held = [p for p in trainer.params] + [p.grad for p in trainer.params]
    held += [v for s in trainer.opt.state.values() for k, v in s.items() if k != "step"]
    held += trainer.rollback.weights + [m for (_, k), m in zip(trainer.rollback.keys, trainer.rollback.moments)
                                        if k != "step"]
    held += list(trainer.best.weights.values()) + trainer.average.avg
    P = n_params(trainer.model_cfg)
    assert sum(t.numel() for t in held) + P == WEIGHT_COPIES * P    # + P: the live copy while scoring the average
    m, t = trainer.model_cfg, trainer.cfg
    assert training_bytes(m, t) > 4 * WEIGHT_COPIES * P


# ---- running again -------------------------------------------------------------------------

def test_run_again_after_a_stop_goes_on_from_where_it_stopped(small_corpus, tiny_configs):
    whole = Trainer(small_corpus, *tiny_configs(steps=12, dropout=0.2, layers=2))
    whole.run()
    trainer = None

    def stop_every_5(e):
        if isinstance(e, ev.StepEvent) and e.step % 5 == 0:
            trainer.stop(evaluate=False)

    trainer = Trainer(small_corpus, *tiny_configs(steps=12, dropout=0.2, layers=2), callbacks=[stop_every_5])
    results = [trainer.run() for _ in range(3)]
    assert [(r.reason, r.step) for r in results] == [("stopped", 5), ("stopped", 10), ("budget", 12)]
    assert_same_weights(weights(trainer), weights(whole))
    assert trainer.history.train_loss == whole.history.train_loss


def test_a_stop_asked_before_run_ends_that_run_only(small_corpus, tiny_configs):
    trainer = Trainer(small_corpus, *tiny_configs(steps=4))
    trainer.stop(evaluate=False)
    first = trainer.run()
    assert (first.reason, first.step) == ("stopped", 0)
    second = trainer.run()
    assert (second.reason, second.step) == ("budget", 4)


# ---- flags for bool fields ---------------------------------------------------------------------

@pytest.mark.parametrize("argv, early_stop, patience", [
    ([], True, TrainConfig.patience), (["--no-early-stop"], False, TrainConfig.patience),
    (["--early-stop", "--patience", "2"], True, 2), (["--patience", "0"], True, 0)])
def test_bool_fields_become_on_off_flags(argv, early_stop, patience, hello_setup):
    from rnn_studio.cli import build_parser
    from rnn_studio.cli.commands import _configs
    args = build_parser().parse_args(["train", str(hello_setup["path"]), *argv])
    _, train = _configs(args, None)
    assert (train.early_stop, train.patience) == (early_stop, patience)


def test_bool_flags_show_in_help(cli):
    text = cli(["train", "--help"]).out
    assert "--early-stop, --no-early-stop" in text and "--patience PATIENCE" in text


def test_each_evaluation_gives_freed_memory_back(small_corpus, tiny_configs, monkeypatch):
    from rnn_studio.core import memory, trainer as trainer_module
    calls = []
    monkeypatch.setattr(trainer_module, "give_back_free_memory", lambda: calls.append(1) or True)
    t = Trainer(small_corpus, *tiny_configs(steps=12, eval_every=4, precision="float32"))
    t.run()
    assert len(calls) == len(t.history.val_step) == 3
    # On glibc the call is there; elsewhere it says so, and nothing breaks.
    import sys
    assert memory.give_back_free_memory() in ((True,) if sys.platform.startswith("linux") and
                                              _glibc() else (False,))


def _glibc() -> bool:
    import platform
    return platform.libc_ver()[0] == "glibc"
