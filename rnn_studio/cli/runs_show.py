"""``rnn-studio runs show ID``: one recorded run, in words."""

from __future__ import annotations

from rnn_studio.core.runstore import Run
from rnn_studio.core.runtable import fmt, iso, summary, text_table


def dropped_inputs(p: object) -> str:
    """Words for a model that drops its inputs too (" (inputs 0.2)"), else nothing: ``info`` and
    ``runs show`` print them after its dropout."""
    return f" (inputs {p:g})" if isinstance(p, (int, float)) and p else ""


def show_text(run: Run, evals: dict[str, list], samples: list[dict]) -> str:
    s = summary(run)
    m, t = run.settings.get("model", {}), run.settings.get("train", {})
    inputs = "one-hot" if m.get("embedding") == 0 else f"embedding {m.get('embedding')}"
    budget = f"{t.get('steps')} steps" if t.get("steps") else f"{t.get('minutes', 0):g} minutes"
    why = f" ({run.reason})" if run.reason and run.reason != run.status else ""
    lines = [
        f"run {run.id}{' · ' + run.name if run.name else ''}: {run.status}{why}",
        f"model       {(run.cell or '?').upper()}, {run.layers} layer{'s' * ((run.layers or 1) > 1)} × "
        f"{run.hidden} units, {inputs}, dropout {m.get('dropout', 0):g}"
        f"{dropped_inputs(m.get('input_dropout'))}; {fmt(run.parameters)} parameters",
        f"training    budget {budget}, seq {t.get('seq_len')}, batch {t.get('batch_size')}, lr {t.get('lr')}, "
        f"seed {t.get('seed')}, windows {t.get('window')}",
        f"corpus      {run.corpus_name} ({fmt(run.corpus_chars)} characters, sha256 {(run.corpus_sha256 or '?')[:16]}…)",
        f"machine     {run.machine}; {run.cpu}; torch {run.torch_version} on {run.device} in {run.precision}",
        f"time        started {iso(run.started)}, ended {iso(run.ended) or '-'}",
        f"trained     {fmt(run.steps)} steps, {fmt(run.chars_seen)} characters, {run.elapsed_s:.1f} s, "
        f"{fmt(s['chars_per_s'], 0)} chars/s",
        f"validation  best {fmt(run.best_val_loss)} nats/char ({fmt(s['best_bpc'])} bits) at step "
        f"{fmt(run.best_step)}; final {fmt(run.final_val_loss)}, accuracy {fmt(run.final_accuracy)}",
        f"model file  {run.model_path or '-'}",
    ]
    if run.message:
        lines.append(f"message     {run.message}")
    if evals.get("step"):
        lines += ["", text_table(("step", "time (s)", "val loss", "bpc", "accuracy"),
                                 list(zip(evals["step"], evals["elapsed_s"], evals["val_loss"], evals["bpc"],
                                          evals["accuracy"])))]
    if samples:
        last = samples[-1]
        body = "\n".join("  | " + line for line in (last["prompt"] + last["text"]).split("\n"))
        lines += ["", f"last sample (step {last['step']}, {len(samples)} in all):", body]
    return "\n".join(lines)
