"""Where a new model starts: its first guess, before any step (``TrainConfig.start``).

- ``frequencies``: the output bias is log p(c), each character's frequency in the training
  text (``CharRNN.start_at_frequencies``), so the loss starts at the frequency baseline and the
  first steps learn context. torch's own start guesses all characters about alike (loss
  log V), and the first steps push how common each character is into W_hy and the units.
- ``uniform``: torch's own start.

Which is better depends on how many times the run reads its text (benchmarks/RESULTS.md,
"Where a new model starts"; ``python benchmarks/frequency_start.py``):

- read a few times, the frequencies learn faster and stay ahead: tiny Shakespeare at 1,350
  steps (2.7 passes) 1.4694 / 1.4737 / 1.4786 against 1.5094 / 1.5080 / 1.5049 (seeds 1337 / 1
  / 2); War and Peace in 100 s (0.8 passes) 1.268 against 1.334 with the fit;
- read many times, the uniform start keeps the better model: the sonnets at 600 steps (14
  passes, dropout 0.2 on both) 1.604, still improving, against 1.645 at step 215, after which the
  frequencies' model learnt the text by heart; more dropout brought it to 1.615, not to 1.604.
  At 350 steps (8.3 passes, no dropout: the fit's row there) 1.6412 and 1.6395 against 1.6623
  and 1.6780.

``auto`` takes the frequencies below UNIFORM_FROM passes, and where the passes are not known
before the run (a budget in minutes without the fit's probe). The split lies between the
frequencies' last win (6.5 passes: tiny Shakespeare, 768 units) and the uniform start's first
(8.3 passes: the sonnets).
"""

from __future__ import annotations

from rnn_studio.core.config import TrainConfig

UNIFORM_FROM = 7.0      # passes over the training split from which auto starts uniform


def budget_passes(cfg: TrainConfig, train_chars: int, fitted: float | None = None) -> float | None:
    """Passes over the training split the budget makes: the fit's, else exact for a budget in
    steps (``cfg.batch_size`` is the global batch), else None."""
    if fitted is not None:
        return fitted
    if cfg.budget_is_steps():
        return cfg.steps * cfg.batch_size * cfg.seq_len / max(train_chars, 1)
    return None


def choose_start(cfg: TrainConfig, passes: float | None) -> str:
    """``cfg.start``, with auto resolved: "frequencies" or "uniform"."""
    if cfg.start != "auto":
        return cfg.start
    return "uniform" if passes is not None and passes >= UNIFORM_FROM else "frequencies"
