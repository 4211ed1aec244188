"""The ``rnn-studio`` command line: train, sample, eval, info, and (with no command) the window.

Flags are built from the config dataclasses, so their defaults, bounds and help are the
ones the window's form uses. Importing this module imports neither torch nor Qt: a plain
``rnn-studio`` must reach the window fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence

from rnn_studio import __version__
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.core.errors import UserError

EXIT_USAGE = 2
EXIT_FAILED = 1

# Model and training flags whose names differ from their field names.
RENAMED = {"seq_len": "--seq-len", "batch_size": "--batch-size", "eval_every": "--eval-every",
           "sample_every": "--sample-every", "sample_length": "--sample-length",
           "sample_prompt": "--sample-prompt", "val_fraction": "--val-fraction",
           "warmup_steps": "--warmup-steps", "min_lr_ratio": "--min-lr-ratio",
           "weight_decay": "--weight-decay", "grad_clip": "--grad-clip", "log_every": "--log-every",
           "top_k": "--top-k", "top_p": "--top-p"}
SKIP = {"vocab_size", "prefix", "seed"}


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors, in the house format
        self.exit(EXIT_USAGE, f"error: {message}\n(see '{self.prog} --help')\n")


def flag(name: str) -> str:
    return RENAMED.get(name, "--" + name.replace("_", "-"))


def _add_fields(p: argparse.ArgumentParser, cls: type, skip: set[str] = SKIP) -> None:
    """One flag per field; default None, so a resumed run can tell what the user set."""
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        meta = f.metadata
        kind = type(f.default) if f.default is not None else int
        help_text = f"{meta['help']} (default: {f.default!r})"
        if meta.get("choices"):
            p.add_argument(flag(f.name), choices=meta["choices"], default=None, help=help_text)
        else:
            p.add_argument(flag(f.name), type=kind, default=None, metavar=f.name.upper(), help=help_text)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="rnn-studio", description="Train a character-level RNN on your text, then write with it.")
    p.add_argument("--version", action="version", version=f"rnn-studio {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    t = sub.add_parser("train", help="train a model on a text file")
    t.add_argument("corpus", metavar="CORPUS", help="a text file (UTF-8, UTF-16 or Korean cp949)")
    _add_fields(t, ModelConfig, SKIP | {"embedding"})
    inp = t.add_mutually_exclusive_group()
    inp.add_argument("--embedding", type=int, default=None, metavar="N",
                     help=f"learned embedding width (default: {ModelConfig.embedding})")
    inp.add_argument("--one-hot", action="store_true", help="feed one-hot vectors (the lecture's form)")
    _add_fields(t, TrainConfig, {"steps", "minutes", "seed"})
    budget = t.add_mutually_exclusive_group()
    budget.add_argument("--steps", type=int, default=None, metavar="N", help="budget in optimiser steps")
    budget.add_argument("--minutes", type=float, default=None, metavar="F",
                        help=f"budget in minutes of training time (default: {TrainConfig.minutes})")
    t.add_argument("--seed", type=int, default=None, help=f"random seed (default: {TrainConfig.seed})")
    t.add_argument("--encoding", default=None, metavar="NAME", help="force the corpus's encoding")
    t.add_argument("--out", default=None, metavar="MODEL", help="where to save the model (default: CORPUS-CELL.rnn)")
    t.add_argument("--resume", default=None, metavar="MODEL", help="continue training this model file")
    t.add_argument("--metrics-out", default=None, metavar="FILE.jsonl", help="write one JSON object per report")
    t.add_argument("--quiet", action="store_true", help="print only the final summary")

    s = sub.add_parser("sample", help="write text with a trained model")
    s.add_argument("model", metavar="MODEL")
    s.add_argument("--prefix", default="", help="text for the model to continue (default: start of a line)")
    _add_fields(s, SampleConfig)
    s.add_argument("--seed", type=int, default=None, help="random seed for reproducible output")
    s.add_argument("--skip-unknown", action="store_true",
                   help="drop prefix characters the model never saw instead of refusing")

    e = sub.add_parser("eval", help="loss, bits per character and accuracy of a model on a text")
    e.add_argument("model", metavar="MODEL")
    e.add_argument("text", metavar="TEXTFILE")
    e.add_argument("--encoding", default=None, metavar="NAME", help="force the text's encoding")
    e.add_argument("--json", action="store_true", help="print one JSON object")

    i = sub.add_parser("info", help="show what a model file holds")
    i.add_argument("model", metavar="MODEL")
    i.add_argument("--json", action="store_true", help="print one JSON object")

    g = sub.add_parser("gui", help="open the window (the default with no command)")
    g.add_argument("corpus", nargs="?", metavar="CORPUS", help="a text file to open")

    from rnn_studio.cli import inside      # next, surprisal, inspect: look inside a model
    inside.add_parsers(sub)
    return p


def _check_display() -> None:
    """Qt aborts the process when it finds no screen; say so in words first."""
    import os

    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        raise UserError("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                        "use the command line (rnn-studio train/sample/eval/info) on a headless machine")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in (None, "gui"):
            _check_display()
            from rnn_studio.gui import run  # Qt only here: the other commands never load it
            return run(getattr(args, "corpus", None))
        from rnn_studio.cli import commands, inside
        if args.command in inside.COMMANDS:
            return inside.run(args)
        return getattr(commands, args.command)(args)
    except UserError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
