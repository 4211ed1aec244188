"""Model files: round trip, exact resume, and clean refusals of damaged, foreign and pickle files."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import struct
import zlib
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.errors import UserError
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer


@pytest.fixture(scope="module")
def trained(small_corpus):
    """A 2-layer LSTM with optimizer state, history and an evaluation."""
    from rnn_studio.core.config import ModelConfig, TrainConfig
    m = ModelConfig(cell="lstm", layers=2, hidden=8, embedding=4)
    t = TrainConfig(seq_len=8, batch_size=2, steps=6, eval_every=3, sample_every=0, device="cpu", log_every=1)
    trainer = Trainer(small_corpus, m, t)
    trainer.run()
    return trainer.snapshot()


@pytest.fixture(scope="module")
def model_bytes(trained):
    return modelfile.to_bytes(trained)


def assert_snapshots_equal(a, b):
    assert a.model_cfg == b.model_cfg and a.train_cfg == b.train_cfg and a.vocab == b.vocab
    assert a.weights.keys() == b.weights.keys()
    for k in a.weights:
        assert torch.equal(a.weights[k], b.weights[k]), k
    assert a.optimizer.keys() == b.optimizer.keys()
    for k in a.optimizer:
        assert torch.equal(a.optimizer[k], b.optimizer[k]), k
    assert a.optimizer_groups == b.optimizer_groups
    assert a.history == b.history
    assert (a.step, a.elapsed_s, a.chars_seen, a.finished) == (b.step, b.elapsed_s, b.chars_seen, b.finished)
    assert a.windows == b.windows and a.corpus == b.corpus
    assert a.rng.keys() == b.rng.keys() and all(torch.equal(a.rng[k], b.rng[k]) for k in a.rng)
    assert (a.best_step, a.best_loss, a.baseline_loss) == (b.best_step, b.best_loss, b.baseline_loss)
    assert (a.best_weights is None) == (b.best_weights is None)
    for k in a.best_weights or {}:
        assert torch.equal(a.best_weights[k], b.best_weights[k]), k
    assert (a.average is None) == (b.average is None)
    for k in a.average or {}:
        assert torch.equal(a.average[k], b.average[k]), k


def test_round_trip(trained, tmp_path):
    path = modelfile.save(tmp_path / "m.rnn", trained)
    loaded = modelfile.load(path)
    assert_snapshots_equal(trained, loaded)
    assert loaded.step == 6 and loaded.finished and len(loaded.history.step) == 6
    assert loaded.history.val_step == [3, 6]
    assert loaded.best_val_loss() == pytest.approx(min(loaded.history.val_loss), abs=1e-5)
    assert loaded.corpus["name"] == "small.txt" and len(loaded.corpus["sha256"]) == 64
    # The model rebuilt from the file writes like the Stepper made from it.
    model = modelfile.build_model(loaded)
    ids = torch.tensor([[1, 2, 3]])
    with torch.no_grad():
        logits, _ = model(ids)
    stepper = Stepper({k: v.numpy() for k, v in loaded.writing_weights().items()}, loaded.model_cfg)
    for i in (1, 2, 3):
        out = stepper.step(i)
    torch.testing.assert_close(torch.from_numpy(out.copy()), logits[0, -1], atol=1e-5, rtol=1e-5)


def test_file_is_self_describing_safetensors(model_bytes):
    n = struct.unpack("<Q", model_bytes[:8])[0]
    header = json.loads(model_bytes[8:8 + n])
    meta = json.loads(header["__metadata__"]["rnn_studio"])
    assert meta["format"] == "rnn-studio-model" and meta["format_version"] == modelfile.VERSION
    for key in ("model", "train", "vocab", "step", "history", "corpus", "windows"):
        assert key in meta
    assert any(k.startswith("w.") for k in header) and any(k.startswith("opt.") for k in header)
    assert "rng.torch" in header


def test_unicode_vocabulary_round_trips(tiny_configs):
    from rnn_studio.core.corpus import Corpus
    corpus = Corpus.from_text("대한민국 😀 é\n" * 20, name="유니코드.txt")
    trainer = Trainer(corpus, *tiny_configs(steps=1, seq_len=8))
    trainer.run()
    loaded = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert loaded.vocab == corpus.vocab.chars and loaded.corpus["name"] == "유니코드.txt"


# ---- exact resume -------------------------------------------------------------------------

@pytest.mark.parametrize("kw", [dict(cell="lstm"), dict(cell="gru", layers=2, dropout=0.3),
                                dict(cell="lstm", layers=2, dropout=0.3, embedding=0)],
                         ids=["lstm", "gru-dropout", "lstm-onehot-dropout"])
def test_exact_resume(small_corpus, tiny_configs, tmp_path, kw):
    N = 6
    settings = dict(kw, steps=2 * N, log_every=1, eval_every=4, warmup_steps=3)
    a = Trainer(small_corpus, *tiny_configs(**settings))
    assert a.run().reason == "budget"
    b = None

    def stop_at_n(e):
        if isinstance(e, ev.StepEvent) and e.step == N:
            b.stop()

    b = Trainer(small_corpus, *tiny_configs(**settings), callbacks=[stop_at_n])
    first = b.run()
    assert first.reason == "stopped" and first.step == N and not b.finished
    path = modelfile.save(tmp_path / "half.rnn", b.snapshot())
    snap = modelfile.load(path)
    assert snap.step == N and not snap.finished
    c = Trainer(small_corpus, snap.model_cfg, snap.train_cfg, resume=snap)
    assert c.step == N
    done = c.run()
    assert done.reason == "budget" and done.step == 2 * N and c.finished
    wa, wc = a.model.state_dict(), c.model.state_dict()
    for k in wa:
        torch.testing.assert_close(wa[k], wc[k], atol=1e-6, rtol=0, msg=k)
    assert (a.step, a.chars_seen) == (c.step, c.chars_seen)
    assert c.history.step == a.history.step == list(range(1, 2 * N + 1))
    assert c.history.train_loss == pytest.approx(a.history.train_loss, abs=1e-5)
    assert c.history.chars_seen == a.history.chars_seen
    # The optimiser continued too (its moments and step count).
    oa, oc = a.opt.state_dict()["state"], c.opt.state_dict()["state"]
    for idx in oa:
        for key in oa[idx]:
            torch.testing.assert_close(oa[idx][key], oc[idx][key], atol=1e-6, rtol=0)
    # Evaluations continue the history (the stopped run also evaluated at step N).
    assert c.history.val_step == [4, N, 8, 12]


# ---- damaged, foreign and hostile files ---------------------------------------------------

def refuse(data: bytes, name="bad.rnn") -> str:
    with pytest.raises(UserError) as info:
        modelfile.from_bytes(data, name)
    assert name in str(info.value)
    return str(info.value)


def header_len(data: bytes) -> int:
    return struct.unpack("<Q", data[:8])[0]


def test_truncated_files(model_bytes, tmp_path):
    n = header_len(model_bytes)
    cuts = [0, 1, 5, 8, 9, 10, 8 + n // 2, 8 + n - 1, 8 + n, 8 + n + 3,
            (8 + n + len(model_bytes)) // 2, len(model_bytes) - 1]
    for cut in cuts:
        message = refuse(model_bytes[:cut])
        assert any(w in message for w in ("truncated", "too short", "damaged", "not an RNN Studio")), (cut, message)
    path = tmp_path / "cut.rnn"
    path.write_bytes(model_bytes[: len(model_bytes) // 2])
    with pytest.raises(UserError, match="cut.rnn"):
        modelfile.load(path)


def test_flipped_header_bytes(model_bytes):
    n = header_len(model_bytes)
    for pos in list(range(8, 8 + n, max(1, n // 97))) + [0, 3, 7, 8, 8 + n - 1]:
        data = bytearray(model_bytes)
        data[pos] ^= 0x5A
        try:
            snap = modelfile.from_bytes(bytes(data), "flipped.rnn")
        except UserError as exc:
            assert "flipped.rnn" in str(exc)
        else:
            assert snap.model_cfg.vocab_size == len(snap.vocab)


def test_flipped_body_bytes(model_bytes):
    n = header_len(model_bytes)
    body = range(8 + n, len(model_bytes))
    for pos in list(body[:: max(1, len(body) // 61)]) + [len(model_bytes) - 1]:
        for mask in (0x01, 0x80, 0x7F):
            data = bytearray(model_bytes)
            data[pos] ^= mask
            try:
                snap = modelfile.from_bytes(bytes(data), "flipped.rnn")
            except UserError as exc:
                assert "flipped.rnn" in str(exc)
            else:   # a flipped value that stays finite loads, and the weights are finite
                assert all(torch.isfinite(w).all() for w in snap.weights.values())


def test_nan_weights_are_refused(trained):
    bad = dataclasses.replace(trained, weights=dict(trained.weights))
    w = bad.weights["head.bias"].clone()
    w[0] = float("nan")
    bad.weights["head.bias"] = w
    assert "NaN" in refuse(modelfile.to_bytes(bad))


@pytest.mark.parametrize("change, words", [
    (lambda s: dataclasses.replace(s, vocab=s.vocab[:-1]), "vocabulary"),
    (lambda s: dataclasses.replace(s, vocab=s.vocab[::-1]), "vocabulary"),
    (lambda s: dataclasses.replace(s, model_cfg=dataclasses.replace(s.model_cfg, hidden=9)), "weight"),
    (lambda s: dataclasses.replace(s, weights={k: v for k, v in s.weights.items() if k != "head.bias"}), "missing"),
    (lambda s: dataclasses.replace(s, weights=dict(s.weights, extra=torch.zeros(1))), "unexpected"),
    (lambda s: dataclasses.replace(s, weights={k: v.double() for k, v in s.weights.items()}), "float32"),
    (lambda s: dataclasses.replace(s, step=-3), "count"),
])
def test_inconsistent_contents_are_refused(trained, change, words):
    assert words in refuse(modelfile.to_bytes(change(trained)))


def rewrite_meta(data: bytes, edit) -> bytes:
    tensors = modelfile.st_load(data)
    header = json.loads(data[8:8 + header_len(data)])
    meta = json.loads(header["__metadata__"]["rnn_studio"])
    edit(meta)
    from safetensors.torch import save
    return save(tensors, metadata={"format": "rnn-studio-model", "rnn_studio": json.dumps(meta)})


@pytest.mark.parametrize("edit, words", [
    (lambda m: m.update(format_version=99), "version 99"),
    (lambda m: m.update(format="something-else"), "not an RNN Studio model"),
    (lambda m: m.update(model="lstm"), "settings"),
    (lambda m: m["model"].update(layers=0), "layers"),
    (lambda m: m["train"].update(lr="fast"), "lr"),
    (lambda m: m.update(history={"step": [1, "x"]}), "inconsistent"),
    (lambda m: m.update(history={"step": [1, 2], "train_loss": [1.0]}), "inconsistent"),
    (lambda m: m.update(elapsed_s="later"), "inconsistent"),
    (lambda m: m.update(windows=[1, 2]), "inconsistent"),
    (lambda m: m.pop("model"), "inconsistent"),
    (lambda m: m.update(vocab=7), "vocabulary"),
])
def test_bad_metadata_is_refused(model_bytes, edit, words):
    assert words in refuse(rewrite_meta(model_bytes, edit))


def test_foreign_files(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + b"\x00" * 13 + zlib.compress(b"x" * 50)
    for data, name in [(png, "picture.png"), (b"just some text, not a model at all\n" * 20, "notes.txt"),
                       (b"hi\n", "tiny.txt"), (b"{}", "empty.json"), (b"\x00" * 64, "zeros.bin")]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(UserError, match=name.replace(".", r"\.")):
            modelfile.load(path)
    plain = tmp_path / "plain.safetensors"
    save_file({"weight": torch.zeros(3, 3)}, str(plain))
    with pytest.raises(UserError, match="safetensors file, but not an RNN Studio model"):
        modelfile.load(plain)
    save_file({"weight": torch.zeros(3, 3)}, str(plain), metadata={"rnn_studio": "[1, 2"})
    with pytest.raises(UserError, match="corrupted header"):
        modelfile.load(plain)


def test_missing_and_folder(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        modelfile.load(tmp_path / "gone.rnn")
    with pytest.raises(UserError, match="folder"):
        modelfile.load(tmp_path)


class Hostile:
    """Unpickling this would write a marker file: proof that code ran."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "pwned"))


@pytest.mark.parametrize("how", ["zip", "legacy", "plain-pickle", "pickle-protocol-0"])
def test_pickle_files_are_never_unpickled(tmp_path, how):
    marker = tmp_path / "marker.txt"
    path = tmp_path / "model.pt"
    payload = {"state_dict": {"w": torch.zeros(2)}, "evil": Hostile(str(marker))}
    if how == "zip":
        torch.save(payload, path)
    elif how == "legacy":
        torch.save(payload, path, _use_new_zipfile_serialization=False)
    elif how == "plain-pickle":
        path.write_bytes(pickle.dumps(Hostile(str(marker))))
    else:
        path.write_bytes(pickle.dumps(Hostile(str(marker)), protocol=0))
    assert not marker.exists()
    with pytest.raises(UserError) as info:
        modelfile.load(path)
    assert "model.pt" in str(info.value)
    assert not marker.exists()
    if how in ("zip", "legacy", "plain-pickle"):
        assert "pickle" in str(info.value)


def test_state_dict_pickle_is_refused(tmp_path):
    path = tmp_path / "weights.pt"
    torch.save({"rnn.weight_ih_l0": torch.zeros(4, 4)}, path)
    with pytest.raises(UserError, match="pickle"):
        modelfile.load(path)


def test_header_lengths_that_look_like_pickles_still_load(trained):
    """The first 8 bytes are the header's length; 1 in 256 lengths starts with 0x80."""
    found = 0
    for pad in range(0, 300, 8):
        snap = dataclasses.replace(trained, corpus=dict(trained.corpus, name="x" * pad))
        data = modelfile.to_bytes(snap)
        if data[0] == 0x80:
            found += 1
            assert modelfile.from_bytes(data).corpus["name"] == "x" * pad
    assert found


# ---- atomic saving --------------------------------------------------------------------------

def test_save_replaces_atomically(trained, tmp_path):
    path = tmp_path / "m.rnn"
    modelfile.save(path, trained)
    older = dataclasses.replace(trained, step=1)
    modelfile.save(path, older)
    assert modelfile.load(path).step == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.rnn"]


def test_failed_rename_leaves_the_old_file_whole(trained, tmp_path, monkeypatch):
    path = tmp_path / "m.rnn"
    modelfile.save(path, trained)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UserError) as info:
        modelfile.save(path, dataclasses.replace(trained, step=1))
    assert "m.rnn" in str(info.value) and "No space left" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.rnn"]   # no temporary left behind


def test_failed_write_leaves_the_old_file_whole(trained, tmp_path, monkeypatch):
    path = tmp_path / "m.rnn"
    modelfile.save(path, trained)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(UserError, match="Input/output error"):
        modelfile.save(path, dataclasses.replace(trained, step=1))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.rnn"]


def test_read_only_folder(trained, tmp_path, monkeypatch):
    import tempfile
    path = tmp_path / "m.rnn"
    modelfile.save(path, trained)
    before = path.read_bytes()
    if os.geteuid() != 0:
        tmp_path.chmod(0o555)
        try:
            with pytest.raises(UserError, match="m.rnn"):
                modelfile.save(path, dataclasses.replace(trained, step=1))
        finally:
            tmp_path.chmod(0o755)
        assert path.read_bytes() == before

    def denied(*args, **kw):   # what mkstemp does in a read-only folder (root ignores modes)
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(UserError, match="Permission denied"):
        modelfile.save(path, dataclasses.replace(trained, step=1))
    assert path.read_bytes() == before


def test_save_into_a_missing_folder(trained, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        modelfile.save(tmp_path / "no" / "such" / "m.rnn", trained)


def test_save_over_a_folder(trained, tmp_path):
    (tmp_path / "taken.rnn").mkdir()
    with pytest.raises(UserError, match="taken.rnn"):
        modelfile.save(tmp_path / "taken.rnn", trained)
