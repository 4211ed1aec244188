"""Running the command line in this process (imported by name: tests/ is on sys.path)."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def call_cli(argv) -> CliResult:
    """``rnn_studio.cli.main(argv)`` in this process, output captured, argparse exits included."""
    from rnn_studio.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse's own errors
            code = exc.code if isinstance(exc.code, int) else 1
    return CliResult(code, out.getvalue(), err.getvalue())
