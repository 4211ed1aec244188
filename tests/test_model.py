"""CharRNN: shapes for every cell and depth, the untrained loss, and gradient flow."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.memory import check_fits, training_bytes
from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.sizes import n_params

CELLS = ("rnn", "lstm", "gru")
V = 23


def make(cell, layers=1, hidden=12, embedding=6, dropout=0.0, seed=0, input_dropout=0.0, **kw):
    torch.manual_seed(seed)
    return CharRNN(ModelConfig(cell=cell, layers=layers, hidden=hidden, embedding=embedding,
                               dropout=dropout, input_dropout=input_dropout, vocab_size=V), **kw)


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("layers", [1, 2, 3])
@pytest.mark.parametrize("embedding", [0, 6], ids=["one-hot", "embedding"])
def test_shapes(cell, layers, embedding):
    model = make(cell, layers, hidden=12, embedding=embedding)
    ids = torch.randint(0, V, (3, 7))
    logits, state = model(ids)
    assert logits.shape == (3, 7, V)
    states = state if isinstance(state, tuple) else (state,)
    assert len(states) == (2 if cell == "lstm" else 1)
    for s in states:
        assert s.shape == (layers, 3, 12)
    zero = model.zero_state(3)
    zeros = zero if isinstance(zero, tuple) else (zero,)
    assert [z.shape for z in zeros] == [s.shape for s in states]
    # Carrying the state on gives the same logits as one pass over the whole sequence.
    model.eval()
    with torch.no_grad():
        whole, _ = model(ids)
        first, st = model(ids[:, :4])
        second, _ = model(ids[:, 4:], st)
    torch.testing.assert_close(torch.cat([first, second], 1), whole, atol=1e-5, rtol=1e-5)
    assert n_params(model.cfg) == sum(p.numel() for p in model.parameters())
    assert (model.embed is None) == (embedding == 0)


@pytest.mark.parametrize("cell", CELLS)
def test_eight_layers(cell):
    model = make(cell, layers=8, hidden=4, embedding=3)
    logits, state = model(torch.randint(0, V, (2, 5)))
    assert logits.shape == (2, 5, V)
    h = state[0] if isinstance(state, tuple) else state
    assert h.shape == (8, 2, 4)
    assert n_params(model.cfg) == sum(p.numel() for p in model.parameters())


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("embedding", [0, 16])
def test_untrained_loss_is_close_to_ln_vocab(cell, embedding):
    vocab = 60
    torch.manual_seed(1)
    model = CharRNN(ModelConfig(cell=cell, hidden=32, embedding=embedding, layers=2, vocab_size=vocab))
    ids = torch.randint(0, vocab, (8, 65))
    logits, _ = model(ids[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, vocab), ids[:, 1:].reshape(-1)).item()
    assert abs(loss - math.log(vocab)) < 0.1


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("embedding", [0, 5], ids=["one-hot", "embedding"])
def test_gradients_reach_every_parameter(cell, embedding):
    model = make(cell, layers=2, hidden=10, embedding=embedding, dropout=0.1)
    model.train()
    ids = torch.randint(0, V, (4, 12))
    logits, _ = model(ids[:, :-1])
    F.cross_entropy(logits.reshape(-1, V), ids[:, 1:].reshape(-1)).backward()
    names = [name for name, _ in model.named_parameters()]
    expected = {f"rnn.{k}_l{l}" for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh") for l in (0, 1)}
    assert expected <= set(names) and {"head.weight", "head.bias"} <= set(names)
    for name, p in model.named_parameters():
        assert p.grad is not None, name
        assert torch.isfinite(p.grad).all(), name
        assert p.grad.abs().sum() > 0, name


@pytest.mark.parametrize("cell", ["rnn", "gru"])
def test_loop_and_fused_kernels_agree(cell):
    """On the CPU GRU/RNN may run a hand-written loop; it must match torch's own layer."""
    loop = make(cell, layers=2, hidden=9, embedding=5)
    fused = make(cell, layers=2, hidden=9, embedding=5, fused=True)
    fused.load_state_dict(loop.state_dict())
    ids = torch.randint(0, V, (3, 11))
    target = torch.randint(0, V, (3, 11))
    h0 = torch.randn(2, 3, 9)
    outs = []
    for model in (loop, fused):
        logits, state = model(ids, h0)
        F.cross_entropy(logits.reshape(-1, V), target.reshape(-1)).backward()
        outs.append((logits.detach(), state.detach(), {n: p.grad.clone() for n, p in model.named_parameters()}))
    torch.testing.assert_close(outs[0][0], outs[1][0], atol=1e-5, rtol=1e-4)
    torch.testing.assert_close(outs[0][1], outs[1][1], atol=1e-5, rtol=1e-4)
    assert outs[0][2].keys() == outs[1][2].keys()
    for name in outs[0][2]:
        torch.testing.assert_close(outs[0][2][name], outs[1][2][name], atol=1e-5, rtol=1e-4, msg=name)


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("embedding", [0, 6], ids=["one-hot", "embedding"])
def test_input_dropout_drops_the_inputs_when_training(cell, embedding):
    """The recurrent layer reads the inputs with ``input_dropout`` applied while training:
    each value dropped or scaled by 1/(1 - p); unchanged in evaluation, and untouched by the
    outputs' ``dropout``."""
    seen = []
    ids = torch.randint(0, V, (4, 9))
    for p, out in ((0.5, 0.0), (0.0, 0.5)):
        model = make(cell, embedding=embedding, input_dropout=p, dropout=out)
        model.rnn.register_forward_pre_hook(lambda module, args: seen.append(args[0].detach().clone()))
        clean = model.inputs(ids).detach()
        model.train()
        model(ids)
        model.eval()
        model(ids)
        dropped, evaluated = seen[-2], seen[-1]
        assert torch.equal(evaluated, clean)
        if p == 0:
            assert torch.equal(dropped, clean)
            continue
        kept = dropped != 0
        assert torch.allclose(dropped[kept], clean[kept] / (1 - p))
        live = clean != 0
        share = (~kept & live).sum().item() / live.sum().item()
        assert 0.3 < share < 0.7           # about p of the inputs dropped


def test_lstm_forget_gate_starts_open():
    model = make("lstm", layers=2, hidden=6)
    for l in range(2):
        b_ih = getattr(model.rnn, f"bias_ih_l{l}")
        b_hh = getattr(model.rnn, f"bias_hh_l{l}")
        assert torch.all(b_ih[6:12] == 1.0) and torch.all(b_hh[6:12] == 0.0)


def test_vocab_size_must_be_set():
    with pytest.raises(ValueError):
        CharRNN(ModelConfig(vocab_size=0))


def test_detach_state():
    h = torch.zeros(1, 2, 3, requires_grad=True) * 2
    assert detach_state(None) is None
    assert not detach_state(h).requires_grad
    a, b = detach_state((h, h))
    assert not a.requires_grad and not b.requires_grad


def test_absurd_sizes_are_refused_before_allocation():
    m = ModelConfig(cell="lstm", layers=8, hidden=8192, embedding=4096, vocab_size=5000)
    t = TrainConfig(batch_size=4096, seq_len=4096)
    with pytest.raises(UserError, match="GiB"):
        check_fits(m, t)
    small = ModelConfig(hidden=16, embedding=8, vocab_size=30)
    assert check_fits(small, TrainConfig(batch_size=2, seq_len=8)) == training_bytes(small, TrainConfig(batch_size=2, seq_len=8))
    with pytest.raises(UserError):
        check_fits(small, TrainConfig(batch_size=2, seq_len=8), limit_bytes=10)
