"""Writing: seeds, temperature 0, top-k and top-p, prefix rules, the next-character distribution."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from rnn_studio.core import sampler
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.model import CharRNN
from rnn_studio.core.sampler import generate, next_char_distribution, pick, probabilities, write
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.vocab import Vocab

CHARS = "\n abcdefghé가😀"


@pytest.fixture(scope="module")
def setup():
    vocab = Vocab(CHARS)
    torch.manual_seed(3)
    model = CharRNN(ModelConfig(cell="gru", hidden=16, embedding=6, vocab_size=len(vocab))).eval()
    return model, vocab


def new_stepper(setup):
    return Stepper.from_model(setup[0])


def test_same_seed_same_text_different_seeds_differ(setup):
    model, vocab = setup
    cfg = SampleConfig(prefix="ab", length=60, temperature=1.0, seed=42)
    a = write(new_stepper(setup), vocab, cfg)
    b = write(new_stepper(setup), vocab, cfg)
    assert a == b and len(a) == 60
    others = {write(new_stepper(setup), vocab, SampleConfig(prefix="ab", length=60, temperature=1.0, seed=s))
              for s in (1, 2, 3)}
    assert len(others | {a}) == 4
    assert set(a) <= set(CHARS)


def test_temperature_zero_is_argmax_at_each_step(setup):
    model, vocab = setup
    text = write(new_stepper(setup), vocab, SampleConfig(prefix="ca", length=25, temperature=0.0, seed=1))
    ref = new_stepper(setup)
    for ch in "ca":
        logits = ref.step(vocab.index(ch))
    expected = []
    for _ in range(25):
        i = int(np.argmax(logits))
        expected.append(vocab.chars[i])
        logits = ref.step(i)
    assert text == "".join(expected)
    # ... and it ignores the seed.
    assert write(new_stepper(setup), vocab, SampleConfig(prefix="ca", length=25, temperature=0.0, seed=99)) == text
    # The torch model agrees on the argmax path.
    ids = torch.tensor([[vocab.index(c) for c in "ca" + text]])
    with torch.no_grad():
        logits, _ = model(ids)
    assert "".join(vocab.chars[i] for i in logits[0, 1:-1].argmax(-1).tolist()) == text


def test_prefix_is_fed_once_and_characters_stream(setup):
    model, vocab = setup
    stepper = new_stepper(setup)
    calls = []
    original = stepper.step
    stepper.step = lambda i: (calls.append(i), original(i))[1]
    gen = generate(stepper, vocab, SampleConfig(prefix="abc", length=10, temperature=0.7, seed=0))
    first = next(gen)
    assert len(first) == 1 and first in CHARS
    assert calls == [vocab.index(c) for c in "abc"]      # nothing beyond the prefix yet
    rest = list(gen)
    assert len(rest) == 9
    assert len(calls) == 3 + 9                            # one step per new character, no re-runs


def test_unknown_prefix_characters_are_named(setup):
    model, vocab = setup
    with pytest.raises(UserError) as info:
        write(new_stepper(setup), vocab, SampleConfig(prefix="abXzXq", length=5, seed=0))
    message = str(info.value)
    assert "'X'" in message and "'z'" in message and "'q'" in message and "'a'" not in message


def test_skip_unknown_drops_them(setup):
    model, vocab = setup
    cfg = dict(length=20, temperature=0.0)
    skipped = write(new_stepper(setup), vocab, SampleConfig(prefix="aXbZ", **cfg), skip_unknown=True)
    assert skipped == write(new_stepper(setup), vocab, SampleConfig(prefix="ab", **cfg))
    assert sampler.prepare_prefix(vocab, "aXbZ", skip_unknown=True) == "ab"


def test_prefix_is_nfc_normalised(setup):
    model, vocab = setup
    assert sampler.prepare_prefix(vocab, "e\u0301") == "\u00e9"


def test_empty_prefix_works(setup):
    model, vocab = setup
    text = write(new_stepper(setup), vocab, SampleConfig(prefix="", length=15, temperature=1.0, seed=4))
    assert len(text) == 15 and set(text) <= set(CHARS)
    greedy = write(new_stepper(setup), vocab, SampleConfig(prefix="", length=8, temperature=0.0))
    assert greedy == write(new_stepper(setup), vocab, SampleConfig(prefix="\n", length=8, temperature=0.0))


def test_zero_length(setup):
    model, vocab = setup
    assert write(new_stepper(setup), vocab, SampleConfig(prefix="a", length=0)) == ""


def test_bad_settings_are_refused(setup):
    model, vocab = setup
    with pytest.raises(UserError, match="temperature"):
        write(new_stepper(setup), vocab, SampleConfig(temperature=-0.5))
    with pytest.raises(UserError, match="top_p"):
        write(new_stepper(setup), vocab, SampleConfig(top_p=float("nan")))


def test_next_char_distribution_covers_the_vocabulary(setup):
    model, vocab = setup
    dist = next_char_distribution(new_stepper(setup), vocab, "가b")
    assert list(dist) == list(vocab.chars)
    assert abs(sum(dist.values()) - 1.0) < 1e-9
    assert all(p > 0 for p in dist.values())
    ids = torch.tensor([[vocab.index("가"), vocab.index("b")]])
    with torch.no_grad():
        logits, _ = model(ids)
    expected = torch.softmax(logits[0, -1].double(), -1).numpy()
    np.testing.assert_allclose(list(dist.values()), expected, atol=1e-5)
    assert abs(sum(next_char_distribution(new_stepper(setup), vocab, "").values()) - 1.0) < 1e-9
    with pytest.raises(UserError):
        next_char_distribution(new_stepper(setup), vocab, "Q")


# ---- the distribution a sampler draws from ------------------------------------------

LOGITS = np.log(np.array([0.05, 0.30, 0.15, 0.50]))


@pytest.mark.parametrize("k, kept", [(1, {3}), (2, {1, 3}), (3, {1, 2, 3}), (4, {0, 1, 2, 3}), (0, {0, 1, 2, 3})])
def test_top_k_keeps_exactly_the_k_likeliest(k, kept):
    p = probabilities(LOGITS, temperature=1.0, top_k=k)
    assert set(np.flatnonzero(p)) == kept
    assert abs(p.sum() - 1) < 1e-12
    base = np.exp(LOGITS)[sorted(kept)]
    np.testing.assert_allclose(p[sorted(kept)], base / base.sum())


@pytest.mark.parametrize("top_p, kept", [(0.3, {3}), (0.79, {1, 3}), (0.81, {1, 2, 3}), (0.96, {0, 1, 2, 3}),
                                         (1.0, {0, 1, 2, 3}), (0.0, {3})])
def test_top_p_keeps_the_smallest_set_reaching_p(top_p, kept):
    p = probabilities(LOGITS, temperature=1.0, top_p=top_p)
    assert set(np.flatnonzero(p)) == kept
    assert abs(p.sum() - 1) < 1e-12


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(-8, 8), min_size=2, max_size=30, unique=True), st.floats(0.01, 0.99),
       st.floats(0.2, 3.0))
def test_top_p_property(logits, top_p, temperature):
    z = np.array(logits)
    full = probabilities(z, temperature)
    p = probabilities(z, temperature, top_p=top_p)
    kept = np.flatnonzero(p)
    mass = full[kept].sum()
    assert mass >= top_p - 1e-9                               # it reaches p
    assert mass - full[kept].min() < top_p + 1e-9             # and no smaller set would
    assert full[kept].min() >= full[np.setdiff1d(np.arange(z.size), kept)].max(initial=0)  # the likeliest


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-8, 8), min_size=2, max_size=30, unique=True), st.integers(1, 30))
def test_top_k_property(logits, k):
    z = np.array(logits)
    p = probabilities(z, 0.7, top_k=k)
    kept = set(np.flatnonzero(p))
    assert kept == set(np.argsort(-z)[:min(k, z.size)])


def test_temperature_zero_distribution_is_one_hot():
    p = probabilities(LOGITS, temperature=0.0)
    assert p.tolist() == [0.0, 0.0, 0.0, 1.0]


def test_temperature_sharpens_and_flattens():
    cold, warm = probabilities(LOGITS, 0.5), probabilities(LOGITS, 2.0)
    assert cold[3] > np.exp(LOGITS)[3] > warm[3]


def test_pick_draws_from_the_distribution():
    rng = np.random.default_rng(0)
    draws = np.bincount([pick(LOGITS, SampleConfig(temperature=1.0), rng) for _ in range(4000)], minlength=4)
    np.testing.assert_allclose(draws / draws.sum(), np.exp(LOGITS), atol=0.03)
    limited = {pick(LOGITS, SampleConfig(temperature=1.0, top_k=2), rng) for _ in range(300)}
    assert limited == {1, 3}
    nucleus = {pick(LOGITS, SampleConfig(temperature=1.0, top_p=0.79), rng) for _ in range(300)}
    assert nucleus == {1, 3}
    assert {pick(LOGITS, SampleConfig(temperature=0.0), rng) for _ in range(20)} == {3}


@pytest.mark.parametrize("temperature", [1.0, 0.6, 2.5])
def test_generated_characters_follow_the_distribution(setup, temperature):
    """Whatever trick draws the characters, their frequencies match ``probabilities``.

    The head's weights are zeroed, so every step has the same logits (the head's bias) and
    one long text is a row of independent draws.
    """
    model, vocab = setup
    fixed = CharRNN(model.cfg).eval()
    fixed.load_state_dict(model.state_dict())
    target = np.array([0.30, 0.20, 0.12, 0.10, 0.08, 0.06, 0.05, 0.04, 0.02, 0.01, 0.01, 0.005, 0.005])
    with torch.no_grad():
        fixed.head.weight.zero_()
        fixed.head.bias.copy_(torch.from_numpy(np.log(target)))
    stepper = Stepper.from_model(fixed)
    expected = probabilities(np.log(target), temperature)
    n = 6000
    text = write(stepper, vocab, SampleConfig(prefix="ab", length=n, temperature=temperature, seed=11))
    freq = np.array([text.count(c) for c in vocab.chars]) / n
    np.testing.assert_allclose(freq, expected, atol=4 * np.sqrt(0.25 / n))
