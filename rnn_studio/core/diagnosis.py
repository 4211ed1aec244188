"""Say what is going wrong while it happens, in words, with the advice that fits.

A ``Diagnosis`` is fed the trainer's events (``see``) and answers with ``DiagnosisEvent``s:

- **not learning**: once the warm-up is over (``WARM_UP_STEPS`` steps, or the learning-rate
  warm-up if longer, and ``WARM_UP_CHARS`` characters seen, 50 steps of the default batch:
  a tiny batch needs more steps to learn even the characters' frequencies), at an
  evaluation, the training loss (the mean of the reports since
  the last evaluation) is no better than the unigram entropy of the training text, the loss
  of a model that only knows how often each character comes (baseline.unigram_entropy), less
  ``NOT_LEARNING_MARGIN``. A training loss is used, not the validation loss: a model that
  memorises a small text can see its validation loss climb past the baseline while it learns.
- **memorising**: validation has not improved for ``MEMORISING_EVALS`` evaluations and is now
  above its best, while the training loss fell over them.
- **validation differs** (``validation_differs``): the same, before the run has read its
  training text ``FEW_PASSES`` times. No model memorises a text it has barely read: the
  held-out end of the text is writing of another kind than the rest (War and Peace followed
  by Shakespeare, validated on Shakespeare's end, turned after 1.1 passes; the memorising
  runs of the sweep turned after 5 or more, benchmarks/RESULTS.md).
- **still improving** (``at_end``, when the budget ran out): the last evaluation was the best
  and the last ``IMPROVING_EVALS`` evaluations gained more than ``IMPROVING_GAIN`` of the loss.

Each is said once per run (memorising again after a new best). Divergence is not here: it
ends the run as a ``FailedEvent`` (guards.py).

Early stopping's default patience, 5 evaluations (config.TrainConfig.patience): the full
validation pass is deterministic, so what varies between evaluations is the training path.
Measured with ``rnn-studio train … --hidden 256 --eval-every 100`` (LSTM, seed 1337): on tiny
Shakespeare, a run still learning (2,500 steps, 1.923 → 1.514) went at most 1 evaluation
without a new best; on the sonnets, validation rose at every one of the 11 evaluations after
its best (1.697 at step 400, 2.058 at step 1,500). 5 is well beyond the learning run's gap,
and costs 500 steps at the defaults once validation has turned; the best model is kept anyway.
"""

from __future__ import annotations

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.fitting import RULES

WARM_UP_STEPS = 50
WARM_UP_CHARS = 50 * 32 * 128
NOT_LEARNING_MARGIN = 0.05      # nats/char: closer to the baseline than this is no better
MEMORISING_EVALS = 3
IMPROVING_EVALS = 3
IMPROVING_GAIN = 0.005          # of the loss, over the last IMPROVING_EVALS evaluations
FEW_PASSES = 2.0                # over the training text: too few to memorise it
# From here dropping the inputs helps: the fewest passes of a row of the fit that drops them (12)
MANY_PASSES = min(r.passes_from for r in RULES if r.input_dropout)
INPUT_DROPOUT = 0.2             # what the advice suggests for the inputs, from none


def _lr_advice(lr: float) -> str:
    default = TrainConfig.lr
    if lr > 3 * default:
        return f"the learning rate {lr:g} is too high: try {default:g} (the default) or lower"
    if lr < default / 30:
        return f"the learning rate {lr:g} may be too low: try {default:g} (the default)"
    return (f"try a lower learning rate than {lr:g}, or check that the text has patterns to learn "
            "(random characters have none)")


class Diagnosis:
    def __init__(self, model_cfg: ModelConfig, cfg: TrainConfig, baseline: float | None,
                 train_chars: int | None = None):
        """``train_chars``: characters of the training split (None: passes are not counted)."""
        self.model_cfg, self.cfg, self.baseline, self.train_chars = model_cfg, cfg, baseline, train_chars
        self.start()

    def start(self) -> None:
        """Forget what this run has seen (a new run() of the same trainer starts over)."""
        self.recent: list[float] = []       # training losses reported since the last evaluation
        self.train = None                   # their mean at the last evaluation
        self.evals: list[tuple[int, float, float | None]] = []    # step, validation, training
        self.best: tuple[int, float] | None = None
        self.since_best: list[tuple[int, float, float | None]] = []
        self.said: set[str] = set()

    def see(self, e: ev.Event) -> list[ev.DiagnosisEvent]:
        if isinstance(e, ev.StepEvent):
            self.recent.append(e.train_loss)
        elif isinstance(e, ev.EvalEvent):
            if self.recent:
                self.train, self.recent = sum(self.recent) / len(self.recent), []
            self.evals.append((e.step, e.val_loss, self.train))
            if e.is_best:
                self.best, self.since_best = (e.step, e.val_loss), []
                self.said.discard("memorising")
            else:
                self.since_best.append(self.evals[-1])
            return [d for d in (self._not_learning(e), self._memorising(e)) if d is not None]
        return []

    def _not_learning(self, e: ev.EvalEvent) -> ev.DiagnosisEvent | None:
        if self.baseline is None or "not_learning" in self.said:
            return None
        if e.step < max(WARM_UP_STEPS, self.cfg.warmup_steps) or e.chars_seen < WARM_UP_CHARS:
            return None
        loss = self.train if self.train is not None else e.val_loss
        if loss < self.baseline - NOT_LEARNING_MARGIN:
            return None
        self.said.add("not_learning")
        return ev.DiagnosisEvent(
            e.step, "not_learning",
            f"not learning: after {e.step:,} steps the training loss is {loss:.3f} nats/char, no better "
            f"than the {self.baseline:.3f} of guessing each character from how often it comes in the text",
            _lr_advice(self.cfg.lr))

    def _memorising(self, e: ev.EvalEvent) -> ev.DiagnosisEvent | None:
        if self.best is None or "memorising" in self.said or len(self.since_best) < MEMORISING_EVALS:
            return None
        best_step, best = self.best
        trains = [t for _, _, t in self.since_best if t is not None]
        if not e.val_loss > best or len(trains) < 2 or not trains[-1] < trains[0]:
            return None
        self.said.add("memorising")
        m = self.model_cfg
        stop = (f"; early stopping ends the run after {self.cfg.patience} evaluations without a new best"
                if self.cfg.early_stop and self.cfg.patience else "")
        what = (f"the validation loss has not improved for {len(self.since_best)} evaluations ({best:.3f} at "
                f"step {best_step:,}, now {e.val_loss:.3f}) while the training loss fell to {trains[-1]:.3f}")
        passes = e.chars_seen / self.train_chars if self.train_chars else None
        if passes is not None and passes < FEW_PASSES:
            share = f"{self.cfg.val_fraction:.0%}"
            return ev.DiagnosisEvent(
                e.step, "validation_differs",
                f"the held-out text differs from the training text: {what}, after {passes:.1f} passes over "
                f"the training text, too few to memorise it; the model from step {best_step:,} is kept{stop}",
                f"validation reads the last {share} of the text: if the text ends with writing unlike the "
                f"rest, move some writing like the rest to its end")
        smaller = f"{m.hidden // 2} units instead of {m.hidden}" if m.hidden >= 32 else "fewer layers"
        more_dropout = min(round(m.dropout + 0.2, 2), 0.6)
        # Read a dozen times or more, a model gains from dropped inputs (sonnets, 20 KB); read
        # 6 times it loses (tiny Shakespeare), so they are named only here.
        inputs = (f", dropout on the inputs ({INPUT_DROPOUT:g} instead of 0)"
                  if not m.input_dropout and passes is not None and passes >= MANY_PASSES else "")
        return ev.DiagnosisEvent(
            e.step, "memorising",
            f"memorising the text: {what}; the model from step {best_step:,} is kept{stop}",
            f"more text, more dropout ({more_dropout:g} instead of {m.dropout:g}){inputs} or a smaller model "
            f"({smaller}) would help")

    def at_end(self) -> ev.DiagnosisEvent | None:
        """At the end of a budget: say whether more time would have helped."""
        if len(self.evals) < 2 or self.since_best:
            return None
        k = min(IMPROVING_EVALS, len(self.evals) - 1)
        (s0, v0, _), (s1, v1, _) = self.evals[-1 - k], self.evals[-1]
        gain = v0 - v1
        if gain <= IMPROVING_GAIN * v0:
            return None
        return ev.DiagnosisEvent(
            s1, "still_improving",
            f"still improving at the end: the last {k} evaluation{'s' * (k > 1)} gained {gain:.3f} nats/char "
            f"({v0:.3f} at step {s0:,}, {v1:.3f} at step {s1:,})",
            "more time would help: continue training this model with a larger budget")
