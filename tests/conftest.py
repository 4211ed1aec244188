"""Shared fixtures for the engine and command-line tests (tests/gui has its own).

The environment is set at import time, before anything imports Qt or torch: Qt draws
offscreen, and torch uses one thread, because the test machines share a few cores and an
oversubscribed OpenMP pool turns a 2 ms training step into a 100 ms one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import subprocess  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from cli_helpers import call_cli  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GUI_TESTS = ROOT / "tests" / "gui"


def pytest_collection_modifyitems(config, items):
    """Every test under tests/gui needs a Qt application: it is marked ``gui``, so that
    ``-m "not gui"`` runs the engine and command-line tests alone (tests/gui is still
    collected, so Qt must be installed)."""
    for item in items:
        if GUI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


# The lecture's example, small enough to learn in well under a second on one core.
HELLO_MODEL = {"cell": "rnn", "hidden": 8, "embedding": 0, "layers": 1}
HELLO_TRAIN = {"seq_len": 16, "batch_size": 8, "steps": 60, "lr": 3e-2, "warmup_steps": 0,
               "eval_every": 0, "sample_every": 0, "device": "cpu", "log_every": 10, "seed": 1337}
HELLO_FLAGS = ["--cell", "rnn", "--one-hot", "--hidden", "8", "--seq-len", "16", "--batch-size", "8",
               "--steps", "60", "--lr", "0.03", "--warmup-steps", "0", "--eval-every", "0",
               "--sample-every", "0", "--device", "cpu", "--log-every", "10"]


def hello_path() -> Path:
    from rnn_studio.paths import corpora_dir
    return corpora_dir() / "hello.txt"


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["OMP_NUM_THREADS"] = "1"
    env.pop("PYTHONFAULTHANDLER", None)
    return env


# ---- the user's folders and files, private to each test (children inherit them) -----------
def _private(monkeypatch, variable: str, path: Path) -> Path:
    monkeypatch.setenv(variable, str(path))
    return path


@pytest.fixture(autouse=True)
def settings_dir(tmp_path, monkeypatch) -> Path:
    """The window's settings folder."""
    return _private(monkeypatch, "RNN_STUDIO_SETTINGS_DIR", tmp_path / "settings")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """The user data folder (autosave's recovery files); not created."""
    return _private(monkeypatch, "RNN_STUDIO_DATA_DIR", tmp_path / "data")


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    """The user cache folder (big texts' id caches)."""
    return _private(monkeypatch, "RNN_STUDIO_CACHE_DIR", tmp_path / "cache")


@pytest.fixture(autouse=True)
def runs_db(tmp_path_factory, monkeypatch) -> Path:
    """The run store, never the user's real one."""
    return _private(monkeypatch, "RNN_STUDIO_RUNS_DB", tmp_path_factory.mktemp("runs") / "runs.sqlite")   # beside tmp_path


@pytest.fixture(scope="session")
def hello_setup():
    """The lecture's example: the corpus path, and the settings as API keywords and as flags."""
    return {"path": hello_path(), "model": dict(HELLO_MODEL), "train": dict(HELLO_TRAIN),
            "flags": list(HELLO_FLAGS)}


@pytest.fixture
def run_module():
    """Run ``python -m rnn_studio ARGS`` (or ``python -c CODE``) in a child process."""
    def run(*args: str, code: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-c", code] if code is not None else [sys.executable, "-m", "rnn_studio", *args]
        return subprocess.run(cmd, cwd=ROOT, env=subprocess_env(), capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    return run


@pytest.fixture(scope="session")
def cli():
    return call_cli


@pytest.fixture
def write_text(tmp_path):
    """Write a corpus file: ``write_text(content, name=..., encoding=...)`` → its path.

    ``content`` may be bytes (written as they are) or text (encoded with ``encoding``).
    """
    def write(content: str | bytes, name: str = "corpus.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path
    return write


@pytest.fixture
def tiny_configs():
    """``tiny_configs(**overrides)`` → (ModelConfig, TrainConfig) small enough for two cores.

    Keys belonging to either dataclass may be mixed; unknown keys are an error.
    """
    from dataclasses import fields

    from rnn_studio.core.config import ModelConfig, TrainConfig

    def make(**kw):
        m_names = {f.name for f in fields(ModelConfig)}
        t_names = {f.name for f in fields(TrainConfig)}
        unknown = set(kw) - m_names - t_names
        assert not unknown, unknown
        m = {"cell": "lstm", "hidden": 16, "embedding": 8, "layers": 1}
        t = {"seq_len": 16, "batch_size": 4, "steps": 10, "lr": 1e-2, "warmup_steps": 2,
             "eval_every": 0, "sample_every": 0, "device": "cpu", "log_every": 1, "seed": 7}
        m.update({k: v for k, v in kw.items() if k in m_names})
        t.update({k: v for k, v in kw.items() if k in t_names})
        return ModelConfig(**m), TrainConfig(**t)
    return make


@pytest.fixture(scope="session")
def small_corpus():
    """A few hundred characters of varied text (about 30 distinct characters)."""
    from rnn_studio.core.corpus import Corpus
    text = ("the quick brown fox jumps over the lazy dog.\n"
            "pack my box with five dozen liquor jugs!\n") * 8
    return Corpus.from_text(text, name="small.txt")


@dataclass
class Trained:
    trainer: object
    snapshot: object
    path: Path
    result: object


@pytest.fixture(scope="session")
def hello_model(tmp_path_factory) -> Trained:
    """The lecture's vanilla RNN, one-hot, trained on corpora/hello.txt and saved to a file."""
    from rnn_studio.core import modelfile
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.trainer import Trainer

    corpus = load_corpus(hello_path())
    trainer = Trainer(corpus, ModelConfig(**HELLO_MODEL), TrainConfig(**HELLO_TRAIN))
    result = trainer.run()
    snap = trainer.snapshot()
    path = modelfile.save(tmp_path_factory.mktemp("hello") / "hello.rnn", snap)
    return Trained(trainer, snap, path, result)


@pytest.fixture
def spawn_module():
    """Start ``python -m rnn_studio ARGS`` in a child process and return its Popen at once
    (stderr piped); a child still running at the end of the test is killed."""
    procs: list[subprocess.Popen] = []

    def spawn(*args: str) -> subprocess.Popen:
        p = subprocess.Popen([sys.executable, "-m", "rnn_studio", *map(str, args)], cwd=ROOT, env=subprocess_env(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        procs.append(p)
        return p
    yield spawn
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.communicate()
