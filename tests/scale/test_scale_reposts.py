"""Re-posted copies of a story land in one group; distinct stories never do."""

from __future__ import annotations

import random
import shutil
from itertools import combinations
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import pipeline
from reporter.brief import to_json
from reporter.corpus.reposts import (
    LSH_THRESHOLD,
    MIN_CONTAINMENT,
    MIN_SHINGLES,
    MINHASH_SEED,
    NUM_PERM,
    _bands,
    _join_copies,
    counted_once,
    earlier_candidates,
    estimated_containment,
    exact_containment,
    fingerprint,
    fingerprint_text,
    group_reposts,
    shingle_hashes,
    signature,
)
from reporter.models import Document
from reporter.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "scale"
# The share of a seed's characters its truncated re-post keeps (whole lines).
KEEP = 0.6


def renoise(text: str, gen: ModuleType, rng: random.Random) -> str:
    """A re-post as an aggregator makes it: cut short, the other script (with pinyin
    annotations when traditional), its own header and footer lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    kept: list[str] = []
    while lines and sum(map(len, kept)) < KEEP * len(text):
        kept.append(lines.pop(0))
    body = "\n".join(kept)
    if gen.to_simplified(body) == body:
        body = gen.annotate_pinyin(gen.to_traditional(body), gen.load_noise().pinyin, rng, 0.8)
    else:
        body = gen.to_simplified(gen.strip_seed_pinyin(body))
    head = (FIXTURES / "repost_head.txt").read_text(encoding="utf-8")
    foot = (FIXTURES / "repost_foot.txt").read_text(encoding="utf-8")
    return head + body + "\n" + foot


@pytest.fixture(scope="module")
def seeds_and_reposts(
    tmp_path_factory: pytest.TempPathFactory, examples_dir: Path, gen_corpus: ModuleType
) -> tuple[Path, list[Document]]:
    folder = tmp_path_factory.mktemp("reposts")
    rng = random.Random(11)
    for seed in sorted(examples_dir.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
        text = seed.read_text(encoding="utf-8")
        (folder / f"{seed.stem}_repost.txt").write_text(renoise(text, gen_corpus, rng), "utf-8")
    docs, skipped = pipeline.load_documents((folder,))
    assert not skipped
    return folder, docs


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("青島市嶗山區(qū)", "青島市嶗山區"),
        ("選派出 １６２８名幹部", "選派出1628名幹部"),
        ("一個(ge) 人，兩個(gè)人", "一個人兩個人"),
        ("Hello, 世界！<p>2022</p>", "世界2022"),
    ],
)
def test_fingerprint_keeps_what_reposting_preserves(text_in: str, text_out: str) -> None:
    assert fingerprint_text(text_in) == text_out


def test_each_seed_groups_with_its_renoised_truncated_copy(
    seeds_and_reposts: tuple[Path, list[Document]],
) -> None:
    _, docs = seeds_and_reposts
    groups = group_reposts(docs)
    pairs = sorted(tuple(sorted(c.article_id for c in g.copies)) for g in groups)
    seeds = sorted(d.id for d in docs if not d.id.endswith("_repost"))
    assert pairs == [(seed, f"{seed}_repost") for seed in seeds]
    for group in groups:
        # The whole copy is kept: the re-post lost its last 40 %.
        assert not group.representative.endswith("_repost")
        assert group.copies[0].article_id == group.representative
        assert group.copies[1].containment >= MIN_CONTAINMENT


def test_distinct_seeds_never_group(examples_dir: Path) -> None:
    docs, skipped = pipeline.load_documents(sorted(examples_dir.glob("*.txt")))
    assert len(docs) == 5 and not skipped
    assert group_reposts(docs) == ()
    prints = {d.id: fingerprint(d) for d in docs}
    for a, b in combinations(sorted(prints), 2):
        values_a, values_b = (np.frombuffer(prints[k].hashvalues, dtype="<u8") for k in (a, b))
        jaccard = np.float64((values_a == values_b).mean())
        share = estimated_containment(
            jaccard, np.float64(prints[a].size), np.float64(prints[b].size)
        )
        # Far from the threshold, not just under it.
        assert share < MIN_CONTAINMENT / 2, (a, b, share)


def test_grouping_is_deterministic_and_independent_of_input_order(
    seeds_and_reposts: tuple[Path, list[Document]],
) -> None:
    _, docs = seeds_and_reposts
    first = group_reposts(docs)
    assert group_reposts(docs) == first
    backwards = group_reposts(list(reversed(docs)))
    assert {(g.representative, frozenset(c.article_id for c in g.copies)) for g in backwards} == {
        (g.representative, frozenset(c.article_id for c in g.copies)) for g in first
    }


def test_brief_counts_a_story_once_and_lists_every_copy(
    seeds_and_reposts: tuple[Path, list[Document]],
) -> None:
    folder, docs = seeds_and_reposts
    brief = pipeline.build_brief(Settings(inputs=(folder,)))
    assert len(brief.documents) == len(docs) // 2
    assert {d.id for d in brief.documents} == {d.id for d in docs if not d.id.endswith("_repost")}
    assert [d.id for d in brief.documents] == [
        docs[i].id for i in counted_once(docs, brief.reposts)
    ]
    listed = to_json(brief)["reposts"]
    paths = sorted(c["source_path"] for g in listed for c in g["copies"])
    assert paths == sorted(d.article.source_path for d in docs)


def test_a_passage_quoted_by_two_articles_does_not_merge_them(
    tmp_path: Path, examples_dir: Path
) -> None:
    first = (examples_dir / "001_fdf18b7b7cde6f83.txt").read_text(encoding="utf-8")
    other = (examples_dir / "004_3b3ccc4ba27ef21c.txt").read_text(encoding="utf-8")
    lines = first.splitlines()
    passage = "\n".join(lines[: len(lines) // 2])  # half the story: many shared shingles
    (tmp_path / "a_original.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b_quoting.txt").write_text(other + "\n" + passage + "\n", encoding="utf-8")
    (tmp_path / "c_passage.txt").write_text("转载\n" + passage + "\n", encoding="utf-8")
    docs, skipped = pipeline.load_documents((tmp_path,))
    assert not skipped

    groups = group_reposts(docs)
    members = [{c.article_id for c in g.copies} for g in groups]
    assert not any({"a_original", "b_quoting"} <= m for m in members)
    assert any("c_passage" in m for m in members)


def pairs(values: np.ndarray, rows: np.ndarray) -> set[tuple[int, int]]:
    return {(int(j), i) for i, found in earlier_candidates(values, rows) for j in found}


def _datasketch_pairs(values: np.ndarray) -> set[tuple[int, int]]:
    """What datasketch's own LSH index returns for the same signatures."""
    import datasketch

    lsh = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    pairs = set()
    for i, row in enumerate(values):
        minhash = datasketch.MinHash(num_perm=NUM_PERM, hashvalues=row, scheme="affine32")
        pairs |= {(j, i) for j in lsh.query(minhash)}
        lsh.insert(i, minhash)
    return pairs


def _datasketch_signature(hashes: list[int]) -> np.ndarray:
    """datasketch's own MinHash of the (already hashed) shingles."""
    import datasketch

    minhash = datasketch.MinHash(
        num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=int, scheme="affine32"
    )
    minhash.update_batch(hashes)
    values: np.ndarray = minhash.hashvalues
    return values


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), max_size=300, unique=True))
def test_signature_is_datasketchs_minhash(values: list[int]) -> None:
    # Edge values (0, the largest hash) and the empty set included by hypothesis.
    got = signature(np.array(sorted(values), dtype=np.uint32))
    assert got.dtype == np.uint32
    assert np.array_equal(got, _datasketch_signature(values))


def test_signatures_of_real_articles_are_datasketchs(
    seeds_and_reposts: tuple[Path, list[Document]],
) -> None:
    _, docs = seeds_and_reposts
    for doc in docs:
        hashes = shingle_hashes(doc.article.text)
        assert hashes.size > MIN_SHINGLES
        assert np.array_equal(signature(hashes), _datasketch_signature(hashes.tolist())), doc.id


def test_banded_candidates_are_datasketchs_lsh_candidates(
    seeds_and_reposts: tuple[Path, list[Document]],
) -> None:
    # Real signatures (seeds, their re-posts) plus random ones, some of which copy a
    # single band of another: a pair LSH must find although the rest differs.
    _, docs = seeds_and_reposts
    real = [np.frombuffer(fingerprint(d).hashvalues, dtype="<u8") for d in docs]
    rng = np.random.default_rng(5)
    noise = rng.integers(0, 2**32, size=(60, NUM_PERM), dtype=np.uint64)
    bands, width = _bands()
    for k in range(0, 60, 6):
        band = int(rng.integers(bands))
        noise[k + 1, band * width : (band + 1) * width] = noise[
            k, band * width : (band + 1) * width
        ]
    values = np.vstack([np.array(real), noise])
    rows = np.arange(len(values), dtype=np.int64)
    found = pairs(values, rows)
    expected = _datasketch_pairs(values)
    assert found == expected
    assert {(k, k + 1) for k in range(len(real), len(values), 6)} <= found
    assert {(2 * k, 2 * k + 1) for k in range(len(real) // 2)} & found  # seed and its re-post
    # Rows left out are never paired.
    some = rows[::2]
    assert pairs(values, some) == {(a, b) for a, b in expected if a % 2 == 0 and b % 2 == 0}


def test_lsh_bands_are_datasketchs() -> None:
    # Written out so that grouping cached fingerprints never imports datasketch.
    import datasketch

    lsh = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert _bands() == (lsh.b, lsh.r)


def _intersect_containment(a: np.ndarray, b: np.ndarray) -> float:
    """The pairwise check grouping used before: ``np.intersect1d`` per pair."""
    smaller = min(len(a), len(b))
    return len(np.intersect1d(a, b, assume_unique=True)) / smaller if smaller else 0.0


def _components(parent: list[int]) -> list[int]:
    roots = []
    for i in range(len(parent)):
        while parent[i] != i:
            i = parent[i]
        roots.append(i)
    return roots


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(5, 60)), min_size=2, max_size=25),
    st.randoms(use_true_random=False),
)
def test_joining_groups_equals_checking_every_pair(
    spans: list[tuple[int, int]], rng: random.Random
) -> None:
    # Texts as runs of shingle hashes that overlap by varying amounts, so containments
    # fall on both sides of MIN_CONTAINMENT; random earlier candidates per row.
    texts = [np.arange(start, start + length, dtype=np.uint32) * 7 for start, length in spans]
    candidates = {
        row: sorted(rng.sample(range(row), rng.randint(0, row))) for row in range(1, len(texts))
    }
    pairwise = list(range(len(texts)))
    grouped = list(range(len(texts)))
    for row, earlier in candidates.items():
        for j in earlier:
            if _intersect_containment(texts[row], texts[j]) >= MIN_CONTAINMENT:
                a, b = _components(pairwise)[row], _components(pairwise)[j]
                pairwise[max(a, b)] = min(a, b)
        if earlier:
            _join_copies(grouped, row, earlier, texts.__getitem__)
    assert _components(grouped) == _components(pairwise)
    for a, b in combinations(texts, 2):
        assert exact_containment(a, b) == _intersect_containment(a, b)
