"""A validation loss that turns before the run has read its training text twice is not
memorising: the held-out end of the text differs from the rest (diagnosis.FEW_PASSES)."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_studio.core import events as ev
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.diagnosis import FEW_PASSES, Diagnosis
from rnn_studio.core.trainer import Trainer


def _turning(d: Diagnosis, chars_per_step: int) -> list[ev.DiagnosisEvent]:
    """Validation best at step 100, then higher at 200–400 while the training loss falls."""
    said = []
    for step, val, train in ((100, 2.0, 2.2), (200, 2.05, 2.1), (300, 2.1, 2.0), (400, 2.2, 1.9)):
        said += d.see(ev.StepEvent(step, 400, 0.0, step * chars_per_step, train, 1.0, 0.01, step / 400, None))
        said += d.see(ev.EvalEvent(step, 0.0, step * chars_per_step, val, 3.0, 0.1, is_best=step == 100))
    return said


@pytest.mark.parametrize("passes_at_400, kind", [(FEW_PASSES * 0.9, "validation_differs"),
                                                 (FEW_PASSES * 1.1, "memorising")])
def test_a_turn_before_two_passes_says_the_held_out_text_differs(tiny_configs, passes_at_400, kind):
    m, t = tiny_configs(val_fraction=0.2, patience=5)
    train_chars = 10**6
    said = _turning(Diagnosis(m, t, baseline=3.0, train_chars=train_chars), int(passes_at_400 * train_chars / 400))
    assert [(s.step, s.kind) for s in said] == [(400, kind)]
    d = said[0]
    assert "the model from step 100 is kept" in d.message and "(2.000 at step 100, now 2.200)" in d.message
    if kind == "validation_differs":
        assert d.message.startswith("the held-out text differs from the training text")
        assert f"after {passes_at_400:.1f} passes over the training text" in d.message
        assert "last 20% of the text" in d.advice and "dropout" not in d.advice
    else:
        assert d.message.startswith("memorising the text") and "dropout" in d.advice


def test_without_the_training_size_a_turn_is_memorising(tiny_configs):
    said = _turning(Diagnosis(*tiny_configs(), baseline=3.0), 10)
    assert [s.kind for s in said] == ["memorising"]


def _chain(n: int, step: int, rng) -> str:
    """Letters a–h, each mostly followed by the one ``step`` places on."""
    out, c = [], 0
    for _ in range(n):
        c = (c + step) % 8 if rng.random() < 0.9 else int(rng.integers(8))
        out.append("abcdefgh"[c])
    return "".join(out)


def test_a_text_whose_end_runs_backwards_is_said_to_differ_and_stops_early(tiny_configs):
    """Trained on a–h mostly in order, validated on its end, where they mostly run backwards:
    the more the model learns the training text, the worse the held-out end reads."""
    rng = np.random.default_rng(0)
    corpus = Corpus.from_text(_chain(90_000, 1, rng) + _chain(10_000, -1, rng), "two kinds.txt")
    events = []
    trainer = Trainer(corpus, *tiny_configs(steps=400, eval_every=20, patience=4, lr=3e-2, warmup_steps=5,
                                            precision="float32"), callbacks=[events.append])
    result = trainer.run()
    said = [e for e in events if isinstance(e, ev.DiagnosisEvent)]
    assert [s.kind for s in said] == ["validation_differs"]
    assert trainer.chars_seen / trainer.train_ids.size < FEW_PASSES
    assert result.reason == "early_stop" and f"the model from step {result.best_step} is kept" in said[0].message
