"""A trainer's state in and out: the consistent copy a model file holds (``take``), and a
run set back to one (``restore``), exactly, so a resumed run goes on as if never stopped.
"""

from __future__ import annotations

from pathlib import Path

import torch

from rnn_studio.core import events as ev
from rnn_studio.core.batches import ContiguousWindows
from rnn_studio.core.checkpoint import Snapshot, cpu_copy, flatten_optimizer, unflatten_optimizer
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.errors import UserError


def corpus_info(corpus: Corpus) -> dict:
    """What a model file records of its text: enough to find it again and to know it."""
    info = {"name": corpus.name, "sha256": corpus.sha256, "chars": corpus.n_chars, "encoding": corpus.encoding}
    if corpus.path:
        info["path"] = str(Path(corpus.path).resolve())
    return info


def take(t) -> Snapshot:
    """A consistent copy of trainer ``t``; call between steps (from the loop, or when it is not running)."""
    opt_tensors, groups = flatten_optimizer(t.opt.state_dict())
    # Inside run() the run's generator is torch's global one; t.torch_rng is stale there.
    rng = {"torch": (torch.get_rng_state() if t._in_run else t.torch_rng).clone()}
    carry = t.carry_all if t.world.size > 1 else t.carry
    if carry is not None:
        for i, s in enumerate(carry if isinstance(carry, tuple) else (carry,)):
            rng[f"carry{i}"] = s.detach().to("cpu", copy=True)
    return Snapshot(t.model_cfg, t.cfg, t.vocab.chars, cpu_copy(t.model.state_dict()),
                    opt_tensors, groups, t.step, t.elapsed_s, t.chars_seen,
                    ev.History.from_dict(t.history.to_dict()), t.windows.state(), rng,
                    dict(t.corpus_info), t.finished, best_weights=t.best.stored(t.step),
                    best_step=t.best.step, best_loss=t.best.val_loss, baseline_loss=t.baseline_loss,
                    average=t.average.state())


def restore(t, s: Snapshot) -> None:
    """Set trainer ``t`` back to ``s``. A damaged model file can still load (its weights are
    checked, its training state is not): refuse it here, with words, rather than crash in
    the middle of the run."""
    try:
        _restore(t, s)
    except (RuntimeError, ValueError, KeyError, TypeError, IndexError, OverflowError, AttributeError) as exc:
        raise UserError(f"the model's saved training state is damaged, so training cannot "
                        f"continue from it ({exc})") from None


def _restore(t, s: Snapshot) -> None:
    t.model.load_state_dict(s.weights)
    if s.optimizer_groups:
        state = unflatten_optimizer(s.optimizer, s.optimizer_groups)
        for saved, own in zip(state["param_groups"], t.opt.param_groups):
            # Step the way this device can (a file's fused CPU run may go on where that
            # kernel is missing), decided before loading: it places the step counts.
            saved["fused"], saved["foreach"] = own["fused"], own["foreach"]
        t.opt.load_state_dict(state)
        for p, slots in t.opt.state.items():
            for key, value in slots.items():
                if key != "step" and value.shape != p.shape:
                    raise ValueError(f"optimizer state {key} has shape {tuple(value.shape)}, "
                                     f"its weight {tuple(p.shape)}")
    t.average.restore(s.average)
    t.step, t.elapsed_s, t.chars_seen = s.step, s.elapsed_s, s.chars_seen
    t.history = ev.History.from_dict(s.history.to_dict())
    # The best so far carries on only where it was measured on the same held-out text.
    same_val = (s.corpus.get("sha256") == t.corpus_info["sha256"]
                and s.train_cfg.val_fraction == t.cfg.val_fraction)
    if same_val:
        t.best.restore(s)
    elif s.best_step is not None:
        t.notes.append(f"validating on other text than the model's last run: its best so far "
                       f"(step {s.best_step:,}) starts over at the next evaluation")
    if s.windows.get("kind") == t.cfg.window:
        t.windows.restore(s.windows)
    if "torch" in s.rng:
        torch.Generator().set_state(s.rng["torch"])      # refuses a malformed state now
        t.torch_rng = s.rng["torch"].clone()
    carry = [s.rng[k].to(t.device) for k in sorted(s.rng) if k.startswith("carry")]
    expected = t.model.zero_state(t.cfg.batch_size)
    expected = expected if isinstance(expected, tuple) else (expected,)
    if carry and [c.shape for c in carry] == [e.shape for e in expected]:
        t.carry_all = tuple(carry) if len(carry) > 1 else carry[0]
        carry = [t.world.my_rows(c) for c in carry] if t.world.size > 1 else carry
        t.carry = tuple(carry) if len(carry) > 1 else carry[0]
    elif carry and isinstance(t.windows, ContiguousWindows):
        t.windows.pos = 0     # another batch size: the streams start over, fresh
