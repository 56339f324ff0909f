"""Per-article work (stages 1-5a) across processes or a Dask cluster, in input order.

:func:`map_articles` runs :func:`reporter.article.process_file` for every input and
yields the outcomes in input order, whatever executed them: inline (one job), a local
process pool, or the workers of an existing Dask distributed cluster.  Submissions
are bounded (:data:`IN_FLIGHT_PER_WORKER`), so a corpus of any size streams through
with only a few results waiting at a time.  With a cache, hits are served in the
calling process and only misses reach the workers.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from reporter.article import ArticleOptions, ArticleResult, ArticleWork, Timings, process_file
from reporter.ingest import shown_path
from reporter.models import Skipped
from reporter.scale import upkeep
from reporter.scale.budget import ARTICLE_SECONDS, BudgetExceeded, time_budget
from reporter.scale.cache import ArticleCache, options_digest, store
from reporter.text.segment import ensure_jieba

if TYPE_CHECKING:
    from distributed.diagnostics.plugin import WorkerPlugin

ExecutorName = Literal["local", "dask"]
ProgressHook = Callable[[int, int, int], None]  # (done, total, skipped so far)

# Results queued per worker: enough that a worker never waits for the parent to hand
# it the next file, few enough that the results waiting in order stay a handful.
IN_FLIGHT_PER_WORKER = 4
# Below this many files a pool costs more than it saves: starting a warm fork server
# costs more than a second worker saves (docs/performance.md).
POOL_MIN_ARTICLES = 64
# Exit status of a pool worker that found its build gone (see init_pool_worker).
EXIT_PARENT_GONE = 70
# Exit status of a build ended by SIGTERM: the shell's 128 + 15.
EXIT_TERMINATED = 128 + signal.SIGTERM
# Seconds to wait for a terminated worker to be gone (it dies at once; this bounds a
# worker stuck in the kernel).
WORKER_JOIN_SECONDS = 5


def failed_reason(exc: BaseException) -> str:
    """The skip reason of an article whose processing raised: the error, and that it is
    the tool's fault (the input may be odd, but an odd input should be skipped politely)."""
    error = f"{type(exc).__name__}: {exc}"
    return f"failed: an error in reporter while reading it ({error}); please report it"


class ArticleFailed(Exception):
    """An unexpected error while processing one file (a bug, not a bad input)."""

    def __init__(self, source_path: str, reason: str) -> None:
        # Both arguments go to Exception so the error pickles back from a worker.
        super().__init__(source_path, reason)
        self.source_path = source_path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.source_path}: {self.reason}"


@dataclass(frozen=True)
class ScaleOptions:
    """How per-article work is executed; never changes what it produces."""

    jobs: int | None = None  # None: one per core
    executor: ExecutorName = "local"
    scheduler: str | None = None  # Dask scheduler address, e.g. "tcp://10.0.0.5:8786"
    use_cache: bool = False
    cache_dir: Path | None = None  # None: platformdirs.user_cache_dir("reporter")
    pool_min_articles: int = POOL_MIN_ARTICLES  # fewer files than this run inline
    # Seconds one article's work may take before it is skipped (reporter.scale.budget); None:
    # no budget.  Local work only: a Dask worker runs tasks in threads, which no timer
    # signal reaches.
    article_seconds: float | None = ARTICLE_SECONDS

    def resolved_jobs(self) -> int:
        return max(1, self.jobs if self.jobs is not None else usable_cores())


def usable_cores() -> int:
    """Cores this process may run on (a container or ``taskset`` may allow fewer than
    the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def init_worker() -> None:
    """Load what every article needs once per worker, not once per article: the jieba
    dictionary and its part-of-speech tables, set up (quietly) as the stages use them."""
    ensure_jieba()


def init_pool_worker(parent: Connection | None = None) -> None:
    """:func:`init_worker` for a worker of our own process pool, which then keeps its
    long-lived objects out of the cyclic garbage collector's sight
    (:func:`reporter.scale.upkeep.worker_started`).  Not for Dask workers: their heap
    is Dask's.

    ``parent`` is the read end of a pipe whose only write end the build holds: when
    it reads end-of-file the build is gone (killed, even by ``kill -9``), and the
    worker exits at once instead of waiting forever for work (the pool's own queues
    never report the parent's death: every worker holds their write ends too)."""
    if parent is not None:
        threading.Thread(
            target=_exit_with, args=(parent,), name="reporter-parent-watch", daemon=True
        ).start()
    init_worker()
    upkeep.worker_started()


def _exit_with(parent: Connection) -> None:
    with suppress(EOFError, OSError):
        parent.recv_bytes()  # nothing is ever sent: this returns at end-of-file only
    os._exit(EXIT_PARENT_GONE)


class Terminated(SystemExit):
    """SIGTERM, raised in the main thread so that every ``with`` and ``finally`` of the
    build runs (pools ended, temporary files removed) before the process exits with
    the shell's code for it."""

    def __init__(self) -> None:
        super().__init__(EXIT_TERMINATED)


@contextmanager
def ended_on_signals() -> Iterator[None]:
    """Within it, SIGTERM raises :class:`Terminated` (SIGINT raises KeyboardInterrupt
    already), and any exception leaving it ends every pool of this process at once
    (:func:`end_pools`) rather than waiting for the articles in flight.  The handler
    is installed from the main thread only (Python's rule) and restored after."""
    previous = None
    main = threading.current_thread() is threading.main_thread()
    if main:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    except BaseException:
        end_pools()
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise Terminated()


# The pools of this process that are running, to end them on a signal.
_live_pools: set[ProcessPoolExecutor] = set()


def end_pools() -> None:
    """End every pool of this process now: workers terminated, then the fork server.
    What they were computing is lost, which is what an interrupted build wants; the
    resource tracker exits by itself once no process of the build holds its pipe."""
    for pool in list(_live_pools):
        _terminate(pool)
    _stop_fork_server()


def _terminate(pool: ProcessPoolExecutor) -> None:
    _live_pools.discard(pool)
    # ``_processes`` is CPython's own (3.14 adds terminate_workers() for this).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(WORKER_JOIN_SECONDS)


def _compute(
    path: Path,
    article_id: str,
    options: ArticleOptions,
    cache_root: Path | None,
    key: str | None,
    timings: Timings | None = None,
    slim: bool = False,
    budget: float | None = None,
) -> ArticleWork:
    upkeep.article_done()
    try:
        with time_budget(budget):
            work = process_file(path, article_id, options, timings)
    except BudgetExceeded as exc:
        # Skipped with the reason, and not cached: how long it took depends on the
        # machine, not on the input alone.
        return ArticleWork(Skipped(shown_path(path), str(exc)), None)
    except Exception as exc:
        # A bug met on one input must not cost the user the batch: the article is skipped
        # with the error named (and not cached: the next version may read it).
        return ArticleWork(Skipped(shown_path(path), failed_reason(exc)), None)
    if cache_root is not None and key is not None:
        # Written where it was computed, so the parent never re-serialises it.
        store(cache_root, key, work)
    # Cached in full above; what travels to the parent is what it keeps.
    return _slimmed(work) if slim else work


def _slimmed(work: ArticleWork) -> ArticleWork:
    if not isinstance(work.outcome, ArticleResult) or not work.outcome.document.sentences:
        return work  # skipped, or slim already (what workers send)
    return dataclasses.replace(work, outcome=work.outcome.slim())


class _HasResult(Protocol):
    def result(self) -> ArticleWork: ...


@dataclass(frozen=True)
class _Ready:
    value: ArticleWork

    def result(self) -> ArticleWork:
        return self.value


Submit = Callable[[Path, str, str | None], _HasResult]


def _ordered(
    items: Iterable[tuple[Path, str]],
    options: ArticleOptions,
    cache: ArticleCache | None,
    submit: Submit,
    limit: int,
    keys: list[str | None] | None = None,
) -> Iterator[ArticleWork]:
    """Submit misses with at most ``limit`` pending; yield outcomes in input order.
    ``keys``, when given, gets each yielded outcome's cache key (None: not cached)."""
    options_key = options_digest(options) if cache is not None else None
    window: deque[tuple[str | None, _HasResult]] = deque()
    pending = 0
    for path, article_id in items:
        key = None
        hit = None
        if cache is not None and options_key is not None:
            try:
                key = cache.key_for(path, article_id, options_key)
            except OSError:
                # Unreadable here: ingest will say why, as a skipped input, uncached.
                key = None
            hit = cache.get(key) if key is not None else None
        if hit is not None:
            window.append((key, _Ready(hit)))
        else:
            window.append((key, submit(path, article_id, key)))
            pending += 1
        while window and (isinstance(window[0][1], _Ready) or pending >= limit):
            head_key, head = window.popleft()
            if not isinstance(head, _Ready):
                pending -= 1
            outcome = head.result()
            if keys is not None:
                keys.append(head_key)
            yield outcome
    while window:
        head_key, head = window.popleft()
        outcome = head.result()
        if keys is not None:
            keys.append(head_key)
        yield outcome


def _progress(
    outcomes: Iterator[ArticleWork], total: int, hook: ProgressHook | None
) -> Iterator[ArticleWork]:
    skipped = 0
    for done, outcome in enumerate(outcomes, start=1):
        skipped += isinstance(outcome.outcome, Skipped)
        if hook is not None:
            hook(done, total, skipped)
        yield outcome


def map_articles(
    items: Sequence[tuple[Path, str]],
    options: ArticleOptions,
    scale: ScaleOptions | None = None,
    on_progress: ProgressHook | None = None,
    cache: ArticleCache | None = None,
    timings: Timings | None = None,
    slim: bool = False,
    keys: list[str | None] | None = None,
) -> Iterator[ArticleWork]:
    """Stages 1-5a for every ``(path, article_id)``, outcomes in input order.

    ``slim``: results come back as :meth:`ArticleResult.slim` makes them (the cache
    keeps them whole), so a large corpus never has a whole article in the parent.
    ``cache`` overrides the one ``scale`` describes (tests pass their own to count hits).
    ``timings`` gets per-stage seconds when the work runs inline (one job); from
    workers only the wall-clock of the whole per-article phase is known.
    ``keys``, when given, gets each outcome's cache key as it is yielded (None: the
    cache is off or the file was not cacheable), so results can be told apart by them.
    Raises :class:`ArticleFailed` naming the file when a stage fails unexpectedly.
    """
    scale = scale or ScaleOptions()
    if cache is None and scale.use_cache:
        cache = ArticleCache(scale.cache_dir) if scale.cache_dir else ArticleCache()
    if scale.executor == "dask":
        outcomes = _map_dask(items, options, scale, cache, keys)
    else:
        jobs = scale.resolved_jobs() if len(items) >= scale.pool_min_articles else 1
        outcomes = _map_local(
            items, options, jobs, cache, timings, slim, scale.article_seconds, keys
        )
    if slim:
        # Workers slim what they compute; cache hits and Dask results arrive whole.
        # (Slimming a slim result changes nothing.)
        outcomes = map(_slimmed, outcomes)
    if cache is not None:
        outcomes = _pruned_after(outcomes, cache)
    return _progress(outcomes, len(items), on_progress)


def _pruned_after(outcomes: Iterator[ArticleWork], cache: ArticleCache) -> Iterator[ArticleWork]:
    """The outcomes; once they are all through, the cache is brought back within its
    bound (:func:`reporter.scale.cache.prune`) if anything was computed (and so stored)."""
    yield from outcomes
    if cache.stats.misses:
        cache.prune()


def _map_local(
    items: Sequence[tuple[Path, str]],
    options: ArticleOptions,
    jobs: int,
    cache: ArticleCache | None,
    timings: Timings | None,
    slim: bool = False,
    budget: float | None = None,
    keys: list[str | None] | None = None,
) -> Iterator[ArticleWork]:
    root = cache.root if cache is not None else None
    if jobs == 1:

        def inline(path: Path, article_id: str, key: str | None) -> _HasResult:
            return _Ready(_compute(path, article_id, options, root, key, timings, slim, budget))

        yield from _ordered(items, options, cache, inline, 1, keys)
        return
    # A fork server, not plain fork: the parent may run threads (a progress bar, a
    # Dask client) that fork would copy mid-flight.
    context = multiprocessing.get_context("forkserver")
    upkeep.warm_fork_server(context)
    pool: ProcessPoolExecutor | None = None
    with ExitStack() as stack:

        def submit(path: Path, article_id: str, key: str | None) -> _HasResult:
            nonlocal pool
            # Started at the first cache miss: a run the cache serves whole never
            # pays for the fork server.  Workers live as long as the pool (every stage
            # cache is bounded): max_tasks_per_child can hang a pool (cpython #115634).
            if pool is None:
                watch, alive = context.Pipe(duplex=False)  # see init_pool_worker
                stack.callback(alive.close)
                stack.callback(watch.close)
                pool = stack.enter_context(
                    ProcessPoolExecutor(
                        jobs,
                        mp_context=context,
                        initializer=init_pool_worker,
                        initargs=(watch,),
                    )
                )
                _live_pools.add(pool)
                stack.callback(_live_pools.discard, pool)
            return pool.submit(_compute, path, article_id, options, root, key, None, slim, budget)

        try:
            yield from _ordered(items, options, cache, submit, jobs * IN_FLIGHT_PER_WORKER, keys)
        except BaseException:
            # A failure, a signal, or the consumer gone (GeneratorExit): the articles
            # in flight are not wanted; waiting for them could take minutes.
            if pool is not None:
                _terminate(pool)
            raise
    if pool is not None:
        _stop_fork_server()


def _stop_fork_server() -> None:
    """End the fork server once the workers are gone: it holds a warm copy of every
    stage that the corpus-wide stages after it never use.  A later pool
    starts a new one.  ``_stop`` is CPython's own (its tests call it); where it is
    missing the server lives on until the process ends, as it would anyway."""
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        stop()


def _worker_plugin() -> WorkerPlugin:
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmWorker(WorkerPlugin):
        name = "reporter-warm-worker"

        def setup(self, worker: object) -> None:
            init_worker()

    return WarmWorker()


def _map_dask(
    items: Sequence[tuple[Path, str]],
    options: ArticleOptions,
    scale: ScaleOptions,
    cache: ArticleCache | None,
    keys: list[str | None] | None = None,
) -> Iterator[ArticleWork]:
    """The same work on an existing Dask cluster; its workers must see the input paths."""
    from distributed import Client

    if not scale.scheduler:
        raise ValueError("the dask executor needs a scheduler address")
    with Client(scale.scheduler, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        client.register_plugin(_worker_plugin())
        threads = sum(client.nthreads().values()) or 1

        def submit(path: Path, article_id: str, key: str | None) -> _HasResult:
            # Remote workers have their own disks: the entry is stored here on arrival.
            future = client.submit(_compute, path, article_id, options, None, None, pure=False)
            return _Stored(future, cache, key)

        yield from _ordered(items, options, cache, submit, threads * IN_FLIGHT_PER_WORKER, keys)


@dataclass
class _Stored:
    """A remote result that goes into the local cache when it is collected."""

    future: _HasResult
    cache: ArticleCache | None
    key: str | None

    def result(self) -> ArticleWork:
        outcome = self.future.result()
        if self.cache is not None and self.key is not None:
            self.cache.put(self.key, outcome)
        return outcome
