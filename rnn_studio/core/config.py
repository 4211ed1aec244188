"""Typed settings with defaults, read by both the command line and the window.

Each numeric field carries its bounds and help text as dataclass metadata, so the CLI
builds its flags and the GUI builds its spin boxes from the same source, and ``validate``
refuses an out-of-range value with the same words everywhere. No torch import here: the
window reads these before the engine has loaded.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
from dataclasses import dataclass, field
from typing import Any

from rnn_studio.core.errors import UserError

CELLS = ("rnn", "lstm", "gru")
DEVICES = ("auto", "cpu", "cuda", "mps")
WINDOWS = ("random", "contiguous")
PRECISIONS = ("auto", "float32", "bfloat16")
STARTS = ("auto", "frequencies", "uniform")
HANGUL = ("off", "jamo")


def _f(default: Any, help: str, lo: float | None = None, hi: float | None = None,
       choices: tuple[str, ...] | None = None) -> Any:
    meta = {"help": help, "min": lo, "max": hi, "choices": choices}
    return field(default=default, metadata=meta)


@dataclass
class ModelConfig:
    cell: str = _f("lstm", "recurrent cell", choices=CELLS)
    layers: int = _f(1, "stacked recurrent layers", 1, 8)
    hidden: int = _f(512, "units per layer", 1, 8192)
    embedding: int = _f(64, "embedding width; 0 feeds one-hot vectors (the lecture's form)", 0, 4096)
    dropout: float = _f(0.0, "dropout between layers and before the output layer", 0.0, 0.9)
    input_dropout: float = _f(0.0, "dropout on the inputs (the embedding or one-hot vectors): on a short text "
                              "read many times, it keeps the model from learning the text by heart", 0.0, 0.9)
    vocab_size: int = _f(0, "characters in the vocabulary (set from the corpus)", 0, 1_114_112)
    hangul: str = _f("off", "read Hangul syllables whole (off) or as their jamo, ㅎ+ㅏ+ㄴ for 한 (jamo): "
                     "a Korean vocabulary shrinks about fivefold and unseen syllables can still be "
                     "written; samples always show whole syllables", choices=HANGUL)

    @property
    def one_hot(self) -> bool:
        return self.embedding == 0


@dataclass
class TrainConfig:
    seq_len: int = _f(128, "characters per training window (truncated BPTT length)", 2, 4096)
    batch_size: int = _f(32, "windows per step", 1, 4096)
    lr: float = _f(1.5e-2, "peak learning rate (AdamW)", 1e-7, 10.0)
    min_lr_ratio: float = _f(0.1, "the cosine decay's floor, as a fraction of lr", 0.0, 1.0)
    warmup_steps: int = _f(20, "steps of linear learning-rate warm-up", 0, 1_000_000)
    weight_decay: float = _f(0.01, "AdamW weight decay (matrices only)", 0.0, 1.0)
    grad_clip: float = _f(1.0, "clip the gradient norm to this; 0 turns clipping off", 0.0, 1e6)
    ema: float = _f(0.99, "evaluate, keep and write with the weights' moving average, which takes this "
                    "much of itself each step (0: the latest weights)", 0.0, 0.9999)
    steps: int = _f(0, "budget in optimiser steps (0: use --minutes)", 0, 100_000_000)
    minutes: float = _f(2.0, "budget in minutes of training time (used when steps is 0)", 0.0, 1e6)
    eval_every: int = _f(100, "evaluate on the whole validation split every N steps (0: only at the end)", 0, 100_000_000)
    sample_every: int = _f(100, "write a short sample every N steps (0: never)", 0, 100_000_000)
    sample_length: int = _f(120, "characters in each progress sample", 1, 100_000)
    sample_prompt: str = _f("", "prompt for progress samples (empty: the corpus's first character)")
    val_fraction: float = _f(0.1, "the last fraction of the text held out for validation", 0.0, 0.5)
    window: str = _f("random", "random windows, or contiguous ones with the hidden state carried", choices=WINDOWS)
    seed: int = _f(1337, "random seed", 0, 2**63 - 1)
    device: str = _f("auto", "where to train", choices=DEVICES)
    precision: str = _f("auto", "arithmetic of a training step's products: bfloat16 is 1.5–1.9× faster "
                        "on CPUs with native bfloat16 (weights and scores stay float32); auto picks it "
                        "for the LSTM where the CPU has it", choices=PRECISIONS)
    threads: int = _f(0, "CPU threads for torch (0: all cores)", 0, 1024)
    log_every: int = _f(10, "report a training step every N steps", 1, 1_000_000)
    # Early stopping (diagnosis.py says why 5): the best model is kept whether or not it is on.
    early_stop: bool = _f(True, "end the run when it stops helping: validation has not improved for "
                          "--patience evaluations, or the model is not learning at all")
    patience: int = _f(5, "evaluations without a new best validation loss before early stopping "
                       "ends the run (0: never)", 0, 1_000_000)
    # The fit (fitting.py): a new model's width, dropout and learning rate, where the user left
    # them alone, chosen from the text's size and the characters the budget lets it see.
    fit: bool = _f(True, "fit the width, dropout and learning rate you leave alone to the text and "
                   "the budget (a new model only)")
    # Where a new model starts (start.py): its first guess before any step.
    start: str = _f("auto", "a new model's first guess: each character as often as the text has it "
                    "(frequencies: learns a text read a few times faster), or all alike (uniform: keeps a "
                    "better model of a text read many times); auto chooses by the passes the budget makes",
                    choices=STARTS)

    def budget_is_steps(self) -> bool:
        return self.steps > 0


def check_budget(cfg: TrainConfig, flags: dict[str, str] | None = None) -> TrainConfig:
    """Refuse a run whose budget trains nothing: 0 steps (use the minutes) and 0 minutes.

    Kept apart from ``validate``, which also checks settings read back from model files.
    """
    if cfg.steps == 0 and cfg.minutes == 0:
        steps, minutes = (flags or {}).get("steps", "steps"), (flags or {}).get("minutes", "minutes")
        raise UserError(f"a budget of 0 steps and 0 minutes trains nothing; give {steps} or "
                        f"{minutes} a value above 0")
    return cfg


@dataclass
class SampleConfig:
    prefix: str = _f("", "text the model continues")
    length: int = _f(500, "characters to write", 0, 10_000_000)
    temperature: float = _f(0.8, "0 always takes the likeliest character; higher is wilder", 0.0, 100.0)
    top_k: int = _f(0, "keep only the k likeliest characters (0: all)", 0, 1_114_112)
    top_p: float = _f(1.0, "keep the smallest set of characters whose probability reaches p", 0.0, 1.0)
    seed: int | None = _f(None, "random seed for reproducible writing", 0, 2**63 - 1)


def bounds(cls: type, name: str) -> tuple[float | None, float | None]:
    meta = {f.name: f.metadata for f in dataclasses.fields(cls)}[name]
    return meta["min"], meta["max"]


def validate(cfg: Any, flags: dict[str, str] | None = None) -> Any:
    """Refuse any field that is NaN, infinite, out of bounds or not a listed choice.

    ``flags`` maps field names to the names the user typed (``--hidden``), so the message
    speaks the user's language; without it the plain field name is used.
    """
    for f in dataclasses.fields(cfg):
        value = getattr(cfg, f.name)
        name = (flags or {}).get(f.name, f.name)
        meta = f.metadata
        if value is None:
            continue
        if meta.get("choices"):
            if value not in meta["choices"]:
                raise UserError(f"{name} must be one of {', '.join(meta['choices'])} (got {value!r})")
            continue
        kind = f.type.split(" | ")[0] if isinstance(f.type, str) else getattr(f.type, "__name__", "")
        if kind == "int" and (isinstance(value, bool) or not isinstance(value, numbers.Integral)):
            raise UserError(f"{name} must be a whole number (got {value!r})")
        if kind == "float" and (isinstance(value, bool) or not isinstance(value, numbers.Real)):
            raise UserError(f"{name} must be a number (got {value!r})")
        if kind == "str" and not isinstance(value, str):
            raise UserError(f"{name} must be text (got {value!r})")
        if kind == "bool" and not isinstance(value, bool):
            raise UserError(f"{name} must be true or false (got {value!r})")
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            continue
        if not isinstance(value, numbers.Integral) and not math.isfinite(value):
            raise UserError(f"{name} must be a finite number (got {value})")
        lo, hi = meta.get("min"), meta.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise UserError(f"{name} must be between {_fmt(lo)} and {_fmt(hi)} (got {_fmt(value)})")
    return cfg


def _fmt(x: float | None) -> str:
    if isinstance(x, float):
        return f"{x:g}"
    return str(x)


def to_dict(cfg: Any) -> dict[str, Any]:
    return dataclasses.asdict(cfg)


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a config from stored JSON, ignoring unknown keys and defaulting missing ones."""
    if not isinstance(data, dict):
        raise UserError(f"expected a settings object, got {type(data).__name__}")
    names = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in data.items():
        if key in names:
            kwargs[key] = value
    cfg = cls(**kwargs)
    for f in dataclasses.fields(cls):
        default = f.default
        value = getattr(cfg, f.name)
        if default is not None and (value is None or (isinstance(value, bool) and not isinstance(default, bool))):
            raise UserError(f"setting {f.name} has the wrong type ({type(value).__name__})")
        if default is not None and not isinstance(value, type(default)):
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                setattr(cfg, f.name, float(value))
            else:
                raise UserError(f"setting {f.name} has the wrong type ({type(value).__name__})")
    return validate(cfg)


def check_configs(model_cfg: ModelConfig, train_cfg: TrainConfig, flags: dict[str, str] | None = None,
                  vocab_size: int | None = None, n_chars: int | None = None) -> tuple[ModelConfig, TrainConfig]:
    """Validate a run's settings, the one way every front end does: a size too absurd to fit
    is refused with the memory it would need (``--hidden 100000``), any other bad value with
    its bounds, and a budget that trains nothing with the budget's words.

    ``flags`` maps field names of both configs to the user's words (``--hidden``). The memory
    estimate is only made when a value is refused, so the common path stays free of torch.
    """
    try:
        validate(model_cfg, flags)
        validate(train_cfg, flags)
    except UserError:
        from rnn_studio.core.memory import check_sizes
        check_sizes(model_cfg, train_cfg, vocab_size, n_chars)
        raise
    check_budget(train_cfg, flags)
    return model_cfg, train_cfg
