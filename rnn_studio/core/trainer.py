"""The training loop, read top to bottom (after nanoGPT), reporting through events (after minGPT).

Truncated BPTT over random windows (or contiguous ones with the state carried), AdamW,
gradient clipping, warm-up then cosine decay; a step's matrix products in bfloat16 where that pays
(precision.py), everything else in float32. The GUI's worker and the CLI both run this
class; it never prints and holds no global state beyond torch's RNG, which it saves.
Pause, resume, stop and snapshot requests are flags read between steps, so any thread may
set them without waiting.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
import time
from collections.abc import Callable

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core import events as ev
from rnn_studio.core.batches import ContiguousWindows, RandomWindows
from rnn_studio.core.checkpoint import Snapshot, cpu_copy, flatten_optimizer, unflatten_optimizer
from rnn_studio.core.control import RunControl
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig, check_budget, validate
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.device import pick_device
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.guards import blown_up, is_out_of_memory
from rnn_studio.core.memory import check_fits_on, check_sizes
from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.precision import autocast, pick_precision
from rnn_studio.core.preparation import fit_to_corpus, model_vocab
from rnn_studio.core.sampler import prepare_prefix, write
from rnn_studio.core.schedule import learning_rate
from rnn_studio.core.stepper import Stepper


def corpus_info(corpus: Corpus) -> dict:
    """What a model file records of its text: enough to find it again and to know it."""
    info = {"name": corpus.name, "sha256": corpus.sha256, "chars": corpus.n_chars, "encoding": corpus.encoding}
    if corpus.path:
        info["path"] = str(Path(corpus.path).resolve())
    return info


class Trainer:
    def __init__(self, corpus: Corpus, model_cfg: ModelConfig, cfg: TrainConfig,
                 resume: Snapshot | None = None, callbacks: list[Callable[[ev.Event], None]] | None = None,
                 control: RunControl | None = None):
        self.callbacks = list(callbacks or [])
        self.control = control or RunControl()
        # Copies: fitting the run to the corpus changes seq_len and vocab_size, and the
        # caller's settings (a form, a reused config) must not change with it.
        cfg, model_cfg = dataclasses.replace(cfg), dataclasses.replace(model_cfg)
        vocab = model_vocab(corpus, model_cfg, resume)   # Hangul as jamo, if model_cfg.hangul says so
        try:
            validate(cfg)
            validate(model_cfg)
        except UserError:   # a size too absurd to fit is refused with the memory it needs
            check_sizes(model_cfg, cfg, len(vocab), corpus.n_chars)
            raise
        check_budget(cfg)
        self.cfg, self.model_cfg = cfg, model_cfg
        self.notes: list[str] = []
        ids, self.cfg.seq_len, notes = fit_to_corpus(corpus, vocab, self.cfg)
        self.notes += notes
        self.vocab, self.corpus_info = vocab, corpus_info(corpus)
        self.model_cfg.vocab_size = len(vocab)
        self.device = pick_device(cfg.device)
        check_fits_on(self.device, self.model_cfg, self.cfg)
        self.dtype = pick_precision(cfg.precision, self.device, model_cfg.cell)
        if cfg.threads > 0:
            torch.set_num_threads(cfg.threads)
        n_val = ids[1].size
        self.train_ids = torch.from_numpy(ids[0]).to(self.device)
        self.val_ids = torch.from_numpy(ids[1]) if n_val >= 2 else None
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(cfg.seed)
            self.model = CharRNN(self.model_cfg, fused=self.device.type == "cuda").to(self.device)
        decay = [p for p in self.model.parameters() if p.dim() >= 2]
        other = [p for p in self.model.parameters() if p.dim() < 2]
        self.opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                                      {"params": other, "weight_decay": 0.0}],
                                     lr=cfg.lr, betas=(0.9, 0.99))
        windows = ContiguousWindows if cfg.window == "contiguous" else RandomWindows
        if cfg.window == "contiguous":
            need = cfg.batch_size * (self.cfg.seq_len + 1) + 1
            if self.train_ids.numel() < need:
                raise UserError(f"{corpus.name}: its {self.train_ids.numel()} training characters are too few "
                                f"for contiguous windows of {self.cfg.seq_len} characters in {cfg.batch_size} "
                                f"parallel streams (that needs {need}); choose a smaller batch size or "
                                "sequence length, or random windows")
        self.windows = windows(self.train_ids, cfg.batch_size, self.cfg.seq_len,
                               np.random.default_rng(cfg.seed))
        self.torch_rng = torch.Generator().manual_seed(cfg.seed).get_state()
        self.step, self.elapsed_s, self.chars_seen = 0, 0.0, 0
        self.history = ev.History()
        self.carry = None
        self.finished = False
        if resume:
            self._restore(resume)
        self.prompt = cfg.sample_prompt or corpus.vocab.chars[int(corpus.ids[0])]   # a character, not a jamo
        if cfg.sample_every:
            self.prompt = prepare_prefix(self.vocab, self.prompt)  # refuse unknown characters now, not mid-run
        self._in_run = False

    # ---- requests from any thread -------------------------------------------------
    def stop(self, evaluate: bool = True) -> None:
        self.control.stop(evaluate)

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def request_snapshot(self) -> None:
        self.control.request_snapshot()

    @property
    def paused(self) -> bool:
        return self.control.paused

    # ---- the loop --------------------------------------------------------------------
    def emit(self, e: ev.Event) -> None:
        for cb in self.callbacks:
            cb(e)

    def total_steps(self) -> int | None:
        return self.cfg.steps if self.cfg.budget_is_steps() else None

    def progress(self) -> float:
        if self.cfg.budget_is_steps():
            return self.step / self.cfg.steps
        return self.elapsed_s / (self.cfg.minutes * 60) if self.cfg.minutes > 0 else 1.0

    def run(self) -> ev.DoneEvent | ev.FailedEvent:
        cfg, model, opt = self.cfg, self.model, self.opt
        for note in self.notes:
            self.emit(ev.NoteEvent(note))
        params = [p for g in opt.param_groups for p in g["params"]]
        kept = [p.detach().clone() for p in params]     # last weights known to give a finite loss
        torch_rng = torch.get_rng_state()
        torch.set_rng_state(self.torch_rng)
        self._in_run = True
        model.train()
        self.emit(ev.StateEvent("running", self.step))
        window_loss, window_steps, window_t = 0.0, 0, 0.0
        last_eval = -1
        try:
            while self.progress() < 1.0 and not self.control.stop_requested:
                if self.control.paused:
                    self._wait_while_paused()
                    continue
                if self.control.take_snapshot_request():
                    self.emit(ev.SnapshotEvent(self.step, self.snapshot()))
                t0, opt_started = time.perf_counter(), False
                x, y, fresh = self.windows.next()
                state = None if fresh or cfg.window == "random" else self.carry
                lr = learning_rate(self.step, self.progress(), cfg.lr, cfg.warmup_steps, cfg.min_lr_ratio)
                for g in opt.param_groups:
                    g["lr"] = lr
                try:
                    with autocast(self.device, self.dtype):
                        logits, state = model(x, state)                 # (B, T, V)
                    loss = F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1))
                    loss_value = loss.item()
                    if not math.isfinite(loss_value):
                        torch._foreach_copy_([p.data for p in params], kept)
                        return self._fail(f"loss became {loss_value} at step {self.step + 1}; "
                                          f"weights from step {max(self.step - 1, 0)} kept; "
                                          "try a lower learning rate", max(self.step - 1, 0))
                    opt.zero_grad(set_to_none=True)
                    loss.backward()
                    if cfg.grad_clip > 0:
                        norm = torch.nn.utils.clip_grad_norm_(params, cfg.grad_clip)
                        if not torch.isfinite(norm):
                            return self._fail(f"the gradient became infinite at step {self.step + 1}; "
                                              f"weights from step {self.step} kept; try a lower learning rate",
                                              self.step)
                    torch._foreach_copy_(kept, [p.detach() for p in params])
                    opt_started = True
                    opt.step()
                except (RuntimeError, MemoryError) as exc:
                    if not is_out_of_memory(exc):
                        raise
                    return self._out_of_memory(params, kept, updating=opt_started)
                blown = blown_up(params)
                if blown:
                    torch._foreach_copy_([p.data for p in params], kept)
                    return self._fail(f"the weights {blown} at step {self.step + 1}; weights from step "
                                      f"{self.step} kept; try a lower learning rate", self.step)
                self.carry = detach_state(state) if cfg.window == "contiguous" else None
                dt = time.perf_counter() - t0
                self.step += 1
                self.elapsed_s += dt
                self.chars_seen += x.numel()
                window_loss, window_steps, window_t = window_loss + loss_value, window_steps + 1, window_t + dt
                if self.step % cfg.log_every == 0 or self.progress() >= 1.0:
                    self._report_step(window_loss / window_steps, window_steps * x.numel() / max(window_t, 1e-9), lr)
                    window_loss, window_steps, window_t = 0.0, 0, 0.0
                if cfg.eval_every and self.step % cfg.eval_every == 0:
                    self._evaluate()
                    last_eval = self.step
                if cfg.sample_every and self.step % cfg.sample_every == 0:
                    self._sample()
            if last_eval != self.step and self.control.final_eval:
                self._evaluate()
            self.finished = self.progress() >= 1.0
            reason = "budget" if self.finished else "stopped"
            done = ev.DoneEvent(self.step, reason, self.elapsed_s, self.history.best_val_loss())
            self.emit(done)
            return done
        finally:
            self._in_run = False
            self.torch_rng = torch.get_rng_state()
            torch.set_rng_state(torch_rng)

    def _wait_while_paused(self) -> None:
        self.emit(ev.StateEvent("paused", self.step))
        while not self.control.wait_resumed(0.05):
            if self.control.take_snapshot_request():
                self.emit(ev.SnapshotEvent(self.step, self.snapshot()))
        if not self.control.stop_requested:
            self.emit(ev.StateEvent("resumed", self.step))

    def _report_step(self, loss: float, chars_per_s: float, lr: float) -> None:
        p = self.progress()
        eta = self.elapsed_s * (1 - p) / p if p > 0 else None
        e = ev.StepEvent(self.step, self.total_steps(), self.elapsed_s, self.chars_seen, loss,
                         chars_per_s, lr, min(p, 1.0), eta)
        self.history.add_step(e)
        self.emit(e)

    def _evaluate(self) -> None:
        if self.val_ids is None:
            return
        s = evaluate(self.model, self.val_ids, self.device, vocab=self.vocab)
        e = ev.EvalEvent(self.step, self.elapsed_s, self.chars_seen, s.loss, s.bpc, s.accuracy, s.loss_per_char)
        self.history.add_eval(e)
        self.emit(e)

    def _sample(self) -> None:
        cfg = SampleConfig(prefix=self.prompt, length=self.cfg.sample_length, temperature=0.8,
                           seed=(self.cfg.seed + self.step) % 2**63)
        text = write(Stepper.from_model(self.model), self.vocab, cfg)
        self.emit(ev.SampleEvent(self.step, self.prompt, text))

    def _out_of_memory(self, params, kept, updating: bool) -> ev.FailedEvent:
        # A step that ran out of memory inside the optimizer may have moved some weights.
        if updating:
            torch._foreach_copy_([p.data for p in params], kept)
        self.opt.zero_grad(set_to_none=True)
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        where = "the GPU" if self.device.type == "cuda" else "this machine"
        return self._fail(f"{where} ran out of memory at step {self.step + 1}; weights from step "
                          f"{self.step} kept; choose a smaller batch, shorter windows or a smaller model",
                          self.step)

    def _fail(self, message: str, kept_step: int) -> ev.FailedEvent:
        e = ev.FailedEvent(self.step, message, kept_step)
        self.emit(e)
        return e

    # ---- snapshots -----------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """A consistent copy; call between steps (from the loop, or when it is not running)."""
        opt_tensors, groups = flatten_optimizer(self.opt.state_dict())
        # Inside run() the run's generator is torch's global one; self.torch_rng is stale there.
        rng = {"torch": (torch.get_rng_state() if self._in_run else self.torch_rng).clone()}
        if self.carry is not None:
            for i, s in enumerate(self.carry if isinstance(self.carry, tuple) else (self.carry,)):
                rng[f"carry{i}"] = s.detach().to("cpu", copy=True)
        return Snapshot(self.model_cfg, self.cfg, self.vocab.chars, cpu_copy(self.model.state_dict()),
                        opt_tensors, groups, self.step, self.elapsed_s, self.chars_seen,
                        ev.History.from_dict(self.history.to_dict()), self.windows.state(), rng,
                        dict(self.corpus_info), self.finished)

    def _restore(self, s: Snapshot) -> None:
        # A damaged model file can still load (its weights are checked, its training state
        # is not): refuse it here, with words, rather than crash in the middle of the run.
        try:
            self._restore_state(s)
        except (RuntimeError, ValueError, KeyError, TypeError, IndexError, OverflowError, AttributeError) as exc:
            raise UserError(f"the model's saved training state is damaged, so training cannot "
                            f"continue from it ({exc})") from None

    def _restore_state(self, s: Snapshot) -> None:
        self.model.load_state_dict(s.weights)
        if s.optimizer_groups:
            self.opt.load_state_dict(unflatten_optimizer(s.optimizer, s.optimizer_groups))
            for p, slots in self.opt.state.items():
                for key, value in slots.items():
                    if key != "step" and value.shape != p.shape:
                        raise ValueError(f"optimizer state {key} has shape {tuple(value.shape)}, "
                                         f"its weight {tuple(p.shape)}")
        self.step, self.elapsed_s, self.chars_seen = s.step, s.elapsed_s, s.chars_seen
        self.history = ev.History.from_dict(s.history.to_dict())
        if s.windows.get("kind") == self.cfg.window:
            self.windows.restore(s.windows)
        if "torch" in s.rng:
            torch.Generator().set_state(s.rng["torch"])      # refuses a malformed state now
            self.torch_rng = s.rng["torch"].clone()
        carry = [s.rng[k].to(self.device) for k in sorted(s.rng) if k.startswith("carry")]
        expected = self.model.zero_state(self.cfg.batch_size)
        expected = expected if isinstance(expected, tuple) else (expected,)
        if carry and [c.shape for c in carry] == [e.shape for e in expected]:
            self.carry = tuple(carry) if len(carry) > 1 else carry[0]
        elif carry and isinstance(self.windows, ContiguousWindows):
            self.windows.pos = 0     # another batch size: the streams start over, fresh
