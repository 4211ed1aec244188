"""Helpers shared by the trainer tests (tests/ is on sys.path while they run)."""

import torch

WAIT = 30  # seconds: an upper bound for thread hand-offs, never a sleep


def weights(trainer):
    return {k: v.detach().clone() for k, v in trainer.model.state_dict().items()}


def assert_same_weights(a, b, atol=0.0):
    assert a.keys() == b.keys()
    for k in a:
        if atol:
            torch.testing.assert_close(a[k], b[k], atol=atol, rtol=0, msg=k)
        else:
            assert torch.equal(a[k], b[k]), k


def memo_corpus():
    """The sonnets' first 1,000 characters: too little text for a big model, which memorises it."""
    from rnn_studio.core.corpus import Corpus
    from rnn_studio.paths import corpora_dir
    text = (corpora_dir() / "shakespeare_sonnets.txt").read_text(encoding="utf-8")[:1000]
    return Corpus.from_text(text, name="memo.txt")


def memorise(**kw):
    """Settings under which a 128-unit LSTM memorises ``memo_corpus``: validation turns up after
    about 40 steps and climbs (float32, seeded: the same on every machine's arithmetic)."""
    from rnn_studio.core.config import ModelConfig, TrainConfig
    t = dict(seq_len=32, batch_size=16, lr=2e-2, warmup_steps=5, eval_every=20, steps=120, log_every=5,
             precision="float32", seed=3, sample_every=0, device="cpu", patience=0)
    t.update(kw)
    return ModelConfig(cell="lstm", hidden=128, embedding=16), TrainConfig(**t)
