"""torchrun data parallel: 2 CPU processes (gloo) train as one process with the global batch.

Each rank gathers its rows of the batch that one process would draw (distributed.py), so a
2 × 8 run and a 1 × 16 run see the same windows: their loss curves and weights agree to
float rounding (a tolerance of 1e-5; measured about 2e-7), and their model files are
interchangeable. Every child process runs under a timeout, so a hang fails the test.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from rnn_studio.core import distributed, modelfile
from rnn_studio.core.config import TrainConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.schedule import learning_rate

ROOT = Path(__file__).resolve().parents[1]
TOL = 1e-5
TIMEOUT = 180
FLAGS = ["--cell", "lstm", "--hidden", "16", "--embedding", "8", "--seq-len", "16", "--lr", "0.01",
         "--warmup-steps", "2", "--eval-every", "10", "--sample-every", "0", "--device", "cpu",
         "--log-every", "1", "--precision", "float32", "--seed", "7", "--no-fit"]


def hello_path() -> Path:
    from rnn_studio.paths import corpora_dir
    return corpora_dir() / "hello.txt"


def subprocess_env() -> dict[str, str]:
    """This checkout first on the path, one thread a process (as tests/conftest.py's)."""
    env = dict(os.environ, OMP_NUM_THREADS="1")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("PYTHONFAULTHANDLER", None)
    return env


def torchrun(nproc: int) -> list[str]:
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}"]


def train(tmp: Path, name: str, *extra: str, nproc: int = 1, corpus: Path | None = None,
          env: dict | None = None) -> tuple[subprocess.CompletedProcess, list[dict]]:
    """``rnn_studio train`` in one process or under torchrun; the run and its metrics lines."""
    launcher = torchrun(nproc) if nproc > 1 else [sys.executable]
    cmd = [*launcher, "-m", "rnn_studio", "train", str(corpus or hello_path()), *FLAGS, *extra,
           "--out", str(tmp / f"{name}.rnn"), "--metrics-out", str(tmp / f"{name}.jsonl")]
    run = subprocess.run(cmd, cwd=ROOT, env=env or subprocess_env(), capture_output=True, text=True,
                         timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    return run, metrics(tmp / f"{name}.jsonl")


def metrics(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def curve(rows: list[dict]) -> list[tuple[int, str, float]]:
    return [(r["step"], k, r[k]) for r in rows for k in ("train_loss", "val_loss") if k in r]


def assert_same_curve(a: list[dict], b: list[dict]) -> None:
    ca, cb = curve(a), curve(b)
    assert [c[:2] for c in ca] == [c[:2] for c in cb] and ca
    assert max(abs(x[2] - y[2]) for x, y in zip(ca, cb)) < TOL


def assert_same_file(a: Path, b: Path) -> None:
    sa, sb = modelfile.load(a), modelfile.load(b)
    assert sa.step == sb.step and sa.chars_seen == sb.chars_seen
    assert sa.train_cfg.batch_size == sb.train_cfg.batch_size
    assert sa.windows == sb.windows                      # the one-process sampler state
    for k in sa.weights:
        assert (sa.weights[k] - sb.weights[k]).abs().max().item() < TOL, k
    carry = sorted(k for k in sa.rng if k.startswith("carry"))
    assert carry == sorted(k for k in sb.rng if k.startswith("carry"))
    for k in carry:                                      # all 16 streams' state, in order
        assert sa.rng[k].shape == sb.rng[k].shape
        assert (sa.rng[k] - sb.rng[k]).abs().max().item() < TOL


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The same 20 steps as 2 processes × 8 windows and as 1 process × 16, per window kind."""
    tmp = tmp_path_factory.mktemp("ddp")
    runs = {}
    for window in ("random", "contiguous"):
        two, m2 = train(tmp, f"two-{window}", "--steps", "20", "--batch-size", "8", "--window", window, nproc=2)
        one, m1 = train(tmp, f"one-{window}", "--steps", "20", "--batch-size", "16", "--window", window)
        runs[window] = (two, m2, one, m1)
    return tmp, runs


@pytest.mark.parametrize("window", ["random", "contiguous"])
def test_two_processes_of_8_train_as_one_process_of_16(pair, window):
    tmp, runs = pair
    two, m2, one, m1 = runs[window]
    assert two.stdout.splitlines()[0] == "data parallel: 2 processes × 8 windows = global batch 16 (gloo)"
    assert "data parallel" not in one.stdout
    assert_same_curve(m2, m1)                            # every step's loss and both validations
    assert_same_file(tmp / f"two-{window}.rnn", tmp / f"one-{window}.rnn")
    assert two.stdout.count("finished at step 20") == 1  # rank 0 alone speaks


def test_both_files_write_and_score(pair, run_module):
    tmp, _ = pair
    for name in ("two-random", "one-random"):
        out = run_module("sample", str(tmp / f"{name}.rnn"), "--length", "40", "--seed", "3", "--temperature", "0")
        assert out.returncode == 0 and len(out.stdout) > 40, out.stderr
        scored = run_module("eval", str(tmp / f"{name}.rnn"), str(hello_path()), "--json")
        assert scored.returncode == 0 and json.loads(scored.stdout)["chars"] > 0


@pytest.mark.parametrize("window", ["random", "contiguous"])
def test_one_process_resumes_a_two_process_file_step_and_schedule(pair, window):
    tmp, _ = pair
    # Both files resume in one process to step 30: the same run, whichever wrote the file.
    _, from_two = train(tmp, f"resumed-two-{window}", "--steps", "30", "--resume", str(tmp / f"two-{window}.rnn"))
    _, from_one = train(tmp, f"resumed-one-{window}", "--steps", "30", "--resume", str(tmp / f"one-{window}.rnn"))
    assert_same_curve(from_two, from_one)
    assert_same_file(tmp / f"resumed-two-{window}.rnn", tmp / f"resumed-one-{window}.rnn")
    steps = [r for r in from_two if "train_loss" in r]
    assert steps[0]["step"] == 21 and steps[-1]["step"] == 30
    cfg = TrainConfig(lr=0.01, warmup_steps=2)
    assert steps[0]["lr"] == pytest.approx(learning_rate(20, 20 / 30, cfg.lr, cfg.warmup_steps, cfg.min_lr_ratio))
    assert modelfile.load(tmp / f"two-{window}.rnn").train_cfg.batch_size == 16


def test_two_processes_resume_a_one_process_file_with_its_batch_split(pair):
    tmp, _ = pair
    # No --batch-size: the file's global batch of 16 is split, 8 a process, and the run goes
    # on exactly as the one-process resume of the same file does.
    two, from_two = train(tmp, "resumed-by-two", "--steps", "30", "--resume", str(tmp / "one-random.rnn"), nproc=2)
    assert two.stdout.splitlines()[0].startswith("data parallel: 2 processes × 8 windows = global batch 16")
    _, from_one = train(tmp, "resumed-by-one", "--steps", "30", "--resume", str(tmp / "one-random.rnn"))
    assert_same_curve(from_two, from_one)
    assert_same_file(tmp / "resumed-by-two.rnn", tmp / "resumed-by-one.rnn")


def test_a_diverging_run_fails_on_every_rank_at_the_step_one_process_does(tmp_path):
    # lr 10 with weight decay 1 multiplies every matrix by -9 a step: it overflows within a
    # few dozen steps (tests/robustness/test_divergence.py). Both ranks see the averaged loss
    # and the same synced gradient, so they fail together, as the one process does.
    flags = ["--lr", "10", "--weight-decay", "1", "--grad-clip", "0", "--steps", "300", "--eval-every", "0"]
    runs = {}
    for nproc, batch in ((2, "8"), (1, "16")):
        launcher = torchrun(nproc) if nproc > 1 else [sys.executable]
        runs[nproc] = subprocess.run(
            [*launcher, "-m", "rnn_studio", "train", str(hello_path()), *FLAGS, *flags, "--batch-size", batch,
             "--out", str(tmp_path / f"diverged-{nproc}.rnn"), "--quiet"],
            cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    errors = {n: [line for line in r.stderr.splitlines() if line.startswith("error: ")] for n, r in runs.items()}
    assert runs[1].returncode == 1 and len(errors[1]) == 1 and "weights from step" in errors[1][0], runs[1].stderr
    assert runs[2].returncode != 0 and errors[2] == errors[1], runs[2].stderr[-3000:]     # once, same words
    a, b = modelfile.load(tmp_path / "diverged-2.rnn"), modelfile.load(tmp_path / "diverged-1.rnn")
    assert a.step == b.step and a.step < 300


def test_the_multi_node_recipe_on_one_machine(pair, tmp_path):
    """README's recipe: one torchrun per machine meeting at a c10d endpoint; here two
    "machines" on localhost, one process each, train as the 2-process run did."""
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    nodes = [subprocess.Popen(
        [sys.executable, "-m", "torch.distributed.run", "--nnodes", "2", "--nproc_per_node", "1",
         "--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{port}", "--rdzv-id", "test",
         "-m", "rnn_studio", "train", str(hello_path()), *FLAGS, "--steps", "20", "--batch-size", "8",
         "--out", str(tmp_path / "nodes.rnn"), "--metrics-out", str(tmp_path / f"nodes-{i}.jsonl")],
        cwd=ROOT, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        stdin=subprocess.DEVNULL) for i in range(2)]
    try:
        outs = [node.communicate(timeout=TIMEOUT)[0] for node in nodes]
    finally:
        for node in nodes:
            if node.poll() is None:
                node.kill()
    assert [node.returncode for node in nodes] == [0, 0], outs
    rank0 = [i for i, out in enumerate(outs) if "finished at step 20" in out]
    assert len(rank0) == 1                               # one node holds rank 0 and speaks
    tmp, runs = pair
    assert_same_curve(metrics(tmp_path / f"nodes-{rank0[0]}.jsonl"), runs["random"][1])
    assert_same_file(tmp_path / "nodes.rnn", tmp / "two-random.rnn")


def workers(mark: str) -> dict[int, int]:
    """{rank: pid} of the live processes started with RNN_STUDIO_TEST_MARK=mark."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            env = dict(v.split("=", 1) for v in Path(f"/proc/{pid}/environ").read_bytes().decode(
                errors="replace").split("\0") if "=" in v)
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        if env.get("RNN_STUDIO_TEST_MARK") == mark and "RANK" in env and "State:\tZ" not in status:
            found[int(env["RANK"])] = int(pid)
    return found


def start(tmp: Path, name: str, mark: str, *extra: str) -> subprocess.Popen:
    env = subprocess_env() | {"RNN_STUDIO_TEST_MARK": mark}
    cmd = [*torchrun(2), "-m", "rnn_studio", "train", str(hello_path()), *FLAGS, "--batch-size", "8",
           "--steps", "1000000", "--log-every", "5", *extra,
           "--out", str(tmp / f"{name}.rnn"), "--metrics-out", str(tmp / f"{name}.jsonl")]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, stdin=subprocess.DEVNULL, start_new_session=True)


def wait_for(condition, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert proc.poll() is None, proc.communicate()[0][-3000:]
        assert time.monotonic() < deadline, "the run did not get going"
        time.sleep(0.1)


def test_a_killed_rank_ends_the_run_names_it_and_leaves_the_file_whole(tmp_path):
    mark = uuid.uuid4().hex
    proc = start(tmp_path, "killed", mark, "--eval-every", "5")
    try:
        wait_for(lambda: (tmp_path / "killed.rnn").exists() and len(workers(mark)) == 2, proc)
        os.kill(workers(mark)[1], signal.SIGKILL)
        out, _ = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode != 0
    assert "rank      : 1" in out and "SIGKILL" in out, out[-3000:]     # torchrun names the rank
    snap = modelfile.load(tmp_path / "killed.rnn")                    # whole: the last checkpoint
    assert snap.step % 5 == 0 and snap.step > 0
    assert workers(mark) == {}                                        # nothing left running
    assert not list(tmp_path.glob(".killed.rnn.*.tmp"))


def test_ctrl_c_stops_every_rank_at_the_same_step(tmp_path):
    mark = uuid.uuid4().hex
    proc = start(tmp_path, "stopped", mark, "--eval-every", "0")
    log = tmp_path / "stopped.jsonl"
    try:
        wait_for(lambda: log.exists() and log.read_text().count("\n") >= 3, proc)
        os.killpg(proc.pid, signal.SIGINT)          # as a terminal's Ctrl+C: torchrun and both ranks
        out, _ = proc.communicate(timeout=TIMEOUT)  # a rank left behind would hang in a collective
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    snap = modelfile.load(tmp_path / "stopped.rnn")
    assert f"stopped at step {snap.step} after" in out, out[-3000:]
    assert not snap.finished and snap.history.val_step[-1] == snap.step     # the final evaluation
    assert workers(mark) == {}


def test_a_time_budget_ends_both_ranks_together_via_nproc(tmp_path):
    run = subprocess.run([sys.executable, "-m", "rnn_studio", "train", str(hello_path()), *FLAGS,
                          "--nproc", "2", "--batch-size", "4", "--minutes", "0.02",
                          "--out", str(tmp_path / "timed.rnn")],
                         cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=TIMEOUT,
                         stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    assert run.stdout.startswith("data parallel: 2 processes × 4 windows = global batch 8 (gloo)")
    snap = modelfile.load(tmp_path / "timed.rnn")
    assert snap.finished and snap.train_cfg.batch_size == 8 and snap.elapsed_s >= 0.02 * 60


# ---- the plumbing, in one process ------------------------------------------------------------

def test_the_world_comes_from_torchrun_s_environment():
    assert distributed.from_env({}) == distributed.World()
    w = distributed.from_env({"RANK": "1", "WORLD_SIZE": "4", "LOCAL_RANK": "1"})
    assert (w.rank, w.size, w.local_rank, w.main, w.part) == (1, 4, 1, False, (1, 4))
    for bad in ({"RANK": "x", "WORLD_SIZE": "2"}, {"RANK": "2", "WORLD_SIZE": "2"}):
        with pytest.raises(UserError):
            distributed.from_env(bad)


def test_the_global_batch_is_per_process_batch_times_world_size():
    world = distributed.World(0, 4, 0)
    assert distributed.global_batch(TrainConfig(batch_size=8), world, None, given=True).batch_size == 32
    assert distributed.global_batch(TrainConfig(batch_size=8), distributed.World(), None, True).batch_size == 8
    # A resumed file's global batch is kept and split, when it splits.
    assert distributed.global_batch(TrainConfig(batch_size=16), world, 16, given=False).batch_size == 16
    with pytest.raises(UserError, match="does not split over 4 processes"):
        distributed.global_batch(TrainConfig(batch_size=18), world, 18, given=False)


def test_rank_rows_of_the_batch_are_the_one_process_batch(small_corpus):
    import numpy as np
    import torch

    from rnn_studio.core.batches import ContiguousWindows, RandomWindows
    ids = small_corpus.ids
    for kind in (RandomWindows, ContiguousWindows):
        whole = kind(ids, 6, 8, np.random.default_rng(3))
        parts = [kind(ids, 6, 8, np.random.default_rng(3), part=(r, 3)) for r in range(3)]
        for _ in range(4):
            x, y, _ = whole.next()
            got = [p.next() for p in parts]
            assert torch.equal(torch.cat([g[0] for g in got]), x) and torch.equal(torch.cat([g[1] for g in got]), y)
