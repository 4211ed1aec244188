"""Keep the best: every evaluation that beats the best so far makes those weights the model's
writing weights, while the latest training state stays in the file for ``--resume``."""

from __future__ import annotations

import dataclasses
import json
import struct

import pytest
import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer

from trainer_helpers import assert_same_weights, evaluated, memo_corpus, memorise, weights  # noqa: E402

@pytest.fixture(scope="module")
def tiny_text():
    return memo_corpus()


@pytest.fixture(scope="module")
def memorised(tiny_text):
    """A run that memorises, with the weights seen at each evaluation."""
    events, at_eval = [], {}
    trainer = None

    def record(e):
        events.append(e)
        if isinstance(e, ev.EvalEvent):
            at_eval[e.step] = evaluated(trainer)

    trainer = Trainer(tiny_text, *memorise(), callbacks=[record])
    result = trainer.run()
    return trainer, result, events, at_eval


def test_the_writing_weights_are_exactly_the_best_evaluations(memorised):
    trainer, result, events, at_eval = memorised
    evals = [e for e in events if isinstance(e, ev.EvalEvent)]
    best = min(evals, key=lambda e: e.val_loss)
    assert best.step < result.step, "the run should have memorised"       # the case that matters
    # is_best marks exactly each new minimum.
    running = float("inf")
    for e in evals:
        assert e.is_best == (e.val_loss < running)
        running = min(running, e.val_loss)
    assert (result.best_step, result.best_val_loss) == (best.step, best.val_loss)
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert (snap.best_step, snap.best_loss, snap.step) == (best.step, best.val_loss, result.step)
    assert snap.writing_step() == best.step
    assert_same_weights(snap.writing_weights(), at_eval[best.step])
    assert_same_weights(snap.weights, weights(trainer))       # the latest state is there too
    model = modelfile.build_model(snap)
    assert evaluate(model, trainer.val_ids).loss == pytest.approx(best.val_loss, abs=1e-5)
    stepper = Stepper.from_snapshot(snap)
    assert torch.equal(torch.from_numpy(stepper.by), at_eval[best.step]["head.bias"])


def test_best_weights_are_stored_only_when_they_are_not_the_latest(memorised, small_corpus, tiny_configs):
    trainer = memorised[0]
    data = modelfile.to_bytes(trainer.snapshot())
    assert any(k.startswith("best.") for k in st_load(data))
    improving = Trainer(small_corpus, *tiny_configs(steps=10, eval_every=5, precision="float32", ema=0))
    improving.run()
    snap = improving.snapshot()
    assert snap.best_step == snap.step == 10       # still learning: the last evaluation is the best
    assert snap.best_weights is None and not any(k.startswith("best.") for k in st_load(modelfile.to_bytes(snap)))
    assert snap.writing_weights() is snap.weights
    # With weight averaging the best of the last step are the average, not the latest weights:
    # both go in the file.
    averaged = Trainer(small_corpus, *tiny_configs(steps=10, eval_every=5, precision="float32"))
    averaged.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(averaged.snapshot()))
    assert snap.best_step == snap.step == 10 and snap.best_weights is not None
    assert_same_weights(snap.writing_weights(), evaluated(averaged))
    assert_same_weights(snap.weights, weights(averaged))


def _as_old_file(data: bytes) -> bytes:
    """The same model as a file written before the best was kept: no best tensors or fields."""
    n = struct.unpack("<Q", data[:8])[0]
    meta = json.loads(json.loads(data[8:8 + n])["__metadata__"]["rnn_studio"])
    for key in ("best_step", "best_val_loss", "baseline_loss"):
        del meta[key]
    tensors = {k: v for k, v in st_load(data).items() if not k.startswith(("best.", "avg."))}
    return st_save(tensors, metadata={"format": "rnn-studio-model", "rnn_studio": json.dumps(meta)})


def test_old_files_load_with_the_latest_weights_as_the_best(memorised):
    trainer = memorised[0]
    old = modelfile.from_bytes(_as_old_file(modelfile.to_bytes(trainer.snapshot())))
    assert old.best_weights is None and old.writing_weights() is old.weights
    assert old.best_step == old.step == trainer.step       # the final evaluation was at the last step
    assert old.best_val_loss() == old.history.val_loss[-1]
    assert_same_weights(old.weights, weights(trainer))


def test_a_file_with_best_weights_but_no_best_step_is_refused(memorised):
    data = modelfile.to_bytes(memorised[0].snapshot())
    n = struct.unpack("<Q", data[:8])[0]
    meta = json.loads(json.loads(data[8:8 + n])["__metadata__"]["rnn_studio"])
    meta["best_step"], meta["best_val_loss"] = None, None
    bad = st_save(st_load(data), metadata={"format": "rnn-studio-model", "rnn_studio": json.dumps(meta)})
    with pytest.raises(Exception, match="best weights without a best step"):
        modelfile.from_bytes(bad)


def test_resume_continues_exactly_from_the_latest_state_and_carries_the_best(tiny_text, memorised):
    whole = memorised[0]
    trainer = None

    def stop_at_70(e):
        if isinstance(e, ev.StepEvent) and e.step == 70:
            trainer.stop(evaluate=False)

    trainer = Trainer(tiny_text, *memorise(), callbacks=[stop_at_70])
    assert trainer.run().reason == "stopped"
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert snap.best_step < snap.step == 70           # the file holds both: latest and best
    resumed = Trainer(tiny_text, snap.model_cfg, snap.train_cfg, resume=snap)
    result = resumed.run()
    assert result.reason == "budget" and result.step == whole.step
    assert_same_weights(weights(resumed), weights(whole))
    assert (resumed.best.step, resumed.best.val_loss) == (whole.best.step, whole.best.val_loss)
    assert_same_weights(resumed.snapshot().writing_weights(), whole.snapshot().writing_weights())


def test_another_validation_text_starts_the_best_over(tiny_configs, small_corpus):
    first = Trainer(small_corpus, *tiny_configs(steps=6, eval_every=3))
    first.run()
    snap = first.snapshot()
    events = []
    other = Corpus.from_text(small_corpus.vocab.decode(small_corpus.ids[::-1]), name="reversed.txt")
    resumed = Trainer(other, snap.model_cfg, dataclasses.replace(snap.train_cfg, steps=9), resume=snap,
                      callbacks=[events.append])
    resumed.run()
    notes = [e.message for e in events if isinstance(e, ev.NoteEvent)]
    assert any("best so far" in n and "starts over" in n for n in notes)
    assert resumed.best.step == 9


def test_info_shows_the_best_and_the_latest_step(memorised, cli, tmp_path):
    trainer = memorised[0]
    path = modelfile.save(tmp_path / "m.rnn", trainer.snapshot())
    text = cli(["info", path])
    assert text.code == 0, text.err
    assert (f"best at step {trainer.best.step} ({trainer.best.val_loss:.3f}), trained to step {trainer.step}"
            in text.out)
    data = json.loads(cli(["info", path, "--json"]).out)
    assert (data["best_step"], data["step"]) == (trainer.best.step, trainer.step)
    assert data["best_val_loss"] == pytest.approx(trainer.best.val_loss)
    assert data["baseline_loss"] == pytest.approx(trainer.baseline_loss)


def test_sample_and_eval_use_the_best_weights(memorised, cli, tmp_path):
    trainer = memorised[0]
    snap = trainer.snapshot()
    path = modelfile.save(tmp_path / "m.rnn", snap)
    text = path.with_suffix(".txt")
    text.write_text(trainer.vocab.decode(trainer.val_ids.numpy()), encoding="utf-8")
    score = json.loads(cli(["eval", path, text, "--json"]).out)
    assert score["loss"] == pytest.approx(trainer.best.val_loss, abs=1e-4)
    from rnn_studio.core.config import SampleConfig
    from rnn_studio.core.sampler import write
    expected = write(Stepper.from_snapshot(snap), trainer.vocab, SampleConfig(prefix="S", length=40, seed=5))
    latest = write(Stepper(dict((k, v.numpy()) for k, v in snap.weights.items()), snap.model_cfg), trainer.vocab,
                   SampleConfig(prefix="S", length=40, seed=5))
    out = cli(["sample", path, "--prefix", "S", "--length", "40", "--seed", "5"])
    assert out.code == 0 and out.out == "S" + expected + "\n"
    assert expected != latest
