"""Hangul as jamo, the model side: whole syllables out, loss per original character, files, CLI."""

from __future__ import annotations

import json
import math
import unicodedata

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from rnn_studio.core import hangul, modelfile
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.corpus import Corpus, load_corpus
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.model import CharRNN
from rnn_studio.core.preparation import model_vocab, remap
from rnn_studio.core.sampler import generate, next_char_distribution, write
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.trainer import Trainer
from rnn_studio.core.vocab import Vocab
from rnn_studio.paths import corpora_dir

CONSTITUTION = corpora_dir() / "korean_constitution.txt"


def assert_whole(text: str) -> None:
    assert unicodedata.normalize("NFC", text) == text, ascii(text[:80])
    loose = [c for c in text if 0x1100 <= ord(c) <= 0x11FF]
    assert not loose, loose[:10]


@pytest.fixture(scope="module")
def jamo_run(tmp_path_factory, tiny_configs_module):
    corpus = load_corpus(CONSTITUTION)
    m, t = tiny_configs_module(hangul="jamo", hidden=32, seq_len=32, batch_size=8, steps=12,
                               eval_every=6, sample_every=6, sample_length=40)
    events = []
    trainer = Trainer(corpus, m, t, callbacks=[events.append])
    trainer.run()
    path = modelfile.save(tmp_path_factory.mktemp("jamo") / "k.rnn", trainer.snapshot())
    return corpus, trainer, events, path


@pytest.fixture(scope="module")
def tiny_configs_module():
    from dataclasses import fields

    from rnn_studio.core.config import TrainConfig

    def make(**kw):
        m = {k: v for k, v in kw.items() if k in {f.name for f in fields(ModelConfig)}}
        t = {"lr": 1e-2, "warmup_steps": 2, "device": "cpu", "log_every": 1, "seed": 7,
             **{k: v for k, v in kw.items() if k not in m}}
        return ModelConfig(cell="lstm", embedding=8, **m), TrainConfig(**t)
    return make


def test_a_jamo_model_writes_only_whole_syllables(jamo_run):
    corpus, trainer, events, path = jamo_run
    snap = modelfile.load(path)
    vocab = Vocab(snap.vocab, snap.model_cfg.hangul)
    stepper = Stepper({k: v.numpy() for k, v in snap.weights.items()}, snap.model_cfg)
    settings = [dict(temperature=1.0), dict(temperature=2.5), dict(temperature=0.0),
                dict(temperature=1.0, top_k=5), dict(temperature=1.5, top_p=0.9)]
    for seed in range(4):
        for prefix in ("", "대한민국", "하", "헌법 제"):
            for s in settings:
                cfg = SampleConfig(prefix=prefix, length=300, seed=seed, **s)
                pieces = list(generate(stepper, vocab, cfg))
                assert len(pieces) == 300 and all(len(p) == 1 for p in pieces)   # characters, streamed
                assert_whole(prefix + "".join(pieces))
    samples = [e.text for e in events if type(e).__name__ == "SampleEvent"]
    assert len(samples) == 2 and all(len(s) == 40 for s in samples)
    for e in events:
        if type(e).__name__ == "SampleEvent":
            assert_whole(e.prompt + e.text)
            assert e.prompt == "대"                   # the text's first character, not its first jamo


def test_an_untrained_jamo_model_writes_only_whole_syllables():
    """Random weights pick loose vowels and tails all the time: the masks must hold."""
    corpus = Corpus.from_text("가각 나낙 다닥 라!\n" * 20)
    vocab = model_vocab(corpus, ModelConfig(hangul="jamo"))
    cfg = ModelConfig(cell="gru", hidden=16, embedding=0, vocab_size=len(vocab), hangul="jamo")
    torch.manual_seed(0)
    model = CharRNN(cfg)
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(8.0)                                           # wild, confident picks
    stepper = Stepper.from_model(model)
    for seed in range(10):
        text = write(stepper, vocab, SampleConfig(prefix="각", length=200, temperature=3.0, seed=seed))
        assert len(text) == 200
        assert_whole(text)
    assert write(stepper, vocab, SampleConfig(length=0, seed=1)) == ""
    unseen = write(stepper, vocab, SampleConfig(prefix="낙가닥각", length=5, seed=1))   # 낙 made of known jamo
    assert len(unseen) == 5
    dist = next_char_distribution(stepper, vocab, "가")
    assert set(dist) == set(vocab.chars) and math.isclose(sum(dist.values()), 1.0)


def per_symbol_losses(model: CharRNN, ids: np.ndarray) -> np.ndarray:
    """Each symbol's loss given everything before it, in one pass from a fresh state."""
    with torch.no_grad():
        x = torch.as_tensor(ids[:-1], dtype=torch.long)[None]
        logits, _ = model(x)
        return F.cross_entropy(logits[0], torch.as_tensor(ids[1:], dtype=torch.long),
                               reduction="none").double().numpy()


@pytest.mark.parametrize("text", ["한국어 문장 가나다\n각 닭 힣!\n" * 3, "abc 가나 각\n" * 4, "닭이 운다.\n"])
@pytest.mark.parametrize("chunk", [1, 3, 256])
def test_loss_per_character_is_the_jamo_losses_over_the_characters(text, chunk):
    corpus = Corpus.from_text(text)
    vocab = model_vocab(corpus, ModelConfig(hangul="jamo"))
    torch.manual_seed(1)
    model = CharRNN(ModelConfig(cell="lstm", hidden=12, embedding=4, vocab_size=len(vocab), hangul="jamo")).eval()
    ids = remap(corpus, vocab)
    losses = per_symbol_losses(model, ids)
    jamo = vocab.decode(ids)
    first = hangul.syllable_spans(jamo)[0][1]          # the first character's symbols: context only
    expected = losses[first - 1:].sum() / (len(text) - 1)
    score = evaluate(model, ids, streams=1, chunk=chunk, vocab=vocab)
    assert score.chars == len(text) - 1 and score.n == ids.size - 1
    assert score.loss_per_char == pytest.approx(expected, rel=1e-5)
    assert score.loss == pytest.approx(losses.mean(), rel=1e-5)
    assert score.bpc_per_char == pytest.approx(expected / math.log(2), rel=1e-5)
    # The same text read whole: per character and per symbol are one figure.
    plain = evaluate(model, ids, streams=1, chunk=chunk)
    assert plain.loss_per_char == plain.loss and plain.chars == plain.n


def test_loss_per_character_with_many_streams_adds_up(jamo_run):
    corpus, trainer, events, _ = jamo_run
    evals = [e for e in events if type(e).__name__ == "EvalEvent"]
    assert [e.step for e in evals] == [6, 12]
    val = trainer.val_ids.numpy()
    n_chars = int(hangul.starts(trainer.vocab.codes[val.astype(np.int64)]).sum())
    for e in evals:
        assert e.val_loss_per_char > e.val_loss           # 2.0 jamo per character here
        # every jamo's loss is counted but those of the first character's 2nd and 3rd jamo
        assert e.val_loss_per_char * (n_chars - 1) <= e.val_loss * (val.size - 1) + 1e-6
        assert e.val_loss_per_char * (n_chars - 1) > e.val_loss * (val.size - 1) - 2 * 30


def test_the_model_file_records_the_choice_and_old_files_read_as_off(jamo_run, hello_model):
    _, trainer, _, path = jamo_run
    snap = modelfile.load(path)
    assert snap.model_cfg.hangul == "jamo" and snap.vocab == trainer.vocab.chars
    assert hello_model.snapshot.model_cfg.hangul == "off"
    data = path.read_bytes()
    header = json.loads(data[8:8 + int.from_bytes(data[:8], "little")])
    meta = json.loads(header["__metadata__"]["rnn_studio"])
    assert meta["model"]["hangul"] == "jamo"
    del meta["model"]["hangul"]                                   # as written before this setting existed
    old = st_save(st_load(data), metadata={"format": modelfile.FORMAT, "rnn_studio": json.dumps(meta)})
    assert modelfile.from_bytes(old).model_cfg.hangul == "off"
    resumed = Trainer(load_corpus(CONSTITUTION), snap.model_cfg, snap.train_cfg, resume=snap)
    assert resumed.vocab.hangul == "jamo" and resumed.vocab.chars == snap.vocab
    with pytest.raises(UserError, match="cannot change"):
        Trainer(load_corpus(CONSTITUTION), ModelConfig(**{**vars(snap.model_cfg), "hangul": "off"}),
                snap.train_cfg, resume=snap)


def test_cli_trains_writes_and_evaluates_in_jamo(tmp_path, cli):
    out = tmp_path / "k.rnn"
    flags = ["--hidden", "24", "--embedding", "8", "--seq-len", "32", "--batch-size", "8", "--eval-every", "5",
             "--sample-every", "0"]
    r = cli(["train", CONSTITUTION, "--hangul", "jamo", "--steps", "5", *flags, "--out", out])
    assert r.code == 0, r.err
    text = CONSTITUTION.read_text("utf-8")
    assert f"{len(set(text))} distinct, {len(set(hangul.to_jamo(text)))} symbols as jamo" in r.out
    assert "nats/char (" in r.out and "nats/jamo)" in r.out
    r = cli(["sample", out, "--prefix", "대한", "--length", "200", "--seed", "3", "--temperature", "1.5"])
    assert r.code == 0, r.err
    assert r.out.startswith("대한") and len(r.out) == 2 + 200 + 1
    assert_whole(r.out)
    r = cli(["eval", out, CONSTITUTION, "--json"])
    assert r.code == 0, r.err
    score = json.loads(r.out)
    assert score["hangul"] == "jamo" and score["chars"] == len(text) - 1
    assert score["symbols"] == len(hangul.to_jamo(text)) - 1
    assert score["loss_per_char"] > score["loss"] and score["bpc_per_char"] > score["bpc"]
    r = cli(["eval", out, CONSTITUTION])
    assert r.code == 0 and "nats/char" in r.out and "nats/symbol" in r.out
    r = cli(["train", CONSTITUTION, "--resume", out, "--steps", "6", "--quiet"])
    assert r.code == 0 and "best validation loss" in r.out and r.out.rstrip().endswith(f"nats/jamo; saved {out}")
    r = cli(["train", CONSTITUTION, "--resume", out, "--hangul", "off", "--steps", "7"])
    assert r.code == 2 and "--hangul cannot change when resuming" in r.err
    r = cli(["train", CONSTITUTION, "--hangul", "bogus", "--steps", "1"])
    assert r.code == 2 and "--hangul" in r.err
