"""What ``rnn-studio train`` shows: a one-line progress bar on a terminal, plain lines otherwise,
and optionally one JSON object per report for other tools."""

from __future__ import annotations

import json
import sys
import time
from typing import IO

from rnn_studio.core import events as ev
from rnn_studio.core.errors import UserError


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class Printer:
    def __init__(self, stream: IO[str] | None = None, quiet: bool = False):
        self.out = stream or sys.stdout
        self.tty = self.out.isatty()
        self.quiet = quiet
        self._bar = False
        self.jamo = False           # the model reads Hangul as jamo: show the loss per character too

    def start(self, trainer, corpus, out) -> None:
        self.jamo = trainer.vocab.hangul == "jamo"
        if self.quiet:
            return
        m, t = trainer.model_cfg, trainer.cfg
        budget = f"{t.steps} steps" if t.steps else f"{t.minutes:g} minutes"
        n = sum(p.numel() for p in trainer.model.parameters())
        distinct = f"{len(corpus.vocab)} distinct, {len(trainer.vocab)} symbols as jamo" if self.jamo else \
            f"{len(trainer.vocab)} distinct"
        self._line(f"{corpus.name}: {corpus.n_chars:,} characters, {distinct} ({corpus.encoding})")
        self._line(f"{m.cell.upper()} {m.layers}×{m.hidden}, {n:,} parameters, on {trainer.device} "
                   f"in {str(trainer.dtype).removeprefix('torch.')}; "
                   f"budget {budget}; saving to {out}")

    def _line(self, text: str) -> None:
        if self._bar:
            self.out.write("\r\033[K")
            self._bar = False
        self.out.write(text + "\n")
        self.out.flush()

    def __call__(self, e: ev.Event) -> None:
        if self.quiet:
            return
        if isinstance(e, ev.StepEvent):
            total = f"/{e.total_steps}" if e.total_steps else ""
            text = (f"step {e.step}{total}  loss {e.train_loss:.4f}  "
                    f"{e.chars_per_s / 1000:.1f}k chars/s  ETA {_clock(e.eta_s)}")
            if self.tty:
                filled = int(24 * e.progress)
                self.out.write(f"\r\033[K[{'#' * filled}{'.' * (24 - filled)}] {e.progress:4.0%} {text}")
                self.out.flush()
                self._bar = True
            else:
                self._line(text)
        elif isinstance(e, ev.EvalEvent):
            if self.jamo and e.val_loss_per_char is not None:
                self._line(f"step {e.step}: validation loss {e.val_loss_per_char:.4f} nats/char "
                           f"({e.val_loss:.4f} nats/jamo), accuracy {e.val_accuracy:.1%} of jamo")
            else:
                self._line(f"step {e.step}: validation loss {e.val_loss:.4f} nats/char, "
                           f"{e.val_bpc:.4f} bits/char, accuracy {e.val_accuracy:.1%}")
        elif isinstance(e, ev.SampleEvent):
            body = "\n".join("  | " + line for line in (e.prompt + e.text).split("\n"))
            self._line(f"sample at step {e.step}:\n{body}")
        elif isinstance(e, ev.NoteEvent):
            self._line(f"note: {e.message}")

    def finish(self, result, out) -> None:
        if isinstance(result, ev.FailedEvent):
            self._line(f"training failed at step {result.step}; saved the weights of step "
                       f"{result.kept_step} to {out}")
            return
        unit = "nats/jamo" if self.jamo else "nats/char"
        best = f", best validation loss {result.best_val_loss:.4f} {unit}" if result.best_val_loss is not None else ""
        how = "finished" if result.reason == "budget" else "stopped"
        self._line(f"{how} at step {result.step} after {result.elapsed_s:.1f} s{best}; saved {out}")


class MetricsWriter:
    """One JSON object per step report (and per evaluation, with the val_* keys added)."""

    def __init__(self, path: str):
        try:
            self.f = open(path, "w", encoding="utf-8")
        except OSError as exc:
            raise UserError(f"--metrics-out {path}: cannot write it ({exc.strerror or exc})") from None
        self.last: dict = {}
        self.t0 = time.perf_counter()

    def __call__(self, e: ev.Event) -> None:
        if isinstance(e, ev.StepEvent):
            self.last = {"step": e.step, "elapsed_s": round(e.elapsed_s, 4), "chars_seen": e.chars_seen,
                         "train_loss": e.train_loss, "chars_per_s": round(e.chars_per_s, 1), "lr": e.lr}
            self._write(self.last)
        elif isinstance(e, ev.EvalEvent):
            row = dict(self.last, step=e.step, elapsed_s=round(e.elapsed_s, 4), chars_seen=e.chars_seen)
            row.update(val_loss=e.val_loss, val_bpc=e.val_bpc, val_accuracy=e.val_accuracy,
                       val_loss_per_char=e.val_loss_per_char)
            self._write(row)

    def _write(self, row: dict) -> None:
        self.f.write(json.dumps(row) + "\n")
        self.f.flush()

    def close(self) -> None:
        self.f.close()
