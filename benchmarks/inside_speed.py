"""See-inside speeds with the default model (1-layer 512 LSTM, untrained weights, 65 characters):

- keystroke latency of the next-character view's step (``NextChar.top`` after one typed
  character: one Stepper step, the softmax and the top-k), and of a backspace;
- N-way writing: ``write_many`` with N = 8 against N = 1, time per written step;
- surprisal: characters scored per second on the first ``--chars`` of tinyshakespeare
  (the 1 MB target: under 10 s), and the same text through ``evaluate(context=True)``.

    python benchmarks/inside_speed.py [--chars 1000000] [--keys 300] [--length 400] [--threads 0]
"""

from __future__ import annotations

import argparse
import time

import common
import numpy as np
import torch

from rnn_studio.core import streams, surprisal
from rnn_studio.core.alternatives import write_many
from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.model import CharRNN
from rnn_studio.core.nextchar import NextChar
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.surprisal import score
from rnn_studio.core.vocab import Vocab


def text_of(chars: int) -> str:
    path = common.SHARED / "tinyshakespeare.txt"
    text = path.read_text(encoding="utf-8") if path.exists() else open(common.HERE.parent / "corpora" / "shakespeare.txt").read()
    while len(text) < chars:
        text += text
    return text[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--keys", type=int, default=300)
    ap.add_argument("--length", type=int, default=400)
    ap.add_argument("--threads", type=int, default=0, help="torch threads for surprisal (0: torch's default)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    text = text_of(max(args.chars, args.keys + 1))
    vocab = Vocab.from_text(text)
    torch.manual_seed(0)
    cfg = ModelConfig(vocab_size=len(vocab))
    model = CharRNN(cfg).eval()
    w = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    nc = NextChar(Stepper(w, cfg), vocab)

    typed, deleted = [], []
    for k in range(1, args.keys):
        t = time.perf_counter()
        nc.top(text[:k], 10, 0.8)
        typed.append(time.perf_counter() - t)
        if k % 10 == 0:                              # a backspace now and then
            t = time.perf_counter()
            nc.top(text[:k - 1], 10, 0.8)
            deleted.append(time.perf_counter() - t)
    key = {"keystroke_ms_median": 1e3 * common.median(typed), "keystroke_ms_p99": 1e3 * float(np.percentile(typed, 99)),
           "backspace_ms_median": 1e3 * common.median(deleted)}
    print(f"keystroke: median {key['keystroke_ms_median']:.2f} ms, p99 {key['keystroke_ms_p99']:.2f} ms; "
          f"backspace median {key['backspace_ms_median']:.3f} ms")

    ways = {}
    for hidden in (512, 128):                       # the default model, and a small one
        small = NextChar(Stepper({k: v.detach().numpy() for k, v in CharRNN(
            ModelConfig(vocab_size=len(vocab), hidden=hidden)).state_dict().items()},
            ModelConfig(vocab_size=len(vocab), hidden=hidden)), vocab) if hidden != 512 else nc
        per_step = {1: [], 8: []}
        for _ in range(3):                          # alternate, medians
            for n in (1, 8):
                t = time.perf_counter()
                write_many(small, SampleConfig(prefix=text[:50], length=args.length, temperature=0.8, seed=1), n)
                per_step[n].append((time.perf_counter() - t) / args.length)
        one, eight = common.median(per_step[1]), common.median(per_step[8])
        ways[f"h{hidden}"] = {"write1_ms_per_step": 1e3 * one, "write8_ms_per_step": 1e3 * eight,
                              "ratio_8_vs_1": eight / one}
        print(f"write N, LSTM {hidden}: N=1 {1e3 * one:.3f} ms/step, N=8 {1e3 * eight:.3f} ms/step: "
              f"8 continuations cost {eight / one:.2f}x one ({8 * one / eight:.1f}x less than 8 in turn)")

    body = text[:args.chars]
    t = time.perf_counter()
    s = score(model, vocab, body)
    scored = time.perf_counter() - t
    t = time.perf_counter()
    e = evaluate(model, vocab.encode(body), context=True)
    evaluated = time.perf_counter() - t
    fast = streams.fast_products(model, streams.context_layout(len(body) - 1))
    surprisal.fast_products = lambda *a, **k: False
    t = time.perf_counter()
    f32 = score(model, vocab, body)                 # the same reading, every product in float32
    scored_f32 = time.perf_counter() - t
    surprisal.fast_products = streams.fast_products
    sur = {"chars": len(body), "surprisal_s": scored, "surprisal_chars_per_s": len(body) / scored,
           "recurrence_bfloat16": fast, "eval_s": evaluated, "bpc_surprisal": s.bits_per_char, "bpc_eval": e.bpc,
           "surprisal_float32_s": scored_f32, "bpc_float32": f32.bits_per_char}
    print(f"surprisal: {len(body):,} chars in {scored:.2f} s = {len(body) / scored:,.0f} chars/s, recurrence in "
          f"{'bfloat16' if fast else 'float32'} (eval, same reading: {evaluated:.2f} s; bpc {s.bits_per_char:.4f} vs "
          f"{e.bpc:.4f}); all in float32: {scored_f32:.2f} s, bpc {f32.bits_per_char:.4f}")
    print("wrote", common.write_json("inside_speed", {"args": vars(args), **key, "write_n": ways, **sur}))


if __name__ == "__main__":
    main()
