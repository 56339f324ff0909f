"""The corpus-wide stages (repost groups, the alignment) are taken from the cache only
for results with the same article-cache keys, and the brief is the same as computed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reporter import compare, pipeline
from reporter.brief import to_json
from reporter.scale.corpuscache import CORPUS_FOLDER, CorpusCache, corpus_key
from reporter.scale.executor import ScaleOptions
from reporter.settings import Settings

SEEDS = ("000_7ecb8a50a2b68392.txt", "001_fdf18b7b7cde6f83.txt", "004_3b3ccc4ba27ef21c.txt")


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # a secret of its own


@pytest.fixture
def corpus(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SEEDS:
        shutil.copy(examples_dir / name, folder / name)
    return folder


def _brief_json(settings: Settings, scale: ScaleOptions) -> str:
    return json.dumps(to_json(pipeline.build_brief(settings, scale=scale)), ensure_ascii=False)


def _count_aligns(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = compare.align

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.compare, "align", counted)
    return calls


def test_a_rebuild_of_the_same_articles_takes_the_corpus_stages_from_the_cache(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(inputs=(corpus,))
    plain = _brief_json(settings, ScaleOptions(jobs=1))
    scale = ScaleOptions(jobs=1, use_cache=True, cache_dir=tmp_path / "cache")
    aligns = _count_aligns(monkeypatch)
    first = _brief_json(settings, scale)
    assert len(aligns) == 1 and (tmp_path / "cache" / CORPUS_FOLDER).is_dir()
    again = _brief_json(settings, scale)
    assert len(aligns) == 1  # taken from the cache
    assert first == plain and again == plain


def test_a_changed_article_recomputes_them(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(inputs=(corpus,))
    scale = ScaleOptions(jobs=1, use_cache=True, cache_dir=tmp_path / "cache")
    aligns = _count_aligns(monkeypatch)
    _brief_json(settings, scale)
    edited = corpus / SEEDS[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n本文有改动。\n", encoding="utf-8")
    changed = _brief_json(settings, scale)
    assert len(aligns) == 2
    assert changed == _brief_json(settings, ScaleOptions(jobs=1))


def test_an_entry_not_signed_with_the_secret_is_never_used(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(inputs=(corpus,))
    scale = ScaleOptions(jobs=1, use_cache=True, cache_dir=tmp_path / "cache")
    aligns = _count_aligns(monkeypatch)
    first = _brief_json(settings, scale)
    folder = tmp_path / "cache" / CORPUS_FOLDER
    (entry,) = folder.glob("*.pkl")
    entry.write_bytes(b"planted")
    assert CorpusCache(tmp_path / "cache").get(entry.stem) is None
    assert _brief_json(settings, scale) == first
    assert len(aligns) == 2


def test_the_key_follows_the_article_keys_their_order_and_the_slim_results() -> None:
    keys = ["a" * 64, "b" * 64]
    assert corpus_key(keys, False) == corpus_key(list(keys), False)
    assert corpus_key(keys, False) != corpus_key(keys[::-1], False)
    assert corpus_key(keys, False) != corpus_key(keys[:1], False)
    assert corpus_key(keys, False) != corpus_key(keys, True)
