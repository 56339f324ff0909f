"""Issue 17, trust: the cache runs no code it did not write, serves no entry for
another input, and stays within its size bound."""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from reporter import article, ingest, pipeline
from reporter.article import ArticleWork
from reporter.models import Skipped
from reporter.scale import cache as cache_module
from reporter.scale.cache import (
    MAGIC,
    SIGNATURE_BYTES,
    ArticleCache,
    cache_secret,
    options_digest,
    prune,
    seal,
    secret_path,
    store,
)
from reporter.settings import Settings

SEEDS = ("000_7ecb8a50a2b68392.txt", "001_fdf18b7b7cde6f83.txt")


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config directory of the test's own, so the secret is made fresh there."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


def _keys(folder: Path, cache: ArticleCache) -> list[tuple[Path, str]]:
    files, _ = ingest.discover([folder])
    options_key = options_digest(article.ArticleOptions.from_settings(Settings()))
    out = []
    for path, article_id in pipeline.assign_ids(files):
        key = cache.key_for(path, article_id, options_key)
        assert key is not None
        out.append((path, key))
    return out


@pytest.fixture
def corpus(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SEEDS:
        shutil.copy(examples_dir / name, folder / name)
    return folder


class _Planted:
    """What an attacker pickles: loading it calls os.mkdir(marker)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def test_a_pickle_planted_in_the_cache_directory_runs_no_code(tmp_path: Path, corpus: Path) -> None:
    cache = ArticleCache(tmp_path / "cache")
    (_path, key), *_ = _keys(corpus, cache)
    marker = tmp_path / "pwned"
    entry = cache._path(key)
    entry.parent.mkdir(parents=True)
    # planted as the old format was (a bare pickle) and as the new one, unsigned
    for data in (
        pickle.dumps(_Planted(marker)),
        cache_module.MAGIC + b"\0" * 32 + pickle.dumps(_Planted(marker)),
    ):
        entry.write_bytes(data)
        assert cache.get(key) is None
        assert not marker.exists()
    assert cache.stats.unsigned == 2


def test_two_valid_cache_entries_swapped_on_disk_are_not_served(
    tmp_path: Path, corpus: Path
) -> None:
    cache = ArticleCache(tmp_path / "cache")
    (path_a, key_a), (path_b, key_b) = _keys(corpus, cache)
    cache.put(key_a, ArticleWork(Skipped(path_a.as_posix(), "a"), None))
    cache.put(key_b, ArticleWork(Skipped(path_b.as_posix(), "b"), None))
    assert cache.get(key_a) is not None and cache.get(key_b) is not None
    a, b = cache._path(key_a), cache._path(key_b)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    assert cache.get(key_a) is None and cache.get(key_b) is None


def test_the_cache_secret_lives_in_the_config_directory_private(own_config: Path) -> None:
    secret = cache_secret()
    assert secret is not None and len(secret) >= 32
    assert secret_path().is_relative_to(own_config)
    assert secret_path().stat().st_mode & 0o077 == 0
    assert cache_secret() == secret  # made once, then read


def test_without_a_usable_secret_the_cache_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    assert cache_secret() is None
    work = ArticleWork(Skipped("a.txt", "a"), None)
    assert not store(tmp_path / "cache", "ab" * 32, work)
    assert ArticleCache(tmp_path / "cache").get("ab" * 32) is None


def test_the_cache_has_no_size_bound_no_more(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    cache = ArticleCache(root)
    keys = [f"{i:02x}" * 32 for i in range(10)]
    for i, key in enumerate(keys):
        cache.put(key, ArticleWork(Skipped(f"{i}.txt", "x" * 2000), None))
        os.utime(cache._path(key), ns=(i * 10**9, i * 10**9))  # 0 oldest, 9 newest
    size = cache._path(keys[0]).stat().st_size
    time.sleep(0.01)
    assert cache.get(keys[0]) is not None  # a hit: now the most recently used
    removed = prune(root, max_bytes=size * 5)
    left = [k for k in keys if cache._path(k).exists()]
    assert removed == 6 and len(left) == 4  # down to 80% of the bound
    assert left == [keys[0], keys[7], keys[8], keys[9]]
    assert prune(root, max_bytes=size * 5) == 0  # within the bound: nothing to do


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_an_entry_leaves_the_collector_as_it_was(tmp_path: Path, enabled: bool) -> None:
    # Entries are unpickled with the collector paused; a hit or a damaged entry alike
    # must hand it back as the caller had it.
    cache = ArticleCache(tmp_path / "cache")
    good, bad = "ab" * 32, "cd" * 32
    cache.put(good, ArticleWork(Skipped("a.txt", "kept"), None))
    cache.put(bad, ArticleWork(Skipped("b.txt", "damaged"), None))
    entry = cache._path(bad)
    data = entry.read_bytes()
    sealed = seal(bad, data[len(MAGIC) + SIGNATURE_BYTES : -5], cache_secret() or b"")
    entry.write_bytes(sealed)  # signed, but a truncated pickle
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        hit = cache.get(good)
        assert hit is not None and hit.outcome == Skipped("a.txt", "kept")
        assert gc.isenabled() is enabled
        assert cache.get(bad) is None
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
