"""Prefixes with characters the model never saw, emoji, combining marks, nothing, or 100k
characters: handled as rnn_studio/core/sampler.py documents (NFC first; unknown characters
refused by name, or dropped with skip_unknown; an empty prefix primes with a newline)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from robust_helpers import FUZZ, assert_user_error, run_cli, tiny_train

from rnn_studio.core import modelfile
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.errors import UserError
from rnn_studio.core.sampler import generate, next_char_distribution, prepare_prefix, write
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer
from rnn_studio.core.vocab import Vocab

TEXT = "café naïve 😀 한국 x\u0301 résumé\nthe end.\n" * 6   # 'x\u0301' has no composed form


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    corpus = Corpus.from_text(TEXT, "unicode.txt")
    trainer = Trainer(corpus, ModelConfig(cell="gru", hidden=8, embedding=4), tiny_train(steps=3))
    trainer.run()
    snap = trainer.snapshot()
    path = modelfile.save(tmp_path_factory.mktemp("prefix") / "u.rnn", snap)
    return Stepper({k: v.numpy() for k, v in snap.weights.items()}, snap.model_cfg), Vocab(snap.vocab), path


def sample(writer, prefix, skip=False, length=10):
    stepper, vocab, _ = writer
    return write(stepper, vocab, SampleConfig(prefix=prefix, length=length, seed=1), skip_unknown=skip)


def test_the_vocabulary_is_nfc(writer):
    _, vocab, _ = writer
    assert "é" in vocab and "\u0301" in vocab and "😀" in vocab and "한" in vocab and "e" in vocab


@pytest.mark.parametrize("prefix", ["café", "cafe\u0301", "x\u0301", "😀", "한국", "\n", "é" * 3])
def test_known_characters_in_any_normal_form(writer, prefix):
    assert prepare_prefix(writer[1], prefix) == unicodedata.normalize("NFC", prefix)
    text = sample(writer, prefix)
    assert len(text) == 10 and set(text) <= set(writer[1].chars)


@pytest.mark.parametrize("prefix, named", [("Zebra", "'Z', 'b'"), ("🦀 crab", "'🦀'"), ("ü", "'ü'"),
                                           ("u\u0308", "'ü'"), ("\u0300", "\u0300"), ("\x00", "'\\x00'")])
def test_unseen_characters_are_named_or_skipped(writer, prefix, named):
    with pytest.raises(UserError, match="never saw") as info:
        sample(writer, prefix)
    assert named in str(info.value)
    text = sample(writer, prefix, skip=True)
    assert len(text) == 10


def test_an_empty_prefix_primes_with_a_newline(writer):
    stepper, vocab, _ = writer
    assert len(sample(writer, "")) == 10
    after_newline = next_char_distribution(stepper, vocab, "\n")
    assert next_char_distribution(stepper, vocab, "") == after_newline
    assert sample(writer, "", skip=True) == sample(writer, "")
    assert sample(writer, "🦀", skip=True) == sample(writer, "")   # everything skipped: as empty


def test_a_100k_character_prefix(writer, monkeypatch):
    """A long prefix costs one step per character, fed once: work linear in its length."""
    prefix = ("café naïve 😀 한국 " * 7000)[:100_000]
    stepper = writer[0]
    steps, resets = [], []
    monkeypatch.setattr(stepper, "step", lambda i, step=stepper.step: steps.append(i) or step(i))
    monkeypatch.setattr(stepper, "reset", lambda reset=stepper.reset: resets.append(1) or reset())
    text = sample(writer, prefix, length=5)
    assert len(text) == 5
    assert len(resets) == 1 and len(steps) == len(prefix) + 5 - 1      # the prefix, then 4 new characters
    assert steps[:len(prefix)] == [writer[1].index(c) for c in prefix]
    monkeypatch.undo()
    out = "".join(generate(writer[0], writer[1], SampleConfig(prefix=prefix[:2000] + "🦀", length=3, seed=0),
                           skip_unknown=True))
    assert len(out) == 3


@FUZZ
@given(st.text(max_size=40))
def test_any_prefix(writer, prefix):
    try:
        text = sample(writer, prefix, length=4)
    except UserError as exc:
        assert "never saw" in str(exc)
        assert writer[1].unknown(unicodedata.normalize("NFC", prefix))
    else:
        assert len(text) == 4
    assert len(sample(writer, prefix, skip=True, length=4)) == 4


def test_the_command_line(writer):
    path = writer[2]
    result = run_cli(["sample", path, "--prefix", "cafe\u0301", "--length", "5", "--seed", "1"])
    assert result.code == 0 and result.out.startswith("café") and len(result.out) == len("café") + 5 + 1
    assert_user_error(run_cli(["sample", path, "--prefix", "🦀x"]), "never saw", "'🦀'")
    result = run_cli(["sample", path, "--prefix", "🦀x", "--skip-unknown", "--length", "3"])
    assert result.code == 0 and result.out.startswith("x") and len(result.out) == 1 + 3 + 1
    result = run_cli(["sample", path, "--prefix", "", "--length", "3"])
    assert result.code == 0 and len(result.out) == 4
