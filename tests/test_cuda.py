"""The CUDA path: torch's fused cells on a GPU against the CPU path, and files crossing devices.

These run only where torch sees a CUDA GPU (the platform forces the skip elsewhere). Every
test compares the GPU with the CPU on the same weights and data, so a wrong parameter
layout, a state left on the wrong device or a file that only opens where it was written
shows up as a numeric difference or an error, not as a slower run.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from rnn_studio.core import events as ev
from rnn_studio.core import modelfile
from rnn_studio.core.config import ModelConfig
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.model import CharRNN
from rnn_studio.core.sampler import next_char_distribution
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer

from trainer_helpers import assert_same_weights, weights  # noqa: E402

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
CELLS = ["rnn", "lstm", "gru"]


@pytest.fixture(autouse=True)
def exact_float32():
    """TF32 would round products to 10 bits and hide layout errors inside its noise."""
    saved = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    yield
    torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = saved


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("layers", [1, 2])
def test_fused_gpu_cells_match_the_cpu_path(cell, layers):
    """cuDNN's cells and the CPU's (oneDNN LSTM, LoopRNN GRU/RNN) share one parameter layout:
    the same weights give the same logits, loss and gradients."""
    torch.manual_seed(0)
    cfg = ModelConfig(cell=cell, layers=layers, hidden=32, embedding=8, vocab_size=20)
    cpu = CharRNN(cfg)
    gpu = CharRNN(cfg, fused=True).cuda()
    gpu.load_state_dict(cpu.state_dict())
    x = torch.randint(0, 20, (4, 24))
    y = torch.randint(0, 20, (4, 24))
    h0 = cpu.zero_state(4)
    h0 = tuple(torch.randn_like(s) for s in h0) if isinstance(h0, tuple) else torch.randn_like(h0)
    results = []
    for model, dev in ((cpu, "cpu"), (gpu, "cuda")):
        state = tuple(s.to(dev) for s in h0) if isinstance(h0, tuple) else h0.to(dev)
        logits, last = model(x.to(dev), state)
        loss = F.cross_entropy(logits.reshape(-1, 20), y.to(dev).reshape(-1))
        model.zero_grad()
        loss.backward()
        last = last if isinstance(last, tuple) else (last,)
        results.append((logits.cpu(), [s.cpu() for s in last],
                        {k: p.grad.cpu() for k, p in model.named_parameters()}))
    (lc, sc, gc), (lg, sg, gg) = results
    torch.testing.assert_close(lg, lc, atol=1e-5, rtol=1e-4)
    for a, b in zip(sg, sc):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-4)
    assert gg.keys() == gc.keys()
    for k in gc:
        torch.testing.assert_close(gg[k], gc[k], atol=1e-5, rtol=1e-3, msg=k)


@pytest.mark.parametrize("cell", CELLS)
def test_trainer_runs_on_cuda_and_reports_plain_data(small_corpus, tiny_configs, cell):
    events = []
    trainer = Trainer(small_corpus, *tiny_configs(cell=cell, layers=2, dropout=0.1, steps=40,
                                                   lr=2e-2, eval_every=20, sample_every=20,
                                                   device="cuda"), callbacks=[events.append])
    assert trainer.device.type == "cuda"
    done = trainer.run()
    assert done.reason == "budget"
    losses = trainer.history.train_loss
    assert losses[-1] < losses[0] - 0.3
    for e in events:
        if isinstance(e, (ev.StepEvent, ev.EvalEvent)):
            assert all(isinstance(v, (int, float, type(None))) for v in vars(e).values()), e
        if isinstance(e, ev.SampleEvent):
            assert isinstance(e.text, str) and len(e.text) == trainer.cfg.sample_length
    snap = trainer.snapshot()
    assert all(t.device.type == "cpu" for t in snap.weights.values())
    assert all(t.device.type == "cpu" for t in snap.optimizer.values())


@pytest.mark.parametrize("cell", CELLS)
def test_a_file_trained_on_cuda_writes_and_scores_the_same_on_the_cpu(small_corpus, tiny_configs, tmp_path, cell):
    trainer = Trainer(small_corpus, *tiny_configs(cell=cell, steps=30, device="cuda", lr=2e-2))
    trainer.run()
    path = modelfile.save(tmp_path / "gpu.rnn", trainer.snapshot())
    snap = modelfile.load(path)
    cpu = modelfile.build_model(snap)
    val = trainer.val_ids
    on_gpu = evaluate(trainer.model, val, trainer.device)
    on_cpu = evaluate(cpu, val, "cpu")
    assert on_cpu.loss == pytest.approx(on_gpu.loss, abs=1e-4)
    assert on_cpu.accuracy == pytest.approx(on_gpu.accuracy, abs=1e-3)
    # The numpy Stepper built from the file gives the GPU model's next-character probabilities.
    prefix = "the quick brown"
    dist = next_char_distribution(Stepper(dict((k, v.numpy()) for k, v in snap.weights.items()),
                                          snap.model_cfg), trainer.vocab, prefix)
    ids = torch.tensor([[trainer.vocab.index(c) for c in prefix]], device="cuda")
    with torch.inference_mode():
        p_gpu = torch.softmax(trainer.model.eval()(ids)[0][0, -1], -1).cpu().numpy()
    np.testing.assert_allclose([dist[c] for c in trainer.vocab.chars], p_gpu, atol=1e-5)


@pytest.mark.parametrize("window", ["random", "contiguous"])
def test_runs_move_between_cpu_and_cuda(small_corpus, tiny_configs, window):
    """Half a run on the CPU, the rest on the GPU, back on the CPU: the optimizer state and
    the carried hidden state follow the model; the result matches a run done on the CPU
    alone up to float rounding (the dropout-free loss path is deterministic on both)."""
    kw = dict(cell="gru", steps=30, window=window, batch_size=2, seq_len=8)
    whole = Trainer(small_corpus, *tiny_configs(**kw))
    whole.run()

    def stop_at(n):
        def callback(e):
            if isinstance(e, ev.StepEvent) and e.step == n:
                trainer.stop(evaluate=False)
        return callback

    trainer = Trainer(small_corpus, *tiny_configs(**kw), callbacks=[stop_at(10)])
    trainer.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    import dataclasses
    trainer = Trainer(small_corpus, snap.model_cfg, dataclasses.replace(snap.train_cfg, device="cuda"),
                      resume=snap, callbacks=[stop_at(20)])
    assert trainer.device.type == "cuda"
    trainer.run()
    snap = modelfile.from_bytes(modelfile.to_bytes(trainer.snapshot()))
    assert snap.step == 20
    back = Trainer(small_corpus, snap.model_cfg, dataclasses.replace(snap.train_cfg, device="cpu"), resume=snap)
    assert back.run().reason == "budget"
    assert_same_weights(weights(whole), weights(back), atol=2e-4)
    assert back.history.train_loss == pytest.approx(whole.history.train_loss, abs=2e-4)


def test_a_model_too_large_for_the_gpu_is_refused_with_words(small_corpus, tiny_configs):
    free, total = torch.cuda.mem_get_info()
    from rnn_studio.core.errors import UserError
    from rnn_studio.core.memory import training_bytes
    m, t = tiny_configs(hidden=8192, layers=8, batch_size=4096, seq_len=64, device="cuda")
    m.vocab_size = 30
    assert training_bytes(m, t) > total     # yet it fits this test machine's host memory or not
    with pytest.raises(UserError) as info:
        Trainer(small_corpus, m, t)
    assert "GiB" in str(info.value) and "GPU" in str(info.value)


def test_out_of_memory_mid_run_fails_with_a_message_and_keeps_the_weights(small_corpus, tiny_configs, monkeypatch):
    trainer = Trainer(small_corpus, *tiny_configs(steps=20, device="cuda"))
    before = None
    real = trainer.model.forward
    calls = {"n": 0}

    def forward(*a, **k):
        calls["n"] += 1
        if calls["n"] == 6:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")
        return real(*a, **k)

    monkeypatch.setattr(trainer.model, "forward", forward)
    result = trainer.run()
    assert isinstance(result, ev.FailedEvent)
    assert "out of memory" in result.message and "batch" in result.message
    assert result.kept_step == 5
    before = trainer.snapshot()
    assert before.step == 5


def test_cli_trains_on_the_gpu_by_default_and_the_file_opens_on_the_cpu(tmp_path, run_module, hello_setup):
    out = tmp_path / "m.rnn"
    run = run_module("train", str(hello_setup["path"]), "--steps", "30", "--hidden", "16", "--out", str(out),
                     "--quiet", "--metrics-out", str(tmp_path / "m.jsonl"))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "Warning" not in run.stderr
    # The file opens and writes on a machine with no GPU.
    no_gpu = ("import os, sys; os.environ['CUDA_VISIBLE_DEVICES'] = ''; "
              "from rnn_studio.cli import main; sys.exit(main(sys.argv[1:]))")
    info = run_module(code=no_gpu.replace("sys.argv[1:]", f"['info', {str(out)!r}, '--json']"))
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["step"] == 30
    sample = run_module(code=no_gpu.replace("sys.argv[1:]", f"['sample', {str(out)!r}, '--length', '40', '--seed', '1']"))
    assert sample.returncode == 0, sample.stderr
    assert len(sample.stdout.rstrip("\n")) >= 40


@pytest.mark.parametrize("cell", CELLS)
def test_bfloat16_on_cuda_rounds_products_and_keeps_float32_weights(small_corpus, tiny_configs, cell):
    """bfloat16 is a choice on a GPU (``auto`` keeps float32 there); every cell takes it, as
    torch's fused cells run under autocast, and the weights, moments and scores stay float32."""
    kw = dict(cell=cell, steps=40, device="cuda", lr=2e-2, hidden=32)
    b16 = Trainer(small_corpus, *tiny_configs(precision="bfloat16", **kw))
    f32 = Trainer(small_corpus, *tiny_configs(precision="auto", **kw))
    assert b16.dtype == torch.bfloat16 and f32.dtype == torch.float32
    assert isinstance(b16.run(), ev.DoneEvent) and isinstance(f32.run(), ev.DoneEvent)
    assert all(p.dtype == torch.float32 for p in b16.model.parameters())
    assert all(v.dtype == torch.float32 for s in b16.opt.state.values() for k, v in s.items() if k != "step")
    v16, v32 = b16.history.best_val_loss(), f32.history.best_val_loss()
    assert v16 < 0.8 * np.log(len(b16.vocab)) and abs(v16 - v32) < 0.05 * v32
