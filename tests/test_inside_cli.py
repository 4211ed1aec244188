"""``rnn-studio next|surprisal|inspect``: their JSON, files, consistency and refusals."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from inside_models import KOREAN, TEXT, tiny_models  # noqa: F401  (a fixture)


def ok(result):
    assert result.code == 0, result.err
    return result


def refused(result, *words):
    assert result.code == 2, (result.code, result.err)
    assert result.err.startswith("error: ") and "Traceback" not in result.err + result.out
    for w in words:
        assert w in result.err, (w, result.err)


@pytest.fixture
def text_file(write_text):
    return write_text(TEXT[:400], name="sonnet.txt")


def test_next_json_is_most_likely_first(cli, tiny_models):
    _, path = tiny_models["lstm"]
    doc = json.loads(ok(cli(["next", path, "--prefix", "Shall I", "--top", "5", "--json"])).out)
    probs = [d["p"] for d in doc["next"]]
    assert len(doc["next"]) == 5 and probs == sorted(probs, reverse=True)
    assert all(set(d) == {"char", "p"} and len(d["char"]) == 1 for d in doc["next"])
    everything = json.loads(ok(cli(["next", path, "--prefix", "Shall I", "--top", "0", "--json"])).out)["next"]
    assert sum(d["p"] for d in everything) == pytest.approx(1.0, abs=1e-5)
    cold = json.loads(ok(cli(["next", path, "--prefix", "Shall I", "--temperature", "0.5", "--json"])).out)
    assert cold["next"][0]["char"] == doc["next"][0]["char"] and cold["next"][0]["p"] > doc["next"][0]["p"]
    plain = ok(cli(["next", path, "--prefix", "Shall I"])).out
    assert "after 'Shall I'" in plain


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_next_agrees_with_surprisal_and_surprisal_with_eval(cli, tiny_models, text_file, cell):
    _, path = tiny_models[cell]
    s = json.loads(ok(cli(["surprisal", path, text_file, "--json"])).out)
    chars, bits = s["chars"], s["bits"]
    assert "".join(chars) == TEXT[:400] and len(bits) == len(chars) and bits[0] is None
    for t in (1, 17, 200, 399):
        nxt = json.loads(ok(cli(["next", path, "--prefix", "".join(chars[:t]), "--top", "0", "--json"])).out)
        p = {d["char"]: d["p"] for d in nxt["next"]}[chars[t]]
        assert p == pytest.approx(2.0 ** -bits[t], abs=1e-4)
    e = json.loads(ok(cli(["eval", path, text_file, "--json"])).out)
    assert s["bits_per_char"] == pytest.approx(e["bpc"], abs=1e-3)
    assert s["accuracy"] == pytest.approx(e["accuracy"], abs=1e-9)


def test_empty_prefix_is_a_line_start(cli, tiny_models):
    _, path = tiny_models["lstm"]
    empty = json.loads(ok(cli(["next", path, "--json", "--top", "3"])).out)
    newline = json.loads(ok(cli(["next", path, "--prefix", "\n", "--json", "--top", "3"])).out)
    assert empty["next"] == newline["next"]
    assert "start of a line" in ok(cli(["next", path])).out


def test_surprisal_marks_unseen_characters_and_writes_html(cli, tiny_models, write_text, tmp_path):
    _, path = tiny_models["gru"]
    text = write_text("Shall ☃ I compare <thee> & \"you\"\n", name="odd.txt")
    out = tmp_path / "odd.html"
    doc = json.loads(ok(cli(["surprisal", path, text, "--json", "--html", out, "--top", "5"])).out)
    k = doc["chars"].index("☃")
    assert doc["bits"][k] is None and doc["unknown"] == ["☃", "<", ">", "&"]
    assert doc["unknown_count"] == 4 and len(doc["top"][1]) == 5
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert "&lt;" in page and "never saw" in page and "✓" in page
    plain = ok(cli(["surprisal", path, text])).out
    assert "bits/char" in plain and "never saw" in plain


def test_surprisal_refusals(cli, tiny_models, write_text, tmp_path):
    _, path = tiny_models["lstm"]
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:          # 50 MB, sparse: refused from its size, before reading
        f.truncate(50 << 20)
    refused(cli(["surprisal", path, big]), "big.txt", "at most", "characters")
    refused(cli(["surprisal", path, write_text("☃☃☃", name="snow.txt")]), "snow.txt", "2 characters")
    refused(cli(["next", path, "--prefix", "☃"]), "never saw", "'☃'")
    refused(cli(["next", path, "--top", "-1"]), "--top")
    refused(cli(["next", path, "--temperature", "nan"]), "--temperature")


def test_inspect_writes_every_documented_array(cli, tiny_models, text_file, tmp_path):
    snap, path = tiny_models["lstm2"]
    out = tmp_path / "states.npz"
    ok(cli(["inspect", path, text_file, "--out", out]))
    with np.load(out) as z:
        T, H, V = 400, snap.model_cfg.hidden, len(snap.vocab)
        assert set(z.files) == {"h_l0", "h_l1", "c_l0", "c_l1", "gates_l0", "gates_l1", "p", "chars",
                                "vocab", "gate_names"}
        assert z["h_l1"].shape == (T, H) and z["c_l0"].shape == (T, H) and z["p"].shape == (T, V)
        assert z["gates_l0"].shape == (T, 4, H) and "".join(z["gate_names"]) == "ifgo"
        assert "".join(z["chars"]) == TEXT[:400]
        assert np.allclose(z["p"].sum(1), 1, atol=1e-5)


def test_inspect_help_documents_every_array(run_module):
    out = run_module("inspect", "--help").stdout
    for name in ("h_l0", "c_l0", "gates_l0", "gate_names", "p ", "chars", "vocab", "i, f, g, o", "r, z, n",
                 "lstmvis"):
        assert name in out, name


def test_inspect_a_vanilla_rnn_has_no_gates(cli, tiny_models, text_file, tmp_path):
    _, path = tiny_models["rnn"]
    out = tmp_path / "rnn.npz"
    result = ok(cli(["inspect", path, text_file, "--out", out]))
    assert "no gates" in result.out
    with np.load(out) as z:
        assert "h_l0" in z.files and not [k for k in z.files if k.startswith(("gates_", "c_"))]


def test_inspect_lstmvis(cli, tiny_models, text_file, tmp_path):
    import h5py                                                 # the test extra installs it
    _, path = tiny_models["lstm"]
    folder = tmp_path / "lv"
    ok(cli(["inspect", path, text_file, "--lstmvis", folder]))
    yml = (folder / "lstm.yml").read_text()
    assert "word_sequence:" in yml and "path: output1" in yml and "path: states1" in yml
    with h5py.File(folder / "states.h5") as f:
        assert f["output1"].shape == (400, 16)
    with h5py.File(folder / "words.h5") as f:
        ids = f["words"][:]
    words = dict(line.split() for line in (folder / "words.dict").read_text(encoding="utf-8").splitlines())
    assert len(words) == len(set(words.values())) and len(ids) == 400


def test_inspect_lstmvis_without_h5py_names_the_extra(cli, tiny_models, text_file, tmp_path, monkeypatch):
    _, path = tiny_models["lstm"]
    monkeypatch.setitem(sys.modules, "h5py", None)            # as if the extra were not installed
    refused(cli(["inspect", path, text_file, "--lstmvis", tmp_path / "no"]), "pip install 'rnn-studio[lstmvis]'")
    assert not (tmp_path / "no").exists()


def test_inspect_refusals(cli, tiny_models, write_text, tmp_path):
    _, path = tiny_models["lstm"]
    text = write_text("Shall I", name="short.txt")
    refused(cli(["inspect", path, text]), "--out")
    refused(cli(["inspect", path, text, "--out", tmp_path / "nowhere" / "x.npz"]), "does not exist")
    refused(cli(["inspect", path, write_text("Shall ☃", name="snow.txt"), "--out", tmp_path / "x.npz"]),
            "never saw", "'☃'")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 << 20)
    refused(cli(["inspect", path, big, "--out", tmp_path / "x.npz"]), "big.txt", "at most")


def test_a_jamo_model_is_looked_inside_symbol_by_symbol(cli, tiny_models, write_text, tmp_path):
    from rnn_studio.core.hangul import to_jamo
    _, path = tiny_models["jamo"]
    text = write_text(KOREAN[:80], name="ko.txt")
    s = json.loads(ok(cli(["surprisal", path, text, "--json"])).out)
    assert "".join(s["chars"]) == to_jamo(KOREAN[:80])
    e = json.loads(ok(cli(["eval", path, text, "--json"])).out)
    assert s["bits_per_char"] == pytest.approx(e["bpc"], abs=1e-3)          # both per symbol
    for t in (3, 40):
        prefix = "".join(s["chars"][:t])
        nxt = json.loads(ok(cli(["next", path, "--prefix", prefix, "--top", "0", "--json"])).out)
        p = {d["char"]: d["p"] for d in nxt["next"]}[s["chars"][t]]
        assert p == pytest.approx(2.0 ** -s["bits"][t], abs=1e-4)
    ok(cli(["inspect", path, text, "--out", tmp_path / "ko.npz"]))
    with np.load(tmp_path / "ko.npz") as z:
        assert "".join(z["chars"]) == to_jamo(KOREAN[:80]) and z["h_l0"].shape[0] == len(s["chars"])
