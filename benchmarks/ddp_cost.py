"""What data parallel costs on one machine: 2 CPU processes (gloo DDP) against 1 process.

    python benchmarks/ddp_cost.py [--steps 10] [--warmup 3] [--hidden 512] [--batch 32]

Runs the default model (LSTM 1×512, windows of 128, global batch 32) on tinyshakespeare
three ways, each after ``--warmup`` untimed steps:

- 1 process, 2 torch threads (all cores of a 2-core machine);
- 1 process, 1 thread;
- 2 processes (torch.multiprocessing, gloo DDP, 1 thread each), 16 windows each.

It reports global chars/s, and for the DDP run the gradient all-reduce's time per step
(a DDP communication hook wraps the default all-reduce and times each bucket from its
launch to its result; the all-reduce runs beside backward, so this is an upper bound on
what it adds) and the two small per-step all-reduces of distributed.py (the averaged loss;
the step time and stop flag). Two processes on two cores share the cores one process
already uses, so expect no gain: DDP pays on machines with a core (or GPU) per process.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import time

import common
import torch
import torch.multiprocessing as mp

SHAKESPEARE = common.SHARED / "tinyshakespeare.txt"
if not SHAKESPEARE.exists():
    SHAKESPEARE = common.HERE.parent / "corpora" / "shakespeare.txt"


def configs(a, batch: int):
    from rnn_studio.core.config import ModelConfig, TrainConfig
    return (ModelConfig(hidden=a.hidden),
            TrainConfig(steps=a.warmup, batch_size=batch, eval_every=0, sample_every=0, val_fraction=0.0,
                        device="cpu", log_every=10**6, warmup_steps=0))


def timed(trainer, a) -> float:
    """Seconds per step over ``a.steps`` steps after the warm-up ones."""
    trainer.run()                                   # warm-up: a.warmup steps
    trainer.cfg.steps = a.warmup + a.steps
    start = trainer.elapsed_s
    trainer.run()
    return (trainer.elapsed_s - start) / a.steps


def single(a, threads: int) -> float:
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.trainer import Trainer
    torch.set_num_threads(threads)
    trainer = Trainer(load_corpus(SHAKESPEARE), *configs(a, a.batch))
    return timed(trainer, a)


def worker(rank: int, a, port: int, results) -> None:
    os.environ.update(RANK=str(rank), WORLD_SIZE="2", LOCAL_RANK=str(rank), MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))
    torch.set_num_threads(1)
    from torch.distributed.algorithms.ddp_comm_hooks import default_hooks

    from rnn_studio.core import distributed
    from rnn_studio.core.corpus import load_corpus
    from rnn_studio.core.trainer import Trainer
    world = distributed.from_env()
    world.join(torch.device("cpu"))
    trainer = Trainer(load_corpus(SHAKESPEARE), *configs(a, a.batch), world=world)
    grad_s: list[float] = []

    def hook(state, bucket):
        t0 = time.perf_counter()

        def done(fut):
            grad_s.append(time.perf_counter() - t0)
            return fut.value()[0]
        return default_hooks.allreduce_hook(None, bucket).then(done)
    trainer.net.register_comm_hook(None, hook)
    small_s: list[float] = []
    for name in ("average", "after_step"):
        real = getattr(world, name)

        def wrapped(*args, real=real):
            t0 = time.perf_counter()
            out = real(*args)
            small_s.append(time.perf_counter() - t0)
            return out
        setattr(world, name, wrapped)
    trainer.run()                                   # warm-up
    grad_s.clear()
    small_s.clear()
    trainer.cfg.steps = a.warmup + a.steps
    start = trainer.elapsed_s
    trainer.run()
    per_step = (trainer.elapsed_s - start) / a.steps
    if rank == 0:
        results.put({"step_s": per_step, "grad_allreduce_s": sum(grad_s) / a.steps,
                     "buckets_per_step": len(grad_s) / a.steps, "small_allreduce_s": sum(small_s) / a.steps,
                     "grad_bucket_median_s": statistics.median(grad_s) if grad_s else 0.0})
    world.leave()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--hidden", type=int, default=512)
    ap.add_argument("--batch", type=int, default=32)
    a = ap.parse_args()
    chars = a.batch * 128
    one2 = single(a, 2)
    one1 = single(a, 1)
    ctx = mp.get_context("spawn")
    results = ctx.SimpleQueue()
    mp.start_processes(worker, args=(a, free_port(), results), nprocs=2, join=True, start_method="spawn")
    ddp = results.get()
    rows = [["1 process, 2 threads", f"{one2 * 1000:.0f}", f"{chars / one2:,.0f}", "1.00"],
            ["1 process, 1 thread", f"{one1 * 1000:.0f}", f"{chars / one1:,.0f}", f"{one2 / one1:.2f}"],
            ["2 processes (DDP, gloo), 1 thread each", f"{ddp['step_s'] * 1000:.0f}",
             f"{chars / ddp['step_s']:,.0f}", f"{one2 / ddp['step_s']:.2f}"]]
    print(f"LSTM 1×{a.hidden}, global batch {a.batch} × 128 characters, {a.steps} timed steps after {a.warmup}; "
          f"{os.cpu_count()} cores")
    print(common.table(rows, ["run", "ms/step", "chars/s", "speed vs 1 process"]))
    g = ddp["grad_allreduce_s"]
    print(f"gradient all-reduce (DDP hook, launch to result, {ddp['buckets_per_step']:.0f} bucket(s) a step): "
          f"{g * 1000:.1f} ms per step = {g / ddp['step_s']:.1%} of a DDP step (overlaps backward: an upper bound)")
    print(f"loss average + step agreement (2 small all-reduces): {ddp['small_allreduce_s'] * 1000:.2f} ms per step "
          f"= {ddp['small_allreduce_s'] / ddp['step_s']:.1%}")
    print(f"wrote {common.write_json('ddp_cost', {'args': vars(a), 'one_2_threads_s': one2, 'one_1_thread_s': one1, 'ddp': ddp})}")


if __name__ == "__main__":
    main()
