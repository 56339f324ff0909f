"""The per-article time budget: how long one article's work may run before it is
skipped with its reason and the batch goes on (the backstop for what the size limits
of :mod:`reporter.split.limits` did not foresee)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Wall-clock seconds one article's work (stages 1-5a) may take in a worker: far above
# the worst inputs the size limits let through (docs/performance.md).
ARTICLE_SECONDS = 120.0


class BudgetExceeded(BaseException):
    """One article's work ran past its time budget.  A BaseException, like
    KeyboardInterrupt, so no stage's ``except Exception`` swallows it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"took longer than the per-article limit of {self.seconds:g} s"


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in the block once ``seconds`` of wall-clock time
    have passed.  A timer signal (SIGALRM) interrupts Python code and the regular
    expression engine, which checks for signals as it runs; it exists only in a
    process's main thread on POSIX (a pool worker's tasks, an inline build), so
    elsewhere (a Dask worker's thread, Windows) the block runs unbounded."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def expired(signum: int, frame: Any) -> None:
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
