"""A pickle payload never runs: a torch.save file named like a model is refused everywhere.

The payload (tests/robustness/payloads.py, reusable by the window's tests) writes a marker
file when unpickled; the first test proves it really does, so the others prove something.
"""

from __future__ import annotations

import pytest
from payloads import prove_payload_is_live, write_pickle_model
from robust_helpers import assert_user_error, run_cli

from rnn_studio.core import modelfile
from rnn_studio.core.errors import UserError

KINDS = ["zip", "legacy", "pickle"]


@pytest.mark.parametrize("how", ["zip", "legacy"])
def test_the_payload_is_live(tmp_path, how):
    path, marker = write_pickle_model(tmp_path, how=how)
    assert prove_payload_is_live(path, marker)


@pytest.mark.parametrize("how", KINDS)
def test_the_reader_refuses_it(tmp_path, how):
    path, marker = write_pickle_model(tmp_path, name="model.rnn", how=how)
    with pytest.raises(UserError, match=r"model\.rnn: .*pickle") as info:
        modelfile.load(path)
    assert "not opened" in str(info.value)
    assert not marker.exists()


@pytest.mark.parametrize("how", KINDS)
def test_every_command_refuses_it(tmp_path, how, corpus_file):
    path, marker = write_pickle_model(tmp_path, name="downloaded.rnn", how=how)
    before = path.read_bytes()
    for argv in (["sample", path], ["info", path], ["info", "--json", path], ["eval", path, corpus_file],
                 ["train", corpus_file, "--resume", path, "--steps", "5"]):
        assert_user_error(run_cli(argv), "downloaded.rnn", "pickle")
        assert not marker.exists(), argv
    assert path.read_bytes() == before           # --resume did not overwrite it either
