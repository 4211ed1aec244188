"""``--units nats|bits``: one unit for every loss the command line prints; the JSON outputs
keep their fields (``*_loss`` in nats, ``*_bpc`` in bits) whatever the choice."""

from __future__ import annotations

import io
import json
import math
import re

import pytest

from rnn_studio.cli.printer import Printer
from rnn_studio.core import events as ev

LN2 = math.log(2)


@pytest.fixture(scope="module")
def run_in_bits(tmp_path_factory, hello_setup, cli):
    folder = tmp_path_factory.mktemp("units")
    out, metrics = folder / "hello.rnn", folder / "metrics.jsonl"
    flags = list(hello_setup["flags"])
    flags[flags.index("--eval-every") + 1] = "30"
    result = cli(["train", hello_setup["path"], *flags, "--units", "bits", "--out", out, "--metrics-out", metrics])
    assert result.code == 0, result.err
    return result, out, [json.loads(line) for line in metrics.read_text().splitlines()]


def test_training_prints_bits_and_the_metrics_keep_nats(run_in_bits):
    result, _, rows = run_in_bits
    steps = re.findall(r"^step (\d+)/60  loss (\d+\.\d{4}) bits/char  ", result.out, re.M)
    assert [int(s) for s, _ in steps] == list(range(10, 61, 10))
    by_step = {r["step"]: r for r in rows if "val_loss" not in r}
    for step, loss in steps:
        assert float(loss) == pytest.approx(by_step[int(step)]["train_loss"] / LN2, abs=1e-4)
    shown = re.findall(r"^step (\d+): validation loss (\d+\.\d{4}) bits/char, [\d.]+ nats/char, accuracy",
                       result.out, re.M)
    evals = {r["step"]: r for r in rows if "val_loss" in r}
    assert [int(s) for s, _ in shown] == sorted(evals) == [30, 60]
    for step, bits in shown:
        row = evals[int(step)]
        assert float(bits) == pytest.approx(row["val_bpc"], abs=1e-4)
        assert row["val_bpc"] == pytest.approx(row["val_loss"] / LN2)    # the JSON's loss stays in nats
    assert re.search(r"best validation loss \d+\.\d{4} bits/char; saved", result.out.splitlines()[-1])
    assert "nats/char" not in "".join(line for line in result.out.splitlines() if line.startswith("step ")
                                      and "validation" not in line)


def test_eval_and_info_in_either_unit(run_in_bits, cli, hello_setup):
    _, model, _ = run_in_bits
    text = hello_setup["path"]
    nats, bits = cli(["eval", model, text]), cli(["eval", model, text, "--units", "bits"])
    assert nats.code == bits.code == 0
    loss = float(re.search(r"loss\s+([\d.]+) nats/char", nats.out).group(1))
    assert float(re.search(r"loss\s+([\d.]+) bits/char", bits.out).group(1)) == pytest.approx(loss / LN2, abs=2e-4)
    assert re.search(r"nats\s+([\d.]+) nats/char", bits.out).group(1) == f"{loss:.4f}"     # the other unit below
    as_json = [cli(["eval", model, text, "--json", *u]).out for u in ([], ["--units", "bits"])]
    assert as_json[0] == as_json[1] and json.loads(as_json[0])["loss"] == pytest.approx(loss, abs=1e-4)

    best = re.search(r"best val\s+([\d.]+) bits/char \(([\d.]+) nats/char\)", cli(["info", model, "--units", "bits"]).out)
    assert best and float(best.group(1)) == pytest.approx(float(best.group(2)) / LN2, abs=2e-4)
    assert re.search(r"best val\s+[\d.]+ nats/char \([\d.]+ bits/char\)", cli(["info", model]).out)
    assert cli(["info", model, "--json"]).out == cli(["info", model, "--json", "--units", "bits"]).out


def test_the_printer_in_bits_and_a_unit_it_does_not_know(cli, hello_setup):
    out = io.StringIO()
    Printer(out, units="bits")(ev.StepEvent(5, 100, 1.0, 50, 2.5, 1234.0, 1e-3, 0.05, 9.0))
    assert out.getvalue() == f"step 5/100  loss {2.5 / LN2:.4f} bits/char  1.2k chars/s  ETA 0:09\n"
    result = cli(["eval", "m.rnn", hello_setup["path"], "--units", "furlongs"])
    assert result.code == 2 and result.err.startswith("error: ") and "nats" in result.err
