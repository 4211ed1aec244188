"""The fit (core/fitting.py): width, dropout, learning rate and (for a budget in minutes) window
length chosen from the text's size and the characters the budget lets the model see, for the
settings the user left alone.

Budgets here are in steps (exact), or the probe's speed is given, so no test depends on how
fast this machine is.
"""

from __future__ import annotations

import dataclasses
import math

import pytest

from rnn_studio.core import events as ev
from rnn_studio.core import fitting, modelfile
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.fitting import FIELDS, RULES, choose
from rnn_studio.core.sizes import flops_per_char
from rnn_studio.core.trainer import Trainer

from cli_helpers import call_cli  # noqa: E402

ALL = set(FIELDS)
M = ModelConfig(vocab_size=65)


def steps_for(passes: float, train_chars: int, batch: int = 32, seq_len: int = 128) -> TrainConfig:
    """A budget in steps that reads the training split ``passes`` times."""
    return TrainConfig(steps=max(1, round(passes * train_chars / (batch * seq_len))), batch_size=batch,
                       seq_len=seq_len)


def values(fit) -> tuple:
    return fit.hidden, fit.dropout, fit.input_dropout, fit.lr


def row_values(row) -> tuple:
    return row.hidden, row.dropout, row.input_dropout, row.lr


# ---- the rule --------------------------------------------------------------------------------
@pytest.mark.parametrize("passes, train_chars, row", [
    (2, 1_000_000, 5),          # a few passes over a big text: the defaults
    (8, 100_000, 5),            # some passes, few characters (8e5): the defaults still learn fastest
    (8, 1_000_000, 1),          # some passes, many characters (8e6): wider, with dropout
    (15, 1_000_000, 0),         # many passes, many characters: wider, the inputs dropped too
    (20, 86_000, 3),            # many passes over a short text: dropout, on the inputs too
    (45, 18_000, 2),            # very many passes over a very short text: much dropout
])
def test_the_first_row_that_holds_is_chosen(passes, train_chars, row):
    cfg = steps_for(passes, train_chars)
    fit = choose(ALL, M, cfg, train_chars, train_chars, 128)
    assert values(fit) == row_values(RULES[row])
    assert fit.chars == cfg.steps * 32 * 128 and fit.passes == pytest.approx(fit.chars / train_chars)
    # a budget in steps keeps its windows; a pass shorter than 100 steps is validated each pass
    cadence = min(100, max(fitting.MIN_EVAL_EVERY, math.ceil(train_chars / (32 * 128))))
    inputs = ("input_dropout",) if RULES[row].input_dropout else ()
    assert fit.fitted == ("hidden", "dropout", *inputs, "lr") + (("eval_every",) if cadence < 100 else ())
    assert fit.seq_len == 128 and fit.eval_every == cadence


def test_the_table_covers_every_budget():
    for passes in (0.0, 0.5, 3.99, 4, 11.9, 12, 1e3):
        for chars in (0, 1e5, 4.5e6, 6e6, 1e9):
            assert any(r.passes_from <= passes < r.passes_below and chars >= r.chars_from for r in RULES)
    assert RULES[-1].passes_below == math.inf and RULES[-1].chars_from == 0


def test_each_width_is_judged_with_its_own_budget_in_minutes():
    """A wider model sees fewer characters in the same time: the row of the wide model is
    taken only when the wide model itself would see enough."""
    wide, narrow = (r for r in RULES if r.chars_from > 0), RULES[-1]
    wide = next(wide)
    rate = 100_000.0                                       # of the 512-unit model, chars/s
    speed = (rate, flops_per_char(dataclasses.replace(M, hidden=512)))
    slower = flops_per_char(dataclasses.replace(M, hidden=wide.hidden)) / speed[1]
    assert slower > 1.5
    # 512 units would see 1.2 × wide.chars_from; the wide model sees 1.2 / slower of it: too few
    minutes = 1.2 * wide.chars_from / rate / 60
    train_chars = int(1.2 * wide.chars_from / (wide.passes_from * 4))
    fit = choose(ALL, M, TrainConfig(minutes=minutes), train_chars, train_chars, 128, speed)
    assert fit.hidden == narrow.hidden and values(fit) != row_values(wide)
    assert fit.chars_per_s == pytest.approx(rate) and fit.speeds == (speed,)
    # given the time to see enough, the wide model is chosen, with its own (slower) speed
    fit = choose(ALL, M, TrainConfig(minutes=minutes * slower), train_chars, train_chars, 128, speed)
    assert values(fit) == row_values(wide)
    assert fit.chars_per_s == pytest.approx(rate / slower)
    assert fit.chars == pytest.approx(fit.chars_per_s * minutes * slower * 60, rel=1e-6)


def test_a_budget_in_minutes_fits_the_window_length_too_and_never_lengthens_it():
    """At a fixed time, the rule's window length is taken (shorter windows: more steps for
    about the same characters); a short text's shorter windows are kept."""
    speed = (100_000.0, flops_per_char(M))
    for passes, train_chars in ((2, 1_000_000), (20, 86_000), (45, 18_000)):
        minutes = passes * train_chars / speed[0] / 60
        fit = choose(ALL, M, TrainConfig(minutes=minutes), train_chars, train_chars, 128, speed)
        row = next(r for r in RULES if row_values(r) == values(fit))
        assert [f for f in fit.fitted if f != "input_dropout"][:4] == ["hidden", "dropout", "lr", "seq_len"] and fit.seq_len == min(row.seq_len, 128)
        assert f"seq_len {fit.seq_len}" in fit.settings
        short = choose(ALL, M, TrainConfig(minutes=minutes), train_chars, train_chars, 24, speed)
        assert short.seq_len == min(row.seq_len, 24)
    # the user's own length is kept, and a budget in steps never fits it
    fit = choose(ALL - {"seq_len"}, M, TrainConfig(minutes=1, seq_len=100), 86_000, 86_000, 100, speed)
    assert fit.seq_len == 100 and "seq_len" not in fit.fitted
    fit = choose({"seq_len"}, M, steps_for(20, 86_000), 86_000, 86_000, 128)
    assert fit is None                                      # nothing else was left to fit


def test_a_budget_in_minutes_is_not_fitted_before_it_is_measured():
    assert choose(ALL, M, TrainConfig(minutes=2), 10_000, 10_000, 128) is None


def test_the_users_values_win_and_the_why_names_only_the_fitted():
    cfg = steps_for(25, 86_000, batch=8, seq_len=64)
    fit = choose({"dropout", "lr"}, dataclasses.replace(M, hidden=64), cfg, 86_000, 95_648, 64,
                 text_bytes=95_648)
    assert fit.hidden == 64 and (fit.dropout, fit.lr) == (RULES[3].dropout, RULES[3].lr)
    assert fit.fitted == ("dropout", "lr")
    assert fit.why == f"dropout {fit.dropout:g}, lr {fit.lr:g}: about 25 passes over a 96 KB text in " \
                      f"{cfg.steps:,} steps"
    assert choose((), M, cfg, 86_000, 95_648, 64) is None
    assert choose(ALL, M, dataclasses.replace(cfg, fit=False), 86_000, 95_648, 64) is None


# ---- in the trainer ----------------------------------------------------------------------------
def small_corpus() -> Corpus:
    return Corpus.from_text("the quick brown fox jumps over the lazy dog. " * 40, "fit")


def tiny_train(**kw) -> TrainConfig:
    base = dict(steps=fitting.MIN_STEPS, batch_size=4, seq_len=16, eval_every=0, sample_every=0, log_every=2,
                device="cpu", warmup_steps=0, seed=3)
    return TrainConfig(**{**base, **kw})


def test_the_trainer_fits_what_it_is_told_and_says_so_once():
    events = []
    corpus = small_corpus()
    trainer = Trainer(corpus, ModelConfig(hidden=16), tiny_train(), callbacks=[events.append],
                      auto={"dropout", "lr"})
    fit = trainer.fit
    assert fit is not None and fit.fitted == ("dropout", "lr") and fit.probe_s == 0.0
    assert trainer.model_cfg.hidden == 16
    assert (trainer.model_cfg.dropout, trainer.cfg.lr) == (fit.dropout, fit.lr)
    assert trainer.opt.param_groups[0]["lr"] == fit.lr
    trainer.run()
    trainer.cfg.steps += 2
    trainer.run()
    fits = [e for e in events if isinstance(e, ev.FitEvent)]
    assert len(fits) == 1 and fits[0].fit is fit
    assert events.index(fits[0]) < next(i for i, e in enumerate(events) if isinstance(e, ev.StepEvent))
    snap = trainer.snapshot()
    assert (snap.model_cfg.dropout, snap.train_cfg.lr) == (fit.dropout, fit.lr)


def test_without_auto_or_with_fit_off_nothing_is_fitted():
    events = []
    cfg = tiny_train(lr=0.02)
    for trainer in (Trainer(small_corpus(), ModelConfig(hidden=16, dropout=0.1), cfg, callbacks=[events.append]),
                    Trainer(small_corpus(), ModelConfig(hidden=16, dropout=0.1), dataclasses.replace(cfg, fit=False),
                            callbacks=[events.append], auto=ALL)):
        trainer.run()
        assert trainer.fit is None and trainer.model_cfg.hidden == 16
        assert (trainer.model_cfg.dropout, trainer.cfg.lr) == (0.1, 0.02)
    assert not any(isinstance(e, ev.FitEvent) for e in events)


def test_a_resumed_model_is_never_refitted():
    corpus = small_corpus()
    first = Trainer(corpus, ModelConfig(hidden=16), tiny_train(), auto={"dropout", "lr"})
    first.run()
    snap = first.snapshot()
    events = []
    again = Trainer(corpus, snap.model_cfg, dataclasses.replace(snap.train_cfg, steps=snap.step + 4), resume=snap,
                    callbacks=[events.append], auto=ALL)
    again.run()
    assert again.fit is None and not any(isinstance(e, ev.FitEvent) for e in events)
    assert again.model_cfg.hidden == 16 and again.cfg.lr == first.cfg.lr
    assert again.model_cfg.dropout == first.model_cfg.dropout


def test_a_budget_in_minutes_is_measured_by_the_probe(monkeypatch):
    seen = []

    def measure(model_cfg, cfg, train_ids, device, dtype, world):
        seen.append((model_cfg.hidden, cfg.batch_size, cfg.seq_len, train_ids.size))
        return 5_000.0
    monkeypatch.setattr(fitting, "measure", measure)
    corpus = small_corpus()
    trainer = Trainer(corpus, ModelConfig(hidden=16), tiny_train(steps=0, minutes=0.5), auto={"dropout", "lr"})
    assert seen == [(16, 4, 16, trainer.train_ids.size)]
    fit = trainer.fit
    assert fit.speeds == ((5_000.0, flops_per_char(trainer.model_cfg)),)
    assert fit.chars_per_s == pytest.approx(5_000.0)
    assert fit.chars == int(5_000.0 * 30) and fit.probe_s >= 0
    assert fit.reason.endswith("in 30 s")


def test_the_probe_measures_the_window_the_rule_chooses_and_the_trainer_uses_it(monkeypatch):
    seen = []

    def measure(model_cfg, cfg, train_ids, device, dtype, world):
        seen.append(cfg.seq_len)
        return 50_000.0
    monkeypatch.setattr(fitting, "measure", measure)
    corpus = Corpus.from_text("the quick brown fox jumps over the lazy dog. " * 400, "fit")
    cfg = tiny_train(steps=0, minutes=0.5, seq_len=128)
    trainer = Trainer(corpus, ModelConfig(hidden=16), cfg, auto=ALL - {"hidden"})
    shortest = min(r.seq_len for r in RULES)
    assert seen == [min(shortest, 128)]
    fit = trainer.fit
    assert "seq_len" in fit.fitted and trainer.cfg.seq_len == fit.seq_len <= 128
    assert trainer.windows.T == fit.seq_len
    assert cfg.seq_len == 128                               # the caller's config is not changed


def test_the_probe_measures_real_steps_and_leaves_the_random_state_alone():
    import torch

    corpus = small_corpus()
    trainer = Trainer(corpus, ModelConfig(hidden=8), tiny_train(steps=2))   # for its ids, device and dtype
    state = torch.get_rng_state()
    rate = fitting.measure(trainer.model_cfg, trainer.cfg, trainer.train_ids, trainer.device, trainer.dtype,
                           trainer.world)
    assert rate > 0 and torch.equal(state, torch.get_rng_state())


# ---- the command line ------------------------------------------------------------------------
def write_text(tmp_path):
    path = tmp_path / "fox.txt"
    path.write_text("the quick brown fox jumps over the lazy dog. " * 40, encoding="utf-8")
    return path


FLAGS = ["--steps", "100", "--batch-size", "4", "--seq-len", "16", "--eval-every", "0", "--sample-every", "0",
         "--device", "cpu", "--log-every", "3"]


def test_cli_fits_what_was_not_typed_and_says_so(tmp_path):
    out = tmp_path / "m.rnn"
    r = call_cli(["train", write_text(tmp_path), "--hidden", "16", *FLAGS, "--out", out])
    assert r.code == 0, r.err
    line = next(x for x in r.out.splitlines() if x.startswith("fitted to the text and the budget: "))
    assert "set --dropout/--lr to choose yourself" in line and "hidden" not in line
    snap = modelfile.load(out)
    assert snap.model_cfg.hidden == 16
    assert f"dropout {snap.model_cfg.dropout:g}, lr {snap.train_cfg.lr:g} — about " in line
    # --resume never refits, and says nothing of a fit
    r = call_cli(["train", write_text(tmp_path), "--resume", out, "--steps", "103", "--log-every", "3"])
    assert r.code == 0, r.err
    assert "fitted" not in r.out
    again = modelfile.load(out)
    assert (again.model_cfg.dropout, again.train_cfg.lr) == (snap.model_cfg.dropout, snap.train_cfg.lr)


def test_cli_no_fit_keeps_the_defaults_and_typed_values_are_kept(tmp_path):
    out = tmp_path / "m.rnn"
    r = call_cli(["train", write_text(tmp_path), "--hidden", "16", "--no-fit", *FLAGS, "--out", out])
    assert r.code == 0, r.err
    assert "fitted" not in r.out
    snap = modelfile.load(out)
    assert (snap.model_cfg.hidden, snap.model_cfg.dropout, snap.train_cfg.lr) == (16, ModelConfig.dropout,
                                                                                 TrainConfig.lr)
    assert snap.train_cfg.fit is False
    r = call_cli(["train", write_text(tmp_path), "--hidden", "16", "--dropout", "0.05", "--lr", "0.02", *FLAGS,
                  "--out", out])
    assert r.code == 0, r.err
    assert "fitted" not in r.out
    snap = modelfile.load(out)
    assert (snap.model_cfg.hidden, snap.model_cfg.dropout, snap.train_cfg.lr) == (16, 0.05, 0.02)


def test_with_the_users_width_the_wider_models_row_is_not_taken():
    """8 M characters and 8 passes would take the 768-unit row; with the user's 192 units
    the dropout and learning rate come from the rows for the default width."""
    wide = RULES[0]
    assert wide.hidden > RULES[-1].hidden
    cfg = steps_for(8, 1_000_000)
    fit = choose({"dropout", "lr"}, dataclasses.replace(M, hidden=192), cfg, 1_000_000, 1_000_000, 128)
    assert fit.hidden == 192
    assert (fit.dropout, fit.lr) == (RULES[4].dropout, RULES[4].lr)       # 6+ passes with 6 M characters


def test_a_run_too_short_to_learn_much_is_not_fitted():
    """Under MIN_STEPS the defaults are kept, whatever the passes: the sweep measured nothing
    that short (and a few dozen steps of dropout would only slow the start)."""
    short = TrainConfig(steps=fitting.MIN_STEPS - 1, batch_size=4, seq_len=16)
    assert choose(ALL, M, short, 100, 100, 16) is None
    assert choose(ALL, M, dataclasses.replace(short, steps=fitting.MIN_STEPS), 100, 100, 16) is not None


def test_the_command_line_names_each_fitted_settings_flag():
    import io

    from rnn_studio.cli.printer import Printer

    speed = (100_000.0, flops_per_char(M))
    # 70 passes over the sonnets (a pass of 42 steps: validated each pass), the inputs dropped;
    # 3 passes over 2 MB, neither
    for train_chars, flags in ((86_000, "--hidden/--dropout/--input-dropout/--lr/--seq-len/--eval-every"),
                               (2_000_000, "--hidden/--dropout/--lr/--seq-len")):
        fit = choose(ALL, M, TrainConfig(minutes=1), train_chars, train_chars, 128, speed)
        out = io.StringIO()
        Printer(out)(ev.FitEvent(fit))
        line = out.getvalue().strip()
        assert line.startswith(f"fitted to the text and the budget: {fit.settings} — about ")
        assert line.endswith(f"set {flags} to choose yourself")

