"""A run as one row of numbers: what ``runs list --json``, ``runs compare`` (and its CSV) and the
window's Runs table show, computed here once.

``summary(run)`` holds the automation contract's fields (``id``, ``status``, ``cell``,
``layers``, ``hidden``, ``steps``, ``best_val_loss``, ``corpus_sha256``, ``started``) and the
comparison's (final and best validation loss, bpc, accuracy, parameters, characters seen,
time, chars/s). ``compare_rows`` adds every setting, as ``model.NAME`` and ``train.NAME``.
"""

from __future__ import annotations

import csv
import datetime
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rnn_studio.core.errors import UserError
from rnn_studio.core.runstore import Run

LN2 = math.log(2)
SUMMARY_FIELDS = ("id", "name", "status", "cell", "layers", "hidden", "embedding", "parameters", "steps",
                  "chars_seen", "time_s", "chars_per_s", "train_loss", "final_val_loss", "best_val_loss",
                  "best_step", "bpc", "best_bpc", "accuracy", "corpus", "corpus_chars", "corpus_sha256",
                  "device", "precision", "started", "ended", "model_path")


def iso(t: float | None) -> str | None:
    """A time as ISO 8601 in local time with its offset (2026-12-01T07:40:00+01:00)."""
    if t is None:
        return None
    return datetime.datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds")


def summary(run: Run) -> dict[str, Any]:
    model = run.settings.get("model", {}) if isinstance(run.settings, dict) else {}
    return {
        "id": run.id, "name": run.name, "status": run.status,
        "cell": run.cell, "layers": run.layers, "hidden": run.hidden, "embedding": model.get("embedding"),
        "parameters": run.parameters, "steps": run.steps, "chars_seen": run.chars_seen,
        "time_s": round(run.elapsed_s, 3),
        "chars_per_s": round(run.chars_seen / run.elapsed_s, 1) if run.elapsed_s > 0 else None,
        "train_loss": run.train_loss, "final_val_loss": run.final_val_loss, "best_val_loss": run.best_val_loss,
        "best_step": run.best_step, "bpc": run.final_bpc,
        "best_bpc": run.best_val_loss / LN2 if run.best_val_loss is not None else None,
        "accuracy": run.final_accuracy, "corpus": run.corpus_name, "corpus_chars": run.corpus_chars,
        "corpus_sha256": run.corpus_sha256, "device": run.device, "precision": run.precision,
        "started": iso(run.started), "ended": iso(run.ended), "model_path": run.model_path,
    }


def compare_rows(runs: Sequence[Run]) -> tuple[list[str], list[dict[str, Any]]]:
    """The header and one row per run: the summary, then every setting the runs have."""
    settings: list[str] = []
    for run in runs:
        for group in ("model", "train"):
            values = run.settings.get(group, {}) if isinstance(run.settings, dict) else {}
            for key in values:
                name = f"{group}.{key}"
                if name not in settings:
                    settings.append(name)
    rows = []
    for run in runs:
        row = summary(run)
        for name in settings:
            group, key = name.split(".", 1)
            row[name] = run.settings.get(group, {}).get(key)
        rows.append(row)
    return list(SUMMARY_FIELDS) + settings, rows


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    path = Path(path)
    if not path.parent.resolve().is_dir():
        raise UserError(f"{path}: the folder {path.parent} does not exist")
    try:
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(header), extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    except OSError as exc:
        raise UserError(f"{path}: cannot write it ({exc.strerror or exc})") from None


def fmt(value: Any, digits: int = 4) -> str:
    """A cell for a text table: numbers rounded, None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def text_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell; numbers right-aligned."""
    cells = [[fmt(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) for i in range(len(header))]
    lines = ["  ".join(h.rjust(w) if n else h.ljust(w) for h, w, n in zip(header, widths, numeric)).rstrip()]
    for r in cells:
        lines.append("  ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(r, widths, numeric)).rstrip())
    return "\n".join(lines)
