"""The training loop, read top to bottom (after nanoGPT), reporting through events (after minGPT).

Truncated BPTT over random windows (or contiguous ones with the state carried), AdamW,
gradient clipping, warm-up then cosine decay; a step's matrix products in bfloat16 where that pays
(precision.py), everything else in float32. The GUI's worker and the CLI both run this
class; it never prints and holds no global state beyond torch's RNG, which it saves (the
thread count is the caller's: threads.py). Pause, resume, stop and snapshot requests are
flags read between steps, so any thread may set them without waiting.

Every evaluation scores the weights' moving average (averaging.py) and, when it beats the
best so far, keeps a copy: they are the model's writing weights (Snapshot.writing_weights),
while the latest state goes on training.
Guards (guards.py) undo a step that diverged; the diagnosis (diagnosis.py) says in words
what goes wrong; early stopping ends a run that stopped helping.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable, Collection, Iterator

import numpy as np
import torch
import torch.nn.functional as F

from rnn_studio.core import events as ev
from rnn_studio.core.batches import ContiguousWindows, RandomWindows
from rnn_studio.core.checkpoint import Snapshot
from rnn_studio.core import distributed, fitting, guards, snapshot
from rnn_studio.core.averaging import Average
from rnn_studio.core.best import Best
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig, check_configs
from rnn_studio.core.control import RunControl
from rnn_studio.core.corpus import Corpus
from rnn_studio.core.delegate import delegate
from rnn_studio.core.device import pick_device
from rnn_studio.core.baseline import char_counts, entropy, smoothed_log_p
from rnn_studio.core.diagnosis import Diagnosis
from rnn_studio.core.start import budget_passes, choose_start
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.validation import validation_sample
from rnn_studio.core.memory import check_fits_on, give_back_free_memory
from rnn_studio.core.model import CharRNN, detach_state
from rnn_studio.core.precision import autocast, pick_precision
from rnn_studio.core.preparation import fit_to_corpus, model_vocab
from rnn_studio.core.sampler import prepare_prefix, write
from rnn_studio.core.snapshot import corpus_info
from rnn_studio.core.schedule import adamw, learning_rate
from rnn_studio.core.stepper import Stepper


class Trainer:
    def __init__(self, corpus: Corpus, model_cfg: ModelConfig, cfg: TrainConfig,
                 resume: Snapshot | None = None, callbacks: list[Callable[[ev.Event], None]] | None = None,
                 control: RunControl | None = None, world: distributed.World | None = None,
                 auto: Collection[str] = ()):
        """``auto``: the fields of fitting.FIELDS the user left alone, for the fit to choose
        (a new model only; none by default, so settings given here are used as they are)."""
        self.callbacks = list(callbacks or [])
        self.control = control or RunControl()
        self.world = world or distributed.ALONE    # under torchrun: this process's rank (distributed.py)
        # Copies: fitting the run to the corpus changes seq_len and vocab_size, and the
        # caller's settings (a form, a reused config) must not change with it.
        cfg, model_cfg = dataclasses.replace(cfg), dataclasses.replace(model_cfg)
        vocab = model_vocab(corpus, model_cfg, resume)   # Hangul as jamo, if model_cfg.hangul says so
        check_configs(model_cfg, cfg, vocab_size=len(vocab), n_chars=corpus.n_chars)
        self.cfg, self.model_cfg = cfg, model_cfg
        ids, self.cfg.seq_len, self.notes = fit_to_corpus(corpus, vocab, self.cfg)
        self.vocab, self.corpus_info = vocab, corpus_info(corpus)
        self.model_cfg.vocab_size = len(vocab)
        self.device = self.world.device or pick_device(cfg.device)
        check_fits_on(self.device, self.model_cfg, self.cfg)
        self.dtype = pick_precision(cfg.precision, self.device, model_cfg.cell)
        # Fitted to the text and the budget where the user left them alone (fitting.py).
        self.fit = None if resume else fitting.fit_run(auto, model_cfg, cfg, ids[0], corpus, self.device,
                                                       self.dtype, self.world, ids[1].size)
        if self.fit:
            self.fit.apply(model_cfg, cfg)
            check_fits_on(self.device, model_cfg, cfg)
        if not resume:              # the first guess, recorded as taken (start.py)
            self.cfg.start = choose_start(cfg, budget_passes(cfg, ids[0].size, self.fit and self.fit.passes))
        self.train_ids = ids[0]     # numpy, perhaps a memory map: windows gather from it (batches.py)
        self.val_ids = torch.from_numpy(np.array(validation_sample(ids[1]))) if ids[1].size >= 2 else None
        # The loss of guessing each character by its frequency: the line to get below.
        counts = char_counts(ids[0], len(vocab))      # once: the baseline, and a new model's first guess
        self.baseline_loss = entropy(counts)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(cfg.seed)
            self.model = CharRNN(self.model_cfg, fused=self.device.type == "cuda").to(self.device)
            if not resume and self.cfg.start == "frequencies":
                self.model.start_at_frequencies(torch.from_numpy(smoothed_log_p(counts)))
        self.net = self.world.wrap(self.model)     # what the step runs: DistributedDataParallel under torchrun
        self.opt, self.params = adamw(self.model, cfg)
        self.average = Average(self.model, cfg.ema)     # the weights evaluated, kept and written with
        windows = ContiguousWindows if cfg.window == "contiguous" else RandomWindows
        self.windows = windows(self.train_ids, cfg.batch_size, self.cfg.seq_len,
                               np.random.default_rng(cfg.seed), self.device, part=self.world.part)
        self.rollback = guards.Rollback(self.params, self.opt, self.windows)
        self.torch_rng = torch.Generator().manual_seed(cfg.seed + self.world.rank).get_state()
        self.step, self.elapsed_s, self.chars_seen = 0, 0.0, 0
        self.history = ev.History()
        self.carry = self.carry_all = None      # carry_all: under torchrun, all ranks' state, for snapshots
        self.finished = False
        self.best = Best()                      # the best evaluation: the writing weights
        self.diagnosis = Diagnosis(self.model_cfg, self.cfg, self.baseline_loss, self.train_ids.size)
        if resume:
            snapshot.restore(self, resume)
        self.prompt = cfg.sample_prompt or corpus.vocab.chars[int(corpus.ids[0])]   # a character, not a jamo
        if cfg.sample_every:
            self.prompt = prepare_prefix(self.vocab, self.prompt)  # refuse unknown characters now, not mid-run
        self._in_run = self._notes_said = False
        self._last_eval = -1                    # the step of the last evaluation
        self._ending: tuple[str, str] | None = None    # (reason, words) once this run must end early
        self._window = [0.0, 0, 0.0]            # loss, steps and seconds since the last step report

    # ---- requests from any thread -------------------------------------------------
    def stop(self, evaluate: bool = True) -> None:
        """End the run after the current step (control.py). A stop asked for before ``run``
        ends that run at once; ``run`` may be called again after, and goes on."""
        if self.world.ask_stop():   # under torchrun: all ranks stop after the same step
            return
        self.control.stop(evaluate)

    # Pause, resume and a snapshot between steps are the run's control flags (core/control.py).
    pause, resume, request_snapshot = delegate("control", "pause", "resume", "request_snapshot")
    paused = property(lambda self: self.control.paused)

    # ---- the loop --------------------------------------------------------------------
    def emit(self, e: ev.Event) -> None:
        for cb in self.callbacks:
            cb(e)
        for d in self.diagnosis.see(e):
            self.emit(d)
            if d.kind == "not_learning" and self.cfg.early_stop:
                self._ending = ("not_learning", f"{d.message}; {d.advice}")

    def total_steps(self) -> int | None:
        return self.cfg.steps if self.cfg.budget_is_steps() else None

    def progress(self) -> float:
        if self.cfg.budget_is_steps():
            return self.step / self.cfg.steps
        return self.elapsed_s / (self.cfg.minutes * 60) if self.cfg.minutes > 0 else 1.0

    def run(self) -> ev.DoneEvent | ev.FailedEvent:
        """Train until the budget is spent, ``stop`` is called, early stopping ends the run or a
        guard fails. Called again after a stop, it goes on from where it stopped."""
        cfg, model, opt = self.cfg, self.net, self.opt
        with self._session():
            while self.progress() < 1.0 and not self.control.stop_requested and self._ending is None:
                if self._hold():                                       # paused, or asked for a snapshot
                    continue
                t0 = time.perf_counter()
                self.rollback.keep()                                   # the state this step starts from
                x, y, fresh = self.windows.next()                      # batch: (B, T) ids and targets
                state = None if fresh or cfg.window == "random" else self.carry
                lr = self._set_learning_rate()
                try:
                    with autocast(self.device, self.dtype):
                        logits, state = model(x, state)                # forward: (B, T, V)
                    loss = F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), y.reshape(-1))
                    loss_value = guards.check_loss(self.world.average(loss))
                    opt.zero_grad(set_to_none=True)
                    loss.backward()                                    # backward
                    guards.clip(self.params, cfg.grad_clip)            # clip
                    opt.step()                                         # step
                    guards.check_weights(self.params)
                    self.average.update(self.step + 1)                 # average
                except guards.Diverged as failure:
                    return self._fail(failure)
                except (RuntimeError, MemoryError) as exc:
                    if not guards.is_out_of_memory(exc):
                        raise
                    return self._fail(guards.out_of_memory(self.device))
                self.carry = detach_state(state) if cfg.window == "contiguous" else None
                self._count(x.numel() * self.world.size, loss_value,
                            self.world.after_step(self, time.perf_counter() - t0))
                self._report(lr)                                       # report: steps, evaluations, samples
            return self._finish()

    @contextlib.contextmanager
    def _session(self) -> Iterator[None]:
        """One call of run(): the run's own RNG in, the caller's back out after."""
        torch_rng = torch.get_rng_state()
        torch.set_rng_state(self.torch_rng)
        self._in_run, self._ending, self.best.evals_since = True, None, 0
        self._window = [0.0, 0, 0.0]
        self.diagnosis.start()
        try:
            if not self._notes_said:
                for note in self.notes:
                    self.emit(ev.NoteEvent(note))
                if self.fit:
                    self.emit(ev.FitEvent(self.fit))
                self._notes_said = True
            self.model.train()
            self.emit(ev.StateEvent("running", self.step, self.baseline_loss))
            yield
        finally:
            self._in_run = False
            self.torch_rng = torch.get_rng_state()
            torch.set_rng_state(torch_rng)
            self.control.rearm()        # this run's stop is spent; the next run() goes on

    def _hold(self) -> bool:
        """Wait while paused and serve a snapshot request; True when the loop must look again."""
        if self.control.paused:
            self._wait_while_paused()
            return True
        if self.control.take_snapshot_request():
            self.emit(ev.SnapshotEvent(self.step, self.snapshot()))
        return False

    def _set_learning_rate(self) -> float:
        cfg = self.cfg
        lr = learning_rate(self.step, self.progress(), cfg.lr, cfg.warmup_steps, cfg.min_lr_ratio)
        for g in self.opt.param_groups:
            g["lr"] = lr
        return lr

    def _count(self, chars: int, loss: float, dt: float) -> None:
        self.step += 1
        self.elapsed_s += dt
        self.chars_seen += chars
        w = self._window
        w[0], w[1], w[2] = w[0] + loss, w[1] + 1, w[2] + dt

    def _report(self, lr: float) -> None:
        cfg = self.cfg
        if self.step % cfg.log_every == 0 or self.progress() >= 1.0:
            self._report_step(lr)
        if cfg.eval_every and self.step % cfg.eval_every == 0:
            self._evaluate()
        if cfg.sample_every and self.step % cfg.sample_every == 0:
            self._sample()

    def _finish(self) -> ev.DoneEvent:
        ending = self._ending       # why the loop ended early (the final evaluation changes nothing)
        if self._last_eval != self.step and self.control.final_eval and ending is None:
            self._evaluate()
        self.finished = self.progress() >= 1.0
        reason, message = ("budget", "") if self.finished else ending or ("stopped", "")
        if reason == "budget" and (note := self.diagnosis.at_end()) is not None:
            self.emit(note)
        done = ev.DoneEvent(self.step, reason, self.elapsed_s, self.best.val_loss, self.best.step, message)
        self.emit(done)
        return done

    def _wait_while_paused(self) -> None:
        self.emit(ev.StateEvent("paused", self.step))
        while not self.control.wait_resumed(0.05):
            if self.control.take_snapshot_request():
                self.emit(ev.SnapshotEvent(self.step, self.snapshot()))
        if not self.control.stop_requested:
            self.emit(ev.StateEvent("resumed", self.step))

    def _report_step(self, lr: float) -> None:
        loss, steps, seconds = self._window
        self._window = [0.0, 0, 0.0]
        p = self.progress()
        eta = self.elapsed_s * (1 - p) / p if p > 0 else None
        e = ev.StepEvent(self.step, self.total_steps(), self.elapsed_s, self.chars_seen, loss / max(steps, 1),
                         steps * self.cfg.batch_size * self.cfg.seq_len / max(seconds, 1e-9), lr, min(p, 1.0), eta)
        self.history.add_step(e)
        self.emit(e)

    def _evaluate(self) -> None:
        self._last_eval = self.step
        if self.val_ids is None:
            return
        with self.average.applied():
            s = evaluate(self.model, self.val_ids, self.device, vocab=self.vocab, part=self.world.part,
                         combine=self.world.sum)
            is_best = self.best.offer(self.step, s.loss, self.model, live=not self.average.on)
        e = ev.EvalEvent(self.step, self.elapsed_s, self.chars_seen, s.loss, s.bpc, s.accuracy, s.loss_per_char,
                         is_best)
        self.history.add_eval(e)
        self.emit(e)
        give_back_free_memory()         # the evaluation's temporaries, and the steps' casts (memory.py)
        why = self.best.stop_early(self.cfg.patience if self.cfg.early_stop else 0, self.step)
        if why and self._ending is None:
            self._ending = ("early_stop", why)

    def _sample(self) -> None:
        if not self.world.main:
            return
        cfg = SampleConfig(prefix=self.prompt, length=self.cfg.sample_length, temperature=0.8,
                           seed=(self.cfg.seed + self.step) % 2**63)
        with self.average.applied():
            stepper = Stepper.from_model(self.model)
        text = write(stepper, self.vocab, cfg)
        self.emit(ev.SampleEvent(self.step, self.prompt, text))

    def _fail(self, failure: guards.Diverged) -> ev.FailedEvent:
        self.rollback.restore()     # back to the state this step started from, exactly
        message = (f"{failure.what} at step {self.step + 1}; weights from step {self.step} kept; "
                   f"{failure.advice}")
        e = ev.FailedEvent(self.step, message, self.step, self.best.val_loss, self.best.step)
        self.emit(e)
        return e

    # ---- snapshots (snapshot.py) ----------------------------------------------------
    def snapshot(self) -> Snapshot:
        """A consistent copy; call between steps (from the loop, or when it is not running)."""
        return snapshot.take(self)
