"""Helpers shared by the trainer tests (tests/ is on sys.path while they run)."""

import torch

WAIT = 30  # seconds: an upper bound for thread hand-offs, never a sleep


def weights(trainer):
    return {k: v.detach().clone() for k, v in trainer.model.state_dict().items()}


def evaluated(trainer):
    """The weights the trainer's evaluations score: the moving average, or the live ones when it is off."""
    return trainer.average.state() or weights(trainer)


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


class Watcher:
    """A Trainer's callback: records every event, calls ``trainer.<action>()`` when step ``at``
    is reported, and sets ``paused`` / ``snapped`` when the run reports a pause / a snapshot."""

    def __init__(self, at: int = 0, action: str = ""):
        import threading
        self.events, self.at, self.action, self.trainer = [], at, action, None
        self.paused, self.snapped = threading.Event(), threading.Event()

    def __call__(self, e) -> None:
        from rnn_studio.core import events as ev
        self.events.append(e)
        if isinstance(e, ev.StepEvent) and e.step == self.at:
            getattr(self.trainer, self.action)()
        elif isinstance(e, ev.StateEvent) and e.state == "paused":
            self.paused.set()
        elif isinstance(e, ev.SnapshotEvent):
            self.snapped.set()

    def of(self, kind) -> list:
        return [e for e in self.events if isinstance(e, kind)]


def watched(corpus, model_cfg, train_cfg, at: int = 0, action: str = ""):
    """A Trainer with a ``Watcher`` (see there) as its callback: (trainer, watcher)."""
    from rnn_studio.core.trainer import Trainer
    watcher = Watcher(at, action)
    watcher.trainer = Trainer(corpus, model_cfg, train_cfg, callbacks=[watcher])
    return watcher.trainer, watcher
