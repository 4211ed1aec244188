"""The validation cadence the fit chooses (core/fitting.py): once a pass over a short text, less
often for a big validation split, never where the user set it. Budgets are in steps, so no
test depends on how fast this machine is."""

from __future__ import annotations

import dataclasses
import math

import pytest

from rnn_studio.core import events as ev
from rnn_studio.core import fitting, modelfile
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.fitting import choose
from rnn_studio.core.trainer import Trainer
from rnn_studio.core.validation import EVAL_MAX_CHARS

from cli_helpers import call_cli  # noqa: E402
from test_fitting import ALL, FLAGS, M, small_corpus, tiny_train, write_text  # noqa: E402


@pytest.mark.parametrize("train_chars, seq_len, cadence", [
    (1_000_000, 64, 100),       # a pass is 489 steps: the default cadence stays, and is not named
    (86_000, 64, 42),           # the sonnets: a pass is 42 steps
    (18_000, 64, 10),           # 20 KB: a pass is 9 steps, but at most one evaluation in 10 steps
    (18_000, 16, 36),           # a short text's short windows: more steps to a pass
])
def test_the_cadence_is_at_least_once_a_pass(train_chars, seq_len, cadence):
    cfg = TrainConfig(steps=5_000, seq_len=seq_len)
    fit = choose(ALL, M, cfg, train_chars, train_chars, seq_len)
    assert fit.eval_every == cadence
    assert ("eval_every" in fit.fitted) == (cadence != cfg.eval_every)
    assert (f"eval_every {cadence}" in fit.settings) == (cadence != cfg.eval_every)
    trained = dataclasses.replace(cfg)
    fit.apply(dataclasses.replace(M), trained)
    assert trained.eval_every == cadence


@pytest.mark.parametrize("text_chars, cadence", [
    (1_115_394, 100),           # tiny Shakespeare: 111 K to score, about 18% of 100 steps' training
    (3_196_214, 209),           # War and Peace: 320 K scored every 209 steps costs a quarter of them
    (20_000_000, 342),          # a split over EVAL_MAX_CHARS is scored in EVAL_MAX_CHARS: the cost stops growing
])
def test_a_big_validation_split_is_scored_less_often(text_chars, cadence):
    cfg = TrainConfig(steps=50_000, seq_len=64)
    val = text_chars // 10
    fit = choose(ALL, M, cfg, text_chars - val, text_chars, 64)
    assert fit.eval_every == cadence == max(100, math.ceil(min(val, EVAL_MAX_CHARS) / (
        fitting.EVAL_SPEEDUP * fitting.EVAL_SHARE * 32 * 64)))
    assert ("eval_every" in fit.fitted) == (cadence != 100)
    # the user's cadence wins, however dear
    assert choose(ALL - {"eval_every"}, M, cfg, text_chars - val, text_chars, 64).eval_every == 100


def test_the_users_cadence_wins_and_0_stays_only_at_the_end():
    cfg = TrainConfig(steps=5_000, seq_len=64)
    fields = ALL - {"eval_every"}
    assert choose(fields, M, cfg, 18_000, 18_000, 64).eval_every == cfg.eval_every
    # a cadence the user made finer than a pass is kept too (the fit never evaluates less often)
    assert choose(ALL, M, dataclasses.replace(cfg, eval_every=5), 18_000, 18_000, 64).eval_every == 5
    end_only = choose(ALL, M, dataclasses.replace(cfg, eval_every=0), 18_000, 18_000, 64)
    assert end_only.eval_every == 0 and "eval_every" not in end_only.fitted
    # the cadence alone, where a pass is long: nothing to fit
    assert choose({"eval_every"}, M, cfg, 1_000_000, 1_000_000, 64) is None
    alone = choose({"eval_every"}, M, cfg, 18_000, 18_000, 64)
    assert alone.fitted == ("eval_every",) and alone.why.startswith("eval_every 10: about ")
    assert (alone.hidden, alone.dropout, alone.lr) == (M.hidden, M.dropout, cfg.lr)


def test_the_trainer_evaluates_on_the_fitted_cadence():
    """A text of 1,800 characters read 16 characters × 4 windows a step: a pass is 26 steps."""
    events = []
    corpus = small_corpus()
    trainer = Trainer(corpus, ModelConfig(hidden=16), tiny_train(eval_every=100, steps=120),
                      callbacks=[events.append], auto={"eval_every"})
    per_pass = math.ceil(trainer.train_ids.size / (4 * 16))
    assert trainer.fit.eval_every == per_pass == trainer.cfg.eval_every and per_pass < 100
    trainer.run()
    steps = [e.step for e in events if isinstance(e, ev.EvalEvent)]
    assert steps[:4] == [per_pass, 2 * per_pass, 3 * per_pass, 4 * per_pass]
    assert trainer.snapshot().train_cfg.eval_every == per_pass      # a resumed run keeps it


def test_cli_fits_the_cadence_unless_typed(tmp_path):
    out = tmp_path / "m.rnn"
    at = FLAGS.index("--eval-every")
    flags = FLAGS[:at] + FLAGS[at + 2:]
    r = call_cli(["train", write_text(tmp_path), "--hidden", "16", "--dropout", "0", "--lr", "0.01", *flags,
                  "--out", out])
    assert r.code == 0, r.err
    line = next(x for x in r.out.splitlines() if x.startswith("fitted to the text and the budget: "))
    snap = modelfile.load(out)
    assert f"eval_every {snap.train_cfg.eval_every} — about " in line
    assert "set --eval-every to choose yourself" in line
    assert snap.train_cfg.eval_every < TrainConfig.eval_every
    r = call_cli(["train", write_text(tmp_path), "--hidden", "16", "--dropout", "0", "--lr", "0.01", *flags,
                  "--eval-every", "50", "--out", out])
    assert r.code == 0, r.err
    assert "fitted" not in r.out and modelfile.load(out).train_cfg.eval_every == 50


def test_hangul_as_jamo_counts_its_validation_split_in_symbols(monkeypatch):
    """In jamo mode the splits count symbols (about 2.5 a syllable) and the text characters: the
    trainer hands the fit the validation split's own size, which sets a big split's cadence."""
    seen = {}
    real = fitting.choose

    def spy(*args, **kw):
        seen["val_size"] = args[-1] if len(args) > 8 else kw.get("val_size")
        return real(*args, **kw)

    monkeypatch.setattr(fitting, "choose", spy)
    corpus = Corpus.from_text("대한민국은 민주공화국이다. 모든 권력은 국민으로부터 나온다. " * 60, "ko")
    trainer = Trainer(corpus, ModelConfig(hidden=16, hangul="jamo"), tiny_train(eval_every=100),
                      auto={"eval_every"})
    assert seen["val_size"] == trainer.val_ids.numel() > corpus.n_chars - trainer.train_ids.size
    cfg = TrainConfig(steps=50_000, seq_len=64)
    by_chars = choose(ALL, M, cfg, 2_500_000, 1_100_000, 64)                 # jamo outnumber the characters
    by_symbols = choose(ALL, M, cfg, 2_500_000, 1_100_000, 64, val_size=280_000)
    assert by_chars.eval_every == 100 and by_symbols.eval_every == 183
