"""The fit's probes (core/fitting.py): a row for a width not yet measured is judged on that
width's own measured speed, not on the ratio of matrix products alone (768 units trained 2.40
times slower than 512 where their products differ 2.15 times).

The probe's measurement is replaced by given speeds, so no test depends on this machine's.
"""

from __future__ import annotations

import dataclasses

import pytest

from rnn_studio.core import fitting
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus, validation_size
from rnn_studio.core.fitting import FIELDS, RULES, budget_chars, choose
from rnn_studio.core.preparation import model_vocab
from rnn_studio.core.sizes import flops_per_char
from rnn_studio.core.trainer import Trainer

ALL = set(FIELDS)
FOX = "the quick brown fox jumps over the lazy dog. "
M = ModelConfig(vocab_size=len(model_vocab(Corpus.from_text(FOX, "fox"), ModelConfig())))
WIDE = RULES[1]                         # the wider model's row that needs the fewest passes
NARROW = RULES[-1].hidden               # the default width, the probe's first


def flops(hidden: int) -> float:
    return flops_per_char(dataclasses.replace(M, hidden=hidden))


def test_each_width_takes_the_speed_measured_nearest_to_it():
    cfg = TrainConfig(minutes=1)
    one = (30_000.0, flops(NARROW))
    both = (one, (10_000.0, flops(WIDE.hidden)))
    wide = dataclasses.replace(M, hidden=WIDE.hidden)
    # one speed: scaled by the products; two: each width its own, and a third width the nearest
    assert budget_chars(wide, cfg, 64, one) == pytest.approx(30_000 * flops(NARROW) / flops(WIDE.hidden) * 60)
    assert budget_chars(wide, cfg, 64, both) == pytest.approx(10_000 * 60)
    assert budget_chars(dataclasses.replace(M, hidden=NARROW), cfg, 64, both) == pytest.approx(30_000 * 60)
    huge = dataclasses.replace(M, hidden=2 * WIDE.hidden)
    assert budget_chars(huge, cfg, 64, both) == pytest.approx(10_000 * flops(WIDE.hidden) / flops(2 * WIDE.hidden) * 60)
    assert budget_chars(wide, cfg, 64, ()) is None and budget_chars(wide, cfg, 64, None) is None
    assert budget_chars(wide, TrainConfig(steps=10, batch_size=2), 64, both) == 10 * 2 * 64


def probe_trainer(monkeypatch, speeds: dict[int, float], text_chars: int, minutes: float, auto=ALL,
                  hidden: int = NARROW):
    """A trainer whose probe measures ``speeds[hidden]`` chars/s; returns it and the widths probed."""
    seen = []

    def measure(model_cfg, cfg, train_ids, device, dtype, world):
        seen.append((model_cfg.hidden, model_cfg.dropout, cfg.seq_len))
        return speeds[model_cfg.hidden]
    monkeypatch.setattr(fitting, "measure", measure)
    text = (FOX * (text_chars // len(FOX) + 1))[:text_chars]
    cfg = TrainConfig(steps=0, minutes=minutes, batch_size=4, seq_len=128, eval_every=0, sample_every=0,
                      device="cpu", warmup_steps=0)
    trainer = Trainer(Corpus.from_text(text, "fox"), ModelConfig(hidden=hidden), cfg, auto=auto)
    return trainer, seen


def train_split(text_chars: int) -> int:
    return text_chars - validation_size(text_chars, TrainConfig.val_fraction)


def minutes_for(wide_passes: float, train_chars: int, rate_512: float) -> float:
    """A budget in which the products' ratio says the wide model reads its text ``wide_passes`` times."""
    return wide_passes * train_chars / (rate_512 * flops(NARROW) / flops(WIDE.hidden)) / 60


def wide_by_ratio(monkeypatch, slower: float):
    """A 1.5 MB text and a budget in which the products' ratio says the wide model reads its text 6
    times; its own probe measures it ``slower`` times slower than that ratio says."""
    text_chars, rate = 1_500_000, 40_000.0
    by_ratio = rate * flops(NARROW) / flops(WIDE.hidden)
    trainer, seen = probe_trainer(monkeypatch, {NARROW: rate, WIDE.hidden: by_ratio / slower}, text_chars,
                                  minutes_for(6, train_split(text_chars), rate))
    return trainer, seen, rate, by_ratio


def test_a_wide_row_estimated_from_the_narrow_probe_is_measured_and_dropped_when_too_slow(monkeypatch):
    """The products' ratio says the wide model would read its text 6 times (its row asks 4); its
    own probe says it trains 1.7 times slower than that: 3.5 passes, so the narrow rows decide."""
    trainer, seen, rate, by_ratio = wide_by_ratio(monkeypatch, slower=1.7)
    fit = trainer.fit
    assert [s[0] for s in seen] == [NARROW, WIDE.hidden]
    assert seen[1][1] == WIDE.dropout                       # measured as the row would train it
    assert fit.hidden == NARROW and trainer.model_cfg.hidden == NARROW
    assert fit.speeds == ((rate, flops(NARROW)), (by_ratio / 1.7, flops(WIDE.hidden)))
    assert fit.chars_per_s == pytest.approx(rate) and fit.probe_s >= 0


def test_a_wide_row_measured_fast_enough_is_kept(monkeypatch):
    trainer, seen, rate, by_ratio = wide_by_ratio(monkeypatch, slower=1.1)
    fit = trainer.fit
    assert [s[0] for s in seen] == [NARROW, WIDE.hidden]
    assert (fit.hidden, fit.dropout, fit.lr) == (WIDE.hidden, WIDE.dropout, WIDE.lr)
    assert trainer.model_cfg.hidden == WIDE.hidden
    # each width is measured with its own rows' window, and the run trains with the wide row's
    assert [s[2] for s in seen] == [min(r.seq_len for r in RULES if r.hidden == NARROW), WIDE.seq_len]
    assert fit.seq_len == trainer.cfg.seq_len == WIDE.seq_len
    assert fit.chars_per_s == pytest.approx(by_ratio / 1.1)
    assert fit.passes == pytest.approx(6 / 1.1, rel=1e-3)


def test_a_narrow_row_needs_one_probe_and_the_users_width_is_never_probed_again(monkeypatch):
    trainer, seen = probe_trainer(monkeypatch, {NARROW: 40_000.0}, 100_000, 0.5)
    assert [s[0] for s in seen] == [NARROW] and trainer.fit.hidden == NARROW
    # with the width the user's, a wide row is never considered, so never probed
    text_chars, rate = 1_500_000, 40_000.0
    trainer, seen = probe_trainer(monkeypatch, {NARROW: rate}, text_chars,
                                  minutes_for(6, train_split(text_chars), rate), auto=ALL - {"hidden"})
    assert [s[0] for s in seen] == [NARROW] and trainer.fit.hidden == NARROW
    # a width the user chose is measured with the default width's window, whose rows it takes
    trainer, seen = probe_trainer(monkeypatch, {WIDE.hidden: rate}, text_chars,
                                  minutes_for(20, train_split(text_chars), rate), auto=ALL - {"hidden"},
                                  hidden=WIDE.hidden)
    narrow_window = min(r.seq_len for r in RULES if r.hidden == NARROW)
    assert seen == [(WIDE.hidden, 0.0, narrow_window)] and trainer.fit.seq_len == narrow_window


def test_one_speed_or_several_give_the_same_choice_for_the_width_measured():
    one = (100_000.0, flops(NARROW))
    a = choose(ALL - {"hidden"}, M, TrainConfig(minutes=1), 86_000, 95_000, 128, one)
    b = choose(ALL - {"hidden"}, M, TrainConfig(minutes=1), 86_000, 95_000, 128, [one, (1.0, flops(WIDE.hidden))])
    assert dataclasses.replace(a, speeds=()) == dataclasses.replace(b, speeds=())
    assert a.speeds == (one,) and len(b.speeds) == 2
