"""Absurd model sizes are refused with a memory estimate, before anything big is allocated."""

from __future__ import annotations

import pytest
import torch
from robust_helpers import assert_user_error, peak_rss_growth, run_cli, tiny_train

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.memory import check_sizes, training_bytes
from rnn_studio.core.trainer import Trainer

LIMIT = 64 << 20     # a refused run may not raise peak memory by more than this


@pytest.fixture(autouse=True)
def a_16_gib_machine(monkeypatch):
    """The same verdicts on any machine: on a 128 GiB one, hidden 8192 × 8 (67 GB) would fit
    and start training instead of being refused."""
    from rnn_studio.core import memory
    monkeypatch.setattr(memory, "total_memory_bytes", lambda: 16 << 30)


@pytest.mark.parametrize("model, train", [
    (dict(hidden=100_000, layers=8), {}),                                   # beyond --hidden's bound
    (dict(hidden=8192, layers=8, embedding=4096), {}),                      # within every bound
    (dict(hidden=512), dict(batch_size=4096, seq_len=4096)),                # a huge batch of long windows
    (dict(hidden=8192, layers=8), dict(batch_size=4096, seq_len=4096)),
], ids=["hidden-100000x8", "hidden-8192x8", "batch-4096x4096", "everything"])
def test_the_trainer_refuses_with_an_estimate_before_allocating(model, train, text_corpus, monkeypatch):
    big_text = text_corpus
    if train.get("seq_len", 0) > text_corpus.n_chars:   # a text long enough not to shorten the window
        from rnn_studio.core.corpus import Corpus
        big_text = Corpus.from_text("abcdefghij klmnopqrst\n" * 400, "long.txt")
    m = ModelConfig(cell="lstm", **{"embedding": 64, **model})
    t = tiny_train(**train)

    def no_modules(self, *args, **kw):      # the refusal comes before any layer is built
        raise AssertionError(f"built a {type(self).__name__} before refusing")
    monkeypatch.setattr(torch.nn.Module, "__init__", no_modules)

    def attempt():
        with pytest.raises(UserError, match=r"needs about [\d.,e+]+ GiB to train") as info:
            Trainer(big_text, m, t)
        assert "M parameters" in str(info.value) and "this machine can give" in str(info.value)
    growth = peak_rss_growth(attempt)
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


@pytest.mark.parametrize("error", [
    RuntimeError("[enforce fail at alloc_cpu.cpp:117] DefaultCPUAllocator: can't allocate memory: "
                 "you tried to allocate 21474836480 bytes"),
    MemoryError(),
], ids=["torch-cpu-allocator", "python-memoryerror"])
@pytest.mark.parametrize("where", ["forward", "optimizer"])
def test_running_out_of_memory_mid_run_fails_in_words_and_keeps_the_weights(text_corpus, monkeypatch, error, where):
    """Memory can run out after the estimate passed (another program took it): the run ends
    as a failure the window and the command line already show, with the last step's weights."""
    from rnn_studio.core import events as ev
    trainer = Trainer(text_corpus, ModelConfig(hidden=16, embedding=8), tiny_train(steps=10, eval_every=0))
    target = trainer.model if where == "forward" else trainer.opt
    real = target.forward if where == "forward" else target.step
    calls = {"n": 0}
    weights_after_3 = {}

    def failing(*a, **k):
        calls["n"] += 1
        if calls["n"] == 4:
            weights_after_3.update({k: v.detach().clone() for k, v in trainer.model.state_dict().items()})
            if where == "optimizer":       # half an update happened before memory ran out
                with __import__("torch").no_grad():
                    next(trainer.model.parameters()).add_(1.0)
            raise error
        return real(*a, **k)

    monkeypatch.setattr(target, "forward" if where == "forward" else "step", failing)
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent)
    assert "ran out of memory at step 4" in result.message and "smaller batch" in result.message
    assert result.kept_step == 3
    for k, v in trainer.model.state_dict().items():
        assert (v == weights_after_3[k]).all(), k


def test_other_runtime_errors_are_not_taken_for_memory(text_corpus, monkeypatch):
    trainer = Trainer(text_corpus, ModelConfig(hidden=16, embedding=8), tiny_train(steps=10, eval_every=0))

    def broken(*a, **k):
        raise RuntimeError("a bug, not a lack of memory")

    monkeypatch.setattr(trainer.model, "forward", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        trainer.run()
