"""Model files: one safetensors container with JSON metadata; nothing is ever unpickled.

Tensors: ``w.*`` the latest weights, ``opt.*`` AdamW moments, ``rng.*`` the torch RNG and
any carried hidden state, ``best.*`` the weights of the best evaluation when they are not the
latest. Metadata key ``rnn_studio`` holds JSON: format version, model and train configs,
vocabulary, step, time, loss history, batch-sampler state, corpus identity, and the best
evaluation's step and loss. Files written before the best was kept have no ``best_step``:
their latest weights count as the best (and the writing weights).
Writes go to a temporary file that is renamed over the target (fsutil.write_atomic), so a
crash mid-save leaves the previous file whole; a save killed mid-write leaves its temporary
file behind, and the next successful save of the same target removes it.
"""

from __future__ import annotations

import errno
import json
import math
import struct
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from rnn_studio import __version__
from rnn_studio.core.checkpoint import MAX_WEIGHT, Snapshot
from rnn_studio.core.config import ModelConfig, TrainConfig, from_dict, to_dict
from rnn_studio.core.errors import UserError
from rnn_studio.core.events import History
from rnn_studio.core.fsutil import write_atomic
from rnn_studio.core.model import CharRNN

FORMAT = "rnn-studio-model"
VERSION = 1
SUFFIX = ".rnn"
MAX_HEADER = 64 << 20


def to_bytes(s: Snapshot) -> bytes:
    tensors = {f"w.{k}": v for k, v in s.weights.items()}
    tensors.update({f"opt.{k}": v for k, v in s.optimizer.items()})
    tensors.update({f"rng.{k}": v for k, v in s.rng.items()})
    tensors.update({f"best.{k}": v for k, v in (s.best_weights or {}).items()})
    tensors.update({f"avg.{k}": v for k, v in (s.average or {}).items()})
    meta = {
        "format": FORMAT, "format_version": VERSION, "app_version": __version__,
        "model": to_dict(s.model_cfg), "train": to_dict(s.train_cfg), "vocab": s.vocab,
        "step": s.step, "elapsed_s": s.elapsed_s, "chars_seen": s.chars_seen,
        "history": s.history.to_dict(), "windows": s.windows, "optimizer_groups": s.optimizer_groups,
        "corpus": s.corpus, "finished": s.finished,
        "best_step": s.best_step, "best_val_loss": s.best_loss, "baseline_loss": s.baseline_loss,
    }
    return st_save({k: v.contiguous() for k, v in tensors.items()},
                   metadata={"format": FORMAT, "rnn_studio": json.dumps(meta, ensure_ascii=False)})


def save(path: str | Path, s: Snapshot) -> Path:
    """Write atomically: temporary file in the same folder, fsync, then rename."""
    path = Path(path)
    data = to_bytes(s)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot save to {path}: the folder {folder} does not exist")
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise UserError(f"cannot save to {path}: {exc.strerror or exc}{_hint(exc)}") from None
    return path


def _hint(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "; free some space, or save somewhere else (the model is still in memory)"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "; choose a folder you can write to (the model is still in memory)"
    return ""


def load(path: str | Path) -> Snapshot:
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a model file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return from_bytes(data, path.name)


def _sniff(data: bytes, name: str) -> None:
    # A safetensors file starts with its header's length, whose first byte may be anything
    # (0x80 in one file of 256, "PK" now and then): look for the header before the pickle marks.
    n = struct.unpack("<Q", data[:8])[0] if len(data) >= 8 else 0
    safetensors = len(data) >= 10 and data[8:9] == b"{" and n <= MAX_HEADER
    if not safetensors and (data[:2] == b"PK" or data[:1] == b"\x80"):
        raise UserError(f"{name}: is a pickle-based PyTorch file (torch.save), not an RNN Studio "
                        "model; it was not opened, because pickles can run code")
    if len(data) < 10:
        raise UserError(f"{name}: is too short to be a model file ({len(data)} bytes)")
    if not safetensors:
        raise UserError(f"{name}: is not an RNN Studio model file")
    if 8 + n > len(data):
        raise UserError(f"{name}: is truncated (its header promises {8 + n} bytes, the file has {len(data)})")


def from_bytes(data: bytes, name: str = "model") -> Snapshot:
    _sniff(data, name)
    try:
        header = json.loads(data[8:8 + struct.unpack("<Q", data[:8])[0]])
        meta = json.loads(header.get("__metadata__", {}).get("rnn_studio", "null"))
    except (ValueError, AttributeError, TypeError):
        raise UserError(f"{name}: has a corrupted header") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise UserError(f"{name}: is a safetensors file, but not an RNN Studio model")
    if meta.get("format_version") != VERSION:
        raise UserError(f"{name}: has model-file format version {meta.get('format_version')!r}; "
                        f"this RNN Studio reads version {VERSION}")
    try:
        tensors = st_load(data)
    except Exception as exc:  # safetensors raises its own error types for damaged bodies
        raise UserError(f"{name}: is damaged ({exc})") from None
    try:
        return _snapshot(meta, tensors)
    except UserError as exc:
        raise UserError(f"{name}: {exc.message}") from None
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise UserError(f"{name}: has inconsistent contents ({exc})") from None


def _snapshot(meta: dict[str, Any], tensors: dict[str, torch.Tensor]) -> Snapshot:
    model_cfg = from_dict(ModelConfig, meta["model"])
    train_cfg = from_dict(TrainConfig, meta.get("train", {}))
    vocab = meta["vocab"]
    if (not isinstance(vocab, str) or not vocab or len(set(vocab)) != len(vocab) or list(vocab) != sorted(vocab)
            or any("\ud800" <= c <= "\udfff" for c in vocab)):
        raise UserError("has an invalid vocabulary")
    if len(vocab) != model_cfg.vocab_size:
        raise UserError(f"its vocabulary has {len(vocab)} characters, its model {model_cfg.vocab_size}")
    weights = {k[2:]: v for k, v in tensors.items() if k.startswith("w.")}
    _check_weights(model_cfg, weights)
    best = {k[5:]: v for k, v in tensors.items() if k.startswith("best.")} or None
    if best is not None:
        _check_weights(model_cfg, best)
    average = {k[4:]: v for k, v in tensors.items() if k.startswith("avg.")} or None
    if average is not None:
        _check_weights(model_cfg, average)
    history = History.from_dict(meta.get("history", {}))
    step = _int(meta.get("step", 0))
    best_step, best_loss = _best(meta, history, step, best is not None)
    return Snapshot(
        model_cfg=model_cfg, train_cfg=train_cfg, vocab=vocab, weights=weights,
        optimizer={k[4:]: v for k, v in tensors.items() if k.startswith("opt.")},
        optimizer_groups=_groups(meta.get("optimizer_groups", [])),
        step=step, elapsed_s=_seconds(meta.get("elapsed_s", 0.0)),
        chars_seen=_int(meta.get("chars_seen", 0)), history=history,
        windows=_object(meta.get("windows", {}), "windows"),
        rng={k[4:]: v for k, v in tensors.items() if k.startswith("rng.")},
        corpus=_object(meta.get("corpus", {}), "corpus"), finished=bool(meta.get("finished", False)),
        best_weights=best, best_step=best_step, best_loss=best_loss,
        baseline_loss=_loss(meta.get("baseline_loss"), "baseline_loss"), average=average)


def _best(meta: dict[str, Any], history: History, step: int, has_weights: bool) -> tuple[int | None, float | None]:
    """The best evaluation's step and loss; for an older file, the latest weights' evaluation."""
    if "best_step" not in meta:
        if history.val_step and history.val_step[-1] == step:
            return step, float(history.val_loss[-1])
        return None, None
    best_step = meta["best_step"]
    best_step = None if best_step is None else _int(best_step)
    best_loss = _loss(meta.get("best_val_loss"), "best_val_loss")
    if (best_step is None) != (best_loss is None):
        raise ValueError(f"best step {best_step!r} and best loss {best_loss!r} do not go together")
    if has_weights and best_step is None:
        raise ValueError("best weights without a best step")
    return best_step, best_loss


def _loss(x: Any, what: str) -> float | None:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x) or x < 0:
        raise ValueError(f"{what} is not a loss ({x!r})")
    return float(x)


def _int(x: Any) -> int:
    if isinstance(x, bool) or not isinstance(x, int) or not 0 <= x < 2**63:
        raise ValueError(f"expected a count, got {x!r}")
    return x


def _seconds(x: Any) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x) or x < 0:
        raise ValueError(f"expected a time in seconds, got {x!r}")
    return float(x)


def _object(x: Any, what: str) -> dict[str, Any]:
    if not isinstance(x, dict):
        raise ValueError(f"{what} is not an object")
    return dict(x)


def _groups(x: Any) -> list[dict[str, Any]]:
    if not isinstance(x, list) or not all(isinstance(g, dict) for g in x):
        raise ValueError("optimizer_groups is not a list of objects")
    return list(x)


def _check_weights(cfg: ModelConfig, weights: dict[str, torch.Tensor]) -> None:
    with torch.device("meta"):
        expected = CharRNN(cfg).state_dict()
    missing = sorted(set(expected) - set(weights))
    extra = sorted(set(weights) - set(expected))
    if missing or extra:
        raise UserError(f"its weights do not match its settings (missing {missing[:3]}, unexpected {extra[:3]})")
    for k, e in expected.items():
        w = weights[k]
        if w.dtype != torch.float32 or tuple(w.shape) != tuple(e.shape):
            raise UserError(f"weight {k} is {w.dtype} {tuple(w.shape)}, expected float32 {tuple(e.shape)}")
        if not torch.isfinite(w).all():
            raise UserError(f"weight {k} holds NaN or infinite values")
        if w.numel() and (largest := w.abs().max().item()) > MAX_WEIGHT:
            raise UserError(f"weight {k} holds a value of {largest:.3g}, beyond any trained model's "
                            f"({MAX_WEIGHT:g}): the file is damaged")


def build_model(s: Snapshot) -> CharRNN:
    """A CPU model with the snapshot's writing weights (the best evaluation's), for evaluation."""
    model = CharRNN(s.model_cfg)
    model.load_state_dict(s.writing_weights())
    model.eval()
    return model
