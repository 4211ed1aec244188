"""The numpy Stepper writes with the same maths as the torch model it was copied from."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.model import CharRNN
from rnn_studio.core.stepper import Stepper

V = 17


def softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def model_for(cell, layers, embedding, fused=False, hidden=12, seed=0):
    torch.manual_seed(seed)
    model = CharRNN(ModelConfig(cell=cell, layers=layers, hidden=hidden, embedding=embedding, vocab_size=V),
                    fused=fused)
    with torch.no_grad():          # larger weights than the init, so differences would show
        for p in model.parameters():
            p.mul_(2.0)
    return model.eval()


CASES = [(cell, layers, emb, fused) for cell in ("rnn", "lstm", "gru") for layers in (1, 2)
         for emb in (0, 5) for fused in ((False, True) if cell != "lstm" else (False,))]


@pytest.mark.parametrize("cell, layers, embedding, fused", CASES)
def test_stepper_matches_torch_step_by_step(cell, layers, embedding, fused):
    model = model_for(cell, layers, embedding, fused)
    ids = torch.randint(0, V, (1, 30), generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        logits, state = model(ids)
    expected = softmax(logits[0].numpy())
    stepper = Stepper.from_model(model)
    got = np.stack([softmax(stepper.step(int(i))) for i in ids[0]])
    np.testing.assert_allclose(got, expected, atol=1e-5)
    # The final hidden (and cell) state agrees too.
    h = state[0] if isinstance(state, tuple) else state
    for l in range(layers):
        np.testing.assert_allclose(stepper.h[l], h[l, 0].numpy(), atol=1e-5)
        if cell == "lstm":
            np.testing.assert_allclose(stepper.c[l], state[1][l, 0].numpy(), atol=1e-5)


@pytest.mark.parametrize("cell", ["rnn", "lstm", "gru"])
def test_reset_and_state_round_trip(cell):
    stepper = Stepper.from_model(model_for(cell, 2, 4))
    seq = [3, 1, 4, 1, 5, 9, 2, 6]
    first = [stepper.step(i).copy() for i in seq]
    stepper.reset()
    assert all(not h.any() for h in stepper.h)
    again = [stepper.step(i).copy() for i in seq]
    np.testing.assert_array_equal(np.stack(first), np.stack(again))
    stepper.reset()
    for i in seq[:4]:
        stepper.step(i)
    saved = stepper.get_state()
    assert len(saved) == 2 * (2 if cell == "lstm" else 1)
    tail = [stepper.step(i).copy() for i in seq[4:]]
    stepper.set_state(saved)
    np.testing.assert_array_equal(np.stack([stepper.step(i).copy() for i in seq[4:]]), np.stack(tail))


def test_stepper_is_a_snapshot_of_the_weights():
    model = model_for("lstm", 1, 4)
    stepper = Stepper.from_model(model)
    before = stepper.step(2).copy()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(1.0)
    stepper.reset()
    np.testing.assert_array_equal(stepper.step(2), before)


def test_gates_hold_activations():
    stepper = Stepper.from_model(model_for("lstm", 2, 4, hidden=6))
    stepper.step(1)
    g = stepper.gates[1]
    assert g.shape == (24,)
    assert np.all((g[:18] >= 0) & (g[:18] <= 1))      # i, f, o: sigmoids
    assert np.all(np.abs(g[18:]) <= 1)                # g: tanh
