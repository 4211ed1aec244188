"""Hostile model files for tests: pickles that would run code if anything unpickled them.

Reusable from any test (the window's included)::

    import sys; sys.path.insert(0, str(Path(__file__).parents[1] / "robustness"))
    from payloads import write_pickle_model
    path, marker = write_pickle_model(tmp_path)            # tmp_path/evil.rnn, tmp_path/PWNED
    ... open ``path`` in the window: it must be refused ...
    assert not marker.exists()

``write_pickle_model(folder, name="evil.rnn", how="zip")`` writes a ``torch.save`` file
("zip": the current format; "legacy": the pre-1.6 one; "pickle": a bare pickle) around an
object whose ``__reduce__`` creates the marker file, under the model extension, and returns
``(path, marker)``. ``prove_payload_is_live`` shows the payload really runs when unpickled.
"""

from __future__ import annotations

import pickle
from pathlib import Path

MARKER_NAME = "PWNED"


class Hostile:
    """Unpickling this calls ``Path(marker).write_text("pwned")``: proof that code ran."""

    def __init__(self, marker: str | Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (Path.write_text, (Path(self.marker), "pwned"))


def write_pickle_model(folder: str | Path, name: str = "evil.rnn", how: str = "zip") -> tuple[Path, Path]:
    import torch

    folder = Path(folder)
    path, marker = folder / name, folder / MARKER_NAME
    payload = {"state_dict": {"rnn.weight_ih_l0": torch.zeros(4, 4)}, "model": Hostile(marker)}
    if how == "zip":
        torch.save(payload, path)
    elif how == "legacy":
        torch.save(payload, path, _use_new_zipfile_serialization=False)
    elif how == "pickle":
        path.write_bytes(pickle.dumps(payload, protocol=2))
    else:
        raise ValueError(f"unknown kind {how!r}")
    assert not marker.exists()
    return path, marker


def prove_payload_is_live(path: str | Path, marker: Path) -> bool:
    """Unpickle ``path`` on purpose (what RNN Studio must never do): True if the marker appeared."""
    import torch

    try:
        torch.load(path, weights_only=False)
    except Exception:
        pass
    return marker.exists()
