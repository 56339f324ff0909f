"""Pairwise similarity between articles.

``score``: cosine of TF-IDF vectors over jieba words (two or more Chinese characters, the
genre's stop words removed); term frequency is the raw count, IDF the smoothed
``ln((1 + n) / (1 + df)) + 1`` so a word every article uses still counts a little.  Both
vectors are non-negative, so the cosine is in [0, 1].  ``mechanism_overlap``: Jaccard of the
sets of mechanisms present (0 when neither article has any).

Every pair is listed up to ``MAX_ALL_PAIRS_ARTICLES`` articles; beyond that, each article's
``MAX_NEIGHBOURS`` most similar others (a brief of a thousand articles cannot list half a
million pairs).  Deterministic: vocabulary in sorted order, input order kept, ties broken
by position, values rounded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from reporter.compare.model import ArticleAnalysis, Similarity
from reporter.compare.resources import CJK_WORD, lexicon

SIMILARITY_DIGITS = 4
# 60 articles give 1,770 pairs: still a table a reader can filter; beyond, neighbours only.
MAX_ALL_PAIRS_ARTICLES = 60
# The nearest articles listed for each article in a large batch.
MAX_NEIGHBOURS = 5
# Rows of the similarity matrix computed at a time in a large batch: 256 x n floats.
_BLOCK_ROWS = 256


def tokens(text: str) -> list[str]:
    """jieba words of two or more Chinese characters.

    Segmented with the shared cached ``reporter.segment.posseg``: the summarize stage has
    already segmented every sentence, so this costs a cache look-up in the pipeline.
    """
    from reporter import segment  # loads jieba's dictionary (~0.7 s) only when needed

    return [t.word for t in segment.posseg(text) if CJK_WORD.fullmatch(t.word)]


def tfidf_matrix(texts: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Rows: L2-normalised TF-IDF vectors of documents given as their sentences."""
    stop = lexicon().stopwords
    counts = [Counter(w for s in t for w in tokens(s) if w not in stop) for t in texts]
    n = len(texts)
    df = Counter(w for c in counts for w in c)
    vocab = {w: i for i, w in enumerate(sorted(df))}
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for r, c in enumerate(counts):
        weights = {w: tf * (math.log((1 + n) / (1 + df[w])) + 1) for w, tf in c.items()}
        norm = math.sqrt(math.fsum(v * v for v in weights.values()))
        for w in sorted(weights, key=vocab.__getitem__):
            rows.append(r)
            cols.append(vocab[w])
            data.append(weights[w] / norm)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n, len(vocab)), dtype=np.float64)


def cosine_matrix(x: sparse.csr_matrix) -> np.ndarray:
    """Symmetric matrix of the cosines of the rows of ``x``, in [0, 1]."""
    sims = np.asarray((x @ x.T).todense(), dtype=np.float64)
    # exactly symmetric, and float noise outside [0, 1] clipped
    return np.clip(np.minimum(sims, sims.T), 0.0, 1.0)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors given as dicts (summed in word order: symmetric)."""
    if not a or not b:
        return 0.0
    dot = math.fsum(a[w] * b[w] for w in sorted(a.keys() & b.keys()))
    norm = math.sqrt(math.fsum(v * v for v in a.values())) * math.sqrt(
        math.fsum(v * v for v in b.values())
    )
    return min(1.0, max(0.0, dot / norm)) if norm else 0.0


def _scored_pairs(x: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """(i, j) with i < j -> cosine: every pair, or each article's nearest neighbours."""
    n = x.shape[0]
    if n <= MAX_ALL_PAIRS_ARTICLES:
        sims = cosine_matrix(x)
        return {(i, j): float(sims[i, j]) for i in range(n) for j in range(i + 1, n)}
    chosen: dict[tuple[int, int], float] = {}
    for start in range(0, n, _BLOCK_ROWS):
        block = np.clip(np.asarray((x[start : start + _BLOCK_ROWS] @ x.T).todense()), 0.0, 1.0)
        for r, row in enumerate(block):
            i = start + r
            row[i] = -1.0  # never one's own neighbour
            for j in np.argsort(-row, kind="stable")[:MAX_NEIGHBOURS]:
                chosen.setdefault((min(i, int(j)), max(i, int(j))), float(row[j]))
    return dict(sorted(chosen.items()))


def similarities(
    ids: Sequence[str], texts: Sequence[Sequence[str]], analyses: Sequence[ArticleAnalysis]
) -> tuple[Similarity, ...]:
    if len(ids) < 2:
        return ()
    scored = _scored_pairs(tfidf_matrix(texts))
    present = [[d.mechanism_id for d in a.detections if d.present] for a in analyses]
    out = []
    for (i, j), score in scored.items():
        both = [m for m in present[i] if m in present[j]]
        union = set(present[i]) | set(present[j])
        out.append(
            Similarity(
                a=ids[i],
                b=ids[j],
                score=round(score, SIMILARITY_DIGITS),
                mechanism_overlap=round(len(both) / len(union), SIMILARITY_DIGITS)
                if union
                else 0.0,
                shared_mechanisms=tuple(both),
            )
        )
    return tuple(out)
