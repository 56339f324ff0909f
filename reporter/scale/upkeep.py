"""How a build keeps its processes fast and small, never what it computes.

The orchestrator and the executor reach these mechanics through this module only:

* :func:`collector_spared` and :class:`Freezer`: what lives long (a build's results, a
  worker's warm caches) is moved out of the cyclic garbage collector's sight
  (``gc.freeze``), so full collections stop walking it again and again.  Everything is
  unfrozen when the block ends: frozen objects that became cyclic garbage would never
  be collected.
* :func:`freed_after`: what a corpus-wide stage freed goes back to the system
  (:mod:`.memory`), so the next stage's peak does not land on top of it.
* :func:`warm_fork_server`: a process pool's fork server imports and warms every stage
  once (:mod:`.warm`), so the workers forked from it start warm.
* :func:`worker_started` and :func:`article_done`: a pool worker's own freezing.

The numbers behind the constants are in ``docs/performance.md``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.context import ForkServerContext

from reporter.scale.memory import give_back

# Results the parent receives between two freezes: a large build's results are millions
# of long-lived objects that every full collection would otherwise walk again.
RESULTS_FREEZE_EVERY = 500
# Articles a pool worker processes between two collect-and-freezes: its caches grow
# between articles and a full collection would walk them all.
WORKER_FREEZE_EVERY = 50
# Modules the fork server imports once, so every worker forked from it starts warm:
# the whole pipeline, then the module whose import warms it up.
FORK_SERVER_PRELOAD = ("reporter.pipeline", "reporter.scale.preload")


class Freezer:
    """Moves what is alive out of the collector's sight every ``every`` ticks (one tick
    a result or an article); ``collect_first`` collects garbage before each freeze, so
    nothing frozen is garbage already."""

    def __init__(self, every: int, collect_first: bool = False) -> None:
        self.every = every
        self.left = every
        self.collect_first = collect_first

    def tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.left = self.every
            self.freeze()

    def freeze(self) -> None:
        if self.collect_first:
            gc.collect()
        gc.freeze()


@contextmanager
def collector_spared(every: int | None = None) -> Iterator[Freezer]:
    """A :class:`Freezer` (ticking every ``every``, by default
    :data:`RESULTS_FREEZE_EVERY`) whose freezes last until the block ends, however it
    ends."""
    try:
        yield Freezer(every if every is not None else RESULTS_FREEZE_EVERY)
    finally:
        gc.unfreeze()


@contextmanager
def freed_after() -> Iterator[None]:
    """When the block ends, its garbage is collected and the freed heap pages go back to
    the system where the C library can."""
    yield
    give_back()


def warm_fork_server(context: ForkServerContext) -> None:
    """Have ``context``'s fork server import and warm the stages before it forks."""
    context.set_forkserver_preload(list(FORK_SERVER_PRELOAD))


# A pool worker's freezer: the collector is per process, so its cadence is too; None
# outside pool workers (inline and Dask runs never freeze).
_worker: Freezer | None = None


def worker_started() -> None:
    """In a new pool worker, after warming up: freeze now, and every
    :data:`WORKER_FREEZE_EVERY` articles from then on (see :func:`article_done`)."""
    global _worker
    _worker = Freezer(WORKER_FREEZE_EVERY, collect_first=True)
    _worker.freeze()


def article_done() -> None:
    """One more article through this process (counted in pool workers only)."""
    if _worker is not None:
        _worker.tick()


def worker_freezer() -> Freezer | None:
    """This process's worker freezer, None outside pool workers (for tests)."""
    return _worker
