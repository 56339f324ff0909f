"""The fork server that starts warm workers ends with the pool and comes back for the next."""

from __future__ import annotations

from multiprocessing import forkserver
from pathlib import Path

import pytest

from reporter import article, pipeline
from reporter.scale import executor
from reporter.scale.executor import ScaleOptions, map_articles
from reporter.settings import Settings


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_pool_leaves_no_fork_server_and_a_second_pool_works() -> None:
    files = sorted(Settings().resolved_inputs())[:3]
    items = pipeline.assign_ids(files)
    options = article.ArticleOptions.from_settings(Settings())
    scale = ScaleOptions(jobs=2, pool_min_articles=1)
    runs = []
    for _ in range(2):
        runs.append([w.outcome for w in map_articles(items, options, scale)])
        # CPython's own bookkeeping: the pid of a running fork server, else None.
        assert forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]
    assert runs[0] == runs[1]
    assert [r.document.id for r in runs[0]] == [Path(p).stem for p in files]  # type: ignore[union-attr]


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_a_run_the_cache_serves_whole_starts_no_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(Settings().resolved_inputs())[:3]
    items = pipeline.assign_ids(files)
    options = article.ArticleOptions.from_settings(Settings())
    scale = ScaleOptions(jobs=2, pool_min_articles=1, use_cache=True, cache_dir=tmp_path)
    first = [w.outcome for w in map_articles(items, options, scale)]  # fills the cache

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started although every file was cached")

    monkeypatch.setattr(executor, "ProcessPoolExecutor", no_pool)
    again = [w.outcome for w in map_articles(items, options, scale)]
    assert again == first
    # One file changed: its miss needs a worker after all.
    changed = tmp_path / "changed.txt"
    changed.write_bytes(files[0].read_bytes() + "\n崂山区又选派一批干部到一线。".encode())
    with pytest.raises(AssertionError, match="a pool was started"):
        list(map_articles([*items, (changed, "changed")], options, scale))
