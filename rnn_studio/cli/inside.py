"""``rnn-studio next|surprisal|inspect``: look inside a model, with the engine the window uses.

Importing this module imports neither torch nor Qt (the CLI's start-up stays fast).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rnn_studio.core.errors import UserError

INSPECT_HELP = """\
Arrays in STATES.npz (T characters, H units per layer, V characters in the vocabulary);
row t is always the model after reading character t, starting from the zero state h_0 = 0:
  h_l0, h_l1, …   (T, H) float32  hidden state h_t of layer 0, 1, …
  c_l0, c_l1, …   (T, H) float32  LSTM only: cell state c_t
  gates_l0, …     (T, G, H)       LSTM and GRU: the activated gates, gate k along axis 1,
                                  named by gate_names: LSTM i, f, g, o (input gate, forget
                                  gate, candidate g = tanh, output gate: torch's order);
                                  GRU r, z, n (reset gate, update gate, candidate).
                                  A tanh RNN has no gates: no gates_l* arrays.
  gate_names      (G,) str        the gates' order along axis 1 of gates_l*
  p               (T, V) float32  probability of each vocabulary character being
                                  character t + 1
  chars           (T,) str        the text, one character per row
  vocab           (V,) str        the vocabulary, in the order of p's columns
Load with numpy.load(path) (no pickles needed). --lstmvis DIR also writes LSTMVis's
input (states.h5, words.h5, words.dict, lstm.yml); it needs h5py:
pip install 'rnn-studio[lstmvis]'."""


def add_parsers(sub) -> None:
    n = sub.add_parser("next", help="the likeliest next characters after a prefix",
                       description="The model's probabilities for the character after PREFIX.")
    n.add_argument("model", metavar="MODEL")
    n.add_argument("--prefix", default="", help="the text before (default: empty, meaning the start "
                   "of a line, as 'sample' does)")
    n.add_argument("--top", type=int, default=10, metavar="K", help="how many characters (0: all; default 10)")
    n.add_argument("--temperature", type=float, default=1.0, metavar="T",
                   help="divide the logits by T before the softmax (0: the likeliest only; default 1)")
    n.add_argument("--json", action="store_true", help="print one JSON object")

    s = sub.add_parser("surprisal", help="the cost in bits of every character of a text",
                       description="Score a text: bits per character (the numbers 'eval' prints), "
                       "each character's bits and the model's top-5 guesses there.")
    s.add_argument("model", metavar="MODEL")
    s.add_argument("text", metavar="TEXTFILE")
    s.add_argument("--json", action="store_true", help="print one JSON object: chars, bits (null where "
                   "nothing predicts: the first character and unseen ones), bits_per_char, accuracy, …")
    s.add_argument("--top", type=int, default=0, metavar="K",
                   help="with --json, add each position's K likeliest characters")
    s.add_argument("--html", default=None, metavar="OUT.html", help="write a page colouring each character")
    s.add_argument("--encoding", default=None, metavar="NAME", help="force the text's encoding")

    i = sub.add_parser("inspect", help="hidden states, cell states, gates and probabilities per character",
                       description="Write what every unit does over a text.", epilog=INSPECT_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    i.add_argument("model", metavar="MODEL")
    i.add_argument("text", metavar="TEXTFILE")
    i.add_argument("--out", default=None, metavar="STATES.npz", help="where to write the arrays")
    i.add_argument("--lstmvis", default=None, metavar="DIR", help="also write LSTMVis's input format to DIR")
    i.add_argument("--encoding", default=None, metavar="NAME", help="force the text's encoding")


def _show(ch: str) -> str:
    from rnn_studio.core.display import visible
    return visible(ch)


def next_char(args: argparse.Namespace) -> int:
    from rnn_studio.core import modelfile
    from rnn_studio.core.config import SampleConfig, validate
    from rnn_studio.core.nextchar import NextChar

    validate(SampleConfig(temperature=args.temperature), {"temperature": "--temperature"})
    if args.top < 0:
        raise UserError(f"--top must be 0 (all) or more (got {args.top})")
    nc = NextChar.from_snapshot(modelfile.load(args.model))
    top = nc.top(args.prefix, args.top, args.temperature)
    if args.json:
        print(json.dumps({"prefix": args.prefix, "temperature": args.temperature,
                          "next": [{"char": c, "p": p} for c, p in top]}, ensure_ascii=False))
        return 0
    where = repr(args.prefix[-40:]) if args.prefix else "the start of a line"
    print(f"after {where} (temperature {args.temperature:g}):")
    for c, p in top:
        print(f"  {_show(c):>8}  {p:7.4f}  {'█' * round(p * 40)}")
    return 0


def surprisal(args: argparse.Namespace) -> int:
    from rnn_studio.core import modelfile
    from rnn_studio.core.surprisal import MAX_CHARS, score_snapshot
    from rnn_studio.core.text_file import read_text

    snap = modelfile.load(args.model)
    text = read_text(args.text, args.encoding, MAX_CHARS, "surprisal")
    s = score_snapshot(snap, text)
    if s.n < 1:
        raise UserError(f"{Path(args.text).name}: needs at least 2 characters the model knows to score")
    if args.html:
        from rnn_studio.core.fsutil import write_atomic
        from rnn_studio.core.surprisal_html import render
        try:
            write_atomic(Path(args.html), render(s, Path(args.text).name).encode("utf-8"))
        except OSError as exc:
            raise UserError(f"--html {args.html}: cannot write it ({exc.strerror or exc})") from None
    if args.json:
        print(json.dumps(s.to_json(args.top), ensure_ascii=False))
        return 0
    print(f"{Path(args.text).name}: {s.n:,} characters predicted\n"
          f"bits      {s.bits_per_char:.4f} bits/char\n"
          f"accuracy  {s.accuracy:.2%}")
    if s.unknown_count:
        print(f"unknown   {s.unknown_count:,} characters the model never saw, marked and left out: "
              + " ".join(repr(c) for c in s.unknown[:10]))
    if args.html:
        print(f"wrote     {args.html}")
    return 0


def inspect(args: argparse.Namespace) -> int:
    import numpy as np

    from rnn_studio.core import modelfile
    from rnn_studio.core.states import CELL_NAMES, GATE_NAMES, MAX_BYTES, inspect_snapshot, per_char_floats
    from rnn_studio.core.text_file import read_text

    if not args.out and not args.lstmvis:
        raise UserError("say where to write the states: --out STATES.npz (and/or --lstmvis DIR)")
    if args.out and not Path(args.out).resolve().parent.is_dir():
        raise UserError(f"--out {args.out}: the folder does not exist")
    if args.lstmvis:
        from rnn_studio.core.lstmvis import _h5py
        _h5py()                                   # say it before any work
    snap = modelfile.load(args.model)
    most = MAX_BYTES // (per_char_floats(snap.model_cfg) * 4)
    text = read_text(args.text, args.encoding, most, "inspect (for this model's size)")
    st = inspect_snapshot(snap, text)
    arrays = {"chars": np.array(list(st.text), dtype="<U1"), "vocab": np.array(list(snap.vocab), dtype="<U1"),
              "p": st.p, "gate_names": np.array(GATE_NAMES[st.cell], dtype="<U1")}
    for l in range(st.layers):
        arrays[f"h_l{l}"] = st.h[l]
        if st.c:
            arrays[f"c_l{l}"] = st.c[l]
        if st.gate_arrays:
            arrays[f"gates_l{l}"] = st.gate_arrays[l]
    if args.out:
        try:
            with open(args.out, "wb") as f:
                np.savez(f, **arrays)
        except OSError as exc:
            raise UserError(f"--out {args.out}: cannot write it ({exc.strerror or exc})") from None
        print(f"wrote {args.out}: {len(st.text):,} characters, {st.layers} layer(s) of {snap.model_cfg.hidden} units")
        for k, v in arrays.items():
            print(f"  {k:<11} {str(v.shape):<16} {v.dtype}")
    if not st.gate_arrays:
        print(f"note: a {CELL_NAMES[st.cell]} has no gates, so there are no gates_l* arrays")
    if args.lstmvis:
        from rnn_studio.core.lstmvis import write
        paths = write(st, snap.vocab, args.lstmvis, Path(args.model).stem)
        print(f"wrote LSTMVis input to {args.lstmvis}: " + ", ".join(p.name for p in paths))
    return 0


COMMANDS = {"next": next_char, "surprisal": surprisal, "inspect": inspect}


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
