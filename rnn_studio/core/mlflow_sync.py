"""Runs into MLflow, for teams: params (every setting), metrics by step, tags, the model file.

    export_runs(store, [3, 4], "sqlite:///mlflow.db")     # recorded runs, after the fact
    live = MlflowLive.begin(uri, trainer, corpus, "x.rnn")  # or as a trainer callback, live
    trainer.callbacks.append(live); trainer.run(); live.finish(result, "x.rnn")

MLflow is an optional extra (``pip install 'rnn-studio[mlflow]'``: mlflow-skinny, with
SQLAlchemy and Alembic for ``sqlite:///`` stores); without it every entry point says which
extra to install. Runs go to the experiment ``rnn-studio``; for a ``sqlite:///FILE`` URI its
artifacts (the model files) go to ``mlartifacts`` beside FILE, not into the current folder.
Exporting a run twice does nothing the second time (the tag ``rnn_studio.key`` finds it).
"""

from __future__ import annotations

import dataclasses
import math
import time
from pathlib import Path
from typing import Any

from rnn_studio.core import events as ev
from rnn_studio.core.errors import UserError

EXTRA_HINT = "pip install 'rnn-studio[mlflow]'"
EXPERIMENT = "rnn-studio"
STATUS = {"finished": "FINISHED", "stopped": "KILLED", "interrupted": "KILLED", "diverged": "FAILED",
          "failed": "FAILED"}
TAG_COLUMNS = ("status", "reason", "source", "corpus_name", "corpus_sha256", "corpus_chars", "machine", "cpu",
               "torch_version", "device", "precision", "parameters", "model_path")
BATCH = 1000        # MLflow's limit of metrics per log_batch call
FLUSH_S = 5.0


def client(uri: str):
    """An MlflowClient for ``uri``; a UserError naming the extra when MLflow is missing."""
    try:
        from mlflow.tracking import MlflowClient
    except ImportError:
        raise UserError(f"exporting to MLflow needs the mlflow extra: {EXTRA_HINT}") from None
    import logging
    for name in ("mlflow", "alembic"):     # their INFO lines about creating tables are noise here
        logging.getLogger(name).setLevel(logging.WARNING)
    if not isinstance(uri, str) or not uri.strip():
        raise UserError("--mlflow needs a tracking URI, such as sqlite:///mlflow.db or http://host:5000")
    try:
        return MlflowClient(tracking_uri=uri)
    except Exception as exc:      # MLflow raises its own types for an unusable URI
        raise UserError(f"--mlflow {uri}: cannot use it ({exc})") from None


def experiment_id(c, uri: str) -> str:
    found = c.get_experiment_by_name(EXPERIMENT)
    if found is not None:
        return found.experiment_id
    artifacts = None
    if uri.startswith("sqlite:///"):
        artifacts = (Path(uri.removeprefix("sqlite:///")).resolve().parent / "mlartifacts").as_uri()
    return c.create_experiment(EXPERIMENT, artifact_location=artifacts)


def params_of(columns: dict[str, Any]) -> dict[str, str]:
    """Every setting as ``model.NAME`` / ``train.NAME`` (MLflow params are strings)."""
    settings = columns.get("settings") or {}
    return {f"{group}.{k}": str(v) for group in ("model", "train")
            for k, v in (settings.get(group) or {}).items()}


def tags_of(columns: dict[str, Any]) -> dict[str, str]:
    tags = {f"rnn_studio.{k}": str(columns[k]) for k in TAG_COLUMNS if columns.get(k) is not None}
    m = (columns.get("settings") or {}).get("model", {})
    label = columns.get("name") or f"{str(m.get('cell', '?')).upper()} {m.get('layers', '?')}x{m.get('hidden', '?')}"
    tags["mlflow.runName"] = f"{label} on {columns.get('corpus_name') or 'text'}"
    return tags


def _log(c, run_id: str, params: dict | None = None, tags: dict | None = None,
         metrics: list | None = None) -> None:
    from mlflow.entities import Metric, Param, RunTag

    p = [Param(k, v[:6000]) for k, v in (params or {}).items()]
    t = [RunTag(k, v[:5000]) for k, v in (tags or {}).items()]
    for i in range(0, len(p), 100):
        c.log_batch(run_id, params=p[i:i + 100])
    if t:
        c.log_batch(run_id, tags=t)
    m = [Metric(k, float(v), int(ts), int(step)) for k, v, ts, step in (metrics or []) if math.isfinite(v)]
    for i in range(0, len(m), BATCH):
        c.log_batch(run_id, metrics=m[i:i + BATCH])


def _metrics(started: float, reports: dict[str, list], evals: dict[str, list]) -> list[tuple]:
    out = []
    for i, step in enumerate(reports.get("step", [])):
        ts = (started + (reports["elapsed_s"][i] or 0)) * 1000
        for key in ("train_loss", "chars_per_s", "lr", "chars_seen"):
            if reports[key][i] is not None:
                out.append((key, reports[key][i], ts, step))
    for i, step in enumerate(evals.get("step", [])):
        ts = (started + (evals["elapsed_s"][i] or 0)) * 1000
        for key, name in (("val_loss", "val_loss"), ("bpc", "val_bpc"), ("accuracy", "val_accuracy")):
            if evals[key][i] is not None:
                out.append((name, evals[key][i], ts, step))
    return out


def _artifact(c, run_id: str, model_path: str | None) -> None:
    if model_path and Path(model_path).is_file():
        c.log_artifact(run_id, model_path)


def _refuse(uri: str, exc: Exception) -> UserError:
    """MLflow's own errors (a server that does not answer, a bad URI) in the house format."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return UserError(f"MLflow at {uri}: {first}")


def export_runs(store, ids: list[int] | None, uri: str) -> list[tuple[int, str, bool]]:
    """Write the runs (all when ``ids`` is empty) to MLflow: [(run id, MLflow run id, new?)]."""
    c = client(uri)
    runs = store.runs(ids) if ids else list(reversed(store.runs()))
    try:
        return _export(c, store, runs, uri)
    except UserError:
        raise
    except Exception as exc:
        raise _refuse(uri, exc) from None


def _export(c, store, runs, uri: str) -> list[tuple[int, str, bool]]:
    exp = experiment_id(c, uri)
    done = []
    for run in runs:
        key = f"{run.corpus_sha256 or ''}:{run.started:.6f}:{run.id}"
        found = c.search_runs([exp], filter_string=f"tags.`rnn_studio.key` = '{key}'", max_results=1)
        if found:
            done.append((run.id, found[0].info.run_id, False))
            continue
        columns = dataclasses.asdict(run)
        tags = {**tags_of(columns), "rnn_studio.key": key, "rnn_studio.run_id": str(run.id)}
        mr = c.create_run(exp, start_time=int(run.started * 1000), tags=tags)
        curves = store.curves(run.id)
        _log(c, mr.info.run_id, params=params_of(columns),
             metrics=_metrics(run.started, curves["reports"], curves["evals"]))
        _artifact(c, mr.info.run_id, run.model_path)
        if run.status in STATUS:
            c.set_terminated(mr.info.run_id, STATUS[run.status],
                             end_time=int((run.ended or run.started) * 1000))
        done.append((run.id, mr.info.run_id, True))
    return done


class MlflowLive:
    """A trainer callback that logs to MLflow as the run goes (batched, at most every FLUSH_S)."""

    def __init__(self, c, run_id: str, started: float):
        self.client, self.run_id, self.started = c, run_id, started
        self.rows: list[tuple] = []
        self._last = time.monotonic()
        self.status = "interrupted"
        self.error: str | None = None       # the first failure; logging stops, training goes on

    @classmethod
    def begin(cls, uri: str, trainer, corpus=None, model_path=None, source: str = "cli") -> MlflowLive:
        from rnn_studio.core.recorder import run_info

        c = client(uri)
        columns = run_info(trainer, corpus, model_path, source)
        started = time.time()
        try:
            mr = c.create_run(experiment_id(c, uri), start_time=int(started * 1000), tags=tags_of(columns))
            _log(c, mr.info.run_id, params=params_of(columns))
        except Exception as exc:
            raise _refuse(uri, exc) from None
        return cls(c, mr.info.run_id, started)

    def __call__(self, e: ev.Event) -> None:
        ts = (self.started + getattr(e, "elapsed_s", 0.0)) * 1000
        if isinstance(e, ev.StepEvent):
            self.rows += [(k, getattr(e, k), ts, e.step) for k in ("train_loss", "chars_per_s", "lr", "chars_seen")]
            if time.monotonic() - self._last >= FLUSH_S:
                self.flush()
        elif isinstance(e, ev.EvalEvent):
            self.rows += [(k, getattr(e, k), ts, e.step) for k in ("val_loss", "val_bpc", "val_accuracy")]
            self.flush()
        elif isinstance(e, ev.DoneEvent):
            from rnn_studio.core.recorder import done_status
            self.status = done_status(e.reason)
        elif isinstance(e, ev.FailedEvent):
            from rnn_studio.core.recorder import failed_status
            self.status = failed_status(e)

    def flush(self) -> None:
        self._last = time.monotonic()
        rows, self.rows = self.rows, []
        if self.error is None:
            try:
                _log(self.client, self.run_id, metrics=rows)
            except Exception as exc:    # a tracking server gone away must not end the training
                self.error = f"logging to MLflow failed: {exc}; training goes on"

    def finish(self, model_path: str | Path | None = None) -> None:
        """Flush, log the model file, and end the MLflow run with the run's status."""
        self.flush()
        if self.error is not None:
            return
        try:
            _artifact(self.client, self.run_id, str(model_path) if model_path else None)
            self.client.set_tag(self.run_id, "rnn_studio.status", self.status)
            self.client.set_terminated(self.run_id, STATUS.get(self.status, "KILLED"))
        except Exception as exc:   # the model is saved; only the MLflow copy is missing
            self.error = f"logging to MLflow failed: {exc}"
