"""Absurd model sizes are refused with a memory estimate, before anything big is allocated."""

from __future__ import annotations

import time

import pytest
from robust_helpers import assert_user_error, peak_rss_growth, run_cli, tiny_train

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.memory import check_sizes, training_bytes
from rnn_studio.core.trainer import Trainer

LIMIT = 64 << 20     # a refused run may not raise peak memory by more than this


@pytest.mark.parametrize("model, train", [
    (dict(hidden=100_000, layers=8), {}),                                   # beyond --hidden's bound
    (dict(hidden=8192, layers=8, embedding=4096), {}),                      # within every bound
    (dict(hidden=512), dict(batch_size=4096, seq_len=4096)),                # a huge batch of long windows
    (dict(hidden=8192, layers=8), dict(batch_size=4096, seq_len=4096)),
], ids=["hidden-100000x8", "hidden-8192x8", "batch-4096x4096", "everything"])
def test_the_trainer_refuses_with_an_estimate_before_allocating(model, train, text_corpus):
    big_text = text_corpus
    if train.get("seq_len", 0) > text_corpus.n_chars:   # a text long enough not to shorten the window
        from rnn_studio.core.corpus import Corpus
        big_text = Corpus.from_text("abcdefghij klmnopqrst\n" * 400, "long.txt")
    m = ModelConfig(cell="lstm", **{"embedding": 64, **model})
    t = tiny_train(**train)
    t0 = time.perf_counter()

    def attempt():
        with pytest.raises(UserError, match=r"needs about [\d.,e+]+ GiB to train") as info:
            Trainer(big_text, m, t)
        assert "M parameters" in str(info.value) and "this machine can give" in str(info.value)
    growth = peak_rss_growth(attempt)
    assert time.perf_counter() - t0 < 2
    assert growth < LIMIT, f"peak memory grew by {growth >> 20} MB before the refusal"


def test_the_command_line_refuses_with_an_estimate(corpus_file, tmp_path):
    out = tmp_path / "m.rnn"
    for flags in (["--hidden", "100000", "--layers", "8"], ["--hidden", "8192", "--layers", "8"],
                  ["--batch-size", "4096", "--seq-len", "4096", "--hidden", "8192"]):
        result = run_cli(["train", corpus_file, "--steps", "1", "--device", "cpu", *flags, "--out", out])
        assert_user_error(result, "GiB")
        assert not out.exists()


def test_within_bounds_but_too_big_for_this_machine_names_the_estimate(text_corpus):
    m, t = ModelConfig(hidden=64, embedding=8), tiny_train()
    need = training_bytes(ModelConfig(hidden=64, embedding=8, vocab_size=len(text_corpus.vocab)), t)
    with pytest.raises(UserError, match="GiB"):
        check_sizes(m, t, len(text_corpus.vocab), limit_bytes=need - 1)
    check_sizes(m, t, len(text_corpus.vocab), limit_bytes=need)


def test_sizes_that_are_not_numbers_are_left_to_the_bounds(text_corpus):
    """check_sizes skips what validate refuses in words (a negative, a float, a bool)."""
    for bad in (dict(hidden=-5), dict(hidden=2.5), dict(layers=True)):
        with pytest.raises(UserError) as info:
            Trainer(text_corpus, ModelConfig(**bad), tiny_train())
        assert "GiB" not in str(info.value)
