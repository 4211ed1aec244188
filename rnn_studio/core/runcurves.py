"""What the Runs panel draws and writes with, read from the run store off the UI thread.

``load_curves(store, ids)`` gives one ``RunCurves`` per run (its reports and evaluations as
columns); ``write_sample(path, ...)`` continues one prefix with one seed from a run's model
file, so that samples from several runs can be read side by side. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class RunCurves:
    id: int
    label: str
    reports: dict[str, list] = field(default_factory=dict)     # runstore.REPORT_COLUMNS
    evals: dict[str, list] = field(default_factory=dict)       # runstore.EVAL_COLUMNS


def load_curves(store, ids: Iterable[int]) -> list[RunCurves]:
    out = []
    for run in store.runs(list(ids)):
        c = store.curves(run.id)
        out.append(RunCurves(run.id, f"{run.label} · {run.corpus_name or '?'}", c["reports"], c["evals"]))
    return out


def write_sample(model_path: str, prefix: str, length: int, temperature: float, seed: int) -> str:
    """The prefix and its continuation (characters the model never saw are left out of the prefix)."""
    from rnn_studio.core import modelfile
    from rnn_studio.core.config import SampleConfig
    from rnn_studio.core.sampler import prepare_prefix, write
    from rnn_studio.core.stepper import Stepper
    from rnn_studio.core.vocab import Vocab

    snap = modelfile.load(model_path)
    vocab = Vocab(snap.vocab)
    stepper = Stepper({k: v.numpy() for k, v in snap.weights.items()}, snap.model_cfg)
    prefix = prepare_prefix(vocab, prefix, skip_unknown=True)
    cfg = SampleConfig(prefix=prefix, length=length, temperature=temperature, seed=seed)
    return prefix + write(stepper, vocab, cfg)
