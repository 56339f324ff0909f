"""Alignment at corpus scale: per-article records only, the cheap neighbour search exact."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from reporter import compare
from reporter.compare import similarity
from reporter.compare.model import Alignment, ArticleAnalysis
from reporter.compare.practices import _groups
from reporter.compare.similarity import TERM_SEPARATOR, term_counts, tfidf_matrix
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "compare" / "heldout"


def test_term_counts_are_sorted_distinct_words() -> None:
    terms, counts = term_counts(["区委选派干部到村挂职，干部在村里锻炼。", "干部挂职两年。"])
    words = terms.split(TERM_SEPARATOR)
    assert words == sorted(set(words))
    assert dict(zip(words, counts, strict=True))["挂职"] == 2
    assert all(len(w) >= 2 for w in words)
    assert "干部" not in words  # a stop word of the genre (compare_lexicon.toml)


def test_align_reads_no_article_text(
    seed_docs: dict[str, Document],
    seed_analyses: dict[str, ArticleAnalysis],
    seed_alignment: Alignment,
    taxonomy: Taxonomy,
) -> None:
    """Documents without sentences or text (as the pipeline holds them at scale) align the
    same: everything text-bound came with the analyses."""
    slim = []
    for i in sorted(seed_docs):
        doc = seed_docs[i]
        article = dataclasses.replace(doc.article, text="", original_text="")
        slim.append(dataclasses.replace(doc, article=article, sentences=()))
    again = compare.align(slim, [seed_analyses[i] for i in sorted(seed_docs)], [], taxonomy)
    assert again == seed_alignment
    assert seed_alignment.other_practices and any(r.where for r in _rows(seed_alignment))


def _rows(alignment: Alignment) -> list[compare.model.ComparisonRow]:
    rotation = next(c for c in alignment.comparisons if c.mechanism_id == "frontline_rotation")
    return [r for r in rotation.rows if r.quotes]


def _reference_neighbours(x: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """Each row's nearest rows by the plain definition: the exact product of every pair,
    each row sorted by score (stable: ties by position)."""
    sims = np.clip(np.asarray((x @ x.T).todense()), 0.0, 1.0)
    chosen: dict[tuple[int, int], float] = {}
    for i, row in enumerate(sims):
        row[i] = -1.0
        for j in np.argsort(-row, kind="stable")[: similarity.MAX_NEIGHBOURS]:
            chosen.setdefault((min(i, int(j)), max(i, int(j))), float(row[j]))
    return chosen


@pytest.fixture(scope="module")
def corpus_analyses(make_document: Callable[..., Document]) -> list[ArticleAnalysis]:
    """More articles than FILTER_FROM_ARTICLES, recombined from held-out sentences, with
    exact copies among them (ties) and near-copies (near-ties)."""
    from reporter import pipeline

    docs, _ = pipeline.load_documents(tuple(sorted(HELDOUT.glob("*.txt"))))
    pool = [s.text for d in docs for s in d.sentences]
    rng = random.Random(7)
    texts = ["".join(rng.sample(pool, 6)) for _ in range(similarity.FILTER_FROM_ARTICLES + 20)]
    texts += texts[:15] + [t + pool[0] for t in texts[15:30]]
    out = []
    for n, text in enumerate(texts):
        terms, counts = term_counts([text])
        out.append(ArticleAnalysis(f"a{n}", (), (), terms, counts))
    return out


# Blocks of rows for the triangle of the approximate product: several blocks, one whose
# last block holds fewer rows than MAX_NEIGHBOURS, and one block for everything.
@pytest.mark.parametrize("block_rows", [41, 64, 512])
def test_neighbour_searches_agree(
    corpus_analyses: list[ArticleAnalysis], block_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(similarity, "_FILTER_BLOCK_ROWS", block_rows)
    x = tfidf_matrix(corpus_analyses)
    reference = _reference_neighbours(x)
    assert similarity._exact_neighbours(x) == reference
    assert similarity._filtered_neighbours(x) == reference
    # the copies are each other's nearest, at 1.0
    assert reference[(0, similarity.FILTER_FROM_ARTICLES + 20)] == 1.0


def test_tfidf_rows_are_unit(corpus_analyses: list[ArticleAnalysis]) -> None:
    x = tfidf_matrix(corpus_analyses)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)
    assert x.has_sorted_indices


def _groups_by_scan(names: list[str]) -> dict[str, str]:
    groups: list[str] = []
    home = {}
    for name in names:
        label = next((g for g in groups if name in g), name)
        if label == name:
            groups.append(name)
        home[name] = label
    return home


@settings(max_examples=200)
@given(st.sets(st.text(alphabet="三单制五个一", min_size=1, max_size=6), max_size=25))
def test_practice_groups_as_by_scan(names: set[str]) -> None:
    ordered = sorted(names, key=lambda n: (-len(n), n))
    home = _groups(ordered)
    assert {n: home[n] for n in ordered} == _groups_by_scan(ordered)
