"""A text shorter than one training window trains with a shorter window (and says so in a
NoteEvent) or is refused with the number of characters it needs (preparation.py)."""

from __future__ import annotations

import pytest
from robust_helpers import TRAIN_FLAGS, assert_user_error, run_cli, tiny_train

from rnn_studio.core import events as ev
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.corpus import Corpus, required_chars
from rnn_studio.core.errors import UserError
from rnn_studio.core.sampler import write
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer

TEXTS = {1: "a", 2: "ab", 3: "abc", 5: "hello", 10: "hello worl"}


@pytest.mark.parametrize("val_fraction", [0.0, 0.1])
@pytest.mark.parametrize("n", sorted(TEXTS))
def test_tiny_texts(n, val_fraction):
    corpus = Corpus.from_text(TEXTS[n], name=f"tiny{n}.txt")
    cfg = tiny_train(seq_len=16, batch_size=4, steps=3, val_fraction=val_fraction, eval_every=1)
    need = required_chars(2, val_fraction)          # the shortest window is 2 characters
    events = []
    if n < need:
        with pytest.raises(UserError) as info:
            Trainer(corpus, ModelConfig(hidden=4, embedding=2), cfg)
        message = str(info.value)
        assert f"tiny{n}.txt" in message and f"it has {n} characters" in message
        assert f"at least {need}" in message and f"at least {required_chars(16, val_fraction)} for sequence length 16" in message
        return
    trainer = Trainer(corpus, ModelConfig(hidden=4, embedding=2), cfg, callbacks=[events.append])
    result = trainer.run()
    assert isinstance(result, ev.DoneEvent) and result.step == 3
    notes = [e.message for e in events if isinstance(e, ev.NoteEvent)]
    assert len(notes) == 1 and "training with sequence length" in notes[0] and f"tiny{n}.txt" in notes[0]
    assert 2 <= trainer.cfg.seq_len < 16 and cfg.seq_len == 16       # the caller's settings are untouched
    evals = [e for e in events if isinstance(e, ev.EvalEvent)]
    assert bool(evals) == (val_fraction > 0)
    text = write(Stepper.from_model(trainer.model), trainer.vocab, SampleConfig(length=20, seed=0))
    assert len(text) == 20


@pytest.mark.parametrize("n, code", [(1, 2), (2, 2), (3, 0), (10, 0)])
def test_the_command_line(n, code, tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(TEXTS[n])
    result = run_cli(["train", path, *TRAIN_FLAGS, "--steps", "2", "--val-fraction", "0", "--eval-every", "0",
                      "--out", tmp_path / "m.rnn"])
    if code:
        assert_user_error(result, "tiny.txt", "too short to train on", "at least 3")
    else:
        assert result.code == 0, result
        assert (tmp_path / "m.rnn").exists()


def test_contiguous_windows_on_a_starved_text_are_refused_in_words():
    corpus = Corpus.from_text("hello", name="five.txt")
    with pytest.raises(UserError, match="five.txt.*too few for contiguous windows"):
        Trainer(corpus, ModelConfig(hidden=4, embedding=2), tiny_train(window="contiguous", batch_size=4,
                                                                         val_fraction=0.0))
