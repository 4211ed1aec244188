"""Helpers shared by the robustness tests (imported by name: conftest puts this folder on sys.path)."""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

from cli_helpers import CliResult
from cli_helpers import call_cli as run_cli  # noqa: F401  (the robustness tests' name for it)
from hypothesis import HealthCheck, settings

TEXT = ("the quick brown fox jumps over the lazy dog.\n"
        "pack my box with five dozen liquor jugs!\n") * 8

# Modest example counts, no deadline: two shared cores, and the suite must stay near a minute.
FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


# Tiny command-line training settings (a 4-unit RNN on a few hundred characters).
TRAIN_FLAGS = ["--cell", "rnn", "--hidden", "4", "--embedding", "4", "--seq-len", "8", "--batch-size", "2",
               "--sample-every", "0", "--warmup-steps", "0", "--device", "cpu", "--log-every", "1", "--quiet"]


def tiny_train(**kw):
    from rnn_studio.core.config import TrainConfig
    base = dict(seq_len=8, batch_size=2, steps=4, lr=1e-2, warmup_steps=0, eval_every=2,
                sample_every=0, device="cpu", log_every=1, seed=3, threads=0)
    base.update(kw)
    return TrainConfig(**base)


def header_len(data: bytes) -> int:
    return struct.unpack("<Q", data[:8])[0]


def split_file(data: bytes):
    """(tensors, meta) of a model file's bytes."""
    from rnn_studio.core import modelfile
    header = json.loads(data[8:8 + header_len(data)])
    return modelfile.st_load(data), json.loads(header["__metadata__"]["rnn_studio"])


def join_file(tensors, meta) -> bytes:
    from safetensors.torch import save
    return save({k: v.contiguous() for k, v in tensors.items()},
                metadata={"format": "rnn-studio-model", "rnn_studio": json.dumps(meta)})


def assert_usable(snap) -> None:
    """What every snapshot the reader returns must be: consistent, finite, and able to write."""
    import numpy as np
    import torch

    from rnn_studio.core.checkpoint import MAX_WEIGHT
    from rnn_studio.core.config import SampleConfig
    from rnn_studio.core.sampler import write
    from rnn_studio.core.stepper import Stepper
    from rnn_studio.core.vocab import Vocab

    assert snap.model_cfg.vocab_size == len(snap.vocab) > 0
    for k, w in snap.weights.items():
        assert w.dtype == torch.float32 and torch.isfinite(w).all(), k
        assert float(w.abs().max()) <= MAX_WEIGHT, k
    stepper = Stepper({k: v.numpy() for k, v in snap.weights.items()}, snap.model_cfg)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        text = write(stepper, Vocab(snap.vocab), SampleConfig(length=5, seed=0))
    assert len(text) == 5 and set(text) <= set(snap.vocab)
    assert np.isfinite(stepper.logits).all()


def assert_user_error(result: CliResult, *words: str) -> None:
    """Exit status 2, one ``error: …`` on stderr naming ``words``, no traceback, nothing on stdout."""
    assert result.code == 2, result
    assert result.err.startswith("error: "), result.err
    assert "Traceback" not in result.err and "Traceback" not in result.out
    for w in words:
        assert w in result.err, (w, result.err)


def calls_made(fn) -> int:
    """Function calls (Python and C) made while ``fn`` runs: a measure of work that does not
    depend on the machine's speed or load, for tests of 'this takes little work'."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")
    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(previous)
    return count


def peak_rss_growth(fn) -> int:
    """Bytes the process's peak resident memory grew while ``fn`` ran (Linux; -1 elsewhere)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")        # reset the peak to the current size
        before = _status("VmHWM")
    except OSError:
        fn()
        return -1
    fn()
    return _status("VmHWM") - before


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise OSError(key)
