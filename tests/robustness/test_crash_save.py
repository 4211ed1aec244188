"""SIGKILL in the middle of a save leaves the previous file whole and loadable.

A warm zygote process (save_child.py) forks savers that write snapshot versions 1 and 2
over the same path in a loop; the test kills each one with SIGKILL at a random moment
after it starts, ten times, and checks the file after every kill: it loads, and its
weights are exactly version 1's or version 2's. Killed saves leave temporary files; the
next successful save removes them. The same zygote kills an autosaving run, and a fresh
Autosaver finds its recovery file and loads it with its loss history.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from save_child import build

from rnn_studio.core import modelfile
from rnn_studio.core.autosave import Autosaver

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL")
HERE = Path(__file__).resolve().parent
KILLS = 10


class Zygote:
    def __init__(self):
        env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
                   PYTHONPATH=os.pathsep.join([str(HERE.parents[1]), os.environ.get("PYTHONPATH", "")]))
        self.proc = subprocess.Popen([sys.executable, str(HERE / "save_child.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env, cwd=HERE.parents[1])
        self.buf = b""
        assert self.line(120) == "ready"

    def line(self, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError(f"no line from the saver within {timeout} s")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise EOFError("the saver's zygote exited")
            self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        return line.decode()

    def send(self, text: str) -> None:
        self.proc.stdin.write(text.encode() + b"\n")
        self.proc.stdin.flush()

    def start(self, cmd: str, arg: Path) -> int:
        self.send(f"{cmd} {arg}")
        word, pid = self.line().split()
        assert word == "started"
        return int(pid)

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        self.send(f"reap {pid}")
        assert self.line() == f"reaped {pid}"

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(10)
        except Exception:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture(scope="module")
def zygote():
    z = Zygote()
    yield z
    z.close()


@pytest.fixture(scope="module")
def versions():
    return {v: build(v) for v in (1, 2)}


def which_version(path: Path, versions) -> int:
    snap = modelfile.load(path)                    # whole and loadable, or this raises
    for v, expected in versions.items():
        if snap.step == v and all(torch.equal(snap.weights[k], w) for k, w in expected.weights.items()):
            assert all(torch.equal(snap.optimizer[k], w) for k, w in expected.optimizer.items())
            return v
    raise AssertionError(f"{path} holds neither version (step {snap.step})")


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def wait_for_temporary(folder: Path, timeout: float = 5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if temporaries(folder):
            return True
        time.sleep(0.0005)
    return False


@pytest.mark.slow
def test_sigkill_mid_save_leaves_a_whole_file(zygote, versions, tmp_path):
    path = tmp_path / "model.rnn"
    modelfile.save(path, versions[1])
    rng = random.Random(5)
    killed, mid_write = [], 0
    # Ten kills at random moments, then five while a temporary file is being written.
    for i, how in enumerate(["random"] * KILLS + ["mid-write"] * 5):
        pid = zygote.start("save", path)
        if how == "random":
            time.sleep(rng.uniform(0, 0.3))
        else:
            assert wait_for_temporary(tmp_path)
            mid_write += 1
        zygote.kill(pid)
        killed.append(pid)
        which_version(path, versions)
        tmps = temporaries(tmp_path)
        assert all(any(t.startswith(f".model.rnn.{k}-") for k in killed) for t in tmps), tmps
        assert len(tmps) <= i + 1, tmps
    assert mid_write == 5
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".tmp")) == ["model.rnn"]
    modelfile.save(path, versions[2])              # a whole save removes what the killed ones left
    assert temporaries(tmp_path) == [] and which_version(path, versions) == 2


def test_a_live_savers_temporary_is_not_removed(versions, tmp_path):
    """Stale-file cleanup spares temporaries of processes that still run (a save in progress)."""
    path = tmp_path / "model.rnn"
    mine = tmp_path / f".model.rnn.{os.getppid()}-inprogress.tmp"      # the parent runs
    dead = tmp_path / ".model.rnn.999999999-abandoned.tmp"            # no such process
    legacy = tmp_path / ".model.rnn.abc123xy.tmp"                      # from before the pid was in the name
    other = tmp_path / ".other.rnn.999999999-x.tmp"                    # another target's
    for p in (mine, dead, legacy, other):
        p.write_bytes(b"partial")
        os.utime(p, (time.time() - 60, time.time() - 60))
    modelfile.save(path, versions[1])
    assert mine.exists() and other.exists() and not dead.exists() and not legacy.exists()


def test_autosave_survives_sigkill_and_is_recovered_with_its_history(zygote, tmp_path):
    folder = tmp_path / "data"
    rng = random.Random(9)
    for _ in range(3):
        pid = zygote.start("autosave", folder)
        time.sleep(rng.uniform(0, 0.2))
        zygote.kill(pid)
        info = Autosaver(folder).pending()        # a fresh start finds the crashed run
        assert info is not None and info.pid in (pid, None) and info.corpus_path in ("/data/crash.txt", None)
        snap = Autosaver(folder).load()
        assert len(snap.history.step) >= 1 and snap.history.step == list(range(1, len(snap.history.step) + 1))
        assert snap.step == 1 + len(snap.history.step)
        if info.step is not None:                  # the sidecar may lag the model by one autosave
            assert snap.step - 1 <= info.step <= snap.step
        assert "LSTM 1×256" in info.describe() and "crash.txt" in info.describe()
