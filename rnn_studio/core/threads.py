"""The CPU threads torch uses: the caller's choice, never set behind its back.

torch's thread count is process-wide, so the Trainer leaves it alone; the command line
sets it for its run, the window for its worker, and both put the previous count back.
"""

from __future__ import annotations

import torch


def use_threads(n: int) -> int:
    """Let torch use ``n`` CPU threads (0: leave torch's choice); return the count before."""
    previous = torch.get_num_threads()
    if n > 0 and n != previous:
        torch.set_num_threads(n)
    return previous
