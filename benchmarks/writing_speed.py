"""Writing speed: batch-1 characters per second, RNN Studio's numpy Stepper against calling
torch's ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` once per character, with the same weights.

    python benchmarks/writing_speed.py [--chars 2000] [--rounds 5]

Both sides feed the previous character, take the logits, apply the temperature and draw
the next character; they alternate in one process and the medians are reported. A third
column times the step's matrix-vector products alone (the same arrays, one BLAS thread):
the ceiling for any numpy step, set by the bytes of weights read per character.
tests/test_stepper.py checks that both give the same probabilities.
"""

from __future__ import annotations

import argparse
import time

import common  # noqa: F401  (sets sys.path)
import numpy as np
import torch
from threadpoolctl import threadpool_limits

from rnn_studio.core.config import ModelConfig, SampleConfig
from rnn_studio.core.model import CharRNN
from rnn_studio.core.sampler import generate
from rnn_studio.core.stepper import Stepper
from rnn_studio.core.vocab import Vocab

V = 65


@torch.inference_mode()
def per_call(model: CharRNN, n: int, temperature: float, seed: int) -> float:
    """The obvious loop: one fused-cell call per character, state carried."""
    g = torch.Generator().manual_seed(seed)
    x, state = torch.zeros(1, 1, dtype=torch.long), None
    t = time.perf_counter()
    for _ in range(n):
        logits, state = model(x, state)
        p = torch.softmax(logits[0, -1] / temperature, -1)
        x = torch.multinomial(p, 1, generator=g).view(1, 1)
    return n / (time.perf_counter() - t)


def studio(model: CharRNN, vocab: Vocab, n: int, temperature: float, seed: int) -> float:
    stepper = Stepper.from_model(model)
    cfg = SampleConfig(prefix=vocab.chars[0], length=n, temperature=temperature, seed=seed)
    t = time.perf_counter()
    for _ in generate(stepper, vocab, cfg):
        pass
    return n / (time.perf_counter() - t)


def products_only(stepper: Stepper, n: int) -> tuple[float, float]:
    """The ceiling for any numpy step of this model: chars/s when a step does nothing but its
    matrix-vector products (the same arrays, one BLAS thread), and the weight bytes each reads."""
    mats = [m for w in stepper.W for m in (w if isinstance(w, tuple) else (w,))] + [stepper.Wy]
    vecs = [np.ones(m.shape[0], np.float32) for m in mats]
    outs = [np.empty(m.shape[1], np.float32) for m in mats]
    with threadpool_limits(limits=1, user_api="blas"):
        t = time.perf_counter()
        for _ in range(n):
            for m, v, o in zip(mats, vecs, outs):
                np.dot(v, m, out=o)
        dt = time.perf_counter() - t
    return n / dt, float(sum(m.nbytes for m in mats))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--sizes", default="256,512")
    ap.add_argument("--cells", default="lstm,gru,rnn")
    a = ap.parse_args()
    vocab = Vocab("".join(chr(32 + i) for i in range(V)))
    rows, results = [], []
    for H in map(int, a.sizes.split(",")):
        for cell in a.cells.split(","):
            torch.manual_seed(0)
            model = CharRNN(ModelConfig(cell=cell, layers=2, hidden=H, embedding=64, vocab_size=V), fused=True).eval()
            per_call(model, 50, 1.0, 0), studio(model, vocab, 50, 1.0, 0)
            base, ours, ceil = [], [], []
            for r in range(a.rounds):
                base.append(per_call(model, max(a.chars // 10, 100), 1.0, r))
                ours.append(studio(model, vocab, a.chars, 1.0, r))
                ceil.append(products_only(Stepper.from_model(model), a.chars)[0])
            b, o, c = float(np.median(base)), float(np.median(ours)), float(np.median(ceil))
            nbytes = products_only(Stepper.from_model(model), 1)[1]
            results.append({"cell": cell, "layers": 2, "hidden": H, "per_call_chars_per_s": b,
                            "studio_chars_per_s": o, "speedup": o / b, "products_only_chars_per_s": c,
                            "weight_bytes_per_char": nbytes, "weights_gb_per_s": nbytes * o / 1e9})
            rows.append([f"{cell.upper()} 2x{H}", f"{b:,.0f}", f"{o:,.0f}", f"{o / b:.1f}x", f"{c:,.0f}",
                         f"{o / c:.0%}", f"{nbytes / 2**20:.2f}", f"{nbytes * o / 1e9:.0f}"])
            print(rows[-1], flush=True)
    print()
    print(common.table(rows, ["model", "nn per call c/s", "RNN Studio c/s", "speed-up", "products only c/s",
                              "of that", "weights MiB/char", "GB/s"]))
    print(f"\nwrote {common.write_json('writing_speed', {'args': vars(a), 'results': results})}")


if __name__ == "__main__":
    main()
