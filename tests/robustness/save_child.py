"""A zygote for the crash tests: it imports the engine once, then forks savers to be killed.

Run as ``python save_child.py``; commands on stdin, one per line:

- ``save PATH``: fork a child that saves snapshot versions 1, 2, 1, 2, … over PATH with
  ``modelfile.save`` until killed; it prints ``started PID`` just before its first save.
- ``autosave FOLDER``: fork a child that autosaves (``Autosaver.save_now``) into FOLDER in a
  loop, each time with one more step of loss history; it prints ``started PID`` after the
  first autosave is whole.
- ``reap PID``: wait for a killed child; prints ``reaped PID``.

Forking one warm process costs milliseconds where a fresh interpreter importing torch costs
seconds, so the test can kill ten savers at random moments in well under ten seconds.
``build(version)`` is importable, so the test rebuilds the exact weights it expects.
"""

from __future__ import annotations

import os
import sys

VOCAB = "\n !,.abcdefghijklmnopqrstuvwxyz"


def build(version: int, steps: int = 0):
    """Snapshot ``version``: a 1-layer LSTM with 256 units and AdamW moments, about 3.5 MB."""
    import torch

    from rnn_studio.core.checkpoint import Snapshot, cpu_copy
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.events import History, StepEvent
    from rnn_studio.core.model import CharRNN

    cfg = ModelConfig(cell="lstm", hidden=256, embedding=32, vocab_size=len(VOCAB))
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(version)
        weights = cpu_copy(CharRNN(cfg).state_dict())
        opt = {}
        for i, (k, w) in enumerate(weights.items()):
            opt[f"{i}.exp_avg"] = torch.randn_like(w) * 1e-3
            opt[f"{i}.exp_avg_sq"] = torch.rand_like(w) * 1e-6
            opt[f"{i}.step"] = torch.tensor(float(version))
    history = History()
    for s in range(1, steps + 1):
        history.add_step(StepEvent(s, None, 0.1 * s, 64 * s, 3.0 - 0.001 * s, 1000.0, 1e-3, 0.0, None))
    return Snapshot(cfg, TrainConfig(), VOCAB, weights, opt, step=version + steps, history=history,
                    corpus={"name": "crash.txt", "chars": 1000})


def _saver(path: str) -> None:
    from rnn_studio.core import modelfile
    snaps = [build(1), build(2)]
    print(f"started {os.getpid()}", flush=True)
    i = 0
    while True:
        modelfile.save(path, snaps[i % 2])
        i += 1


def _autosaver(folder: str) -> None:
    from rnn_studio.core.autosave import Autosaver
    saver = Autosaver(folder)
    steps = 1
    while True:
        assert saver.save_now(build(1, steps), corpus_path="/data/crash.txt"), saver.last_error
        if steps == 1:
            print(f"started {os.getpid()}", flush=True)
        steps += 1


def main() -> None:
    import rnn_studio.core.autosave  # noqa: F401 - warm every import before forking
    import rnn_studio.core.modelfile  # noqa: F401
    build(1)
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd in ("save", "autosave"):
            pid = os.fork()
            if pid == 0:
                try:
                    (_saver if cmd == "save" else _autosaver)(arg)
                finally:
                    os._exit(1)
        elif cmd == "reap":
            os.waitpid(int(arg), 0)
            print(f"reaped {arg}", flush=True)
        elif cmd == "quit":
            break


if __name__ == "__main__":
    main()
