"""bench/gen_corpus.py: deterministic, noisy, distinct stories, with known re-posts."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from types import ModuleType

from reporter.corpus.reposts import MIN_CONTAINMENT, exact_containment, shingle_hashes

ARTICLES = 40


def test_same_seed_same_corpus_other_seed_other_corpus(gen_corpus: ModuleType) -> None:
    first = [gen_corpus.article_text(3, i) for i in range(5)]
    assert first == [gen_corpus.article_text(3, i) for i in range(5)]
    assert first != [gen_corpus.article_text(4, i) for i in range(5)]


def test_generate_writes_n_utf8_files(gen_corpus: ModuleType, tmp_path: Path) -> None:
    paths = gen_corpus.generate(7, tmp_path, seed=1)
    assert [p.name for p in paths] == [f"gen_{i:06d}.txt" for i in range(7)]
    assert all(
        p.read_text(encoding="utf-8") == gen_corpus.article_text(1, i) for i, p in enumerate(paths)
    )


def test_corpus_carries_every_kind_of_noise(gen_corpus: ModuleType) -> None:
    texts = [gen_corpus.article_text(0, i) for i in range(ARTICLES)]
    noise = gen_corpus.load_noise()
    traditional = [t for t in texts if gen_corpus.to_simplified(t) != t]
    assert 0 < len(traditional) < ARTICLES
    assert any("(qū)" in t or "(ge) " in t for t in traditional)  # pinyin annotations
    assert any(line in t for t in texts for line in noise.navigation)
    assert any("版权所有" in t or "責任編輯" in t or "责任编辑" in t for t in texts)


def test_stories_are_distinct_and_reposts_are_copies(gen_corpus: ModuleType) -> None:
    hashes = [
        shingle_hashes(gen_corpus.to_simplified(gen_corpus.article_text(0, i)))
        for i in range(ARTICLES)
    ]
    origin = [gen_corpus.repost_of(0, i) for i in range(ARTICLES)]
    story = [i if o is None else o for i, o in enumerate(origin)]
    assert any(o is not None for o in origin)
    for i, j in combinations(range(ARTICLES), 2):
        share = exact_containment(hashes[i], hashes[j])
        if story[i] == story[j]:
            assert share >= MIN_CONTAINMENT, (i, j, share)
        else:
            # Stories drawn from one small pool of seed sentences share some of them.
            assert share < MIN_CONTAINMENT, (i, j, share)
