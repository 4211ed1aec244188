"""The command line's progress printer: what one step report costs, tqdm's bar against the
hand-written bar it replaced (kept below as the reference), on a terminal and on a pipe.

    python benchmarks/printer_cost.py [--reports 10000] [--rounds 7]

Each round puts ``--reports`` StepEvents through each printer, alternating, into a
pseudo-terminal (``os.openpty``, drained by a thread, as a real terminal would be) and into
a StringIO (what a pipe sees: plain lines, the same code in both). Reported: microseconds
per report, medians over rounds, and the ratio to the hand-written printer. For scale: a
report comes every ``--log-every`` steps (10 by default), and one step of the default model
takes tens of milliseconds.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import threading
import time

import common

from rnn_studio.cli.printer import Printer, step_line
from rnn_studio.core import events as ev


class HandWritten:
    """The progress bar as rnn_studio/cli/printer.py drew it before tqdm (the reference):
    the whole line rewritten with ``\\r\\033[K`` on every report."""

    def __init__(self, stream, units: str = "nats"):
        self.out, self.tty, self.units = stream, stream.isatty(), units

    def __call__(self, e: ev.StepEvent) -> None:
        text = step_line(e, self.units)
        if self.tty:
            filled = int(24 * e.progress)
            self.out.write(f"\r\033[K[{'#' * filled}{'.' * (24 - filled)}] {e.progress:4.0%} {text}")
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n")


def events(n: int) -> list[ev.StepEvent]:
    return [ev.StepEvent(i, n, i * 0.01, i * 4096, 2.0 - i / n, 40_000.0, 1e-3, i / n, (n - i) * 0.01)
            for i in range(1, n + 1)]


class Terminal:
    """A pseudo-terminal whose other end is read and thrown away, like a terminal's screen."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.stream = os.fdopen(slave, "w", encoding="utf-8")
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        try:
            while os.read(self.master, 1 << 16):
                pass
        except OSError:
            pass

    def close(self) -> None:
        self.stream.close()
        os.close(self.master)


def per_report_us(make, stream, reports: list[ev.StepEvent]) -> float:
    printer = make(stream)
    t = time.perf_counter()
    for e in reports:
        printer(e)
    printer.close()
    return (time.perf_counter() - t) / len(reports) * 1e6


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--reports", type=int, default=10_000)
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args()
    reports = events(a.reports)
    arms = {"hand-written": HandWritten, "tqdm": lambda s: Printer(s)}
    times = {(arm, where): [] for arm in arms for where in ("terminal", "pipe")}
    for _ in range(a.rounds):
        for arm, make in arms.items():
            term = Terminal()
            try:
                times[arm, "terminal"].append(per_report_us(make, term.stream, reports))
            finally:
                term.close()
            times[arm, "pipe"].append(per_report_us(make, io.StringIO(), reports))
    med = {k: statistics.median(v) for k, v in times.items()}
    rows = [[arm, where, f"{med[arm, where]:.2f}", f"{med[arm, where] / med['hand-written', where]:.2f}×"]
            for arm in arms for where in ("terminal", "pipe")]
    print(common.table(rows, ["printer", "into", "µs per report", "× hand-written"]))
    print(common.write_json("printer_cost", {"reports": a.reports, "rounds": a.rounds,
                                             "median_us": {f"{k[0]} {k[1]}": v for k, v in med.items()},
                                             "all_us": {f"{k[0]} {k[1]}": v for k, v in times.items()}}))


if __name__ == "__main__":
    main()
