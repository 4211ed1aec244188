"""The commands behind ``rnn-studio train|sample|eval|info``; each returns an exit status."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sys
from pathlib import Path

from rnn_studio.cli import EXIT_FAILED, flag
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig, check_configs, validate
from rnn_studio.core.errors import UserError
from rnn_studio.core.units import other, shown


def _flags(cls: type) -> dict[str, str]:
    return {f.name: flag(f.name) for f in dataclasses.fields(cls)}


def _given(args: argparse.Namespace, cls: type) -> dict:
    return {f.name: getattr(args, f.name) for f in dataclasses.fields(cls)
            if getattr(args, f.name, None) is not None}


def _configs(args: argparse.Namespace, resume) -> tuple[ModelConfig, TrainConfig]:
    given_model = _given(args, ModelConfig)
    if args.one_hot:
        given_model["embedding"] = 0
    given_train = _given(args, TrainConfig)
    if args.steps is not None:
        given_train["minutes"] = 0.0
    elif args.minutes is not None:
        given_train["steps"] = 0
    flags = _flags(ModelConfig) | _flags(TrainConfig)
    if resume is None:
        return check_configs(ModelConfig(**given_model), TrainConfig(**given_train), flags)
    clash = {k: v for k, v in given_model.items() if getattr(resume.model_cfg, k) != v}
    if clash:
        names = ", ".join(flag(k) for k in clash)
        raise UserError(f"{names} cannot change when resuming: the model's shape is fixed")
    from rnn_studio.core.budget import budget_for_continue
    return resume.model_cfg, budget_for_continue(resume, given_train, flags=flags)


def _auto(args: argparse.Namespace, resume) -> set[str]:
    """What the fit may choose (core/fitting.py): the settings the user did not type, for a new model."""
    from rnn_studio.core.fitting import FIELDS
    return set() if resume is not None else {f for f in FIELDS if getattr(args, f, None) is None}


def train(args: argparse.Namespace) -> int:
    from rnn_studio.cli.progress import reading
    from rnn_studio.core import distributed, modelfile
    from rnn_studio.core.device import pick_device
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.events import FailedEvent
    from rnn_studio.core.threads import use_threads
    from rnn_studio.core.trainer import Trainer

    world = distributed.from_env()          # torchrun's RANK and WORLD_SIZE; a world of one without
    if args.nproc and world.size == 1 and "RANK" not in os.environ:
        from rnn_studio.cli.launch import launch
        return launch(args.nproc, args.argv)
    if args.metrics_out and not Path(args.metrics_out).parent.resolve().is_dir():
        raise UserError(f"--metrics-out {args.metrics_out}: the folder does not exist")
    resume = modelfile.load(args.resume) if args.resume else None
    model_cfg, train_cfg = _configs(args, resume)
    train_cfg = distributed.global_batch(train_cfg, world, resume.train_cfg.batch_size if resume else None,
                                         given=args.batch_size is not None)
    world.join(pick_device(train_cfg.device))
    corpus = world.local_first(lambda: load_corpus(args.corpus, args.encoding, progress=reading(
        Path(args.corpus).name, args.quiet or not world.main)))
    out = Path(args.out or args.resume or f"{Path(args.corpus).stem}-{model_cfg.cell}{modelfile.SUFFIX}")
    if not out.parent.resolve().is_dir():
        raise UserError(f"--out {out}: the folder {out.parent} does not exist")
    threads = use_threads(train_cfg.threads)
    trainer, together = None, False
    try:
        trainer = Trainer(corpus, model_cfg, train_cfg, resume=resume, world=world, auto=_auto(args, resume))
        result, diagnosed = _train(trainer, corpus, out, args)
        together = True         # every rank ends at the same step (distributed.py)
    except RuntimeError as exc:
        if not world.active:
            raise
        print(f"error: {distributed.lost(world, exc, out)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        use_threads(threads)
        world.leave(trainer, together)
    if isinstance(result, FailedEvent):
        if world.main:
            print(f"error: {result.message}", file=sys.stderr)
        return EXIT_FAILED
    # A model no better than character frequencies is kept, but the run did not succeed.
    return EXIT_FAILED if "not_learning" in diagnosed else 0


def _train(trainer, corpus, out: Path, args: argparse.Namespace):
    """Run with the printer, the metrics file and a save at each evaluation; save at the end."""
    if not trainer.world.main:      # under torchrun rank 0 alone prints, records and saves
        return _run(trainer), []
    from rnn_studio.cli.printer import MetricsWriter, Printer
    from rnn_studio.core import modelfile
    from rnn_studio.core.events import DiagnosisEvent, EvalEvent

    printer = Printer(quiet=args.quiet, units=args.units)
    trainer.callbacks.append(printer)
    metrics = MetricsWriter(args.metrics_out) if args.metrics_out else None
    if metrics:
        trainer.callbacks.append(metrics)
    diagnosed: list[str] = []

    def checkpoint(e) -> None:  # keep the file current, so an interrupted run loses little
        if isinstance(e, DiagnosisEvent):
            diagnosed.append(e.kind)
        elif isinstance(e, EvalEvent):
            try:
                modelfile.save(out, trainer.snapshot())
            except UserError as exc:     # a full disk must not end the run: the final save retries
                print(f"warning: {exc.message}", file=sys.stderr)
    trainer.callbacks.append(checkpoint)
    from rnn_studio.cli.runs import Tracking
    tracking = Tracking.begin(args, trainer, corpus, out)      # the run store, MLflow (cli/runs.py)
    trainer.callbacks.extend(tracking.callbacks)
    if trainer.world.size > 1 and not args.quiet:
        print(trainer.world.describe(trainer.cfg.batch_size), flush=True)
    printer.start(trainer, corpus, out)

    previous = signal.signal(signal.SIGINT, lambda *_: trainer.stop())
    try:
        result = trainer.run()
    finally:
        signal.signal(signal.SIGINT, previous)
        printer.close()
        if metrics:
            metrics.close()
        tracking.close()
    modelfile.save(out, trainer.snapshot())
    tracking.saved(out)
    printer.finish(result, out)
    return result, diagnosed


def _run(trainer):
    """A run with Ctrl+C asking it to stop after the current step."""
    previous = signal.signal(signal.SIGINT, lambda *_: trainer.stop())
    try:
        return trainer.run()
    finally:
        signal.signal(signal.SIGINT, previous)


def sample(args: argparse.Namespace) -> int:
    from rnn_studio.core.sampler import generate, prepare_prefix

    from rnn_studio.core import modelfile
    from rnn_studio.core.stepper import Stepper
    from rnn_studio.core.vocab import Vocab

    cfg = SampleConfig(**_given(args, SampleConfig))
    validate(cfg, _flags(SampleConfig))
    snap = modelfile.load(args.model)
    stepper, vocab = Stepper.from_snapshot(snap), Vocab(snap.vocab, snap.model_cfg.hangul)
    prefix = prepare_prefix(vocab, cfg.prefix, args.skip_unknown)
    out = sys.stdout
    out.write(prefix)
    for ch in generate(stepper, vocab, dataclasses.replace(cfg, prefix=prefix)):
        out.write(ch)
        out.flush()
    out.write("\n")
    out.flush()
    return 0


def eval(args: argparse.Namespace) -> int:  # noqa: A001 - the command's name
    from rnn_studio.core import modelfile
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.evaluate import evaluate
    from rnn_studio.core.preparation import remap
    from rnn_studio.core.vocab import Vocab

    snap = modelfile.load(args.model)
    corpus = load_corpus(args.text, args.encoding)
    if corpus.n_chars < 2:
        raise UserError(f"{corpus.name}: needs at least 2 characters to evaluate")
    vocab = Vocab(snap.vocab, snap.model_cfg.hangul)
    from rnn_studio.core.surprisal import model_of     # the weights and reading surprisal uses
    score = evaluate(model_of(snap), remap(corpus, vocab), vocab=vocab, context=True)
    result = {"text": corpus.name, "chars": score.chars, "loss": score.loss, "bpc": score.bpc,
              "accuracy": score.accuracy}
    if vocab.hangul == "jamo":   # loss, bpc and accuracy per jamo; the per-character figures compare
        result.update(hangul="jamo", symbols=score.n, loss_per_char=score.loss_per_char,
                      bpc_per_char=score.bpc_per_char)
    if args.json:
        print(json.dumps(result))
    elif vocab.hangul == "jamo":
        print(f"{corpus.name}: {score.chars:,} characters ({score.n:,} jamo and other symbols) predicted\n"
              f"loss      {score.loss_per_char:.4f} nats/char ({score.loss:.4f} nats/symbol)\n"
              f"bits      {score.bpc_per_char:.4f} bits/char ({score.bpc:.4f} bits/symbol)\n"
              f"accuracy  {score.accuracy:.2%} of symbols")
    else:
        second = other(args.units)      # the loss in the other unit too: "bits" (or "nats") below it
        print(f"{corpus.name}: {score.n:,} characters predicted\n"
              f"loss      {shown(score.loss, args.units)}\n"
              f"{second:<10}{shown(score.loss, second)}\n"
              f"accuracy  {score.accuracy:.2%}")
    return 0


def info(args: argparse.Namespace) -> int:
    from rnn_studio.cli.runs_show import dropped_inputs
    from rnn_studio.core import modelfile
    from rnn_studio.core.baseline import nats_to_bits
    from rnn_studio.core.sizes import n_params

    snap = modelfile.load(args.model)
    m, t = snap.model_cfg, snap.train_cfg
    best, best_step = snap.best_val_loss(), snap.best_step
    data = {"file": args.model, "model": dataclasses.asdict(m), "parameters": n_params(m),
            "train": dataclasses.asdict(t), "vocab_size": len(snap.vocab), "vocab": snap.vocab,
            "step": snap.step, "elapsed_s": snap.elapsed_s, "chars_seen": snap.chars_seen,
            "best_val_loss": best, "finished": snap.finished, "corpus": snap.corpus,
            "best_step": best_step, "baseline_loss": snap.baseline_loss}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    budget = f"{t.steps} steps" if t.steps else f"{t.minutes:g} minutes"
    inputs = "one-hot" if m.one_hot else f"embedding {m.embedding}"
    listed = snap.vocab.replace("\n", "\\n").replace("\t", "\\t")
    kind, unit = ("symbols (Hangul as jamo)", "jamo") if m.hangul == "jamo" else ("characters", "char")
    if m.hangul == "jamo":   # spaced, or a terminal draws adjacent jamo as one syllable
        listed = " ".join(snap.vocab).replace("\n", "\\n").replace("\t", "\\t")
    if best is None:
        best_text = "not evaluated"
    elif m.hangul == "jamo":
        best_text = f"{best:.4f} nats/jamo ({nats_to_bits(best):.4f} bits/jamo)"
    else:
        best_text = f"{shown(best, args.units)} ({shown(best, other(args.units))})"
    kept = (f"best at step {best_step:,} ({best:.3f}), trained to step {snap.step:,}" if best_step is not None
            else f"the latest weights (never evaluated), trained to step {snap.step:,}")
    print(f"model       {m.cell.upper()}, {m.layers} layer{'s' * (m.layers > 1)} × {m.hidden} units, "
          f"{inputs}, dropout {m.dropout:g}{dropped_inputs(m.input_dropout)}\n"
          f"parameters  {n_params(m):,}\n"
          f"vocabulary  {len(snap.vocab)} {kind}: {listed[:200]}{' …' if len(listed) > 200 else ''}\n"
          f"trained     {snap.step:,} steps, {snap.chars_seen:,} characters, {snap.elapsed_s:.1f} s "
          f"({'budget spent' if snap.finished else 'budget not spent'}: {budget})\n"
          f"training    seq {t.seq_len}, batch {t.batch_size}, lr {t.lr:g}, seed {t.seed}, precision {t.precision}\n"
          f"best val    {best_text}\n"
          f"kept        {kept}\n"
          + (f"corpus      {snap.corpus.get('name', '?')} ({snap.corpus.get('chars', '?'):,} characters)"
             if isinstance(snap.corpus.get("chars"), int) else
             f"corpus      {snap.corpus.get('name', '?')}"))
    return 0


def runs(args: argparse.Namespace) -> int:
    from rnn_studio.cli.runs import main
    return main(args)
