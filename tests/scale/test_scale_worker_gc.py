"""Pool workers keep their long-lived objects out of the cyclic collector's sight
(gc.freeze, every WORKER_FREEZE_EVERY articles); inline and Dask runs never do."""

from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reporter import article, pipeline
from reporter.scale import executor, upkeep
from reporter.scale.executor import ScaleOptions, map_articles
from reporter.scale.upkeep import WORKER_FREEZE_EVERY
from reporter.settings import Settings


def _process_and_report(path: str, article_id: str) -> tuple[int, int | None]:
    # Runs in the worker: one article as the pool runs it, then the worker's state.
    options = article.ArticleOptions.from_settings(Settings())
    work = executor._compute(Path(path), article_id, options, None, None)
    assert isinstance(work.outcome, article.ArticleResult)
    freezer = upkeep.worker_freezer()
    return gc.get_freeze_count(), freezer.left if freezer else None


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_a_pool_worker_freezes_after_warming_up_and_every_n_articles() -> None:
    files = sorted(Settings().resolved_inputs())
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(1, mp_context=context, initializer=executor.init_pool_worker) as pool:
        states = [
            pool.submit(_process_and_report, str(files[k % len(files)]), f"a{k}").result()
            for k in range(WORKER_FREEZE_EVERY + 1)
        ]
    frozen = [count for count, _ in states]
    countdowns = [left for _, left in states]
    # Warm objects are frozen before the first article ...
    assert frozen[0] > 0
    # ... the countdown falls by one an article, and at zero the worker freezes again
    # (what the articles since left alive) and starts over.
    assert countdowns[: WORKER_FREEZE_EVERY - 1] == list(range(WORKER_FREEZE_EVERY - 1, 0, -1))
    assert countdowns[WORKER_FREEZE_EVERY - 1] == WORKER_FREEZE_EVERY
    assert frozen[WORKER_FREEZE_EVERY - 1] > frozen[WORKER_FREEZE_EVERY - 2]


def test_inline_work_freezes_nothing() -> None:
    files = sorted(Settings().resolved_inputs())
    items = pipeline.assign_ids(files)
    options = article.ArticleOptions.from_settings(Settings())
    before = gc.get_freeze_count()
    outcomes = list(map_articles(items, options, ScaleOptions(jobs=1)))
    assert len(outcomes) == len(files)
    assert upkeep.worker_freezer() is None
    assert gc.get_freeze_count() == before


def test_importing_the_warm_up_does_nothing() -> None:
    # Only the fork server's preload module warms and freezes, when it is imported.
    import os
    import subprocess
    import sys

    code = "import gc, reporter.scale.warm; print(gc.get_freeze_count())"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == "0"
