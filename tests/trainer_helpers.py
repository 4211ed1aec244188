"""Helpers shared by the trainer tests (tests/ is on sys.path while they run)."""

import torch

WAIT = 30  # seconds: an upper bound for thread hand-offs, never a sleep


def weights(trainer):
    return {k: v.detach().clone() for k, v in trainer.model.state_dict().items()}


def assert_same_weights(a, b, atol=0.0):
    assert a.keys() == b.keys()
    for k in a:
        if atol:
            torch.testing.assert_close(a[k], b[k], atol=atol, rtol=0, msg=k)
        else:
            assert torch.equal(a[k], b[k]), k
