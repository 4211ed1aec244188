"""``rnn-studio train``'s line while a big text is read the first time (on stderr)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO


def reading(name: str, quiet: bool = False, stream: IO[str] | None = None) -> Callable[[int, int], bool]:
    """A ``load_corpus`` progress callback: "reading NAME: 45%" every 5%, for big texts only
    (a small file, or a cached one, reports done at once and prints nothing)."""
    out = stream or sys.stderr
    shown = [-1]

    def report(done: int, total: int) -> bool:
        if quiet or total <= 0 or (shown[0] < 0 and done >= total):
            return True
        pct = 100 * done // total
        if pct >= shown[0] + 5 or done >= total:
            shown[0] = pct
            end = "\n" if done >= total else ""
            text = f"reading {name}: {pct}% (the first time only: its ids are cached)"
            out.write(("\r" + text + end) if out.isatty() else text + "\n")
            out.flush()
        return True
    return report
