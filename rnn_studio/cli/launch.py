"""``rnn-studio train --nproc N …``: the same run as ``torchrun --standalone --nproc_per_node N
-m rnn_studio train …`` (torchrun is the documented way, and the way to use several machines)."""

from __future__ import annotations

import signal
import subprocess
import sys

from rnn_studio.core.errors import UserError


def without_nproc(argv: list[str]) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a == "--nproc":
            skip = True
        elif not a.startswith("--nproc="):
            out.append(a)
    return out


def launch(nproc: int, argv: list[str]) -> int:
    if nproc < 1:
        raise UserError(f"--nproc must be at least 1 (got {nproc})")
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}",
           "-m", "rnn_studio", *without_nproc(argv)]
    # Ctrl+C reaches torchrun and its workers directly (one process group); this process
    # only waits for them and passes on torchrun's exit status.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return subprocess.call(cmd)
    finally:
        signal.signal(signal.SIGINT, previous)
