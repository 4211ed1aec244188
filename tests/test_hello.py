"""The lecture's example, end to end: a vanilla RNN with one-hot input learns "hello"."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.config import SampleConfig
from rnn_studio.core.sampler import next_char_distribution, write
from rnn_studio.core.stepper import Stepper


def test_the_corpus_is_the_lecture_s(hello_setup):
    text = hello_setup["path"].read_text("utf-8")
    assert set(text) == set("helo\n") and "hello" in text


def test_api_learns_hello(hello_model):
    assert isinstance(hello_model.result, ev.DoneEvent) and hello_model.result.reason == "budget"
    snap = hello_model.snapshot
    assert snap.model_cfg.cell == "rnn" and snap.model_cfg.one_hot and snap.model_cfg.hidden == 8
    assert snap.vocab == "\nehlo"
    stepper = Stepper.from_model(hello_model.trainer.model)
    assert write(stepper, hello_model.trainer.vocab, SampleConfig(prefix="h", temperature=0, length=4)) == "ello"
    # The learned distribution after "hell" puts most of its mass on "o".
    dist = next_char_distribution(stepper, hello_model.trainer.vocab, "hell")
    assert max(dist, key=dist.get) == "o" and dist["o"] > 0.5
    # ... and the saved file writes the same.
    loaded = modelfile.load(hello_model.path)
    s2 = Stepper({k: v.numpy() for k, v in loaded.weights.items()}, loaded.model_cfg)
    from rnn_studio.core.vocab import Vocab
    assert write(s2, Vocab(loaded.vocab), SampleConfig(prefix="h", temperature=0, length=4)) == "ello"
    assert loaded.best_val_loss() is not None and loaded.best_val_loss() < 0.5


def test_lecture_forward_pass_by_hand(hello_model):
    """h_t = tanh(W_xh x_t + W_hh h_{t-1} + b), y_t = W_hy h_t + b_y, with one-hot x_t."""
    w = {k: v.numpy().astype(np.float64) for k, v in hello_model.snapshot.weights.items()}
    vocab = hello_model.snapshot.vocab
    h = np.zeros(8)
    out = []
    for ch in "hell":
        x = np.eye(len(vocab))[vocab.index(ch)]
        h = np.tanh(w["rnn.weight_ih_l0"] @ x + w["rnn.bias_ih_l0"] + w["rnn.weight_hh_l0"] @ h + w["rnn.bias_hh_l0"])
        y = w["head.weight"] @ h + w["head.bias"]
        out.append(vocab[int(np.argmax(y))])
    assert "".join(out) == "ello"


@pytest.mark.slow
def test_cli_learns_hello(run_module, hello_setup, tmp_path):
    model = tmp_path / "hello.rnn"
    train = run_module("train", str(hello_setup["path"]), *hello_setup["flags"], "--out", str(model))
    assert train.returncode == 0, train.stderr
    assert "Traceback" not in train.stderr
    assert "\r" not in train.stdout and "finished at step 60" in train.stdout   # plain lines off a tty
    sample = run_module("sample", str(model), "--prefix", "h", "--temperature", "0", "--length", "4")
    assert sample.returncode == 0, sample.stderr
    assert sample.stdout == "hello\n"
