"""The typed settings: bounds, finiteness and choices refused with the same words everywhere."""

from __future__ import annotations

import dataclasses

import pytest

from rnn_studio.core.config import (ModelConfig, SampleConfig, TrainConfig, bounds, from_dict, to_dict,
                                    validate)
from rnn_studio.core.errors import UserError


@pytest.mark.parametrize("cfg, words", [
    (ModelConfig(layers=0), "layers must be between 1 and 8 (got 0)"),
    (ModelConfig(layers=9), "layers must be between 1 and 8"),
    (ModelConfig(hidden=-1), "hidden must be between 1 and 8192 (got -1)"),
    (ModelConfig(cell="foo"), "cell must be one of rnn, lstm, gru"),
    (ModelConfig(dropout=float("nan")), "dropout must be a finite number"),
    (TrainConfig(lr=float("nan")), "lr must be a finite number (got nan)"),
    (TrainConfig(lr=float("inf")), "lr must be a finite number (got inf)"),
    (TrainConfig(lr=0.0), "lr must be between"),
    (TrainConfig(batch_size=0), "batch_size must be between 1"),
    (TrainConfig(steps=-5), "steps must be between 0"),
    (TrainConfig(seq_len=1), "seq_len must be between 2"),
    (TrainConfig(window="sideways"), "window must be one of random, contiguous"),
    (TrainConfig(device="tpu"), "device must be one of"),
    (SampleConfig(temperature=-1.0), "temperature must be between 0 and 100"),
    (SampleConfig(top_p=1.5), "top_p must be between 0 and 1"),
    (SampleConfig(length=-1), "length must be between 0"),
])
def test_validate_refuses(cfg, words):
    with pytest.raises(UserError) as info:
        validate(cfg)
    assert words in str(info.value)


def test_validate_uses_the_users_flag_names():
    with pytest.raises(UserError, match=r"^--batch-size must be between 1 and 4096 \(got 0\)$"):
        validate(TrainConfig(batch_size=0), {"batch_size": "--batch-size"})


def test_defaults_are_valid_and_round_trip():
    for cls in (ModelConfig, TrainConfig, SampleConfig):
        cfg = validate(cls())
        assert from_dict(cls, to_dict(cfg)) == cfg
    assert bounds(ModelConfig, "layers") == (1, 8)


def test_from_dict_ignores_unknown_keys_and_fills_missing_ones():
    cfg = from_dict(TrainConfig, {"lr": 1, "future_setting": 3, "seq_len": 32})
    assert cfg.lr == 1.0 and isinstance(cfg.lr, float) and cfg.seq_len == 32
    assert cfg.batch_size == TrainConfig().batch_size


@pytest.mark.parametrize("data", [{"seq_len": "long"}, {"lr": "fast"}, {"cell": 3}, {"hidden": 0}, [1, 2]])
def test_from_dict_refuses_bad_values(data):
    cls = ModelConfig if "cell" in data or "hidden" in data else TrainConfig
    with pytest.raises(UserError):
        from_dict(cls, data)


def test_every_field_documents_itself():
    for cls in (ModelConfig, TrainConfig, SampleConfig):
        for f in dataclasses.fields(cls):
            assert f.metadata.get("help"), f"{cls.__name__}.{f.name}"
