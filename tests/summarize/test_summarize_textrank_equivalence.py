"""``textrank`` reproduces the textrank4zh library's sentence scores."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from reporter.models import Document, Sentence
from reporter.summarize import get_summarizer

TOLERANCE = 1e-9
# Scores this close are a tie that float rounding may order either way.
TIE = 1e-12


def _ranking(scores: np.ndarray) -> list[int]:
    # textrank4zh sorts stably by score descending: ties keep document order.
    return [int(i) for i in np.argsort(-scores, kind="stable")]


def _same_ranking(ours: np.ndarray, library: np.ndarray) -> bool:
    """Our scores order the sentences as the library ranks them, up to rounding ties."""
    order = _ranking(library)
    return all(ours[a] >= ours[b] - TIE for a, b in itertools.pairwise(order))


def _assert_same(doc: Document) -> None:
    ours = get_summarizer("textrank").rank(doc)
    library = get_summarizer("textrank4zh").rank(doc)
    assert ours.shape == library.shape == (len(doc.sentences),)
    assert np.max(np.abs(ours - library)) < TOLERANCE, doc.id
    assert _same_ranking(ours, library), doc.id
    assert _same_ranking(library, ours), doc.id


def test_same_scores_and_ranking_on_every_seed(seed_docs: list[Document]) -> None:
    for doc in seed_docs:
        _assert_same(doc)


@pytest.mark.slow
def test_same_scores_and_ranking_on_a_long_document(seed_docs: list[Document]) -> None:
    # All seeds back to back, twice, the copy made distinct sentence by sentence.
    base = [s.text for d in seed_docs for s in d.sentences]
    texts = base + [f"{t}第{i}次" for i, t in enumerate(base, len(base))]
    first = seed_docs[0]
    sentences, offset = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i, i, offset, offset + len(t), t, t))
        offset += len(t) + 1
    doc = Document(first.article, tuple(sentences))
    assert len(doc.sentences) > 500
    _assert_same(doc)
