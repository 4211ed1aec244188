"""The command line: exit codes, messages (``error: …``, status 2, no traceback), and outputs."""

from __future__ import annotations

import io
import json
import math
import os
import pickle
import re

import pytest
import torch

from rnn_studio.cli.printer import MetricsWriter, Printer
from rnn_studio.core import events as ev
from rnn_studio.core import modelfile


@pytest.fixture(scope="module")
def trained(tmp_path_factory, hello_setup, cli):
    """``rnn-studio train`` run in this process on hello.txt, with metrics and evaluations."""
    folder = tmp_path_factory.mktemp("cli")
    out, metrics = folder / "hello.rnn", folder / "metrics.jsonl"
    flags = [f for f in hello_setup["flags"]]
    flags[flags.index("--eval-every") + 1] = "20"
    result = cli(["train", hello_setup["path"], *flags, "--out", out, "--metrics-out", metrics])
    return result, out, metrics


def assert_user_error(result, *words):
    assert result.code == 2, (result.code, result.err)
    assert result.err.startswith("error: "), result.err
    assert "Traceback" not in result.err and "Traceback" not in result.out
    for w in words:
        assert w in result.err, (w, result.err)


def test_train_writes_plain_lines_a_model_and_metrics(trained):
    result, out, metrics = trained
    assert result.code == 0, result.err
    assert result.err == ""
    lines = result.out.splitlines()
    assert "\r" not in result.out and "\033[" not in result.out      # not a terminal: plain lines
    assert lines[0].startswith("hello.txt: 1,200 characters, 5 distinct")
    assert "RNN 1×8" in lines[1] and "budget 60 steps" in lines[1] and str(out) in lines[1]
    assert [ln for ln in lines if re.match(r"step \d+/60  loss \d+\.\d{4} nats/char  .* chars/s  ETA ", ln)]
    assert [ln.split(":")[0] for ln in lines if ": validation loss" in ln] == ["step 20", "step 40", "step 60"]
    assert lines[-1].startswith("finished at step 60") and lines[-1].endswith(f"saved {out}")
    snap = modelfile.load(out)
    assert snap.step == 60 and snap.finished and snap.model_cfg.one_hot
    rows = [json.loads(line) for line in metrics.read_text().splitlines()]
    step_rows = [r for r in rows if "val_loss" not in r]
    eval_rows = [r for r in rows if "val_loss" in r]
    assert [r["step"] for r in step_rows] == list(range(10, 61, 10))
    for r in step_rows:
        assert {"step", "elapsed_s", "chars_seen", "train_loss", "chars_per_s"} <= set(r)
        assert r["chars_seen"] == r["step"] * 8 * 16 and r["chars_per_s"] > 0
    assert [r["step"] for r in eval_rows] == [20, 40, 60]
    for r in eval_rows:
        assert {"step", "elapsed_s", "chars_seen", "val_loss", "val_bpc", "val_accuracy"} <= set(r)
        assert r["val_bpc"] == pytest.approx(r["val_loss"] / 0.6931471805599453)
        assert 0 <= r["val_accuracy"] <= 1


def test_sample_prints_hello(trained, cli):
    _, out, _ = trained
    result = cli(["sample", out, "--prefix", "h", "--temperature", "0", "--length", "4"])
    assert result.code == 0, result.err
    assert result.out == "hello\n"


def test_sample_with_a_seed_is_reproducible(trained, cli):
    _, out, _ = trained
    a = cli(["sample", out, "--prefix", "hel", "--length", "40", "--seed", "5", "--temperature", "1.5"])
    b = cli(["sample", out, "--prefix", "hel", "--length", "40", "--seed", "5", "--temperature", "1.5"])
    assert a.code == b.code == 0 and a.out == b.out
    assert a.out.startswith("hel") and len(a.out) == 3 + 40 + 1
    assert set(a.out) <= set("helo\n")
    top = cli(["sample", out, "--prefix", "h", "--length", "12", "--top-k", "1", "--seed", "1"])
    assert top.code == 0 and top.out == "hello\nhello\nh\n"


def test_sample_unknown_prefix(trained, cli):
    _, out, _ = trained
    assert_user_error(cli(["sample", out, "--prefix", "hxz"]), "'x'", "'z'")
    skipped = cli(["sample", out, "--prefix", "hxz", "--skip-unknown", "--temperature", "0", "--length", "4"])
    assert skipped.code == 0 and skipped.out == "hello\n"


def test_info(trained, cli):
    _, out, _ = trained
    result = cli(["info", out])
    assert result.code == 0, result.err
    text = result.out
    assert "RNN, 1 layer × 8 units, one-hot" in text
    assert "vocabulary  5 characters: \\nehlo" in text
    assert "trained     60 steps" in text and "budget spent" in text
    assert "seq 16, batch 8, lr 0.03, seed 1337" in text
    assert "best val" in text and "nats/char" in text
    assert "hello.txt (1,200 characters)" in text
    data = json.loads(cli(["info", out, "--json"]).out)
    assert data["model"]["cell"] == "rnn" and data["model"]["hidden"] == 8 and data["model"]["embedding"] == 0
    assert data["step"] == 60 and data["vocab"] == "\nehlo" and data["finished"] is True
    assert data["parameters"] == 5 * 8 + 8 * 8 + 2 * 8 + 8 * 5 + 5


def test_info_without_corpus_details_still_shows_the_settings(trained, cli, tmp_path):
    import dataclasses
    _, out, _ = trained
    bare = modelfile.save(tmp_path / "bare.rnn", dataclasses.replace(modelfile.load(out), corpus={}))
    result = cli(["info", bare])
    assert result.code == 0, result.err
    assert "RNN, 1 layer × 8 units" in result.out and "parameters" in result.out


def test_eval(trained, cli, hello_setup, write_text):
    _, out, _ = trained
    result = cli(["eval", out, hello_setup["path"]])
    assert result.code == 0, result.err
    assert "hello.txt: 1,199 characters predicted" in result.out
    loss = float(re.search(r"loss\s+([\d.]+) nats/char", result.out).group(1))
    bits = float(re.search(r"bits\s+([\d.]+) bits/char", result.out).group(1))
    acc = float(re.search(r"accuracy\s+([\d.]+)%", result.out).group(1))
    assert bits == pytest.approx(loss / 0.6931471805599453, abs=2e-4)
    assert acc > 70
    data = json.loads(cli(["eval", out, hello_setup["path"], "--json"]).out)
    assert set(data) == {"text", "chars", "loss", "bpc", "accuracy"} and data["chars"] == 1199
    assert data["loss"] == pytest.approx(loss, abs=1e-4)
    assert_user_error(cli(["eval", out, write_text("hello world\n", name="other.txt")]), "other.txt", "'w'")
    assert_user_error(cli(["eval", out, write_text("h", name="one.txt")]), "one.txt")


# ---- user errors ----------------------------------------------------------------------------

@pytest.mark.parametrize("flags, words", [
    (["--layers", "0"], ["--layers must be between 1 and 8 (got 0)"]),
    (["--lr", "nan"], ["--lr must be a finite number"]),
    (["--lr", "inf"], ["--lr must be a finite number"]),
    (["--hidden", "-1"], ["--hidden must be between 1 and 8192 (got -1)"]),
    (["--steps", "-5"], ["--steps must be between 0"]),
    (["--batch-size", "0"], ["--batch-size must be between 1"]),
    (["--dropout", "0.95"], ["--dropout must be between 0 and 0.9"]),
    (["--seq-len", "1"], ["--seq-len must be between 2"]),
    (["--encoding", "klingon"], ["unknown encoding 'klingon'"]),
])
def test_bad_flag_values(cli, hello_setup, tmp_path, flags, words):
    result = cli(["train", hello_setup["path"], "--steps", "1", *flags, "--out", tmp_path / "x.rnn"])
    assert_user_error(result, *words)
    assert not (tmp_path / "x.rnn").exists()


@pytest.mark.parametrize("flags, words", [
    (["--cell", "foo"], ["--cell", "invalid choice: 'foo'"]),
    (["--layers", "two"], ["--layers", "invalid int value"]),
    (["--steps", "5", "--minutes", "1"], ["not allowed with argument"]),
    (["--one-hot", "--embedding", "8"], ["not allowed with argument"]),
    (["--no-such-flag"], ["unrecognized arguments"]),
])
def test_argparse_errors_use_the_house_format(cli, hello_setup, flags, words):
    result = cli(["train", hello_setup["path"], *flags])
    assert_user_error(result, *words)


def test_missing_corpus(cli, tmp_path):
    result = cli(["train", tmp_path / "missing.txt", "--steps", "1"])
    assert_user_error(result, "missing.txt", "no such file")


def test_binary_corpus(cli, write_text):
    assert_user_error(cli(["train", write_text(b"\x00\x01" * 50, name="x.bin"), "--steps", "1"]), "x.bin", "binary")


def test_missing_output_folders(cli, hello_setup, tmp_path):
    result = cli(["train", hello_setup["path"], "--steps", "1", "--out", tmp_path / "no" / "m.rnn"])
    assert_user_error(result, "does not exist")
    result = cli(["train", hello_setup["path"], "--steps", "1", "--metrics-out", tmp_path / "no" / "m.jsonl"])
    assert_user_error(result, "--metrics-out", "does not exist")


@pytest.mark.parametrize("command", ["sample", "info", "eval"])
def test_unreadable_and_hostile_models(cli, tmp_path, command, hello_setup):
    marker = tmp_path / "ran.txt"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    junk = tmp_path / "junk.rnn"
    junk.write_bytes(b"this is not a model file, just some bytes\n" * 5)
    pickled = tmp_path / "pickled.pt"
    torch.save({"w": torch.zeros(2), "evil": Evil()}, pickled)
    legacy = tmp_path / "legacy.pkl"
    legacy.write_bytes(pickle.dumps(Evil()))
    extra = [hello_setup["path"]] if command == "eval" else []
    for path, words in [(junk, ["junk.rnn", "not an RNN Studio model"]), (pickled, ["pickled.pt", "pickle"]),
                        (legacy, ["legacy.pkl", "pickle"]), (tmp_path / "gone.rnn", ["gone.rnn", "no such file"]),
                        (tmp_path, ["folder"])]:
        assert_user_error(cli([command, path, *extra]), *words)
    assert not marker.exists()


def test_resume_rules(trained, cli, hello_setup, tmp_path):
    _, out, _ = trained
    copy = tmp_path / "copy.rnn"
    copy.write_bytes(out.read_bytes())
    base = ["train", hello_setup["path"], "--resume", copy]
    assert_user_error(cli(base), "already spent its budget", "--steps")
    assert_user_error(cli([*base, "--steps", "60"]), "--steps 60 is not beyond the model's step 60")
    assert_user_error(cli([*base, "--steps", "80", "--hidden", "16"]), "--hidden cannot change when resuming")
    before = copy.read_bytes()
    result = cli([*base, "--steps", "70"])
    assert result.code == 0, result.err
    assert copy.read_bytes() != before
    snap = modelfile.load(copy)
    assert snap.step == 70 and snap.finished and snap.history.step[-1] == 70
    assert snap.history.step[:6] == [10, 20, 30, 40, 50, 60]


def test_training_failure_exits_1_and_keeps_a_model(cli, hello_setup, tmp_path):
    out = tmp_path / "diverged.rnn"
    result = cli(["train", hello_setup["path"], "--steps", "400", "--lr", "10", "--weight-decay", "1",
                  "--warmup-steps", "0", "--hidden", "8", "--seq-len", "8", "--batch-size", "4",
                  "--eval-every", "0", "--sample-every", "0", "--device", "cpu", "--out", out])
    assert result.code == 1
    assert result.err.startswith(("error: loss became", "error: the gradient", "error: the weights became"))
    assert "Traceback" not in result.err
    assert "training failed at step" in result.out
    snap = modelfile.load(out)
    assert all(torch.isfinite(w).all() for w in snap.weights.values())


def test_version(cli):
    result = cli(["--version"])
    assert result.code == 0 and result.out.startswith("rnn-studio ")


@pytest.mark.slow
def test_subprocess_error_has_no_traceback(run_module, tmp_path):
    proc = run_module("train", str(tmp_path / "absent.txt"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "absent.txt" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


# ---- the printer ------------------------------------------------------------------------------

class Tty(io.StringIO):
    def isatty(self):
        return True


def step_event(step, total=100):
    return ev.StepEvent(step, total, 1.0, step * 10, 2.5, 1234.0, 1e-3, step / total, 9.0)


def test_printer_draws_a_bar_on_a_terminal():
    out = Tty()
    printer = Printer(out)
    printer(step_event(50))
    printer(ev.EvalEvent(50, 1.0, 500, 1.5, 2.16, 0.4))
    printer(step_event(60))
    printer.finish(ev.DoneEvent(100, "budget", 3.0, 1.4), "m.rnn")
    text = out.getvalue()
    assert text.startswith("\r 50%|") and "| step 50/100  loss 2.5000 nats/char  1.2k chars/s  ETA 0:09" in text
    pieces = text.split("\r")         # each redraw of the bar starts with a carriage return
    # the bar is cleared (blanked) before a line is printed, and drawn again below it
    assert pieces[2].strip() == "" and pieces[3] == ("step 50: validation loss 1.5000 nats/char, "
                                                       f"{1.5 / math.log(2):.4f} bits/char, accuracy 40.0%\n")
    assert pieces[-1].startswith(" 60%|") and "| step 60/100" in pieces[-1]
    assert pieces[-1].endswith("\nfinished at step 100 after 3.0 s, best validation loss 1.4000 nats/char; "
                               "saved m.rnn\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals on this platform")
def test_printer_draws_on_a_terminal_that_reports_no_size():
    master, slave = os.openpty()            # a bare pseudo-terminal: 0 columns × 0 rows
    try:
        with os.fdopen(slave, "w", encoding="utf-8") as out:
            printer = Printer(out)
            printer(step_event(50))
            printer.close()
            shown = os.read(master, 1 << 16).decode()
    finally:
        os.close(master)
    assert " 50%|" in shown and "| step 50/100  loss 2.5000 nats/char  1.2k chars/s  ETA 0:09" in shown


def test_printer_plain_and_quiet():
    plain = io.StringIO()
    Printer(plain)(step_event(5))
    assert plain.getvalue() == "step 5/100  loss 2.5000 nats/char  1.2k chars/s  ETA 0:09\n"
    quiet = io.StringIO()
    p = Printer(quiet, quiet=True)
    p(step_event(5))
    p(ev.NoteEvent("x"))
    assert quiet.getvalue() == ""
    notes = io.StringIO()
    Printer(notes)(ev.NoteEvent("shortened"))
    Printer(notes)(ev.SampleEvent(10, "h", "ello\nhel"))
    assert notes.getvalue() == "note: shortened\nsample at step 10:\n  | hello\n  | hel\n"


def test_metrics_writer_cannot_write(tmp_path):
    from rnn_studio.core.errors import UserError
    with pytest.raises(UserError, match="--metrics-out"):
        MetricsWriter(str(tmp_path))   # a folder


def test_window_without_a_display_is_a_clear_error(monkeypatch, capsys):
    from rnn_studio.cli import main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no display") and "Traceback" not in err
