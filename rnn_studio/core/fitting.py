"""Fit the run to the text and the budget: the width, the dropouts, learning rate and window length
a new model trains with where the user left them alone (issue 11).

What matters is how many times the budget lets the model read its text:

    passes = characters the budget lets the model see / characters of the training split

A budget in steps sees exactly steps × batch × seq_len characters. A budget in minutes sees
what this machine trains in that time: a short probe (PROBE_STEPS timed steps after PROBE_WARMUP,
on the run's own batches, device, precision and threads) measures the given model's
characters per second. A wider model sees fewer characters, so each row of the rule is judged
with its own width's budget: first estimated from the ratio of matrix products per character
(sizes.flops_per_char), then, when the row chosen is for a width not yet measured, measured by a
probe of that width too, and the row chosen again. The ratio alone is not enough: 768 units have
2.15 times the products of 512 but trained 2.40 times slower (seq 64, bfloat16, 2-core CPU), so
the estimate saw 17% more characters than the model did, and the 768-unit row was taken at 4.1
passes (Shakespeare's works, 30 min) where it asks for 5. The probes' time is not counted in
the training time (the budget counts training steps only, as it does not count evaluations).

The window length (seq_len) is fitted only for a budget in minutes: in a fixed time, windows
half as long give about 1.7 times the optimiser steps over 15% fewer characters, which a
short run needs more than the longer context; in a fixed number of steps they would halve
what the run reads. The wide rows, for long budgets only, keep 128. It is never made longer than
the text allows (preparation.fit_to_corpus), and the probe measures each width with its rows' window.

The validation cadence (eval_every) is fitted to the text: at least one evaluation per pass
over the training split, and not more often than every MIN_EVAL_EVERY steps. A 20 KB text is
read once every 9 steps of the default batch; a model passes its best within a few passes of
it, and 100 steps are 11 passes, so every 100 steps saw the best at the first evaluation and
missed it (fit_sweep 20k@600: kept 1.744 every 100 steps, 1.735 every 10, and early stopping
ended the run at step 180 instead of 600). A pass over a short text has a short validation
split (a tenth of the text), so an evaluation each pass costs about 3% of the training.
A big text's validation split is the opposite: scored whole (up to validation.EVAL_MAX_CHARS)
every 100 steps it took a third of the wall time of a 30-minute run on 4.5 MB, which the
budget (training time) does not count, so the run took 45 minutes. The cadence is then
stretched until evaluations cost at most EVAL_SHARE of the training time between them: a
character is scored about EVAL_SPEEDUP times faster than it is trained on (4.6 at 768 units
there: 10 s for 447 K characters against 21 s for 100 steps of 2,048; 2.9 at 512 units on War
and Peace: 4.9 s for 320 K against 14.6 s for 157 steps).

Anything the user sets wins: only the fields named in ``auto`` are fitted, a resumed model is
never refitted, and ``TrainConfig.fit`` (``--no-fit``) turns the fit off.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.sizes import flops_per_char
from rnn_studio.core.validation import EVAL_MAX_CHARS

FIELDS = ("hidden", "dropout", "input_dropout", "lr", "seq_len", "eval_every")    # what the fit may choose
MODEL_FIELDS = ("hidden", "dropout", "input_dropout")    # of FIELDS, those of ModelConfig
QUIET = ("eval_every", "input_dropout")  # of FIELDS, named only where the fit changes them (see choose)
PROBE_WARMUP, PROBE_STEPS = 2, 6       # the probe's untimed, then timed, training steps
MIN_STEPS = 100                         # a shorter run is not fitted (see choose)
MIN_EVAL_EVERY = 10                     # steps between evaluations, at least, however short a pass
EVAL_SHARE, EVAL_SPEEDUP = 0.25, 3.0    # evaluations' time, at most, of the training's; scoring's speed-up

Speed = tuple[float, float]             # (chars/s, matrix-product FLOPs per char) of a measured model


class Row(NamedTuple):
    passes_from: float      # passes at least
    passes_below: float     # passes below
    chars_from: float       # characters the budget lets this row's width see, at least
    hidden: int
    dropout: float
    input_dropout: float
    lr: float
    seq_len: int            # characters per training window: at most the text allows


# The rule, first match wins, from the sweep in benchmarks/RESULTS.md ("Fitted to the text and
# the budget"; python benchmarks/fit_sweep.py): at each point it measured, the row taken is
# the setting that kept the lowest validation loss there. Few passes: nothing to regularise,
# the defaults learn fastest; enough characters for a wider model: 768 units with dropout;
# many passes over a short text: it would be learnt by heart, so more dropout the more passes.
# Windows of 64 characters won or tied at every target point over three seeds (128: the
# default for a budget in steps; 32 lost), except in the wide rows: they hold only for 4.5 M
# characters or more (1,100 steps of 128 and up), where steps are plenty and the longer context
# pays; and 768 units train 128-character windows as fast (RESULTS.md "The wide rows' window").
# The wide rows' 4.5 M characters: at 3.7 M (tiny Shakespeare, 300 s) 768 units tied with 512; at
# 5.9 M (tiny Shakespeare in this machine's 600 s, 5.9 passes) they kept 1.45-1.46 where the
# 512-unit row kept 1.483. The first threshold, 6 M, sat on that machine's speed.
# From 4 passes, not 5: the eleventh session's machine gave 768 units 5.0 M characters of tiny
# Shakespeare in 600 s by its probe, under 5 passes, and the fit took the 512-unit row at 12.5 passes (1.459).
# The sweep scored the latest weights; weight averaging (averaging.py), which came after,
# lowers every row's figure (most where the best model comes mid-run, as on the sonnets).
# Dropping the inputs too (input_dropout) helps a text read 12 times or more and hurts one read
# 6 times (benchmarks/input_dropout.py, fixed steps, RESULTS.md "Dropout on the inputs"): the
# sonnets at 14 passes kept 0.01 less with it at both widths; tiny Shakespeare at 6 passes 0.017
# more. So the wide row splits at 12 passes. Read 30 times or more, dropout 0.3 on the outputs and
# 0.3 on the inputs keeps a better model than 0.5 on the outputs alone (9 runs of 9: 20 KB at 34 and
# 80 passes, the sonnets at 30; RESULTS.md "Many passes").
INF = math.inf
RULES: tuple[Row, ...] = (
    #   passes from  below  chars from  hidden  dropout  inputs  lr      seq_len  measured at
    Row(12,          INF,   4.5e6,      768,    0.3,     0.25,   1e-2,   128),    # the sonnets, 30 min
    Row(4,           INF,   4.5e6,      768,    0.3,     0.0,    1e-2,   128),    # tiny Shakespeare, 600 s
    Row(30,          INF,   0,          512,    0.3,     0.3,    1e-2,   64),     # 20 KB, 30 s
    Row(12,          INF,   0,          512,    0.2,     0.2,    1e-2,   64),     # the sonnets, 60 s
    Row(6,           INF,   6e6,        512,    0.2,     0.0,    1e-2,   64),     # tiny Shakespeare, 300 s
    Row(0,           INF,   0,          512,    0.0,     0.0,    1.5e-2, 64),     # tiny Shakespeare and 300 KB, 100 s
)


@dataclass(frozen=True)
class Fit:
    hidden: int
    dropout: float
    input_dropout: float
    lr: float
    seq_len: int
    eval_every: int                 # steps between evaluations
    fitted: tuple[str, ...]         # the fields the fit chose (the others are the user's; eval_every and
                                    # input_dropout only where they differ from the user's)
    passes: float                   # over the training split, in the budget
    chars: int                      # characters the budget lets the chosen model see
    text_chars: int                 # characters of the text (training and validation)
    train_chars: int                # characters of the training split
    reason: str                     # "about 25 passes over a 95 KB text in 60 s"
    chars_per_s: float | None = None    # the chosen model's estimated speed (None: a budget in steps)
    speeds: tuple[Speed, ...] = ()      # what the probes measured, one per width, the user's model first
    probe_s: float = 0.0            # the probes' seconds, not counted in the training time

    @property
    def settings(self) -> str:
        """The values chosen, in words: "hidden 768, dropout 0.3, lr 0.01, seq_len 64"."""
        return ", ".join(f"{f} {getattr(self, f):g}" for f in self.fitted)

    @property
    def why(self) -> str:
        """One plain sentence: "dropout 0.2: about 25 passes over a 95 KB text in 60 s"."""
        return f"{self.settings}: {self.reason}"

    def apply(self, model_cfg: ModelConfig, cfg: TrainConfig) -> None:
        """Set the chosen values (the user's own are among them, unchanged)."""
        model_cfg.hidden, model_cfg.dropout, model_cfg.input_dropout = self.hidden, self.dropout, self.input_dropout
        cfg.lr, cfg.seq_len = self.lr, self.seq_len
        cfg.eval_every = self.eval_every


def budget_chars(model_cfg: ModelConfig, cfg: TrainConfig, seq_len: int,
                 speed: Speed | Sequence[Speed] | None) -> float | None:
    """Characters the budget lets ``model_cfg`` see: exact for steps; for minutes, from the
    speed measured of the model nearest in size (``speed``: one Speed, or several); None when
    not measured."""
    if cfg.budget_is_steps():
        return float(cfg.steps * cfg.batch_size * seq_len)
    speeds = as_speeds(speed)
    if not speeds:
        return None
    own = flops_per_char(model_cfg)
    rate, flops = min(speeds, key=lambda s: abs(math.log(s[1] / own)))
    return rate * flops / own * cfg.minutes * 60


def as_speeds(speed: Speed | Sequence[Speed] | None) -> tuple[Speed, ...]:
    """``speed`` as a tuple of Speeds (one pair, several, or none)."""
    if not speed:
        return ()
    if isinstance(speed[0], (int, float)):
        return (tuple(speed),)
    return tuple(tuple(s) for s in speed)


def choose(auto: Collection[str], model_cfg: ModelConfig, cfg: TrainConfig, train_chars: int,
           text_chars: int, seq_len: int, speed: Speed | Sequence[Speed] | None = None,
           text_bytes: int = 0, val_size: int | None = None) -> Fit | None:
    """The first row of RULES that holds, for the fields in ``auto``; None when the budget's
    characters are not known (a budget in minutes, not yet measured) or nothing is fitted.
    ``model_cfg.vocab_size`` must be set (the cost of the output layer). ``val_size``: the
    validation split's symbols, where they are not text_chars − train_chars (Hangul as jamo:
    the splits count symbols, the text characters)."""
    # Shorter windows pay at a fixed time (more steps for about the characters), not
    # at a fixed number of steps, where they would halve what the run reads.
    auto = tuple(f for f in FIELDS if f in auto and not (f == "seq_len" and cfg.budget_is_steps()))
    if not auto or not cfg.fit:
        return None
    # A run too short to learn much keeps the defaults, which learn fastest: the sweep's
    # shortest point made 86 steps, and its rows say nothing of a run of a few dozen.
    own = replace(model_cfg, hidden=RULES[-1].hidden) if "hidden" in auto else model_cfg
    least = budget_chars(own, cfg, seq_len, speed)
    if least is None or least < MIN_STEPS * cfg.batch_size * seq_len:
        return None
    rows = applicable(auto)
    for row in rows:
        cand = replace(model_cfg, hidden=row.hidden) if "hidden" in auto else model_cfg
        chars = budget_chars(cand, cfg, seq_len, speed)
        if chars is None:
            return None
        passes = chars / max(train_chars, 1)
        if row.passes_from <= passes < row.passes_below and chars >= row.chars_from:
            break           # (no row holds: the last one)
    values = {f: getattr(row, f) if f in auto and f in Row._fields
              else getattr(model_cfg if f in MODEL_FIELDS else cfg, f) for f in FIELDS}
    values["seq_len"] = min(values["seq_len"], seq_len)     # a short text may allow less
    if "eval_every" in auto and cfg.eval_every:             # 0 (only at the end) is kept
        val = max(text_chars - train_chars, 0) if val_size is None else val_size
        values["eval_every"] = cadence(cfg.eval_every, train_chars, val, cfg.batch_size * values["seq_len"])
    # The cadence and the inputs' dropout are named only where the fit changes them: most rows
    # keep both, and "input_dropout 0" would only add words.
    kept = {f: getattr(model_cfg if f in MODEL_FIELDS else cfg, f) for f in QUIET}
    auto = tuple(f for f in auto if f not in kept or values[f] != kept[f])
    if not auto:
        return None
    rate = None if speed is None or cfg.budget_is_steps() else chars / (cfg.minutes * 60)
    reason = f"about {_passes(passes)} over a {_size(text_bytes or text_chars)} text in {_budget(cfg)}"
    return Fit(*(values[f] for f in FIELDS), auto,
               passes, int(chars), text_chars, train_chars, reason, rate,
               () if cfg.budget_is_steps() else as_speeds(speed))


def applicable(auto: Collection[str]) -> tuple[Row, ...]:
    """The rows that may be chosen. A row for a wider model holds what suits that model: with the
    user's own width, only the rows for the default width apply (their passes are counted with the
    user's width)."""
    return RULES if "hidden" in auto else tuple(r for r in RULES if r.hidden == RULES[-1].hidden)


def cadence(every: int, train_chars: int, val_size: int, step_chars: int) -> int:
    """Steps between evaluations: ``every`` at most, and at least once a pass (but not more
    often than MIN_EVAL_EVERY); then as seldom as keeps their time within EVAL_SHARE."""
    per_pass = math.ceil(train_chars / step_chars)
    dear = math.ceil(min(val_size, EVAL_MAX_CHARS) / (EVAL_SPEEDUP * EVAL_SHARE * step_chars))
    return max(min(every, max(MIN_EVAL_EVERY, per_pass)), dear)


def fit_run(auto: Collection[str], model_cfg: ModelConfig, cfg: TrainConfig, train_ids, corpus,
            device, dtype, world, val_size: int | None = None) -> Fit | None:
    """A new run's fit: measured with a probe when the budget is in minutes."""
    if not cfg.fit or not any(f in auto for f in FIELDS):
        return None
    def fit_with(speeds):
        return choose(auto, model_cfg, cfg, train_ids.size, corpus.n_chars, cfg.seq_len, speeds or None,
                      corpus.size_bytes, val_size)

    if cfg.budget_is_steps():
        return fit_with(())

    def probed(hidden: int) -> TrainConfig:
        # Measured with the window of the rows that may give this width (a width the user chose
        # takes the default width's): a shorter one trains fewer characters a second.
        if "seq_len" not in auto:
            return cfg
        rows = applicable(auto)
        rows = [r for r in rows if r.hidden == hidden] or [r for r in rows if r.hidden == RULES[-1].hidden]
        return replace(cfg, seq_len=min(cfg.seq_len, *(r.seq_len for r in rows)))

    t0 = time.perf_counter()
    speeds: list[Speed] = []
    measured: set[int] = set()
    fit, cand = None, model_cfg
    while cand.hidden not in measured:  # each width once: a row of another width is judged on its own speed
        measured.add(cand.hidden)
        speeds.append((measure(cand, probed(cand.hidden), train_ids, device, dtype, world), flops_per_char(cand)))
        fit = fit_with(speeds)
        if fit is None:
            break
        cand = replace(model_cfg, hidden=fit.hidden, dropout=fit.dropout, input_dropout=fit.input_dropout)
    return replace(fit, probe_s=time.perf_counter() - t0) if fit else None


def measure(model_cfg: ModelConfig, cfg: TrainConfig, train_ids, device, dtype, world) -> float:
    """Characters per second of training steps of ``model_cfg`` on the run's batches (all
    ranks' characters per the mean rank's step time); the caller's random state is untouched.

    Each step does what the trainer's does, not only the forward, backward and update: the
    rollback copy, the loss check, the clip, the weights check and the weight average read
    and write the weights and moments several times, 5-10% of a step (the probe without them
    read 4% above a plain loop's speed, and more above the trainer's)."""
    import numpy as np
    import torch
    import torch.nn.functional as F

    from rnn_studio.core import guards
    from rnn_studio.core.averaging import Average
    from rnn_studio.core.batches import RandomWindows
    from rnn_studio.core.model import CharRNN
    from rnn_studio.core.precision import autocast
    from rnn_studio.core.schedule import adamw

    times = []
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(cfg.seed)
        model = CharRNN(model_cfg, fused=device.type == "cuda").to(device)
        opt, params = adamw(model, cfg)
        average = Average(model, cfg.ema)
        windows = RandomWindows(train_ids, cfg.batch_size, cfg.seq_len, np.random.default_rng(cfg.seed), device,
                                part=world.part)
        rollback = guards.Rollback(params, opt, windows)
        for i in range(PROBE_WARMUP + PROBE_STEPS):
            t0 = time.perf_counter()
            rollback.keep()
            x, y, _ = windows.next()
            with autocast(device, dtype):
                logits, _ = model(x)
            loss = F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1))
            loss.item()                             # the trainer's loss check waits for the step
            opt.zero_grad(set_to_none=True)
            loss.backward()
            guards.clip(params, cfg.grad_clip)
            opt.step()
            guards.blown_up(params)
            average.update(i + 1)
            if device.type == "cuda":
                torch.cuda.synchronize(device)
            if i >= PROBE_WARMUP:
                times.append(time.perf_counter() - t0)
    step_s = world.sum([statistics.median(times)])[0] / world.size
    return cfg.batch_size * cfg.seq_len / max(step_s, 1e-9)


def _passes(p: float) -> str:
    return f"{p:.1f} passes" if p < 10 else f"{p:,.0f} passes"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(n / 1e3, 1):.0f} KB"


def _budget(cfg: TrainConfig) -> str:
    if cfg.budget_is_steps():
        return f"{cfg.steps:,} steps"
    s = cfg.minutes * 60
    return f"{s:.0f} s" if s < 120 else f"{s / 60:.3g} min" if s < 7200 else f"{s / 3600:.3g} h"
