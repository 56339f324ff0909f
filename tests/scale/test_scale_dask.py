"""The per-article stage on a Dask distributed cluster gives the local result."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reporter import article, ingest, pipeline
from reporter.brief import Brief
from reporter.scale.cache import ArticleCache
from reporter.scale.executor import ScaleOptions, map_articles
from reporter.settings import Settings

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_dask_brief_equals_local_brief(
    scheduler: str, examples_dir: Path, brief_text: Callable[[Brief], str]
) -> None:
    settings = Settings(inputs=(examples_dir,))
    local = pipeline.build_brief(settings, scale=ScaleOptions(jobs=1))
    remote = pipeline.build_brief(
        settings, scale=ScaleOptions(executor="dask", scheduler=scheduler)
    )
    assert brief_text(remote) == brief_text(local)


@pytest.mark.slow
def test_dask_results_fill_the_local_cache(
    scheduler: str, examples_dir: Path, tmp_path: Path
) -> None:
    files, _ = ingest.discover((examples_dir,))
    items = pipeline.assign_ids(files)
    options = article.ArticleOptions.from_settings(Settings())
    remote_cache = ArticleCache(tmp_path)
    scale = ScaleOptions(executor="dask", scheduler=scheduler)
    remote = [w.outcome for w in map_articles(items, options, scale, cache=remote_cache)]
    assert remote_cache.stats.misses == len(items)

    local_cache = ArticleCache(tmp_path)
    local = [
        w.outcome for w in map_articles(items, options, ScaleOptions(jobs=1), cache=local_cache)
    ]
    assert local_cache.stats.hits == len(items)
    assert local == remote


def test_dask_needs_a_scheduler_address(examples_dir: Path) -> None:
    with pytest.raises(ValueError, match="scheduler address"):
        pipeline.build_brief(Settings(inputs=(examples_dir,)), scale=ScaleOptions(executor="dask"))
