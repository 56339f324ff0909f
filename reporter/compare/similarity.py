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

The words are taken per article by ``analyze`` (:func:`term_counts`, kept in
``ArticleAnalysis.terms``), so this module reads no text across articles.  Every score is
the double-precision sparse product of two rows, its shared words' products added in word
order; a large batch finds the neighbours through a cheap single-precision product first
and computes only the candidates it leaves that way (:func:`_filtered_neighbours`).
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy.sparse is imported where it is used: not at start-up
    from scipy import sparse

from reporter.compare.model import ArticleAnalysis, Similarity
from reporter.compare.resources import CJK_WORD, CJK_WORD_LINE, lexicon
from reporter.text import segment

SIMILARITY_DIGITS = 4
# 60 articles give 1,770 pairs: still a table a reader can filter; beyond, neighbours only.
MAX_ALL_PAIRS_ARTICLES = 60
# The nearest articles listed for each article in a large batch.
MAX_NEIGHBOURS = 5
# Rows of the similarity matrix computed at a time in a large batch: 256 x n floats.
_BLOCK_ROWS = 256
# From this many articles on, neighbours come from a cheap approximate product and an
# exact one of the few candidates it leaves (:func:`_filtered_neighbours`): the exact
# product of every pair costs the sum of squared document frequencies, and articles of
# one genre share most words (minutes at 10,000 articles).
FILTER_FROM_ARTICLES = 200
# Memory for the dense part of the approximate product (words by falling document
# frequency, as many as fit, in single precision): 96 MB hold 2,516 words at 10,000
# articles, the whole vocabulary of a generated corpus and the frequent words of a real
# one; the rarer words stay sparse, where their product is cheap.
_DENSE_BYTES = 96 * 2**20
# Rows of the approximate product at a time: 512 x n single-precision floats (20 MB at
# 10,000 articles), large enough for BLAS to run at speed.
_FILTER_BLOCK_ROWS = 512
# Pairs computed exactly at a time (each holds up to an article's distinct words).
_PAIR_CHUNK = 2048
# Entries of the TF-IDF matrix weighted at a time.
_CHUNK = 2**20
# Words of an article's ``terms`` are joined by this (a word is Chinese characters only).
TERM_SEPARATOR = " "


_WORD = operator.itemgetter(0)  # of a segment.Token


def tokens(text: str) -> list[str]:
    """jieba words of two or more Chinese characters.

    Segmented with the shared cached ``reporter.text.segment.posseg``: the summarize stage has
    already segmented every sentence, so this costs a cache look-up in the pipeline.
    """
    if "\n" in text:  # a word could hold one: one line per word would not hold
        return [t.word for t in segment.posseg(text) if CJK_WORD.fullmatch(t.word)]
    return CJK_WORD_LINE.findall("\n".join(map(_WORD, segment.posseg(text))))


def term_counts(sentences: Iterable[str]) -> tuple[str, tuple[int, ...]]:
    """An article's words for similarity, as :class:`ArticleAnalysis` holds them: the
    distinct words in sorted order joined by a space (a word never holds one), and
    their counts."""
    stop = lexicon().stopwords
    counts = Counter(w for s in sentences for w in tokens(s) if w not in stop)
    words = sorted(counts)
    return TERM_SEPARATOR.join(words), tuple(counts[w] for w in words)


def _words(analysis: ArticleAnalysis) -> list[str]:
    return analysis.terms.split(TERM_SEPARATOR) if analysis.terms else []


def tfidf_matrix(analyses: Sequence[ArticleAnalysis]) -> sparse.csr_matrix:
    """Rows: L2-normalised TF-IDF vectors of the articles (their ``terms``).

    Built with the same float operations as a word-by-word loop (``tf * idf``, the norm
    by ``math.fsum``, then one division), so scores do not depend on how it is built.
    """
    from scipy import sparse

    n = len(analyses)
    df: Counter[str] = Counter()
    for a in analyses:
        df.update(_words(a))
    vocab_words = sorted(df)
    vocab = {w: i for i, w in enumerate(vocab_words)}
    idf = np.array([math.log((1 + n) / (1 + df[w])) + 1 for w in vocab_words], dtype=np.float64)
    sizes = [len(a.term_counts) for a in analyses]
    total = sum(sizes)
    index_type = np.int32 if max(total, len(vocab)) < np.iinfo(np.int32).max else np.int64
    indptr = np.zeros(n + 1, dtype=index_type)
    np.cumsum(sizes, out=indptr[1:])
    # vocabulary order is word order, so each row's columns come out ascending
    indices = np.empty(total, dtype=index_type)
    for r, a in enumerate(analyses):
        indices[indptr[r] : indptr[r + 1]] = np.fromiter(
            map(vocab.__getitem__, _words(a)), dtype=index_type, count=sizes[r]
        )
    data = np.fromiter(
        itertools.chain.from_iterable(a.term_counts for a in analyses),
        dtype=np.float64,
        count=total,
    )
    for first in range(0, total, _CHUNK):  # tf * idf, a chunk at a time to bound memory
        data[first : first + _CHUNK] *= idf[indices[first : first + _CHUNK]]
    for r in range(n):
        first, last = int(indptr[r]), int(indptr[r + 1])
        if last > first:
            row = data[first:last]
            row /= math.sqrt(math.fsum((row * row).tolist()))
    return sparse.csr_matrix(
        (data, indices, indptr),
        shape=(n, len(vocab_words)),
        dtype=np.float64,
    )


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


def _top(
    scores: np.ndarray, rows: np.ndarray, cols: np.ndarray, chosen: dict[tuple[int, int], float]
) -> None:
    """Record each row's MAX_NEIGHBOURS best (score, then position) among its candidates.

    ``rows`` (ascending), ``cols`` (ascending within a row) and ``scores`` are parallel.
    """
    bounds = np.flatnonzero(np.diff(rows)) + 1
    for r_cols, r_scores, i in zip(
        np.split(cols, bounds), np.split(scores, bounds), rows[np.r_[0, bounds]], strict=True
    ):
        for t in np.argsort(-r_scores, kind="stable")[:MAX_NEIGHBOURS]:
            a, b = int(i), int(r_cols[t])
            chosen.setdefault((min(a, b), max(a, b)), float(r_scores[t]))


def _candidates(block: np.ndarray, start: int, margin: float) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of the entries of each row of ``block`` (rows ``start``… of the
    matrix, the own column excluded) within ``margin`` of the row's MAX_NEIGHBOURS-th
    largest entry, in row-major order."""
    n = block.shape[1]
    rows = np.arange(block.shape[0])
    block[rows, start + rows] = -np.inf  # never one's own neighbour
    kth = np.partition(block, n - MAX_NEIGHBOURS, axis=1)[:, n - MAX_NEIGHBOURS]
    r, c = np.nonzero(block >= (kth - margin)[:, None])
    return r + start, c


def _exact_neighbours(x: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """Each row's nearest rows by the sparse product of every pair: exact, but its cost
    grows with the square of each word's document frequency."""
    n = x.shape[0]
    xt = x.T.tocsr()
    chosen: dict[tuple[int, int], float] = {}
    for start in range(0, n, _BLOCK_ROWS):
        block = np.clip((x[start : start + _BLOCK_ROWS] @ xt).toarray(), 0.0, 1.0)
        rows, cols = _candidates(block.copy(), start, 0.0)
        _top(block[rows - start, cols], rows, cols, chosen)
    return chosen


def _error_bound(terms: int) -> float:
    """A bound on |single-precision product - double-precision product| for two unit
    rows of non-negative entries sharing at most ``terms`` words: inputs rounded to
    single precision (2 roundings), products (1), sums in any order (terms - 1), the dense
    and sparse parts added (1), each at most 2**-24 relative, and the double-precision
    product's own error; doubled for slack."""
    return 2.0 * (terms + 4) * 2.0**-24


def _exact_scores(x: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The products of rows ``rows[p]`` and ``cols[p]`` of ``x``, as the sparse product
    computes them: the shared words' products added one at a time in word order."""
    shared = x[rows].multiply(x[cols]).tocsr()  # per pair, the products in word order
    shared.sort_indices()
    lengths = np.diff(shared.indptr)
    padded = np.zeros((len(rows), int(lengths.max(initial=0)) + 1), dtype=np.float64)
    padded[np.arange(padded.shape[1]) < lengths[:, None]] = shared.data
    # a cumulative sum adds one term at a time, left to right (a plain sum may not);
    # the padding adds exact zeros
    return np.asarray(np.cumsum(padded, axis=1)[:, -1])


class _Running:
    """Per row of the matrix: the MAX_NEIGHBOURS largest approximate values seen so far,
    and the entries seen so far that may still be among its nearest, for rows whose
    columns arrive in several parts (the product is computed for one triangle only)."""

    def __init__(self, n: int, block_rows: int, margin: float) -> None:
        self.best = np.full((n, MAX_NEIGHBOURS), -np.inf, dtype=np.float32)
        self.block_rows = block_rows
        self.margin = margin
        # row block -> (rows, columns, approximate values) kept for it
        self.kept: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}

    def absorb(self, part: np.ndarray, row0: int, col0: int) -> None:
        """Rows ``row0``… see columns ``col0``… with the approximate values ``part``."""
        m, width = part.shape
        if not m or not width:
            return
        k = min(MAX_NEIGHBOURS, width)
        top = np.partition(part, width - k, axis=1)[:, width - k :]
        merged = np.concatenate([self.best[row0 : row0 + m], top], axis=1)
        best = np.partition(merged, merged.shape[1] - MAX_NEIGHBOURS, axis=1)
        self.best[row0 : row0 + m] = best[:, -MAX_NEIGHBOURS:]
        # a value this far below the running K-th largest stays below the final one
        floor = self.best[row0 : row0 + m].min(axis=1) - self.margin
        r, c = np.nonzero(part >= floor[:, None])
        rows, cols = r + row0, c + col0
        mine = rows != cols
        rows, cols, values = rows[mine], cols[mine], part[r[mine], c[mine]]
        blocks = rows // self.block_rows
        for b in np.unique(blocks):
            at = blocks == b
            self.kept.setdefault(int(b), []).append((rows[at], cols[at], values[at]))

    def candidates(self, block: int, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of the entries of rows ``start``-``stop`` (row block ``block``,
        every column seen) within the margin of their final K-th largest value, in
        row-major order."""
        parts = self.kept.pop(block, [])
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        rows = np.concatenate([p[0] for p in parts])
        cols = np.concatenate([p[1] for p in parts])
        values = np.concatenate([p[2] for p in parts])
        floor = self.best[start:stop].min(axis=1) - self.margin
        keep = values >= floor[rows - start]
        rows, cols = rows[keep], cols[keep]
        order = np.lexsort((cols, rows))
        return rows[order], cols[order]


def _filtered_neighbours(x: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """The same neighbours as :func:`_exact_neighbours`, found cheaply.

    A single-precision product (the most frequent words as a dense matrix, for BLAS; the
    rest sparse; one triangle, each block of rows against itself and the rows after it)
    approximates every pair within :func:`_error_bound`; each row keeps the pairs that
    can still be among its nearest (within twice the bound of its MAX_NEIGHBOURS-th
    approximate value), and only those are computed exactly.
    """
    from scipy import sparse

    n, width = x.shape
    by_df = np.argsort(-np.bincount(x.indices, minlength=width), kind="stable")
    n_dense = min(width, _DENSE_BYTES // (4 * n))
    dense_cols = np.sort(by_df[:n_dense])
    rare_cols = np.sort(by_df[n_dense:])
    dense = np.empty((n, n_dense), dtype=np.float32)
    rare_parts = []
    for first in range(0, n, _FILTER_BLOCK_ROWS):  # a slab at a time to bound memory
        slab = x[first : first + _FILTER_BLOCK_ROWS]
        dense[first : first + _FILTER_BLOCK_ROWS] = slab[:, dense_cols].toarray()
        rare_parts.append(slab[:, rare_cols].astype(np.float32))
    rare = sparse.vstack(rare_parts, format="csr")
    margin = 2.0 * _error_bound(int(np.diff(x.indptr).max(initial=0)))
    running = _Running(n, _FILTER_BLOCK_ROWS, margin)
    chosen: dict[tuple[int, int], float] = {}
    for block, start in enumerate(range(0, n, _FILTER_BLOCK_ROWS)):
        stop = min(n, start + _FILTER_BLOCK_ROWS)
        approx = dense[start:stop] @ dense[start:].T
        if rare_cols.size:
            approx += (rare[start:stop] @ rare[start:].T).toarray()
        inside = np.arange(stop - start)
        approx[inside, inside] = -np.inf  # never one's own neighbour
        running.absorb(approx, start, start)
        running.absorb(approx[:, stop - start :].T, stop, start)
        del approx
        rows, cols = running.candidates(block, start, stop)
        if not len(rows):
            continue
        chunks = range(0, len(rows), _PAIR_CHUNK)
        scores = np.concatenate(
            [_exact_scores(x, rows[c : c + _PAIR_CHUNK], cols[c : c + _PAIR_CHUNK]) for c in chunks]
        )
        _top(np.clip(scores, 0.0, 1.0), rows, cols, chosen)
    return chosen


def _scored_pairs(x: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """(i, j) with i < j -> cosine: every pair, or each article's nearest neighbours."""
    n = x.shape[0]
    if n <= MAX_ALL_PAIRS_ARTICLES:
        sims = cosine_matrix(x)
        return {(i, j): float(sims[i, j]) for i in range(n) for j in range(i + 1, n)}
    finder = _exact_neighbours if n < FILTER_FROM_ARTICLES else _filtered_neighbours
    return dict(sorted(finder(x).items()))


def similarities(ids: Sequence[str], analyses: Sequence[ArticleAnalysis]) -> tuple[Similarity, ...]:
    """Pairs of articles (``ids`` parallel to ``analyses``) with their scores."""
    if len(ids) < 2:
        return ()
    scored = _scored_pairs(tfidf_matrix(analyses))
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
