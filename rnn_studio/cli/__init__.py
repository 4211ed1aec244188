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
from rnn_studio.core.units import UNITS

EXIT_USAGE = 2
EXIT_FAILED = 1

SKIP = {"vocab_size", "prefix", "seed"}


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors, in the house format
        self.exit(EXIT_USAGE, f"error: {message}\n(see '{self.prog} --help')\n")


def flag(name: str) -> str:
    """The flag a config field is given: ``seq_len`` → ``--seq-len``."""
    return "--" + name.replace("_", "-")


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
        elif isinstance(f.default, bool):   # --early-stop / --no-early-stop
            p.add_argument(flag(f.name), action=argparse.BooleanOptionalAction, default=None,
                           help=f"{meta['help']} (default: {'on' if f.default else 'off'})")
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
    from rnn_studio.cli import runs as _runs      # the run store's flags and commands (cli/runs.py)
    _runs.add_train_flags(t)
    t.add_argument("--nproc", type=int, default=None, metavar="N",
                   help="train in N processes on this machine with PyTorch DDP (runs torchrun --standalone "
                        "--nproc_per_node N for you; --batch-size is then per process)")

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

    for command in (t, e, i):      # the unit every loss is printed in (the JSON keeps its fields)
        command.add_argument("--units", choices=UNITS, default="nats",
                             help="print losses in nats or bits per character (default: nats)")

    g = sub.add_parser("gui", help="open the window (the default with no command)")
    g.add_argument("corpus", nargs="?", metavar="CORPUS", help="a text file to open")

    _runs.add_parser(sub)
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
    if sys.platform.startswith("linux"):   # Qt aborts when its X11 plugin's libraries are missing: name them
        from rnn_studio.platform_check import check_qt_platform
        check_qt_platform()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]     # for train --nproc to pass on
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
