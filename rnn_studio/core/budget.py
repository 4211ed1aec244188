"""The budget of a run that continues a model, with one meaning in every front end.

``TrainConfig.steps`` and ``minutes`` always count from the START of the model's training:
``--resume m.rnn --steps 2000`` trains a model at step 1500 for 500 more steps. The window
asks for "this much more"; ``budget_for_more`` turns that into the same total.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from rnn_studio.core.checkpoint import Snapshot
from rnn_studio.core.config import TrainConfig, check_budget, validate
from rnn_studio.core.errors import UserError


def budget_for_continue(resume: Snapshot, given: TrainConfig | dict[str, Any], more_steps: int | None = None,
                        more_minutes: float | None = None, flags: dict[str, str] | None = None) -> TrainConfig:
    """The settings that continue ``resume``: checked, with a budget beyond where it stopped.

    ``given`` is either the settings to use whole (a form), or only the fields the user set,
    laid over the model's own (``--lr 0.01``). ``more_steps`` / ``more_minutes`` give the
    budget as an amount to add to the model's step or training time. ``flags`` maps field
    names to the user's words for the messages.
    """
    words = {"steps": "steps", "minutes": "minutes", **(flags or {})}
    if isinstance(given, TrainConfig):
        train, named = dataclasses.replace(given), more_steps is not None or more_minutes is not None
    else:
        train = dataclasses.replace(resume.train_cfg, **given)
        named = "steps" in given or "minutes" in given or more_steps is not None or more_minutes is not None
    if more_steps is not None:
        train.steps, train.minutes = resume.step + more_steps, 0.0
    elif more_minutes is not None:
        train.steps, train.minutes = 0, resume.elapsed_s / 60 + more_minutes
    check_budget(validate(train, flags), flags)
    if resume.finished and not named:
        raise UserError(f"the run already spent its budget (step {resume.step:,}); give a larger "
                        f"{words['steps']} (or {words['minutes']}) to train further")
    if train.steps and train.steps <= resume.step:
        raise UserError(f"{words['steps']} {train.steps} is not beyond the model's step {resume.step}: "
                        f"{words['steps']} counts from the start of the run")
    if not train.steps and train.minutes * 60 <= resume.elapsed_s:
        raise UserError(f"{words['minutes']} {train.minutes:g} is not beyond the model's "
                        f"{resume.elapsed_s / 60:.2f} minutes of training: {words['minutes']} "
                        "counts from the start of the run")
    return train


def budget_for_more(resume: Snapshot | None, cfg: TrainConfig, flags: dict[str, str] | None = None) -> TrainConfig:
    """``cfg`` with its budget read as "this much more" (the window's Continue): its steps (or,
    when 0, its minutes) are added to the model's. Without a model to continue, ``cfg`` itself."""
    if resume is None:
        return check_budget(validate(dataclasses.replace(cfg), flags), flags)
    if cfg.steps:
        return budget_for_continue(resume, cfg, more_steps=cfg.steps, flags=flags)
    return budget_for_continue(resume, cfg, more_minutes=cfg.minutes, flags=flags)
