"""What the trainer reports, as plain data.

Events hold numbers and strings only (a ``Snapshot`` also holds detached CPU tensors), so
the GUI's worker can pass them across threads and the CLI can print them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class StepEvent:
    step: int
    total_steps: int | None     # None when the budget is in minutes
    elapsed_s: float            # training time, evaluations and samples excluded
    chars_seen: int
    train_loss: float
    chars_per_s: float
    lr: float
    progress: float             # 0..1 of the budget
    eta_s: float | None


@dataclass
class EvalEvent:
    step: int
    elapsed_s: float
    chars_seen: int
    val_loss: float             # nats per character
    val_bpc: float              # bits per character
    val_accuracy: float         # next-character accuracy
    # nats per character of the text; equals val_loss unless the model reads Hangul as jamo,
    # where val_loss is per jamo (like train_loss) and this one compares with a syllable model
    val_loss_per_char: float | None = None
    is_best: bool = False       # the best so far: these weights are now the model's writing weights


@dataclass
class SampleEvent:
    step: int
    prompt: str
    text: str


@dataclass
class NoteEvent:
    """Something the user should know that is not an error (a shortened sequence, say)."""
    message: str


@dataclass
class FitEvent:
    """The run was fitted to the text and the budget (fitting.py): the values chosen and why.
    Sent once, at the start of a new model's first run."""
    fit: Any                    # a fitting.Fit: numbers and strings only


@dataclass
class StateEvent:
    """The run changed state: 'running', 'paused' or 'resumed'.

    'running' carries the baseline: the loss of guessing each character from its frequency
    in the training text (nats/char), the line a model must get below to have learned anything.
    """
    state: str
    step: int
    baseline_loss: float | None = None


@dataclass
class SnapshotEvent:
    """A consistent copy of the run, made between steps on request (for saving)."""
    step: int
    snapshot: Any


@dataclass
class DiagnosisEvent:
    """What is going wrong (or could go better), in words, while it happens (diagnosis.py).

    ``kind``: 'not_learning', 'memorising', 'validation_differs' or 'still_improving'. Divergence is not one: it
    ends the run as a ``FailedEvent``.
    """
    step: int
    kind: str
    message: str                # what is happening
    advice: str                 # what would help


@dataclass
class DoneEvent:
    step: int
    reason: str                 # 'budget', 'stopped', 'early_stop' or 'not_learning'
    elapsed_s: float
    best_val_loss: float | None
    best_step: int | None = None    # the step of the kept (writing) weights; None: never evaluated
    message: str = ""               # why an early end came, in words ('' for budget and stopped)


@dataclass
class FailedEvent:
    step: int
    message: str
    kept_step: int              # the step whose weights and optimizer state were kept (== step)
    best_val_loss: float | None = None
    best_step: int | None = None


Event = (StepEvent | EvalEvent | SampleEvent | NoteEvent | StateEvent | SnapshotEvent | DiagnosisEvent
         | DoneEvent | FailedEvent | FitEvent)


@dataclass
class History:
    """The loss history a model file carries, as parallel columns (compact in JSON)."""
    step: list[int] = field(default_factory=list)
    elapsed_s: list[float] = field(default_factory=list)
    chars_seen: list[int] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    val_step: list[int] = field(default_factory=list)
    val_elapsed_s: list[float] = field(default_factory=list)
    val_chars_seen: list[int] = field(default_factory=list)
    val_loss: list[float] = field(default_factory=list)
    val_accuracy: list[float] = field(default_factory=list)

    def add_step(self, e: StepEvent) -> None:
        self.step.append(e.step)
        self.elapsed_s.append(round(e.elapsed_s, 3))
        self.chars_seen.append(e.chars_seen)
        self.train_loss.append(round(e.train_loss, 5))

    def add_eval(self, e: EvalEvent) -> None:
        self.val_step.append(e.step)
        self.val_elapsed_s.append(round(e.elapsed_s, 3))
        self.val_chars_seen.append(e.chars_seen)
        self.val_loss.append(round(e.val_loss, 5))
        self.val_accuracy.append(round(e.val_accuracy, 5))

    def best_val_loss(self) -> float | None:
        return min(self.val_loss) if self.val_loss else None

    def to_dict(self) -> dict[str, list]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> History:
        if not isinstance(data, dict):
            raise ValueError("the history is not an object")
        h = cls()
        for key in h.__dict__:
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, (int, float)) for v in value):
                raise ValueError(f"history column {key!r} is not a list of numbers")
            setattr(h, key, list(value))
        lengths = {len(h.step), len(h.elapsed_s), len(h.chars_seen), len(h.train_loss)}
        vlengths = {len(h.val_step), len(h.val_elapsed_s), len(h.val_chars_seen), len(h.val_loss), len(h.val_accuracy)}
        if len(lengths) > 1 or len(vlengths) > 1:
            raise ValueError("history columns have different lengths")
        return h
