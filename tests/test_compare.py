"""The compare-cells queue: a plan of equal runs, run one after another, paused and cancelled."""

from __future__ import annotations

import threading

import pytest

from rnn_studio.core import events as ev
from rnn_studio.core.compare import CompareQueue, QueueEvent, plan
from rnn_studio.core.errors import UserError
from rnn_studio.core.runstore import RunStore


def test_plan_gives_each_cell_and_depth_the_same_settings(tiny_configs):
    m, t = tiny_configs(hidden=12, minutes=0.5, steps=0, seq_len=20)
    items = plan(m, t, layers=(1, 3))
    assert [(i.model_cfg.cell, i.model_cfg.layers) for i in items] == [
        ("rnn", 1), ("rnn", 3), ("lstm", 1), ("lstm", 3), ("gru", 1), ("gru", 3)]
    assert all(i.model_cfg.hidden == 12 and i.train_cfg == t and i.train_cfg is not t for i in items)
    assert [i.model_cfg.layers for i in plan(m, t)] == [1, 1, 1]
    with pytest.raises(UserError):
        plan(m, t, cells=("rnn", "transformer"))
    with pytest.raises(UserError):
        plan(m, t, layers=(0,))


def test_the_queue_runs_in_turn_records_each_run_and_saves_each_model(small_corpus, tiny_configs, runs_db,
                                                                      tmp_path):
    m, t = tiny_configs(steps=6, eval_every=3)
    heard = []
    store = RunStore(runs_db)
    queue = CompareQueue(small_corpus, plan(m, t, cells=("rnn", "gru")), store, tmp_path, [heard.append])
    items = queue.run()
    assert [i.state for i in items] == ["finished", "finished"]
    states = [(e.index, e.state) for e in heard if isinstance(e, QueueEvent)]
    assert states == [(0, "running"), (0, "finished"), (1, "running"), (1, "finished")]
    # in turn: every event of the first run comes before the second starts
    second = heard.index(next(e for e in heard if isinstance(e, QueueEvent) and e.index == 1))
    assert all(not isinstance(e, ev.StepEvent) or e.step <= 6 for e in heard)
    assert sum(isinstance(e, ev.DoneEvent) for e in heard[:second]) == 1
    runs = store.runs([i.run_id for i in items])
    assert [(r.cell, r.status, r.steps, r.source) for r in runs] == [("rnn", "finished", 6, "compare"),
                                                                     ("gru", "finished", 6, "compare")]
    assert all(i.model_path.is_file() and r.model_path == str(i.model_path) for i, r in zip(items, runs))


def test_cancel_stops_the_running_trainer_and_skips_the_rest(small_corpus, tiny_configs, runs_db):
    m, t = tiny_configs(steps=100_000)
    queue = CompareQueue(small_corpus, plan(m, t), RunStore(runs_db))

    def on(e) -> None:
        if isinstance(e, ev.StepEvent) and e.step == 5:
            queue.cancel()
    queue.callbacks.append(on)
    items = queue.run()
    assert [i.state for i in items] == ["stopped", "cancelled", "cancelled"]
    assert items[0].result.step == 5 and items[1].run_id is None


def test_pause_holds_the_trainer_until_resume(small_corpus, tiny_configs):
    m, t = tiny_configs(steps=10)
    queue = CompareQueue(small_corpus, plan(m, t, cells=("rnn",)))
    states = []

    def on(e) -> None:
        if isinstance(e, ev.StepEvent) and e.step == 4:
            queue.pause()
        if isinstance(e, ev.StateEvent):
            states.append(e.state)
            if e.state == "paused":
                assert queue.paused
                threading.Thread(target=queue.resume).start()
    queue.callbacks.append(on)
    (item,) = queue.run()
    assert item.state == "finished" and item.result.step == 10
    assert states == ["running", "paused", "resumed"]
