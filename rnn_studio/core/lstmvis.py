"""Write a model's states over a text in LSTMVis's own input format, so it opens there.

LSTMVis (github.com/HendrikStrobelt/LSTMVis) reads a folder holding an ``lstm.yml`` that
names HDF5 files of states (one T × H table per layer and kind), an HDF5 file of the word
ids in reading order, and a ``.dict`` file mapping ids to words, one ``word id`` per line
(split on white space, so white space and control characters are written as visible
glyphs, or ``<U+XXXX>`` where a glyph is itself in the vocabulary). Layers count from 1.

- ``output{l}``: h_t (already in −1 … 1: ``transform: none``);
- ``states{l}``: the LSTM's cell state c_t (LSTMVis shows it through tanh, its default).

h5py is an optional extra: ``pip install 'rnn-studio[lstmvis]'``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rnn_studio.core.display import visible
from rnn_studio.core.errors import UserError
from rnn_studio.core.states import CELL_NAMES, States

EXTRA = "pip install 'rnn-studio[lstmvis]'"


def _h5py():
    try:
        import h5py
    except ImportError:
        raise UserError(f"writing LSTMVis files needs h5py, which is not installed: {EXTRA}") from None
    return h5py


def words(vocab: str) -> list[str]:
    """One white-space-free, distinct token per vocabulary character."""
    out = []
    for ch in vocab:
        w = visible(ch)
        if (w != ch and w in vocab) or any(c.isspace() for c in w) or not w:
            w = f"<U+{ord(ch):04X}>"
        out.append(w)
    return out


def write(states: States, vocab: str, folder: str | Path, name: str = "rnn-studio") -> list[Path]:
    h5py = _h5py()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"--lstmvis {folder}: cannot create the folder ({exc.strerror or exc})") from None
    types = []
    paths = [folder / "states.h5", folder / "words.h5", folder / "words.dict", folder / "lstm.yml"]
    try:
        with h5py.File(paths[0], "w") as f:
            for l, h in enumerate(states.h, start=1):
                f.create_dataset(f"output{l}", data=np.asarray(h, np.float32))
                types.append(f"  {{type: output, layer: {l}, path: output{l}, transform: none}}")
            for l, c in enumerate(states.c, start=1):
                f.create_dataset(f"states{l}", data=np.asarray(c, np.float32))
                types.append(f"  {{type: state, layer: {l}, path: states{l}}}")
        with h5py.File(paths[1], "w") as f:
            f.create_dataset("words", data=np.asarray(states.ids, np.int32))
        paths[2].write_text("".join(f"{w} {i}\n" for i, w in enumerate(words(vocab))), encoding="utf-8")
        cell = CELL_NAMES[states.cell]
        paths[3].write_text(
            f"name: {name}\n"
            f"description: {cell} states over {len(states.text)} characters, written by RNN Studio\n\n"
            "files:\n  states: states.h5\n  words: words.h5\n  dict: words.dict\n\n"
            "word_sequence:\n  file: words\n  path: words\n  dict_file: dict\n\n"
            "states:\n  file: states\n  types: [\n" + ",\n".join(types) + "\n  ]\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"--lstmvis {folder}: cannot write there ({exc.strerror or exc})") from None
    return paths
