"""The lecture's hello model: the shown numbers obey the lecture's equations, and it learns.

Every identity is recomputed in numpy from the arrays ``step(t)`` returns, so what the view
shows is what the model computes.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from rnn_studio.core.lecture import LETTERS, STEPS_TO_LEARN, TARGET, HelloLesson

TOL = 1e-6
VARIANTS = [("rnn", 1), ("rnn", 2), ("lstm", 1), ("gru", 1), ("lstm", 2), ("gru", 2)]


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def softmax(y):
    e = np.exp(y - y.max())
    return e / e.sum()


def layer_h(cell: str, s: dict, sfx: str = "") -> np.ndarray:
    """h_t recomputed from the shown weights and inputs, by the textbook equations."""
    x, h0 = s["x" + sfx], s["h_prev" + sfx]
    ax = s["W_xh" + sfx] @ x + s["b_xh" + sfx]
    ah = s["W_hh" + sfx] @ h0 + s["b_hh" + sfx]
    if cell == "rnn":
        return np.tanh(ax + ah)
    if cell == "lstm":
        i, f, g, o = np.split(ax + ah, 4)
        c = sigmoid(f) * s["c_prev" + sfx] + sigmoid(i) * np.tanh(g)
        assert np.allclose(c, s["c" + sfx], atol=TOL)
        return sigmoid(o) * np.tanh(c)
    xr, xz, xn = np.split(ax, 3)
    hr, hz, hn = np.split(ah, 3)
    r, z = sigmoid(xr + hr), sigmoid(xz + hz)
    n = np.tanh(xn + r * hn)
    assert np.allclose(r, s["r" + sfx], atol=TOL) and np.allclose(z, s["z" + sfx], atol=TOL)
    return (1 - z) * n + z * h0


def learn(lesson: HelloLesson, limit: int = STEPS_TO_LEARN) -> int:
    """Train one step at a time until the predictions spell "ello"; the steps it took."""
    while lesson.spelled() != "ello" and lesson.steps < limit:
        lesson.train_steps(1)
    return lesson.steps


def test_vanilla_step_is_the_lecture_equation_at_every_t():
    lesson = HelloLesson(seed=3)
    lesson.train_steps(2)
    prev_h = None
    for t in range(1, 5):
        s = lesson.step(t)
        assert s["x"].shape == (4,) and s["h"].shape == (5,)
        assert s["W_xh"].shape == (5, 4) and s["W_hh"].shape == (5, 5) and s["W_hy"].shape == (4, 5)
        assert s["x"].sum() == 1 and s["x"][LETTERS.index("hell"[t - 1])] == 1
        h = np.tanh(s["W_xh"] @ s["x"] + s["W_hh"] @ s["h_prev"] + s["b_xh"] + s["b_hh"])
        np.testing.assert_allclose(s["h"], h, atol=TOL)
        np.testing.assert_allclose(s["y"], s["W_hy"] @ s["h"] + s["b_y"], atol=TOL)
        np.testing.assert_allclose(s["p"], softmax(s["y"]), atol=TOL)
        np.testing.assert_allclose(s["cost"], -np.log(s["p"][TARGET[t - 1]]), atol=TOL)
        # W_xh·x with a one-hot x is the column of the input's letter
        np.testing.assert_allclose(s["Wx"], s["W_xh"][:, LETTERS.index("hell"[t - 1])], atol=TOL)
        if t == 1:
            assert not s["h_prev"].any()
        else:
            np.testing.assert_array_equal(s["h_prev"], prev_h)
        prev_h = s["h"]


def test_the_same_weights_at_every_step_and_they_are_the_models():
    lesson = HelloLesson(seed=1)
    steps = [lesson.step(t) for t in range(1, 5)]
    for name in ("W_xh", "W_hh", "W_hy", "b_xh", "b_hh", "b_y"):
        for s in steps[1:]:
            np.testing.assert_array_equal(s[name], steps[0][name])
    np.testing.assert_array_equal(steps[0]["W_xh"], lesson.model.rnn.weight_ih_l0.detach().numpy())
    np.testing.assert_array_equal(steps[0]["W_hy"], lesson.model.head.weight.detach().numpy())


@pytest.mark.parametrize("cell,layers", VARIANTS)
def test_unroll_matches_the_apps_model_forward(cell, layers):
    """The hand unroll and CharRNN's own layers (LoopRNN or torch's LSTM) agree."""
    lesson = HelloLesson(cell, layers, seed=2)
    lesson.train_steps(3)
    x = torch.eye(4, dtype=torch.float64)[[LETTERS.index(c) for c in "hell"]].unsqueeze(0)
    with torch.no_grad():
        h, _ = lesson.model.rnn(x)
        logits = lesson.model.head(h)[0].numpy()
    shown = np.stack([lesson.step(t)["y"] for t in range(1, 5)])
    np.testing.assert_allclose(shown, logits, atol=1e-9)


@pytest.mark.parametrize("cell,layers", VARIANTS)
def test_every_variant_shows_its_own_equations(cell, layers):
    lesson = HelloLesson(cell, layers, seed=4)
    lesson.train_steps(2)
    for t in range(1, 5):
        s = lesson.step(t)
        np.testing.assert_allclose(s["h"], layer_h(cell, s), atol=TOL)
        top = s["h"]
        if layers == 2:
            np.testing.assert_array_equal(s["x_2"], s["h"])
            np.testing.assert_allclose(s["h_2"], layer_h(cell, s, "_2"), atol=TOL)
            top = s["h_2"]
        np.testing.assert_array_equal(s["h_top"], top)
        np.testing.assert_allclose(s["p"], softmax(s["W_hy"] @ top + s["b_y"]), atol=TOL)
        if t == 1:
            assert not s["h_prev"].any()
            assert cell != "lstm" or not s["c_prev"].any()
    if cell == "lstm":
        assert s["W_xh"].shape == (20, 4) and {"i", "f", "g", "o"} <= set(s)
    if cell == "gru":
        assert s["W_hh"].shape == (15, 5) and {"r", "z", "n"} <= set(s)


@pytest.mark.parametrize("seed", range(5))
def test_vanilla_learns_hello_within_the_promised_steps(seed):
    lesson = HelloLesson(seed=seed)
    start = lesson.cost()
    assert learn(lesson) <= STEPS_TO_LEARN
    assert lesson.spelled() == "ello"
    assert lesson.cost() < start and lesson.accuracy() == 1.0


@pytest.mark.parametrize("cell,layers", VARIANTS[1:])
def test_deeper_and_gated_variants_learn_hello(cell, layers):
    for seed in (0, 1):
        lesson = HelloLesson(cell, layers, seed=seed)
        assert learn(lesson) <= STEPS_TO_LEARN and lesson.spelled() == "ello", (cell, layers, seed)


def test_train_to_the_end_stops_when_learnt_and_cost_falls():
    lesson = HelloLesson(seed=0)
    while not lesson.train_chunk(5):
        pass
    assert lesson.done() and lesson.spelled() == "ello"
    assert lesson.history[-1] < lesson.history[0]
    assert len(lesson.history) == lesson.steps


def test_reset_gives_new_weights_per_seed_and_is_reproducible():
    a, b = HelloLesson(seed=5), HelloLesson(seed=5)
    np.testing.assert_array_equal(a.step(1)["W_hh"], b.step(1)["W_hh"])
    a.train_steps(3)
    a.reset(6)
    assert a.steps == 0 and a.history == []
    assert not np.array_equal(a.step(1)["W_hh"], b.step(1)["W_hh"])
    torch.manual_seed(0)
    expected = torch.rand(1)
    torch.manual_seed(0)
    HelloLesson(seed=9)
    assert torch.equal(torch.rand(1), expected), "building a lesson must not move the global RNG"


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="cell"):
        HelloLesson("transformer")
    with pytest.raises(ValueError, match="layers"):
        HelloLesson(layers=3)
    with pytest.raises(ValueError, match="t must be"):
        HelloLesson().step(0)
