"""The commands behind ``rnn-studio train|sample|eval|info``; each returns an exit status."""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
from pathlib import Path

from rnn_studio.cli import EXIT_FAILED, flag
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig, check_budget, validate
from rnn_studio.core.errors import UserError


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
    if resume is None:
        model, train = ModelConfig(**given_model), TrainConfig(**given_train)
        try:
            validate(model, _flags(ModelConfig))
            validate(train, _flags(TrainConfig))
        except UserError:
            from rnn_studio.core.memory import check_sizes
            check_sizes(model, train)   # a size too absurd to fit: say how much memory it needs
            raise
        return model, check_budget(train, _flags(TrainConfig))
    clash = {k: v for k, v in given_model.items() if getattr(resume.model_cfg, k) != v}
    if clash:
        names = ", ".join(flag(k) for k in clash)
        raise UserError(f"{names} cannot change when resuming: the model's shape is fixed")
    train = dataclasses.replace(resume.train_cfg, **given_train)
    check_budget(validate(train, _flags(TrainConfig)), _flags(TrainConfig))
    if resume.finished and not ("steps" in given_train or "minutes" in given_train):
        raise UserError(f"the run in {args.resume} already spent its budget (step {resume.step}); "
                        "give a larger --steps (or --minutes) to train further")
    if train.steps and train.steps <= resume.step:
        raise UserError(f"--steps {train.steps} is not beyond the model's step {resume.step}: "
                        "--steps counts from the start of the run")
    return resume.model_cfg, train


def train(args: argparse.Namespace) -> int:
    from rnn_studio.cli.printer import MetricsWriter, Printer
    from rnn_studio.core import modelfile
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.events import DoneEvent, EvalEvent, FailedEvent
    from rnn_studio.core.trainer import Trainer

    if args.metrics_out and not Path(args.metrics_out).parent.resolve().is_dir():
        raise UserError(f"--metrics-out {args.metrics_out}: the folder does not exist")
    resume = modelfile.load(args.resume) if args.resume else None
    model_cfg, train_cfg = _configs(args, resume)
    corpus = load_corpus(args.corpus, args.encoding)
    out = Path(args.out or args.resume or f"{Path(args.corpus).stem}-{model_cfg.cell}{modelfile.SUFFIX}")
    if not out.parent.resolve().is_dir():
        raise UserError(f"--out {out}: the folder {out.parent} does not exist")
    trainer = Trainer(corpus, model_cfg, train_cfg, resume=resume)
    printer = Printer(quiet=args.quiet)
    trainer.callbacks.append(printer)
    metrics = MetricsWriter(args.metrics_out) if args.metrics_out else None
    if metrics:
        trainer.callbacks.append(metrics)

    def checkpoint(e) -> None:  # keep the file current, so an interrupted run loses little
        if isinstance(e, EvalEvent):
            try:
                modelfile.save(out, trainer.snapshot())
            except UserError as exc:     # a full disk must not end the run: the final save retries
                print(f"warning: {exc.message}", file=sys.stderr)
    trainer.callbacks.append(checkpoint)
    printer.start(trainer, corpus, out)

    previous = signal.signal(signal.SIGINT, lambda *_: trainer.stop())
    try:
        result = trainer.run()
    finally:
        signal.signal(signal.SIGINT, previous)
        if metrics:
            metrics.close()
    modelfile.save(out, trainer.snapshot())
    printer.finish(result, out)
    if isinstance(result, FailedEvent):
        print(f"error: {result.message}", file=sys.stderr)
        return EXIT_FAILED
    assert isinstance(result, DoneEvent)
    return 0


def _load(path: str):
    from rnn_studio.core import modelfile
    from rnn_studio.core.stepper import Stepper
    from rnn_studio.core.vocab import Vocab

    snap = modelfile.load(path)
    stepper = Stepper({k: v.numpy() for k, v in snap.weights.items()}, snap.model_cfg)
    return snap, stepper, Vocab(snap.vocab, snap.model_cfg.hangul)


def sample(args: argparse.Namespace) -> int:
    from rnn_studio.core.sampler import generate, prepare_prefix

    cfg = SampleConfig(**_given(args, SampleConfig))
    validate(cfg, _flags(SampleConfig))
    snap, stepper, vocab = _load(args.model)
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
        print(f"{corpus.name}: {score.n:,} characters predicted\n"
              f"loss      {score.loss:.4f} nats/char\n"
              f"bits      {score.bpc:.4f} bits/char\n"
              f"accuracy  {score.accuracy:.2%}")
    return 0


def info(args: argparse.Namespace) -> int:
    from rnn_studio.core import modelfile
    from rnn_studio.core.model import n_params

    snap = modelfile.load(args.model)
    m, t = snap.model_cfg, snap.train_cfg
    best = snap.best_val_loss()
    data = {"file": args.model, "model": dataclasses.asdict(m), "parameters": n_params(m),
            "train": dataclasses.asdict(t), "vocab_size": len(snap.vocab), "vocab": snap.vocab,
            "step": snap.step, "elapsed_s": snap.elapsed_s, "chars_seen": snap.chars_seen,
            "best_val_loss": best, "finished": snap.finished, "corpus": snap.corpus}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    budget = f"{t.steps} steps" if t.steps else f"{t.minutes:g} minutes"
    inputs = "one-hot" if m.one_hot else f"embedding {m.embedding}"
    shown = snap.vocab.replace("\n", "\\n").replace("\t", "\\t")
    kind, unit = ("symbols (Hangul as jamo)", "jamo") if m.hangul == "jamo" else ("characters", "char")
    if m.hangul == "jamo":   # spaced, or a terminal draws adjacent jamo as one syllable
        shown = " ".join(snap.vocab).replace("\n", "\\n").replace("\t", "\\t")
    print(f"model       {m.cell.upper()}, {m.layers} layer{'s' * (m.layers > 1)} × {m.hidden} units, "
          f"{inputs}, dropout {m.dropout:g}\n"
          f"parameters  {n_params(m):,}\n"
          f"vocabulary  {len(snap.vocab)} {kind}: {shown[:200]}{' …' if len(shown) > 200 else ''}\n"
          f"trained     {snap.step:,} steps, {snap.chars_seen:,} characters, {snap.elapsed_s:.1f} s "
          f"({'budget spent' if snap.finished else 'budget not spent'}: {budget})\n"
          f"training    seq {t.seq_len}, batch {t.batch_size}, lr {t.lr:g}, seed {t.seed}, precision {t.precision}\n"
          f"best val    {'%.4f nats/%s (%.4f bits/%s)' % (best, unit, best / 0.6931471805599453, unit) if best is not None else 'not evaluated'}\n"
          + (f"corpus      {snap.corpus.get('name', '?')} ({snap.corpus.get('chars', '?'):,} characters)"
             if isinstance(snap.corpus.get("chars"), int) else
             f"corpus      {snap.corpus.get('name', '?')}"))
    return 0
