"""The per-article cache: a second run is served from disk and gives the same result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reporter import article, ingest, pipeline
from reporter.article import ArticleResult
from reporter.brief import to_json
from reporter.models import Skipped
from reporter.scale import cache as cache_module
from reporter.scale.cache import ENTRIES, ArticleCache, clear_cache, options_digest
from reporter.scale.executor import ScaleOptions, map_articles
from reporter.settings import Settings

SEEDS = ("000_7ecb8a50a2b68392.txt", "001_fdf18b7b7cde6f83.txt", "004_3b3ccc4ba27ef21c.txt")


@pytest.fixture
def small_corpus(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SEEDS:
        shutil.copy(examples_dir / name, folder / name)
    return folder


def _run(
    inputs: tuple[Path, ...], cache: ArticleCache, sentences: int = 5, jobs: int = 1
) -> list[ArticleResult | Skipped]:
    files, _ = ingest.discover(inputs)
    options = article.ArticleOptions.from_settings(Settings(sentences=sentences))
    scale = ScaleOptions(jobs=jobs, pool_min_articles=0)
    works = map_articles(pipeline.assign_ids(files), options, scale, cache=cache)
    return [w.outcome for w in works]


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_second_run_hits_every_entry_written_by_pool_workers(
    tmp_path: Path, corpus_inputs: tuple[Path, ...]
) -> None:
    root = tmp_path / "cache"
    first = ArticleCache(root)
    computed = _run(corpus_inputs, first, jobs=2)
    assert first.stats.hits == 0 and first.stats.misses == len(computed)

    second = ArticleCache(root)
    cached = _run(corpus_inputs, second, jobs=2)
    assert second.stats.hits == len(computed) and second.stats.misses == 0
    assert cached == computed  # frozen records compare field by field


def test_cached_brief_is_identical(tmp_path: Path, small_corpus: Path) -> None:
    settings = Settings(inputs=(small_corpus,))
    plain = to_json(pipeline.build_brief(settings, scale=ScaleOptions(jobs=1)))
    scale = ScaleOptions(jobs=1, use_cache=True, cache_dir=tmp_path / "cache")
    pipeline.build_brief(settings, scale=scale)
    again = to_json(pipeline.build_brief(settings, scale=scale))
    assert json.dumps(again, ensure_ascii=False) == json.dumps(plain, ensure_ascii=False)


def test_changed_options_or_bytes_miss(tmp_path: Path, small_corpus: Path) -> None:
    root = tmp_path / "cache"
    _run((small_corpus,), ArticleCache(root))

    other_options = ArticleCache(root)
    _run((small_corpus,), other_options, sentences=3)
    assert other_options.stats.hits == 0 and other_options.stats.misses == len(SEEDS)

    edited = small_corpus / SEEDS[1]
    edited.write_bytes(edited.read_bytes() + "\n记者 王芳\n".encode())
    after_edit = ArticleCache(root)
    _run((small_corpus,), after_edit)
    assert (after_edit.stats.hits, after_edit.stats.misses) == (len(SEEDS) - 1, 1)


def test_taxonomy_bytes_are_part_of_the_key(tmp_path: Path) -> None:
    taxonomy = tmp_path / "extra.toml"
    taxonomy.write_text("# first version\n", encoding="utf-8")
    options = article.ArticleOptions("lead", 5, taxonomy.as_posix(), False)
    before = options_digest(options)
    taxonomy.write_text("# second version\n", encoding="utf-8")
    assert options_digest(options) != before
    assert options_digest(options) != options_digest(article.ArticleOptions("lead", 5, None, False))


@pytest.mark.parametrize("library", ["jieba", "opencc", "datasketch"])
def test_an_upgrade_of_a_library_that_shapes_results_is_part_of_the_key(
    library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # datasketch: the cached repost fingerprints use its MinHash permutations.
    options = article.ArticleOptions("lead", 5, None, False)
    before = options_digest(options)
    real_version = cache_module.importlib_metadata.version

    def upgraded(name: str) -> str:
        return "999.0" if name == library else real_version(name)

    monkeypatch.setattr(cache_module.importlib_metadata, "version", upgraded)
    cache_module._library_versions.cache_clear()
    try:
        assert options_digest(options) != before
    finally:
        monkeypatch.undo()
        cache_module._library_versions.cache_clear()
    assert options_digest(options) == before


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_damaged_entry_is_recomputed_and_rewritten(
    tmp_path: Path, small_corpus: Path, damage: bytes
) -> None:
    root = tmp_path / "cache"
    computed = _run((small_corpus,), ArticleCache(root))
    entry = sorted((root / ENTRIES).rglob("*.pkl"))[0]
    entry.write_bytes(damage)

    repaired = ArticleCache(root)
    assert _run((small_corpus,), repaired) == computed
    assert repaired.stats.unreadable == 1 and repaired.stats.misses == 1

    healthy = ArticleCache(root)
    _run((small_corpus,), healthy)
    assert healthy.stats.hits == len(SEEDS)


def test_clear_cache_removes_every_entry(tmp_path: Path, small_corpus: Path) -> None:
    root = tmp_path / "cache"
    _run((small_corpus,), ArticleCache(root))
    assert clear_cache(root) == len(SEEDS)
    assert clear_cache(root) == 0
    cold = ArticleCache(root)
    _run((small_corpus,), cold)
    assert cold.stats.misses == len(SEEDS)


def test_unwritable_cache_does_not_stop_the_build(tmp_path: Path, small_corpus: Path) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory should be\n", encoding="utf-8")
    cache = ArticleCache(blocked)
    outcomes = _run((small_corpus,), cache)
    assert [o.document.id for o in outcomes if isinstance(o, ArticleResult)] == [
        Path(name).stem for name in SEEDS
    ]
    assert cache.stats.misses == len(SEEDS) and clear_cache(blocked) == 0


def test_a_file_over_the_size_limit_gets_no_key_and_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: the size says too large, nothing is written
        fh.truncate(ingest.MAX_BYTES + 1)
    small = tmp_path / "small.txt"
    small.write_text("崂山区选派干部。", encoding="utf-8")
    cache = ArticleCache(tmp_path / "cache")
    assert cache.key_for(big, "huge", "options") is None
    assert cache.key_for(small, "small", "options")


def test_every_record_is_slotted_and_pickles_as_its_fields() -> None:
    import dataclasses
    import inspect
    import pickle

    from reporter import models
    from reporter.article import ArticleOptions, ArticleResult
    from reporter.compare import model
    from reporter.scale.executor import _compute
    from reporter.settings import Settings

    records = [
        cls
        for module in (models, model)
        for _, cls in inspect.getmembers(module, dataclasses.is_dataclass)
        if cls.__module__ == module.__name__
    ]
    assert len(records) >= 20
    for cls in records:
        assert "__slots__" in vars(cls) and "__dict__" not in vars(cls), cls
    seed = sorted(Settings().resolved_inputs())[0]
    work = _compute(seed, seed.stem, ArticleOptions.from_settings(Settings()), None, None)
    assert isinstance(work.outcome, ArticleResult)
    fact = work.outcome.analysis.facts[0]
    values = tuple(getattr(fact, f.name) for f in dataclasses.fields(fact))
    assert fact.__reduce__() == (type(fact), values)
    assert pickle.loads(pickle.dumps(work)) == work


def test_swapped_cache_entries_are_not_served_for_the_wrong_inputs(
    tmp_path: Path, small_corpus: Path
) -> None:
    """Two valid entries exchanged on disk (a restored backup, a sync tool, a hand)
    used to be served each for the other's input: every entry names its key."""
    root = tmp_path / "cache"
    computed = _run((small_corpus,), ArticleCache(root))
    first, second = sorted((root / ENTRIES).rglob("*.pkl"))[:2]
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)

    swapped = ArticleCache(root)
    assert _run((small_corpus,), swapped) == computed
    assert swapped.stats.unreadable == 2 and swapped.stats.hits == len(SEEDS) - 2

    healthy = ArticleCache(root)  # and both were rewritten under their own keys
    assert _run((small_corpus,), healthy) == computed
    assert healthy.stats.hits == len(SEEDS)
