"""What ``rnn-studio train`` shows: a progress bar on a terminal (tqdm), plain lines otherwise,
and optionally one JSON object per report for other tools (``MetricsWriter``).

The bar is tqdm's rather than a hand-written one: tqdm fits the bar to the terminal's width,
keeps the lines printed between reports above it, and redraws at most ten times a second.
It costs nothing measurable, and on a terminal less than the hand-written bar did:
``python benchmarks/printer_cost.py --rounds 11`` (10,000 step reports, medians, 2026-12-01,
on a busy machine) measured 7.7 µs per report on a pseudo-terminal against 36 µs for the
hand-written bar (0.21×; 0.37× in a 5-round run), since tqdm redraws at most every 0.1 s;
on a pipe both write the same plain lines, 5.9 µs against 4.8 µs a report. A report comes
every ``--log-every`` steps of milliseconds each. On a pipe or a file the printer writes
plain lines, one per report.

tqdm draws nothing on a terminal that reports no size (a bare pseudo-terminal: 0 × 0), so
the bar is given $COLUMNS × $LINES or 80 × 24 there.

Losses are shown in the unit chosen with ``--units`` (nats or bits per character); a
validation score in both, the chosen one first.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from typing import IO

from rnn_studio.core import events as ev
from rnn_studio.core.errors import UserError
from rnn_studio.core.units import other, shown


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _size(stream: IO[str]) -> os.terminal_size:
    """The terminal's size; where it reports none (0 × 0: a bare pseudo-terminal), $COLUMNS
    and $LINES or 80 × 24, since tqdm draws nothing on a terminal with no columns or rows."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        size = os.terminal_size((0, 0))
    return size if min(size) > 0 else shutil.get_terminal_size()


def step_line(e: ev.StepEvent, units: str = "nats") -> str:
    total = f"/{e.total_steps}" if e.total_steps else ""
    return (f"step {e.step}{total}  loss {shown(e.train_loss, units)}  "
            f"{e.chars_per_s / 1000:.1f}k chars/s  ETA {_clock(e.eta_s)}")


class Printer:
    def __init__(self, stream: IO[str] | None = None, quiet: bool = False, errors: IO[str] | None = None,
                 units: str = "nats"):
        self.out = stream or sys.stdout
        self.err = errors or sys.stderr
        self.tty = self.out.isatty()
        self.quiet = quiet
        self.units = units
        self._bar = None        # the tqdm bar, from the first step report on a terminal
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
        if self._bar is not None:
            from tqdm import tqdm
            tqdm.write(text, file=self.out)     # clears the bar, writes the line, redraws the bar
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def _draw(self, e: ev.StepEvent) -> None:
        text = step_line(e, self.units)
        if self._bar is None:
            from tqdm import tqdm
            columns, rows = _size(self.out)
            self._bar = tqdm(total=1.0, initial=e.progress, desc=text, file=self.out, mininterval=0.1,
                             ncols=columns, nrows=rows, bar_format="{percentage:3.0f}%|{bar}| {desc}")
            return
        self._bar.set_description_str(text, refresh=False)
        self._bar.update(max(e.progress - self._bar.n, 0.0))     # redraws when 0.1 s have passed

    def close(self) -> None:
        """End the bar (finish does; also after an error, so that nothing prints onto it)."""
        if self._bar is not None:
            self._bar.close()       # the bar's last state stays on screen
            self._bar = None

    def __call__(self, e: ev.Event) -> None:
        if isinstance(e, ev.DiagnosisEvent) and e.kind != "still_improving":
            self._warn(f"warning: {e.message}; {e.advice}")      # even when quiet
            return
        if self.quiet:
            return
        if isinstance(e, ev.StepEvent):
            if self.tty:
                self._draw(e)
            else:
                self._line(step_line(e, self.units))
        elif isinstance(e, ev.EvalEvent):
            best = " (best so far)" if e.is_best else ""
            if self.jamo and e.val_loss_per_char is not None:
                self._line(f"step {e.step}: validation loss {e.val_loss_per_char:.4f} nats/char "
                           f"({e.val_loss:.4f} nats/jamo), accuracy {e.val_accuracy:.1%} of jamo{best}")
            else:
                self._line(f"step {e.step}: validation loss {shown(e.val_loss, self.units)}, "
                           f"{shown(e.val_loss, other(self.units))}, accuracy {e.val_accuracy:.1%}{best}")
        elif isinstance(e, ev.DiagnosisEvent):
            self._line(f"note: {e.message}; {e.advice}")
        elif isinstance(e, ev.SampleEvent):
            body = "\n".join("  | " + line for line in (e.prompt + e.text).split("\n"))
            self._line(f"sample at step {e.step}:\n{body}")
        elif isinstance(e, ev.NoteEvent):
            self._line(f"note: {e.message}")
        elif isinstance(e, ev.FitEvent):
            flags = "/".join("--" + f.replace("_", "-") for f in e.fit.fitted)
            self._line(f"fitted to the text and the budget: {e.fit.settings} — {e.fit.reason}; "
                       f"set {flags} to choose yourself")

    def finish(self, result, out) -> None:
        self.close()
        if isinstance(result, ev.FailedEvent):
            self._line(f"training failed at step {result.step}; saved the weights of step "
                       f"{result.kept_step} to {out}")
            return
        best = ""
        if result.best_val_loss is not None:
            value = (f"{result.best_val_loss:.4f} nats/jamo" if self.jamo
                     else shown(result.best_val_loss, self.units))
            kept = f", keeping step {result.best_step}'s model (the best)" if result.best_step is not None else ""
            best = f"{kept}, best validation loss {value}"
        if result.reason == "early_stop" and result.message:
            self._line(f"{result.message}; saved {out}")
            return
        how = {"budget": "finished", "not_learning": "stopped, not learning,"}
        self._line(f"{how.get(result.reason, 'stopped')} at step {result.step} after {result.elapsed_s:.1f} s"
                   f"{best}; saved {out}")

    def _warn(self, text: str) -> None:
        if self._bar is not None:
            self._bar.clear()           # the warning goes to stderr, not onto the bar
        self.err.write(text + "\n")
        self.err.flush()
        if self._bar is not None:
            self._bar.refresh()


class MetricsWriter:
    """One JSON object per step report (and per evaluation, with the val_* keys added)."""

    def __init__(self, path: str):
        try:
            self.f = open(path, "w", encoding="utf-8")
        except OSError as exc:
            raise UserError(f"--metrics-out {path}: cannot write it ({exc.strerror or exc})") from None
        self.last: dict = {}

    def __call__(self, e: ev.Event) -> None:
        if isinstance(e, ev.StepEvent):
            self.last = {"step": e.step, "elapsed_s": round(e.elapsed_s, 4), "chars_seen": e.chars_seen,
                         "train_loss": e.train_loss, "chars_per_s": round(e.chars_per_s, 1), "lr": e.lr}
            self._write(self.last)
        elif isinstance(e, ev.EvalEvent):
            row = dict(self.last, step=e.step, elapsed_s=round(e.elapsed_s, 4), chars_seen=e.chars_seen)
            row.update(val_loss=e.val_loss, val_bpc=e.val_bpc, val_accuracy=e.val_accuracy,
                       val_loss_per_char=e.val_loss_per_char, is_best=e.is_best)
            self._write(row)

    def _write(self, row: dict) -> None:
        self.f.write(json.dumps(row) + "\n")
        self.f.flush()

    def close(self) -> None:
        self.f.close()
