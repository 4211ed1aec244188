"""The training loop's state: snapshots, contiguous windows and exact resume."""

from __future__ import annotations

import dataclasses
import threading

import pytest
import torch

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.errors import UserError
from rnn_studio.core.trainer import Trainer

from trainer_helpers import WAIT, assert_same_weights, watched, weights  # noqa: E402


def test_contiguous_windows_train_and_resume_exactly(small_corpus, tiny_configs):
    kw = dict(window="contiguous", batch_size=2, seq_len=8, steps=14, cell="gru")
    whole = Trainer(small_corpus, *tiny_configs(**kw))
    whole.run()
    losses = whole.history.train_loss
    assert losses[-1] < losses[0]
    trainer = None

    def stop_at_7(e):
        if isinstance(e, ev.StepEvent) and e.step == 7:
            trainer.stop()

    trainer = Trainer(small_corpus, *tiny_configs(**kw), callbacks=[stop_at_7])
    assert trainer.run().reason == "stopped"
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert any(k.startswith("carry") for k in snap.rng)
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    assert resumed.run().reason == "budget"
    assert_same_weights(weights(whole), weights(resumed), atol=1e-6)
    assert resumed.history.train_loss == pytest.approx(losses, abs=1e-5)


def test_contiguous_windows_on_too_little_text_is_a_user_error(small_corpus, tiny_configs):
    with pytest.raises(UserError) as info:
        Trainer(small_corpus, *tiny_configs(window="contiguous", batch_size=64, seq_len=64))
    assert "small.txt" in str(info.value)


def test_snapshot_on_request(small_corpus, tiny_configs):
    trainer, watcher = watched(small_corpus, *tiny_configs(steps=6), at=3, action="request_snapshot")
    trainer.run()
    snaps = watcher.of(ev.SnapshotEvent)
    assert len(snaps) == 1
    s = snaps[0].snapshot
    assert snaps[0].step == 3 and s.step == 3 and s.history.step == [1, 2, 3]
    assert s.chars_seen == 3 * 4 * 16 and not s.finished
    assert not all(torch.equal(s.weights[k], v) for k, v in weights(trainer).items())
    # The snapshot is a copy: training on did not change it.
    assert s.weights.keys() == weights(trainer).keys()


def test_snapshot_while_paused(small_corpus, tiny_configs):
    trainer, watcher = watched(small_corpus, *tiny_configs(steps=4), at=2, action="pause")

    def driver():
        assert watcher.paused.wait(WAIT)
        trainer.request_snapshot()
        assert watcher.snapped.wait(WAIT)
        trainer.resume()

    thread = threading.Thread(target=driver)
    thread.start()
    trainer.run()
    thread.join(WAIT)
    snaps = watcher.of(ev.SnapshotEvent)
    assert len(snaps) == 1 and snaps[0].step == 2 and snaps[0].snapshot.step == 2


def test_mid_run_snapshot_resumes_exactly(small_corpus, tiny_configs):
    """A snapshot taken between steps (as the window saves) continues like the run itself, the
    dropout masks of the inputs, between layers and of the outputs included."""
    kw = dict(steps=10, layers=2, dropout=0.3, input_dropout=0.2, cell="lstm")
    trainer, watcher = watched(small_corpus, *tiny_configs(**kw), at=5, action="request_snapshot")
    trainer.run()
    snap = watcher.of(ev.SnapshotEvent)[0].snapshot
    snap = modelfile.from_bytes(modelfile.to_bytes(snap))
    resumed = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    resumed.run()
    assert_same_weights(weights(trainer), weights(resumed), atol=1e-6)


@pytest.mark.parametrize("change", [dict(batch_size=3), dict(seq_len=40), dict(batch_size=1, seq_len=30)])
def test_contiguous_resume_with_other_window_settings(small_corpus, tiny_configs, change):
    kw = dict(window="contiguous", batch_size=2, seq_len=8, steps=30, cell="gru")
    first = Trainer(small_corpus, *tiny_configs(**kw))
    first.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(first.snapshot()))
    cfg = dataclasses.replace(snap.train_cfg, steps=40, **change)
    resumed = Trainer(small_corpus, snap.model_cfg, cfg, resume=snap)
    result = resumed.run()
    assert isinstance(result, ev.DoneEvent) and result.step == 40


@pytest.mark.parametrize("damage", ["rng", "optimizer", "windows"])
def test_damaged_training_state_is_refused_on_resume(small_corpus, tiny_configs, damage):
    trainer = Trainer(small_corpus, *tiny_configs(steps=3))
    trainer.run()
    s = trainer.snapshot()
    if damage == "rng":
        s = dataclasses.replace(s, rng={"torch": torch.zeros(10, dtype=torch.uint8)})
    elif damage == "optimizer":
        s = dataclasses.replace(s, optimizer={k: (v[:1] if v.dim() else v) for k, v in s.optimizer.items()})
    else:
        s = dataclasses.replace(s, windows={"kind": "random", "rng": {"bit_generator": "nope"}})
    snap = modelfile.from_bytes(modelfile.to_bytes(s))        # it loads: the weights are fine
    with pytest.raises(UserError, match="training state is damaged"):
        Trainer(small_corpus, snap.model_cfg, dataclasses.replace(snap.train_cfg, steps=6), resume=snap)
