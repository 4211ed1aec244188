"""A full disk or a read-only target: a clear error, the previous file unchanged, no
temporary left, and the model still in memory to save elsewhere.

The tests run as root, for whom permission bits block nothing, so the failures are injected
by monkeypatching the calls a save makes (the temporary file's creation, its write).
"""

from __future__ import annotations

import errno
import os
import tempfile

import pytest
import torch
from robust_helpers import TRAIN_FLAGS, run_cli, tiny_train

from rnn_studio.core import modelfile
from rnn_studio.core.config import ModelConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.trainer import Trainer


class FullDisk:
    """A file object whose writes stop, half done, with ENOSPC (what a full disk does)."""

    def __init__(self, f):
        self.f = f

    def write(self, data):
        self.f.write(data[: len(data) // 2])
        self.f.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


@pytest.fixture
def trained(text_corpus):
    trainer = Trainer(text_corpus, ModelConfig(cell="lstm", hidden=8, embedding=4), tiny_train(steps=3))
    trainer.run()
    return trainer


def raising(exc: OSError):
    def fail(*args, **kw):
        if args and isinstance(args[0], int):      # os.fdopen(fd, …): the descriptor is ours to close
            os.close(args[0])
        raise exc
    return fail


def full_disk(fd, *args, **kw):
    return FullDisk(REAL_FDOPEN(fd, *args, **kw))


REAL_FDOPEN = os.fdopen
FAILURES = {   # where it fails, how, and what the message must say
    "disk full while writing": (os, "fdopen", full_disk, ["No space left on device", "free some space"]),
    "quota exceeded": (os, "fdopen", raising(OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))), ["free some space"]),
    "read-only file system": (tempfile, "mkstemp", raising(OSError(errno.EROFS, os.strerror(errno.EROFS))),
                              ["Read-only file system", "choose a folder"]),
    "permission denied": (tempfile, "mkstemp", raising(PermissionError(errno.EACCES, os.strerror(errno.EACCES))),
                          ["Permission denied", "choose a folder"]),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_failed_save_keeps_the_old_file_and_the_model(case, trained, tmp_path, monkeypatch):
    target, other = tmp_path / "target", tmp_path / "elsewhere"
    target.mkdir(), other.mkdir()
    path = target / "model.rnn"
    modelfile.save(path, trained.snapshot())
    before = path.read_bytes()
    trained.cfg.steps = 6
    trained.run()                                   # the model moves on: step 6, unsaved
    module, name, fake, words = FAILURES[case]
    monkeypatch.setattr(module, name, fake)
    with pytest.raises(UserError) as info:
        modelfile.save(path, trained.snapshot())
    message = str(info.value)
    assert message.startswith(f"cannot save to {path}: ") and "still in memory" in message
    for w in words:
        assert w in message
    assert path.read_bytes() == before              # the previous file, byte for byte
    assert sorted(p.name for p in target.iterdir()) == ["model.rnn"]   # no temporary left
    monkeypatch.undo()
    saved = modelfile.load(modelfile.save(other / "model.rnn", trained.snapshot()))   # save elsewhere
    assert saved.step == 6 and modelfile.load(path).step == 3
    for k, w in trained.model.state_dict().items():
        assert torch.equal(saved.weights[k], w)


def test_the_command_line_survives_a_failed_checkpoint(corpus_file, tmp_path, monkeypatch):
    """A checkpoint that fails mid-run warns and training goes on; the final save succeeds."""
    real = modelfile.write_atomic
    calls = []

    def flaky(path, data):
        calls.append(path)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data)
    monkeypatch.setattr(modelfile, "write_atomic", flaky)
    out = tmp_path / "m.rnn"
    result = run_cli(["train", corpus_file, *TRAIN_FLAGS, "--steps", "4", "--eval-every", "2", "--out", out])
    assert result.code == 0, result
    assert result.err.startswith("warning: cannot save to") and "No space left on device" in result.err
    assert modelfile.load(out).step == 4 and len(calls) == 3


def test_the_command_line_reports_a_failed_final_save(corpus_file, tmp_path, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(modelfile, "write_atomic", full)
    out = tmp_path / "m.rnn"
    result = run_cli(["train", corpus_file, *TRAIN_FLAGS, "--steps", "2", "--eval-every", "0", "--out", out])
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.splitlines()[-1].startswith("error: cannot save to") and "No space left" in result.err
    assert not out.exists()
