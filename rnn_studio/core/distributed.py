"""Data-parallel training under ``torchrun``: PyTorch's DistributedDataParallel; rank 0 speaks.

    torchrun --standalone --nproc_per_node=N -m rnn_studio train CORPUS …

torchrun starts N copies of the command and tells each its ``RANK``, ``WORLD_SIZE`` and
``LOCAL_RANK`` (and where to meet). Each copy builds the same model from the same seed (DDP
also broadcasts rank 0's weights), computes the gradient of its part of the batch, and DDP
averages the gradients during backward, so every copy takes the same optimizer step.

A run in N processes is the run of one process with the global batch:

- ``TrainConfig.batch_size`` inside the Trainer, and in model files, is the *global* batch
  G; under torchrun ``--batch-size`` is per process, B, and G = N × B (``global_batch``).
- Windows: every rank draws all G windows from the one random stream a single process
  would use and gathers only its own B (rank r: windows r·B … r·B + B − 1), so the ranks'
  windows differ and together are exactly the one-process batch; the stream's state in a
  model file is the one-process state. Contiguous windows: rank r reads streams r·B … of G.
- The loss is averaged over the ranks before the divergence check, so all ranks stop (or
  not) at the same step. Once per step one all-reduce shares the slowest rank's step time
  and any stop request (Ctrl+C), so time budgets, the learning-rate schedule and stopping
  agree on every rank.
- Evaluation is split over the ranks by stream and the sums all-reduced: every rank gets
  the score one process would, so best-weights keeping and early stopping agree as well.
- Rank 0 alone has the callbacks (printing, metrics, checkpoints, the run record) and
  writes the model file; contiguous windows' carried state is gathered each step, so the
  file holds all G streams and resumes in one process, or in another world size.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TypeVar

import torch
import torch.distributed as dist

from rnn_studio.core.errors import UserError

T = TypeVar("T")
TIMEOUT = timedelta(minutes=30)     # how long a rank waits for the others at a collective


@dataclass
class World:
    """The processes of one run: a world of one when not started by torchrun."""
    rank: int = 0
    size: int = 1
    local_rank: int = 0
    device: torch.device | None = None      # where collectives run (set by ``join``)
    stop_asked: bool = False

    @property
    def main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.size > 1 and dist.is_available() and dist.is_initialized()

    @property
    def part(self) -> tuple[int, int]:
        return self.rank, self.size

    # ---- starting and ending ------------------------------------------------------------
    def join(self, device: torch.device) -> torch.device:
        """Meet the other ranks (gloo on CPUs, NCCL on CUDA); this rank's device."""
        if self.size == 1:
            return device
        if device.type == "cuda":
            torch.cuda.set_device(self.local_rank)
            device, backend = torch.device("cuda", self.local_rank), "nccl"
        elif device.type == "cpu":
            backend = "gloo"
        else:
            raise UserError(f"training in several processes runs on CPUs (gloo) or CUDA GPUs (NCCL), "
                            f"not on {device.type}")
        if not dist.is_initialized():
            dist.init_process_group(backend, timeout=TIMEOUT)
        self.device = device
        return device

    def leave(self, trainer=None, together: bool = False) -> None:
        """End the process group, ``trainer``'s DDP wrapper first.

        The wrapper holds the group, so without this the group would die later, whenever the
        trainer is freed, and a gloo group torn down while one of its worker threads still
        drops a finished collective's tensors can deadlock on the GIL: two of seven runs
        of tests/test_distributed.py hung so at the end of a finished run (py-spy: the main
        thread inside the call that returned from training). So the wrapper is freed here,
        then, when every rank ends ``together`` (a finished or stopped run), a barrier lets
        each rank's last collectives finish before any group is destroyed.
        """
        if not self.active:
            return
        if trainer is not None:
            trainer.net = trainer.model
            gc.collect()            # the wrapper sits in reference cycles: free it now, not later
        if together:
            dist.barrier()
        dist.destroy_process_group()

    def local_first(self, load: Callable[[], T]) -> T:
        """``load()`` on each machine's rank 0 first, then on its other ranks: a big text's
        first read builds the id cache once, and the others find it."""
        if not self.active:
            return load()
        error = None
        if self.local_rank == 0:
            try:
                result = load()
            except Exception as exc:    # the others must not wait for a rank that gave up
                error = exc
        dist.barrier()
        if error is not None:
            raise error
        return result if self.local_rank == 0 else load()

    def describe(self, batch: int) -> str:
        """The first line of a run: how the global batch is made."""
        return (f"data parallel: {self.size} processes × {batch // self.size} windows = global batch "
                f"{batch} ({dist.get_backend() if self.active else 'one process'})")

    # ---- the trainer's hooks (each is the identity in a world of one) --------------------------
    def wrap(self, model: torch.nn.Module) -> torch.nn.Module:
        if not self.active:
            return model
        from torch.nn.parallel import DistributedDataParallel
        ids = [self.local_rank] if self.device is not None and self.device.type == "cuda" else None
        return DistributedDataParallel(model, device_ids=ids)

    def average(self, loss: torch.Tensor) -> torch.Tensor:
        """The loss averaged over the ranks (the whole batch's mean), for the divergence check."""
        if not self.active:
            return loss
        t = loss.detach().float().clone()
        dist.all_reduce(t)
        return t / self.size

    def ask_stop(self) -> bool:
        """Route a stop request to the next step's agreement; False in a world of one."""
        if self.size == 1:
            return False
        self.stop_asked = True
        return True

    def after_step(self, trainer, dt: float) -> float:
        """Agree on the step's seconds (the slowest rank's) and on stopping; gather the carried
        state of contiguous windows for snapshots. Returns the agreed seconds."""
        if not self.active:
            return dt
        t = torch.tensor([dt, float(self.stop_asked)], dtype=torch.float64, device=self.device)
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        if t[1].item() > 0:                 # someone asked: every rank stops after this step
            self.stop_asked = False
            trainer.control.stop()
        if trainer.carry is not None:
            trainer.carry_all = self.gather_rows(trainer.carry)
        return float(t[0].item())

    def gather_rows(self, state):
        """All ranks' (layers, B, H) states as one (layers, N·B, H) state, in rank order."""
        def one(s: torch.Tensor) -> torch.Tensor:
            parts = [torch.empty_like(s) for _ in range(self.size)]
            dist.all_gather(parts, s.contiguous())
            return torch.cat(parts, dim=1)
        return tuple(one(s) for s in state) if isinstance(state, tuple) else one(state)

    def my_rows(self, s: torch.Tensor) -> torch.Tensor:
        """This rank's rows of a (layers, G, H) state."""
        b = s.size(1) // self.size
        return s[:, self.rank * b:(self.rank + 1) * b].contiguous()

    def sum(self, values: list[float]) -> list[float]:
        if not self.active:
            return values
        t = torch.tensor(values, dtype=torch.float64, device=self.device)
        dist.all_reduce(t)
        return t.tolist()


ALONE = World()


def from_env(environ=os.environ) -> World:
    """The world torchrun describes in the environment (a world of one without it)."""
    if "RANK" not in environ or "WORLD_SIZE" not in environ:
        return World()
    try:
        rank, size = int(environ["RANK"]), int(environ["WORLD_SIZE"])
        local = int(environ.get("LOCAL_RANK", rank))
    except ValueError:
        raise UserError("RANK, WORLD_SIZE and LOCAL_RANK must be whole numbers (torchrun sets them)") from None
    if not 0 <= rank < size:
        raise UserError(f"RANK {rank} is not below WORLD_SIZE {size}")
    return World(rank, size, local)


def global_batch(cfg, world: World, resumed_batch: int | None, given: bool):
    """The TrainConfig with the global batch: ``--batch-size`` per process × world size; a
    resumed run without the flag keeps the file's global batch, split over the ranks."""
    if world.size == 1:
        return cfg
    if given or resumed_batch is None:
        return replace(cfg, batch_size=cfg.batch_size * world.size)
    if resumed_batch % world.size:
        raise UserError(f"the model's batch of {resumed_batch} windows does not split over {world.size} "
                        f"processes; give --batch-size (windows per process)")
    return cfg


def lost(world: World, exc: BaseException, out) -> str:
    """Words for a collective that failed: another rank of the run is gone."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return (f"rank {world.rank} of {world.size}: lost contact with the other processes of the run "
            f"(another rank stopped or was killed: {first}); {out} holds the last checkpoint")
