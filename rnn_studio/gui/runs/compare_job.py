"""Compare cells in the window: the core queue (core/compare.py) run on a JobRunner's worker.

    runner = JobRunner(parent)                 # a runner of its own: submitting cancels the last job
    queue = CompareQueue(corpus, plan(model_cfg, train_cfg, layers=(1, 2)), RunStore(), out_dir)
    submit_compare(runner, queue)
    runner.progress.connect(...)   # QueueEvent, StepEvent, EvalEvent, SampleEvent, DoneEvent, ... on the UI thread
    runner.done.connect(...)       # the list of QueueItems when the queue has ended
    queue.pause(); queue.resume(); queue.cancel()      # from the UI thread, at any time

Only plain events cross to the UI thread; snapshots (which hold tensors) stay on the worker.
"""

from __future__ import annotations

from rnn_studio.core import events as ev
from rnn_studio.core.compare import CompareQueue
from rnn_studio.gui.jobs import Job, JobRunner


def submit_compare(runner: JobRunner, queue: CompareQueue) -> Job:
    def run(job: Job):
        def relay(e) -> None:
            if job.cancelled:          # the runner was given another job: stop this queue too
                queue.cancel()
            elif not isinstance(e, ev.SnapshotEvent):
                job.report(e)
        queue.callbacks.append(relay)
        return queue.run()
    return runner.submit(run)
