"""``rnn-studio runs list|show|compare|delete|rename|export|compare-cells``, and the recording
that ``rnn-studio train`` does (``--runs-db``, ``--no-record``, ``--mlflow``).

Nothing here imports torch at import time: the parser is built on every start.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from rnn_studio.core.errors import UserError

STORE_HELP = "the run store (default: $RNN_STUDIO_RUNS_DB, else runs.sqlite in the user data folder)"


def add_train_flags(t: argparse.ArgumentParser) -> None:
    t.add_argument("--runs-db", default=None, metavar="PATH", help=STORE_HELP)
    t.add_argument("--no-record", action="store_true", help="do not record this run in the run store")
    t.add_argument("--mlflow", default=None, metavar="URI",
                   help="also log the run to MLflow as it trains (sqlite:///mlflow.db, http://host:5000)")


def add_parser(sub) -> None:
    from rnn_studio.cli import Parser

    r = sub.add_parser("runs", help="the recorded training runs: list, show, compare, export")
    common = Parser(add_help=False)
    common.add_argument("--runs-db", default=argparse.SUPPRESS, metavar="PATH", help=STORE_HELP)
    r.add_argument("--runs-db", default=None, metavar="PATH", help=STORE_HELP)
    rs = r.add_subparsers(dest="runs_command", metavar="ACTION", parser_class=Parser, required=True)
    p = rs.add_parser("list", parents=[common], help="every recorded run, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p = rs.add_parser("show", parents=[common], help="one run: settings, machine, curves, samples")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = rs.add_parser("compare", parents=[common], help="runs side by side, one row each")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--csv", default=None, metavar="FILE", help="write every column (settings included) to FILE")
    p.add_argument("--json", action="store_true", help="print a JSON list of rows")
    p = rs.add_parser("delete", parents=[common], help="forget runs (their model files stay)")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p = rs.add_parser("rename", parents=[common], help="give a run a name")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("name", metavar="NAME")
    p = rs.add_parser("export", parents=[common], help="write runs to MLflow (all runs when no ID is given)")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--mlflow", required=True, metavar="URI", help="tracking URI: sqlite:///mlflow.db, http://host:5000")
    _add_compare_cells(rs, common)


def _add_compare_cells(rs, common) -> None:
    from rnn_studio.cli import SKIP, _add_fields
    from rnn_studio.core.config import ModelConfig, TrainConfig

    c = rs.add_parser("compare-cells", parents=[common],
                      help="train RNN, LSTM and GRU on one text with one budget, one after another")
    c.add_argument("corpus", metavar="CORPUS")
    c.add_argument("--cells", default="rnn,lstm,gru", metavar="LIST", help="cells to train (default: rnn,lstm,gru)")
    c.add_argument("--layers", dest="depths", default=None, metavar="LIST", help="depths to train, such as 1,2,3 (default: 1)")
    _add_fields(c, ModelConfig, SKIP | {"embedding", "cell", "layers"})
    inp = c.add_mutually_exclusive_group()
    inp.add_argument("--embedding", type=int, default=None, metavar="N", help="learned embedding width")
    inp.add_argument("--one-hot", action="store_true", help="feed one-hot vectors")
    _add_fields(c, TrainConfig, {"steps", "minutes", "seed"})
    budget = c.add_mutually_exclusive_group()
    budget.add_argument("--steps", type=int, default=None, metavar="N", help="budget of each run, in steps")
    budget.add_argument("--minutes", type=float, default=None, metavar="F", help="budget of each run, in minutes")
    c.add_argument("--seed", type=int, default=None, help="random seed (the same for every run)")
    c.add_argument("--encoding", default=None, metavar="NAME", help="force the corpus's encoding")
    c.add_argument("--out-dir", default=".", metavar="DIR", help="where the models go (default: this folder)")
    c.add_argument("--quiet", action="store_true", help="print only the final table")


# ---- recording a training run -------------------------------------------------------------------
class Tracking:
    """What ``train`` records: the run store unless --no-record, MLflow with --mlflow."""

    def __init__(self) -> None:
        self.callbacks: list = []
        self.recorder = None
        self.live = None

    @classmethod
    def begin(cls, args, trainer, corpus, out) -> Tracking:
        from rnn_studio.core.recorder import Recorder
        from rnn_studio.core.runstore import RunStore, path_is_chosen

        t = cls()
        if getattr(args, "mlflow", None):
            from rnn_studio.core.mlflow_sync import MlflowLive
            t.live = MlflowLive.begin(args.mlflow, trainer, corpus, out)
            t.callbacks.append(t.live)
        if not getattr(args, "no_record", False):
            explicit = getattr(args, "runs_db", None)
            try:
                store = RunStore(explicit)
            except UserError as exc:
                if path_is_chosen(explicit):
                    raise
                _warn(f"{exc.message}; this run is not recorded")
                return t
            try:
                t.recorder = Recorder.begin(store, trainer, corpus, out, "cli", on_error=_warn)
            except UserError as exc:          # the store opened but cannot take a row: train anyway
                _warn(f"{exc.message}; this run is not recorded")
            else:
                t.callbacks.append(t.recorder)
        return t

    def close(self) -> None:
        """After the run, even one that raised: a run that did not end is 'interrupted'."""
        if self.recorder is not None:
            self.recorder.close()
            self.recorder.store.close()

    def saved(self, out) -> None:
        if self.live is not None:
            self.live.finish(out)
            if self.live.error:
                _warn(self.live.error)


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


# ---- the runs commands -------------------------------------------------------------------------
def _store(args, create: bool = False):
    from rnn_studio.core.runstore import RunStore, path_is_chosen, store_path

    explicit = getattr(args, "runs_db", None)
    if not create and not path_is_chosen(explicit) and not store_path().exists():
        return None                # nothing recorded yet: an empty history, not an error
    return RunStore(explicit, create=create)


def main(args) -> int:
    return COMMANDS[args.runs_command](args)


def list_runs(args) -> int:
    from rnn_studio.core.runtable import summary, text_table

    store = _store(args)
    rows = [summary(r) for r in store.runs()] if store else []
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    elif not rows:
        print("no runs recorded yet")
    else:
        print(text_table(("id", "status", "model", "corpus", "steps", "time (s)", "best val", "best bpc", "started",
                          "name"),
                         [(r["id"], r["status"], f"{(r['cell'] or '?').upper()} {r['layers']}×{r['hidden']}", r["corpus"],
                           r["steps"], r["time_s"], r["best_val_loss"], r["best_bpc"],
                           (r["started"] or "")[:16].replace("T", " "), r["name"] or "") for r in rows]))
    return 0


def show(args) -> int:
    from rnn_studio.cli.runs_show import show_text
    from rnn_studio.core.runtable import summary

    store = _need(args)
    run = store.run(args.id)
    if args.json:
        data = {**summary(run), "settings": run.settings, "corpus_path": run.corpus_path,
                "corpus_bytes": run.corpus_bytes, "machine": run.machine, "cpu": run.cpu,
                "torch_version": run.torch_version, "source": run.source, "reason": run.reason,
                "message": run.message, **store.curves(run.id), "samples": store.samples(run.id)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(show_text(run, store.curves(run.id)["evals"], store.samples(run.id)))
    return 0


def compare(args) -> int:
    from rnn_studio.core.runtable import compare_rows, text_table, write_csv

    store = _need(args)
    header, rows = compare_rows(store.runs(args.ids))
    if args.csv:
        write_csv(args.csv, header, rows)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    shown = ("id", "status", "cell", "layers", "hidden", "parameters", "steps", "chars_seen", "time_s",
             "chars_per_s", "final_val_loss", "best_val_loss", "bpc", "accuracy")
    print(text_table(shown, [[r[k] for k in shown] for r in rows]))
    if args.csv:
        print(f"wrote {args.csv} ({len(header)} columns)")
    return 0


def delete(args) -> int:
    store = _need(args)
    store.delete(args.ids)
    print(f"deleted run{'s' * (len(args.ids) > 1)} {', '.join(map(str, args.ids))} (model files kept)")
    return 0


def rename(args) -> int:
    store = _need(args)
    store.rename(args.id, args.name)
    print(f"run {args.id} is now {args.name.strip() or 'unnamed'}")
    return 0


def export(args) -> int:
    from rnn_studio.core.mlflow_sync import client, export_runs

    client(args.mlflow)          # a missing extra is said before anything else
    store = _need(args)
    for run_id, mlflow_id, new in export_runs(store, args.ids, args.mlflow):
        print(f"run {run_id} -> MLflow run {mlflow_id}{'' if new else ' (exported before)'}")
    return 0


def compare_cells(args) -> int:
    from rnn_studio.cli.commands import _configs
    from rnn_studio.core import events as ev
    from rnn_studio.core.compare import CompareQueue, QueueEvent, plan
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.runtable import compare_rows, text_table

    args.cell = args.layers = None      # the queue sets them, run by run
    model_cfg, train_cfg = _configs(args, None)
    layers = _depths(args.depths) if args.depths else None
    items = plan(model_cfg, train_cfg, [c.strip() for c in args.cells.split(",") if c.strip()], layers)
    store = _store(args, create=True)
    corpus = load_corpus(args.corpus, args.encoding)

    def say(e) -> None:
        if isinstance(e, QueueEvent) and not args.quiet:
            extra = f" ({e.item.message})" if e.item.message else ""
            print(f"[{e.index + 1}/{e.total}] {e.item.title}: {e.state}{extra}", flush=True)
        elif isinstance(e, ev.EvalEvent) and not args.quiet:
            print(f"    step {e.step}: validation loss {e.val_loss:.4f}, {e.val_bpc:.4f} bits/char", flush=True)
    queue = CompareQueue(corpus, items, store, Path(args.out_dir), [say])
    previous = signal.signal(signal.SIGINT, lambda *_: queue.cancel())
    try:
        queue.run()
    finally:
        signal.signal(signal.SIGINT, previous)
    for message in queue.errors:
        _warn(message)
    header, rows = compare_rows(store.runs([i.run_id for i in items if i.run_id is not None]))
    shown = ("id", "cell", "layers", "hidden", "parameters", "steps", "time_s", "chars_per_s", "best_val_loss",
             "bpc", "accuracy", "status")
    print(text_table(shown, [[r[k] for k in shown] for r in rows]))
    return 1 if any(i.state in ("refused", "failed", "diverged") for i in items) else 0


def _depths(text: str) -> list[int]:
    """--layers 1,2,3 -> [1, 2, 3]."""
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"--layers {text}: give whole numbers separated by commas, such as 1,2,3") from None


def _need(args):
    """The store, which must exist: show, compare, delete, rename and export name runs in it."""
    from rnn_studio.core.runstore import RunStore
    return RunStore(getattr(args, "runs_db", None), create=False)


COMMANDS = {"list": list_runs, "show": show, "compare": compare, "delete": delete, "rename": rename,
            "export": export, "compare-cells": compare_cells}
