"""Seeing inside a model, the engine: one forward loop, surprisal, states and gates, the
next-character cache, batched writing, branching and finding units."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from inside_models import TEXT, tiny_models  # noqa: F401  (a fixture)
from rnn_studio.core import streams
from rnn_studio.core.alternatives import branch, write_many, write_n
from rnn_studio.core.batch_stepper import BatchStepper
from rnn_studio.core.config import SampleConfig
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.find_units import rank, signal
from rnn_studio.core.modelfile import build_model, load
from rnn_studio.core.nextchar import NextChar
from rnn_studio.core.sampler import write
from rnn_studio.core.states import inspect_snapshot
from rnn_studio.core.surprisal import score_snapshot
from rnn_studio.core.vocab import Vocab

CELLS = ["lstm", "gru", "rnn", "lstm2", "gru2"]


@pytest.mark.parametrize("n,B,W", [(1, 64, 0), (7, 3, 0), (100, 8, 0), (1000, 7, 13), (1000, 64, 5), (513, 2, 256)])
def test_streams_predict_every_character_once(tiny_models, n, B, W):
    snap, _ = tiny_models["lstm"]
    model = build_model(snap)
    ids = np.arange(n + 1) % len(snap.vocab)
    lay = streams.layout(n, B, 8, W)
    seen = []
    for p in streams.read(model, ids, lay, chunk=8):
        pos, y = p.pos, p.targets
        if p.keep is not None:
            pos, y = pos[p.keep], y[p.keep]
        assert torch.equal(y.reshape(-1), torch.as_tensor(ids)[pos.reshape(-1)])
        seen += pos.reshape(-1).tolist()
    assert sorted(seen) == list(range(1, n + 1))


@pytest.mark.parametrize("cell", CELLS)
def test_next_gives_the_probability_surprisal_charges(tiny_models, cell):
    snap, _ = tiny_models[cell]
    s = score_snapshot(snap, TEXT[:300])
    nc = NextChar.from_snapshot(snap)
    vocab = Vocab(snap.vocab)
    assert math.isnan(s.bits[0])
    for t in (1, 2, 40, 41, 150, 299):
        p = nc.p(TEXT[:t])[vocab.index(TEXT[t])]
        assert p == pytest.approx(2.0 ** -float(s.bits[t]), abs=1e-4)


@pytest.mark.parametrize("cell", ["lstm", "gru2"])
def test_surprisal_totals_are_evals(tiny_models, cell, monkeypatch):
    snap, _ = tiny_models[cell]
    text = TEXT * 3
    ids = Vocab(snap.vocab).encode(text)
    # Short: one stream; forced long (a small full-context limit): warmed-up streams.
    for full in (streams.FULL_CONTEXT, 100):
        monkeypatch.setattr(streams, "FULL_CONTEXT", full)
        monkeypatch.setattr(streams, "WARMUP", 16)
        s = score_snapshot(snap, text)
        e = evaluate(build_model(snap), ids, context=True)
        assert s.n == e.n == len(text) - 1
        assert s.bits_per_char == pytest.approx(e.bpc, abs=1e-3)
        assert s.accuracy == pytest.approx(e.accuracy, abs=1e-9)
    assert streams.context_layout(len(text) - 1).streams > 1


def test_one_stream_is_the_plain_forward_pass(tiny_models):
    snap, _ = tiny_models["gru"]
    model = build_model(snap)
    ids = Vocab(snap.vocab).encode(TEXT[:500])
    with torch.no_grad():
        logits, _ = model(torch.as_tensor(ids[None, :-1]).long())
    nats = torch.nn.functional.cross_entropy(logits[0], torch.as_tensor(ids[1:]).long()).item()
    assert evaluate(model, ids, context=True).loss == pytest.approx(nats, abs=1e-5)


def test_unknown_characters_are_marked_not_scored(tiny_models):
    snap, _ = tiny_models["lstm"]
    text = "Shall ☃ I compare thee é"
    s = score_snapshot(snap, text)
    assert s.unknown == ["☃", "é"] and s.unknown_count == 2
    marked = [text[t] for t in range(len(text)) if s.ids[t] < 0]
    assert marked == ["☃", "é"]
    assert np.isnan(s.bits[[text.index("☃"), text.index("é")]]).all()
    assert s.n == len(text) - 3                 # the first character and the two unseen ones
    doc = s.to_json()
    assert doc["bits"][text.index("☃")] is None and doc["unknown_count"] == 2


def test_a_text_beyond_the_limit_is_refused_before_work(tiny_models, monkeypatch):
    from rnn_studio.core import surprisal
    snap, _ = tiny_models["lstm"]
    monkeypatch.setattr(surprisal, "MAX_CHARS", 1000)
    monkeypatch.setattr(surprisal, "read", lambda *a, **k: pytest.fail("scored anyway"))
    with pytest.raises(UserError, match="at most 1,000"):
        score_snapshot(snap, "a" * 1001)


def test_vanilla_rnn_states_are_the_lectures_recurrence(tiny_models):
    _, path = tiny_models["rnn"]
    snap = load(path)
    w = {k: v.double().numpy() for k, v in snap.writing_weights().items()}
    text = TEXT[:120]
    st = inspect_snapshot(snap, text)
    vocab = Vocab(snap.vocab)
    h = np.zeros(snap.model_cfg.hidden)
    for t, ch in enumerate(text):
        x = np.eye(len(vocab))[vocab.index(ch)]                 # one-hot: the lecture's x_t
        h = np.tanh(w["rnn.weight_ih_l0"] @ x + w["rnn.weight_hh_l0"] @ h
                    + w["rnn.bias_ih_l0"] + w["rnn.bias_hh_l0"])
        assert np.allclose(st.h[0][t], h, atol=1e-5)
    with pytest.raises(UserError, match="no gates"):
        st.gates(0)


@pytest.mark.parametrize("cell", ["lstm2", "gru2"])
def test_states_match_the_model_and_gates_are_in_range(tiny_models, cell):
    snap, _ = tiny_models[cell]
    model = build_model(snap)
    text = TEXT[:200]
    ids = Vocab(snap.vocab).encode(text)
    st = inspect_snapshot(snap, text)
    with torch.no_grad():
        out, state = model.rnn(model.inputs(torch.as_tensor(ids[None]).long()))
        logits = model.head(out)
    assert np.allclose(st.h[-1], out[0].numpy(), atol=1e-5)
    assert np.allclose(st.p, torch.softmax(logits[0], -1).numpy(), atol=1e-5)
    G = 4 if cell.startswith("lstm") else 3
    for l in range(2):
        g = st.gates(l)
        assert g.shape == (len(text), G, snap.model_cfg.hidden)
        assert (g[:, :2] >= 0).all() and (g[:, :2] <= 1).all()          # i, f / r, z are sigmoids
    if cell.startswith("lstm"):
        i, f, gg, o = (st.gates(1)[:, k] for k in range(4))
        c = st.c[1]
        assert np.allclose(c[1:], f[1:] * c[:-1] + i[1:] * gg[1:], atol=1e-5)
        assert np.allclose(st.h[1], o * np.tanh(c), atol=1e-5)
        assert np.allclose(c[-1], state[1][1, 0].numpy(), atol=1e-5)


@pytest.mark.parametrize("cell", CELLS)
def test_batch_stepper_rows_are_the_stepper(tiny_models, cell):
    snap, _ = tiny_models[cell]
    nc = NextChar.from_snapshot(snap)
    vocab = nc.vocab
    batch = BatchStepper(nc.stepper, 3)
    batch.set_state(nc.state("Shall"))
    texts = [" I com", " thee ", "\nRough"]
    for k in range(6):
        logits = batch.step(np.array([vocab.index(t[k]) for t in texts]))
    for b, t in enumerate(texts):
        assert np.allclose(logits[b], nc.logits("Shall" + t), atol=1e-5)


def test_typing_costs_one_step_and_deleting_none(tiny_models):
    snap, _ = tiny_models["lstm"]
    nc = NextChar.from_snapshot(snap)
    nc.p("Shall I")
    before = nc.steps
    typed = nc.p("Shall I ")
    assert nc.steps == before + 1
    nc.p("Shall I")                     # backspace
    assert nc.steps == before + 1
    fresh = NextChar.from_snapshot(snap)
    assert np.allclose(typed, fresh.p("Shall I "), atol=1e-6)
    top = nc.top("Shall I", 5)
    assert len(top) == 5 and [p for _, p in top] == sorted((p for _, p in top), reverse=True)
    with pytest.raises(UserError, match="never saw"):
        nc.p("☃")


def test_empty_prefix_is_the_start_of_a_line(tiny_models):
    snap, _ = tiny_models["lstm"]
    nc = NextChar.from_snapshot(snap)
    vocab = nc.vocab
    assert "\n" in vocab
    p_empty = nc.p("")
    nc.stepper.reset()
    expected = nc.stepper.step(vocab.index("\n"))
    assert np.allclose(p_empty, np.exp(expected - expected.max()) / np.exp(expected - expected.max()).sum(), atol=1e-6)


def test_write_n_takes_one_batched_step_per_character(tiny_models, monkeypatch):
    snap, _ = tiny_models["gru"]
    nc = NextChar.from_snapshot(snap)
    calls = []
    real = BatchStepper.step
    monkeypatch.setattr(BatchStepper, "step", lambda self, ids: calls.append(len(ids)) or real(self, ids))
    rows = write_many(nc, SampleConfig(prefix="Shall", length=40, temperature=0.0), 8)
    assert calls == [8] * 39
    greedy = write(nc.stepper, nc.vocab, SampleConfig(prefix="Shall", length=40, temperature=0.0))
    assert rows == [greedy] * 8
    varied = write_many(nc, SampleConfig(prefix="Shall", length=40, temperature=1.5, seed=1), 8)
    assert len(set(varied)) > 1 and all(len(r) == 40 for r in varied)
    assert [len(step) for step in write_n(nc, SampleConfig(prefix="", length=3, seed=2), 2)] == [2, 2, 2]
    with pytest.raises(UserError, match="between 1 and 8"):
        list(write_n(nc, SampleConfig(length=3), 9))


def test_branch_keeps_the_text_before(tiny_models):
    snap, _ = tiny_models["lstm"]
    nc = NextChar.from_snapshot(snap)
    text = "Shall I compare thee"
    out = branch(nc, text, 6, "y", SampleConfig(length=12, seed=4))
    assert out.startswith("Shall y") and len(out) == 7 + 12
    with pytest.raises(UserError):
        branch(nc, text, 99, "y", SampleConfig(length=3))
    with pytest.raises(UserError, match="never saw"):
        branch(nc, text, 3, "☃", SampleConfig(length=3))


def test_builtin_patterns():
    text = 'a "bc" (d)\n한글 e'
    q, binary, _ = signal(text, "quotes")
    assert binary and "".join(c for c, v in zip(text, q) if v) == '"bc'
    b, _, _ = signal(text, "brackets")
    assert "".join(c for c, v in zip(text, b) if v) == "(d"
    line, binary, _ = signal(text, "line")
    assert not binary and line[text.index("\n") + 1] == 0 and line[3] == 3
    assert "".join(c for c, v in zip(text, signal(text, "hangul")[0]) if v) == "한글"
    assert "".join(c for c, v in zip(text, signal(text, "vowel")[0]) if v) == "ae"
    assert signal(text, "space")[0].sum() == text.count(" ") + 1
    assert "".join(c for c, v in zip(text, signal(text, r"b.")[0]) if v) == "bc"
    with pytest.raises(UserError, match="not a regular expression"):
        signal(text, "(")


def test_rank_finds_the_unit_that_tracks_the_pattern():
    rng = np.random.default_rng(0)
    values = (rng.random(500) < 0.3).astype(np.float32)
    layer0, layer1 = rng.normal(size=(500, 6)), rng.normal(size=(500, 4))
    layer1[:, 2] = -np.tanh(3 * values + 0.3 * rng.normal(size=500))       # tracks it, negatively
    top = rank([layer0, layer1], values, top=3)
    assert (top[0].layer, top[0].unit) == (1, 2) and top[0].r < -0.8
    assert abs(top[1].r) < 0.3
    with pytest.raises(UserError, match="no character"):
        rank([layer0], np.zeros(500))


def test_long_lstm_readings_run_the_recurrence_in_bfloat16_and_score_in_float32(tiny_models, monkeypatch):
    snap, _ = tiny_models["lstm"]
    model = build_model(snap)
    ids = Vocab(snap.vocab).encode(TEXT * 3)
    monkeypatch.setattr(streams, "native_bf16_cpu", lambda: True)
    many, one = streams.layout(len(ids) - 1, 4, 64, 16), streams.layout(len(ids) - 1, 1)
    assert streams.fast_products(model, many) and not streams.fast_products(model, one)
    assert not streams.fast_products(build_model(tiny_models["gru"][0]), many)
    nats = {}
    for fast in (False, True):
        pieces = list(streams.read(model, ids, many, 64, fast=fast))
        assert all(p.logits.dtype == torch.float32 for p in pieces)
        ce = [torch.nn.functional.cross_entropy(p.logits.reshape(-1, p.logits.size(-1)), p.targets.reshape(-1),
                                                reduction="none")[p.keep.reshape(-1) if p.keep is not None else slice(None)]
              for p in pieces]
        nats[fast] = torch.cat(ce).mean().item()
    assert nats[True] == pytest.approx(nats[False], abs=0.02)
    assert nats[True] != nats[False]        # the products really were rounded
