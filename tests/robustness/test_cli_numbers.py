"""Every numeric setting on the command line, set to 0, a negative, NaN, ±infinity or an
absurd size: exit status 2 with one ``error: …`` line and no traceback, or (where the value
is legal, as ``--embedding 0`` for one-hot or ``--seed 0``) a run that works.

The flags are enumerated from the config dataclasses, as the CLI builds them, so a new
numeric setting is covered without editing this file.
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pytest
from robust_helpers import TRAIN_FLAGS, assert_user_error, run_cli

from rnn_studio.cli import SKIP, flag
from rnn_studio.core import modelfile
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig

TRAIN_BASE = [*TRAIN_FLAGS, "--eval-every", "0"]
SIZES = {"layers", "hidden", "embedding", "batch_size", "seq_len"}   # refused with a memory estimate
VALUES = ["0", "-1", "nan", "inf", "-inf", "1e12"]


def numeric_fields(*classes):
    for cls in classes:
        for f in dataclasses.fields(cls):
            if f.metadata.get("choices") or f.name in (SKIP - {"seed"}):
                continue
            kind = int if f.type in ("int", "int | None") else float if f.type == "float" else None
            if kind is not None:
                yield f, kind


TRAIN_FIELDS = list(numeric_fields(ModelConfig, TrainConfig))
SAMPLE_FIELDS = list(numeric_fields(SampleConfig))


def as_arg(kind, value: str) -> str:
    if kind is int and value == "1e12":
        return str(10**12)
    return value


def expectation(f, kind, value: str):
    """'ok', or the words the refusal must hold."""
    name = flag(f.name)
    if kind is int and value in ("nan", "inf", "-inf"):
        return [name, "invalid int value"]
    if value in ("nan", "inf", "-inf"):
        return [name, "must be a finite number"]
    x = float(value)
    lo, hi = f.metadata["min"], f.metadata["max"]
    if (lo is not None and x < lo) or (hi is not None and x > hi):
        return ["GiB"] if f.name in SIZES and x > hi else [name, "must be between"]
    if f.name in ("steps", "minutes") and x == 0:
        return ["a budget of 0 steps and 0 minutes trains nothing"]
    return "ok"


def test_every_numeric_setting_is_covered():
    names = {f.name for f, _ in TRAIN_FIELDS}
    assert {"layers", "hidden", "embedding", "dropout", "seq_len", "batch_size", "lr", "steps", "minutes",
            "eval_every", "seed", "val_fraction", "grad_clip", "warmup_steps", "weight_decay", "threads",
            "log_every", "sample_every", "sample_length", "min_lr_ratio"} <= names
    assert {f.name for f, _ in SAMPLE_FIELDS} == {"length", "temperature", "top_k", "top_p", "seed"}


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("field, kind", TRAIN_FIELDS, ids=[f.name for f, _ in TRAIN_FIELDS])
def test_train_flag(field, kind, value, corpus_file, tmp_path):
    out = tmp_path / "m.rnn"
    budget = [] if field.name in ("steps", "minutes") else ["--steps", "2"]
    # "--lr=-inf": as two words argparse would take "-inf" for an option (tested below)
    argv = ["train", corpus_file, *TRAIN_BASE, *budget, f"{flag(field.name)}={as_arg(kind, value)}", "--out", out]
    result = run_cli(argv)
    expected = expectation(field, kind, value)
    if expected == "ok":
        assert result.code == 0, result
        assert "Traceback" not in result.err
        snap = modelfile.load(out)
        stored = getattr(snap.model_cfg if field.name in {f.name for f in dataclasses.fields(ModelConfig)}
                         else snap.train_cfg, field.name)
        assert stored == kind(float(value)) or field.name == "seed"
    else:
        assert_user_error(result, *expected)
        assert result.err.count("\n") <= 2          # the error and, from argparse, a pointer to --help
        assert not out.exists()


@pytest.fixture(scope="module")
def trained_file(tmp_path_factory, corpus_file):
    out = tmp_path_factory.mktemp("sample") / "m.rnn"
    result = run_cli(["train", corpus_file, *TRAIN_BASE, "--steps", "3", "--out", out])
    assert result.code == 0, result
    return out


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("field, kind", SAMPLE_FIELDS, ids=[f.name for f, _ in SAMPLE_FIELDS])
def test_sample_flag(field, kind, value, trained_file):
    argv = ["sample", trained_file, "--length", "7", f"{flag(field.name)}={as_arg(kind, value)}"]
    result = run_cli(argv)
    expected = expectation(field, kind, value)
    if expected == "ok":
        assert result.code == 0, result
        n = int(value) if field.name == "length" else 7
        assert len(result.out) == n + 1 and result.err == ""
    else:
        assert_user_error(result, *expected)
        assert result.out == ""


@pytest.mark.parametrize("option, value", [("--temperature", v) for v in ("1e-300", "1e-40", "5e-7", "1e-6", "100")]
                         + [("--top-p", v) for v in ("1e-300", "1e-40", "5e-7", "1")])
def test_extreme_legal_temperatures_and_top_p_write_without_warnings(trained_file, option, value):
    """Tiny temperatures take the likeliest character, as 0 does, instead of overflowing."""
    for extra in ([], ["--top-k", "2"]):
        with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
            warnings.simplefilter("error")
            result = run_cli(["sample", trained_file, "--length", "20", "--seed", "1", option, value, *extra])
        assert result.code == 0 and result.err == "", (option, value, extra, result)
        assert len(result.out) == 21


@pytest.mark.parametrize("argv", [["--lr", "-inf"], ["--lr", "-nan"], ["--hidden", "-inf"], ["--lr", "1e999"],
                                  ["--seed", str(2**63)], ["--seed", str(2**63 - 1)], ["--minutes", "1e-300"]])
def test_awkward_spellings(argv, corpus_file, tmp_path):
    """Two-word negative infinities, overflowing literals, the largest seeds, a near-zero budget."""
    out = tmp_path / "m.rnn"
    budget = [] if argv[0] == "--minutes" else ["--steps", "2"]
    result = run_cli(["train", corpus_file, *TRAIN_BASE, *budget, *argv, "--out", out])
    if argv[0] == "--seed" and int(argv[1]) < 2**63 or argv[0] == "--minutes":
        assert result.code == 0, result
    else:
        assert_user_error(result, argv[0])


def test_largest_seed_with_progress_samples(corpus_file, tmp_path):
    """The sample seed is the run's seed plus the step: it wraps instead of leaving the range."""
    out = tmp_path / "m.rnn"
    argv = ["train", corpus_file, *TRAIN_BASE, "--steps", "2", "--seed", str(2**63 - 1),
            "--sample-every", "1", "--sample-length", "5", "--out", out]
    result = run_cli(argv)
    assert result.code == 0, result


def test_zero_budget_is_refused_on_resume_too(trained_file, corpus_file, tmp_path):
    copy = tmp_path / "copy.rnn"
    copy.write_bytes(trained_file.read_bytes())
    for budget in (["--steps", "0"], ["--minutes", "0"]):
        assert_user_error(run_cli(["train", corpus_file, "--resume", copy, *budget]), "trains nothing")
    assert copy.read_bytes() == trained_file.read_bytes()

