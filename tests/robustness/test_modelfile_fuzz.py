"""The model-file reader never crashes and never returns a snapshot that cannot write.

Every input gives either a ``UserError`` whose message names the file, or a snapshot that
is consistent, finite and writes text (``assert_usable``); and a snapshot that loads either
resumes training or is refused with a ``UserError`` there. tests/test_modelfile.py covers
each refusal by example; here hypothesis feeds random bytes, truncations at every kind of
offset, bit flips in the header and the body, re-typed and re-shaped tensors, and metadata
with keys missing, added or of the wrong type.
"""

from __future__ import annotations

import json
import math
import struct
import tempfile
from pathlib import Path

import pytest
import torch
from hypothesis import example, given
from hypothesis import strategies as st
from robust_helpers import (FUZZ, assert_usable, calls_made, header_len, join_file, peak_rss_growth, run_cli,
                            split_file, tiny_train)

from rnn_studio.core import modelfile
from rnn_studio.core.errors import UserError
from rnn_studio.core.trainer import Trainer

NAME = "fuzzed model.rnn"


def outcome(data: bytes):
    """from_bytes: the snapshot (checked usable), or None after checking the refusal names the file."""
    try:
        snap = modelfile.from_bytes(data, NAME)
    except UserError as exc:
        assert str(exc).startswith(NAME + ":"), str(exc)
        return None
    assert_usable(snap)
    return snap


def resumes_or_refuses(snap, corpus) -> None:
    """Training from a loaded snapshot starts, or is refused in words (never another exception)."""
    try:
        Trainer(corpus, snap.model_cfg, tiny_train(steps=snap.step + 1), resume=snap)
    except UserError:
        pass


# ---- random bytes ---------------------------------------------------------------------------

@FUZZ
@given(st.binary(max_size=300))
@example(b"")
@example(b"\x80\x02}q\x00.")
@example(b"PK\x03\x04")
@example(struct.pack("<Q", 2) + b"{}")
@example(struct.pack("<Q", 2**63) + b"{}")
def test_random_bytes(data):
    assert outcome(data) is None


@FUZZ
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=400))
def test_random_bytes_behind_a_plausible_header_length(tail, n):
    assert outcome(struct.pack("<Q", n) + b"{" + tail) is None


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=8))
def test_any_json_header(header):
    raw = json.dumps(header).encode()
    outcome(struct.pack("<Q", len(raw)) + raw)


# ---- truncation -------------------------------------------------------------------------------

def offset_classes(data: bytes) -> dict[str, list[int]]:
    n, total = header_len(data), len(data)
    return {"inside the length": list(range(0, 8)), "at the header": [8, 9, 10],
            "inside the header": list(range(11, 8 + n, max(1, n // 40))),
            "at the header's end": [8 + n - 1, 8 + n, 8 + n + 1],
            "inside the body": list(range(8 + n + 2, total - 1, max(1, (total - 8 - n) // 40))),
            "one byte short": [total - 1]}


def test_truncation_at_every_offset_class(model_bytes, tmp_path):
    for kind, cuts in offset_classes(model_bytes).items():
        for cut in cuts:
            assert outcome(model_bytes[:cut]) is None, (kind, cut)
    path = tmp_path / "cut short.rnn"           # through a path, the message names the file
    path.write_bytes(model_bytes[: len(model_bytes) // 2])
    with pytest.raises(UserError, match="cut short.rnn"):
        modelfile.load(path)


@FUZZ
@given(st.data())
def test_truncation_anywhere(model_bytes, data):
    cut = data.draw(st.integers(min_value=0, max_value=len(model_bytes) - 1))
    assert outcome(model_bytes[:cut]) is None
    # Bytes appended after a whole file are refused too, or ignored; never a crash.
    outcome(model_bytes + data.draw(st.binary(min_size=1, max_size=64)))


# ---- bit flips ----------------------------------------------------------------------------------

def flipped_loads_or_refuses(model_bytes: bytes, flips, text_corpus) -> None:
    """The file with each (byte, bit) of ``flips`` flipped is refused in words, or loads
    and then resumes or refuses."""
    raw = bytearray(model_bytes)
    for pos, bit in flips:
        raw[pos] ^= 1 << bit
    snap = outcome(bytes(raw))
    if snap is not None:
        resumes_or_refuses(snap, text_corpus)


@FUZZ
@given(st.data())
def test_bit_flips_in_the_header(model_bytes, text_corpus, data):
    n = header_len(model_bytes)
    flips = data.draw(st.lists(st.tuples(st.integers(0, 8 + n - 1), st.integers(0, 7)), min_size=1, max_size=3))
    flipped_loads_or_refuses(model_bytes, flips, text_corpus)


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_bit_flips_in_the_body(model_bytes, text_corpus, data):
    n = header_len(model_bytes)
    flips = data.draw(st.lists(st.tuples(st.integers(8 + n, len(model_bytes) - 1), st.integers(0, 7)),
                               min_size=1, max_size=4))
    flipped_loads_or_refuses(model_bytes, flips, text_corpus)


def test_an_exponent_flip_to_a_huge_weight_is_refused(model_bytes):
    """A flipped exponent bit makes 0.1 into ~3e37: finite, but no trained model holds it."""
    tensors, meta = split_file(model_bytes)
    w = tensors["w.head.bias"].clone()
    w[0] = 3e37
    tensors["w.head.bias"] = w
    with pytest.raises(UserError, match="head.bias.*damaged"):
        modelfile.from_bytes(join_file(tensors, meta), NAME)


# ---- wrong dtypes and shapes ------------------------------------------------------------------

DTYPES = [torch.float64, torch.float16, torch.bfloat16, torch.int32, torch.int64, torch.uint8, torch.bool]
RESHAPES = ["flatten", "transpose", "unsqueeze", "drop row", "add row", "scalar", "empty"]


def reshape(t: torch.Tensor, how: str) -> torch.Tensor:
    if t.dim() == 0:
        t = t.reshape(1)
    if how == "flatten":
        return t.reshape(-1)
    if how == "transpose":
        return t.t() if t.dim() == 2 else t.reshape(1, -1)
    if how == "unsqueeze":
        return t.unsqueeze(0)
    if how == "drop row":
        return t[:-1]
    if how == "add row":
        return torch.cat([t, t[:1]])
    if how == "scalar":
        return t.reshape(-1)[0].clone()
    return t[:0]


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_wrong_dtypes_and_shapes(model_bytes, text_corpus, data):
    tensors, meta = split_file(model_bytes)
    key = data.draw(st.sampled_from(sorted(tensors)))
    if data.draw(st.booleans()):
        dtype = data.draw(st.sampled_from(DTYPES))
        tensors[key] = tensors[key].to(dtype)
    else:
        tensors[key] = reshape(tensors[key], data.draw(st.sampled_from(RESHAPES))).contiguous()
    snap = outcome(join_file(tensors, meta))
    if key.startswith("w."):
        assert snap is None or torch.equal(snap.weights[key[2:]], tensors[key]), key
    if snap is not None:      # optimizer and RNG tensors are checked when training resumes
        resumes_or_refuses(snap, text_corpus)


# ---- metadata ---------------------------------------------------------------------------------

JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.sampled_from([0, -1, 1, 2, 5, 10**9, 2**63, 10**30, 1e9, 0.5, -0.0]),
    st.integers(), st.floats(), st.sampled_from([math.nan, math.inf, -math.inf]),
    st.text(max_size=6), st.sampled_from(["x", "lstm", "cpu", "", "\ud800"]),
    st.lists(st.one_of(st.integers(), st.text(max_size=3), st.floats()), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))

SECTIONS = ["model", "train", "history", "corpus", "windows"]


def meta_paths(meta: dict) -> list[tuple[str, ...]]:
    paths = [(k,) for k in meta]
    for section in SECTIONS:
        if isinstance(meta.get(section), dict):
            paths += [(section, k) for k in meta[section]]
    return paths


def edit(meta: dict, path: tuple[str, ...], action: str, value, extra_key: str) -> None:
    target = meta
    for key in path[:-1]:
        target = target[key]
    if action == "delete":
        del target[path[-1]]
    elif action == "set":
        target[path[-1]] = value
    else:
        target[extra_key] = value


@pytest.mark.slow
@FUZZ
@given(st.data())
@example(data=None)  # the named cases below, once each, before the random ones
def test_metadata_missing_extra_and_wrongly_typed(model_bytes, text_corpus, data):
    base_tensors, base_meta = split_file(model_bytes)
    if data is None:
        cases = [(("step",), "set", "x"), (("vocab",), "set", 5), (("history", "train_loss"), "set", ["a", "b"]),
                 (("model", "hidden"), "set", -1), (("model", "layers"), "set", 1e9), (("model", "layers"), "set", 10**9),
                 (("model", "hidden"), "set", None), (("train", "lr"), "set", None), (("model", "hidden"), "set", True),
                 (("history",), "set", 5), (("windows", "pos"), "set", 1e400), (("optimizer_groups",), "set", "abc"),
                 (("elapsed_s",), "set", math.nan), (("corpus",), "set", [["name", "x"]]), (("vocab",), "set", "\ud800"),
                 (("model",), "delete", None), (("train",), "delete", None), (("history",), "extra", {"x": 1}),
                 (("train", "seed"), "set", 2**63 - 1), (("step",), "set", 2**64)]
    else:
        path = data.draw(st.sampled_from(meta_paths(base_meta)))
        cases = [(path, data.draw(st.sampled_from(["delete", "set", "extra"])), data.draw(JSON_VALUES))]
    for path, action, value in cases:
        meta = json.loads(json.dumps(base_meta))
        edit(meta, path, action, value, "zz_extra")
        raw = join_file(base_tensors, meta)
        snap = outcome(raw)
        if snap is None:
            continue
        resumes_or_refuses(snap, text_corpus)
        with tempfile.TemporaryDirectory() as folder:   # the command line shows whatever loads
            file = Path(folder) / "m.rnn"
            file.write_bytes(raw)
            for argv in (["info", file], ["info", "--json", file], ["sample", file, "--length", "3"]):
                result = run_cli(argv)
                assert result.code in (0, 2) and "Traceback" not in result.err, (argv, result)


# ---- hostile sizes -------------------------------------------------------------------------------

def refused_cheaply(raw: bytes, *words: str) -> None:
    """Refused with little memory and work bounded by the file's real size, not by the sizes
    it declares (which would take minutes and gigabytes to honour)."""
    def attempt():
        with pytest.raises(UserError) as info:
            modelfile.from_bytes(raw, NAME)
        for w in words:
            assert w in str(info.value)
    growth = peak_rss_growth(attempt)
    assert growth < 64 << 20, f"peak memory grew by {growth >> 20} MB"
    calls = calls_made(attempt)
    assert calls < 2_000 + len(raw), f"{calls} calls to refuse a {len(raw)}-byte file"


def test_a_header_promising_huge_tensors_allocates_nothing(model_bytes):
    body = b"\0" * 64
    meta = json.dumps(split_file(model_bytes)[1])
    header = {"w.x": {"dtype": "F32", "shape": [2**31, 2**31], "data_offsets": [0, 64]},
              "__metadata__": {"format": "rnn-studio-model", "rnn_studio": meta}}
    raw = json.dumps(header).encode()
    refused_cheaply(struct.pack("<Q", len(raw)) + raw + body, NAME)
    # A length field promising 64 MB of header in a small file is refused before it is read.
    refused_cheaply(struct.pack("<Q", (64 << 20) - 1) + b"{" + b" " * 100, "truncated")
    refused_cheaply(struct.pack("<Q", 2**64 - 1) + b"{" + b" " * 100, NAME)


def test_settings_promising_a_huge_model_allocate_nothing(model_bytes):
    """hidden 8192 × 8 layers and a full-Unicode vocabulary: checked on the meta device, refused."""
    tensors, meta = split_file(model_bytes)
    vocab = "".join(chr(c) for c in range(0x20, 0x20 + 20000) if not 0xD800 <= c <= 0xDFFF)
    meta["model"].update(hidden=8192, layers=8, vocab_size=len(vocab))
    meta["vocab"] = vocab
    refused_cheaply(join_file(tensors, meta), "do not match", NAME)
