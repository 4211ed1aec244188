"""``runs export --mlflow`` and ``train --mlflow`` against a local sqlite:/// store, read back
with MLflow's own client. Needs the optional extra (pip install 'rnn-studio[mlflow]')."""

from __future__ import annotations

import sys

import pytest

from rnn_studio.paths import corpora_dir

HELLO = corpora_dir() / "hello.txt"


@pytest.fixture
def flags(hello_setup):
    return [*hello_setup["flags"], "--eval-every", "20", "--quiet"]


@pytest.fixture(scope="module")
def tracking(tmp_path_factory):
    """One MLflow store for the module (creating one takes MLflow seconds); tests tell their
    runs apart by cell."""
    pytest.importorskip("mlflow")
    folder = tmp_path_factory.mktemp("mlflow")
    return folder, f"sqlite:///{folder / 'mlflow.db'}"


def _client(uri, cell):
    from mlflow.tracking import MlflowClient
    c = MlflowClient(tracking_uri=uri)
    exp = c.get_experiment_by_name("rnn-studio")
    return c, c.search_runs([exp.experiment_id], filter_string=f"params.`model.cell` = '{cell}'")


def test_export_writes_params_metrics_tags_and_the_model_file(cli, flags, tmp_path, tracking):
    folder, uri = tracking
    assert cli(["train", HELLO, *flags, "--out", tmp_path / "m.rnn"]).code == 0
    r = cli(["runs", "export", "--mlflow", uri])
    assert r.code == 0, r.err
    c, runs = _client(uri, "rnn")
    assert len(runs) == 1
    run = runs[0]
    assert run.info.status == "FINISHED"
    assert run.data.params["model.cell"] == "rnn" and run.data.params["train.steps"] == "60"
    assert run.data.tags["rnn_studio.corpus_name"] == "hello.txt" and run.data.tags["rnn_studio.run_id"] == "1"
    assert [m.step for m in c.get_metric_history(run.info.run_id, "val_loss")] == [20, 40, 60]
    assert [m.step for m in c.get_metric_history(run.info.run_id, "train_loss")] == [10, 20, 30, 40, 50, 60]
    assert [a.path for a in c.list_artifacts(run.info.run_id)] == ["m.rnn"]
    assert (folder / "mlartifacts").is_dir() and not (tmp_path / "mlruns").exists()
    again = cli(["runs", "export", "--mlflow", uri, "1"])
    assert again.code == 0 and "exported before" in again.out
    assert len(_client(uri, "rnn")[1]) == 1


def test_train_with_mlflow_logs_as_it_trains(cli, flags, tmp_path, tracking):
    _, uri = tracking
    r = cli(["train", HELLO, *flags, "--cell", "gru", "--out", tmp_path / "g.rnn", "--mlflow", uri])
    assert r.code == 0, r.err
    c, (run,) = _client(uri, "gru")
    assert run.info.status == "FINISHED" and run.data.params["model.cell"] == "gru"
    assert [m.step for m in c.get_metric_history(run.info.run_id, "val_loss")] == [20, 40, 60]
    assert [a.path for a in c.list_artifacts(run.info.run_id)] == ["g.rnn"]


def test_without_the_extra_the_command_names_it(cli, flags, tmp_path, monkeypatch):
    for name in ("mlflow", "mlflow.tracking"):
        monkeypatch.setitem(sys.modules, name, None)       # as if not installed
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    for argv in (["runs", "export", "--mlflow", uri],
                 ["train", HELLO, *flags, "--out", tmp_path / "m.rnn", "--mlflow", uri]):
        r = cli(argv)
        assert r.code == 2 and r.err.startswith("error: ") and "pip install 'rnn-studio[mlflow]'" in r.err


def test_an_unusable_tracking_uri_is_refused_in_words(cli, flags, tmp_path):
    pytest.importorskip("mlflow")
    assert cli(["train", HELLO, *flags, "--out", tmp_path / "m.rnn"]).code == 0
    r = cli(["runs", "export", "--mlflow", "nonsense-scheme://nowhere"])
    assert r.code == 2 and r.err.startswith("error: ") and "Traceback" not in r.err
