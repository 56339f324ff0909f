"""Progress of the per-article phase, shown by the CLI.

The library reports progress only through a hook, ``on_progress(done, total, skipped)``
(:data:`reporter.scale.executor.ProgressHook`); nothing below the CLI prints.  The CLI
creates the console (``rich.console.Console(stderr=True)``) and passes it here:

* on a terminal, :class:`RichProgress` draws a bar with articles done, rate, ETA and
  the number skipped, and leaves its final state on screen;
* otherwise (a log file, CI), :class:`SummaryProgress` stays quiet while working and
  writes one machine-readable line at the end, ``key=value`` pairs.

Use :func:`progress_for` as a context manager; it yields the hook to pass to
:func:`reporter.pipeline.build_brief`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

# The rate is averaged over this many seconds: long enough to smooth the pauses of
# the in-order window, short enough to follow a change of pace.
RATE_WINDOW_SECONDS = 30.0
# Redraws per second: more is invisible and costs the parent process time.
REFRESH_PER_SECOND = 4


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "–/s", style="progress.data.speed")


class RichProgress:
    """A progress bar on a terminal; call it as the progress hook."""

    def __init__(self, console: Console, description: str = "articles") -> None:
        self._progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("skipped {task.fields[skipped]}"),
            console=console,
            refresh_per_second=REFRESH_PER_SECOND,
            speed_estimate_period=RATE_WINDOW_SECONDS,
        )
        self._task = self._progress.add_task(description, total=None, skipped=0)

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def __call__(self, done: int, total: int, skipped: int) -> None:
        self._progress.update(self._task, total=total, completed=done, skipped=skipped)


class SummaryProgress:
    """Quiet while working; one ``key=value`` line on the console when done."""

    def __init__(self, console: Console, clock: Callable[[], float] = time.perf_counter) -> None:
        self._console = console
        self._clock = clock
        self._start = clock()
        self.done = self.total = self.skipped = 0

    def __enter__(self) -> SummaryProgress:
        self._start = self._clock()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._console.out(self.summary(), highlight=False)

    def __call__(self, done: int, total: int, skipped: int) -> None:
        self.done, self.total, self.skipped = done, total, skipped

    def summary(self) -> str:
        seconds = max(self._clock() - self._start, 0.0)
        rate = self.done / seconds if seconds > 0 else 0.0
        return (
            f"reporter: progress done={self.done} total={self.total} skipped={self.skipped} "
            f"seconds={seconds:.1f} rate={rate:.1f}"
        )


@contextmanager
def progress_for(console: Console) -> Iterator[RichProgress | SummaryProgress]:
    """The display that suits ``console``: a bar on a terminal, a summary line otherwise."""
    display: RichProgress | SummaryProgress
    display = RichProgress(console) if console.is_terminal else SummaryProgress(console)
    with display:
        yield display
