"""Saying what goes wrong while it happens (not learning, memorising, still improving), and
early stopping. Budgets are in steps and every run is seeded, so nothing depends on speed."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.baseline import log_frequencies, unigram_entropy
from rnn_studio.core.diagnosis import Diagnosis
from rnn_studio.core.trainer import Trainer

from trainer_helpers import memo_corpus, memorise  # noqa: E402


@pytest.fixture(scope="module")
def tiny_text():
    return memo_corpus()


@pytest.fixture(scope="module")
def shakespeare_50k(tmp_path_factory):
    from rnn_studio.paths import corpora_dir
    path = tmp_path_factory.mktemp("lr10") / "shakespeare50k.txt"
    path.write_text((corpora_dir() / "shakespeare.txt").read_text(encoding="utf-8")[:50_000], encoding="utf-8")
    return path


def diagnoses(events, kind=None):
    return [e for e in events if isinstance(e, ev.DiagnosisEvent) and kind in (None, e.kind)]


def test_unigram_entropy():
    assert unigram_entropy(np.array([0, 1, 2, 3] * 5), 4) == pytest.approx(math.log(4))
    assert unigram_entropy(np.array([2, 2, 2]), 5) == 0.0
    assert unigram_entropy(np.array([0, 0, 0, 1]), 2) == pytest.approx(-(0.75 * math.log(0.75) + 0.25 * math.log(0.25)))


def test_log_frequencies_count_one_more_of_each():
    log_p = log_frequencies(np.array([0, 0, 0, 1, 0, 1]), 3)      # counts 4, 2, 0 → 5, 3, 1 of 9
    assert np.exp(log_p) == pytest.approx([5 / 9, 3 / 9, 1 / 9])
    assert np.exp(log_frequencies(np.array([], dtype=np.int64), 4)) == pytest.approx([0.25] * 4)


def test_a_new_model_starts_at_the_frequency_baseline(small_corpus, tiny_configs):
    """Its first guess is each character's frequency (the output bias is log p), so its loss
    before any step is the baseline's, not log V's."""
    import torch
    import torch.nn.functional as F
    trainer = Trainer(small_corpus, *tiny_configs(steps=2))
    train_ids = np.asarray(trainer.train_ids)
    V = len(trainer.vocab)
    bias = trainer.model.head.bias.detach().double().numpy()
    assert bias == pytest.approx(log_frequencies(train_ids, V), abs=1e-6)
    ids = torch.from_numpy(train_ids[:256].astype(np.int64))[None]
    with torch.no_grad():
        logits, _ = trainer.model.eval()(ids[:, :-1])
    loss = float(F.cross_entropy(logits[0].float(), ids[0, 1:]))
    assert abs(loss - trainer.baseline_loss) < 0.1 < math.log(V) - trainer.baseline_loss


def test_the_baseline_is_announced_and_saved(small_corpus, tiny_configs):
    events = []
    trainer = Trainer(small_corpus, *tiny_configs(steps=2), callbacks=[events.append])
    trainer.run()
    train_ids = np.asarray(trainer.train_ids)      # numpy: windows gather from it (batches.py)
    assert trainer.baseline_loss == pytest.approx(unigram_entropy(train_ids, len(trainer.vocab)))
    running = next(e for e in events if isinstance(e, ev.StateEvent))
    assert running.state == "running" and running.baseline_loss == trainer.baseline_loss
    assert modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot())).baseline_loss == trainer.baseline_loss


def test_memorising_is_said_with_the_kept_step_and_the_remedies(tiny_text):
    events = []
    trainer = Trainer(tiny_text, *memorise(), callbacks=[events.append])
    result = trainer.run()
    said = diagnoses(events, "memorising")
    assert len(said) == 1 and not diagnoses(events, "not_learning") and not diagnoses(events, "still_improving")
    d = said[0]
    assert f"the model from step {result.best_step} is kept" in d.message
    assert "more text" in d.advice and "dropout" in d.advice and "smaller model" in d.advice
    assert result.reason == "budget"        # patience 0: memorising alone does not stop a run


def test_early_stopping_ends_a_run_that_stopped_helping(tiny_text):
    events = []
    trainer = Trainer(tiny_text, *memorise(patience=3), callbacks=[events.append])
    result = trainer.run()
    evals = [e for e in events if isinstance(e, ev.EvalEvent)]
    assert isinstance(result, ev.DoneEvent) and result.reason == "early_stop"
    assert [e.is_best for e in evals[-3:]] == [False] * 3 and result.step == evals[-1].step < 120
    assert f"from step {result.best_step}" in result.message and "is kept" in result.message
    assert not trainer.finished
    # Off, the same run goes on to its budget.
    off = Trainer(tiny_text, *memorise(patience=3, early_stop=False))
    assert off.run().reason == "budget"


def test_a_run_cut_short_while_improving_says_more_time_would_help(small_corpus, tiny_configs, cli, tmp_path):
    events = []
    trainer = Trainer(small_corpus, *tiny_configs(steps=30, eval_every=10, precision="float32"),
                      callbacks=[events.append])
    result = trainer.run()
    said = diagnoses(events)
    assert [d.kind for d in said] == ["still_improving"]
    assert events.index(said[0]) == len(events) - 2 and events[-1] is result      # just before Done
    evals = [e for e in events if isinstance(e, ev.EvalEvent)]
    gain = evals[0].val_loss - evals[-1].val_loss
    assert f"gained {gain:.3f} nats/char" in said[0].message and "more time would help" in said[0].advice


def test_the_command_line_prints_a_note_when_still_improving(hello_setup, cli, tmp_path):
    flags = list(hello_setup["flags"])
    flags[flags.index("--eval-every") + 1] = "20"
    result = cli(["train", hello_setup["path"], *flags, "--out", tmp_path / "h.rnn"])
    assert result.code == 0, result.err
    assert [ln for ln in result.out.splitlines() if ln.startswith("note: still improving at the end")]


def test_not_learning_at_learning_rate_10(shakespeare_50k, cli, tmp_path):
    """The issue's case: lr 10 ends the run, says so naming the learning rate, exits 1, keeps the file."""
    out = tmp_path / "lr10.rnn"
    result = cli(["train", shakespeare_50k, "--lr", "10", "--steps", "200", "--hidden", "64", "--sample-every", "0",
                  "--out", out])
    assert result.code == 1 and "Traceback" not in result.err
    warnings = [ln for ln in result.err.splitlines() if ln.startswith(("warning:", "error:"))]
    assert len(warnings) == 1 and "not learning" in warnings[0] and "learning rate 10" in warnings[0]
    snap = modelfile.load(out)
    assert 0 < snap.step < 200 and not snap.finished
    assert snap.baseline_loss is not None


def test_not_learning_is_said_once_and_only_after_the_warm_up(small_corpus, tiny_configs):
    """Fed by hand: a training loss above the baseline is 'not learning' after the warm-up only."""
    m, t = tiny_configs(warmup_steps=80, lr=10.0)
    d = Diagnosis(m, t, baseline=2.0)
    seen = []
    for step in range(10, 201, 10):
        chars = step * 1100           # past WARM_UP_CHARS (204,800) at step 200, not at 160
        seen += d.see(ev.StepEvent(step, 200, 0.0, chars, 2.5, 1.0, 10.0, step / 200, None))
        if step % 40 == 0:
            seen += d.see(ev.EvalEvent(step, 0.0, chars, 2.4, 3.4, 0.1, is_best=step == 40))
    assert [(s.step, s.kind) for s in seen] == [(200, "not_learning")]
    d = Diagnosis(m, t, baseline=2.0)
    seen = [x for step in range(40, 401, 40) for x in d.see(ev.EvalEvent(step, 0.0, step * 10**4, 2.4, 3.4, 0.1))]
    assert [(s.step, s.kind) for s in seen] == [(80, "not_learning")]       # the warm-up: 80 steps here
    assert "learning rate 10 is too high" in seen[0].advice
    low = Diagnosis(m, tiny_configs(lr=1e-6)[1], baseline=2.0)
    low.see(ev.StepEvent(60, 200, 0.0, 10**6, 2.5, 1.0, 1e-6, 0.3, None))
    said = low.see(ev.EvalEvent(60, 0.0, 10**6, 2.4, 3.4, 0.1, is_best=True))
    assert said and "learning rate 1e-06 may be too low" in said[0].advice


def test_a_model_that_learns_is_not_said_to_fail(small_corpus, tiny_configs):
    events = []
    Trainer(small_corpus, *tiny_configs(steps=60, eval_every=20, precision="float32"), callbacks=[events.append]).run()
    assert not diagnoses(events, "not_learning") and not diagnoses(events, "memorising")


def _memorising_advice(model_cfg, cfg, passes: float) -> str:
    """Fed by hand: validation turns at its second evaluation while training loss falls, after
    ``passes`` passes over a 1,000-character training text; the memorising advice."""
    d = Diagnosis(model_cfg, cfg, baseline=3.0, train_chars=1000)
    said = []
    for i, val in enumerate((1.9, 1.8, 1.85, 1.9, 1.95)):
        step, chars = 100 * (i + 1), int(1000 * passes * (i + 1) / 5)
        d.see(ev.StepEvent(step, 500, 0.0, chars, 1.5 - 0.1 * i, 1.0, 0.01, step / 500, None))
        said += d.see(ev.EvalEvent(step, 0.0, chars, val, val / 0.693, 0.4, is_best=i == 1))
    assert [s.kind for s in said] == ["memorising"]
    return said[0].advice


def test_the_memorising_advice_names_the_inputs_dropout_only_where_it_helps(tiny_configs):
    """Read a dozen times or more, dropping the inputs helps (fitting.RULES): the advice names it
    there, for a model that does not drop them yet, and not after fewer passes."""
    m, t = tiny_configs()
    m.dropout, m.input_dropout = 0.3, 0.0
    many = _memorising_advice(m, t, passes=20)
    assert "more dropout (0.5 instead of 0.3), dropout on the inputs (0.2 instead of 0) or a smaller model" in many
    assert "inputs" not in _memorising_advice(m, t, passes=6)
    m.input_dropout = 0.2
    assert "inputs" not in _memorising_advice(m, t, passes=20)
