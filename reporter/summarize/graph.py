"""Sentence graphs and PageRank, vectorised (scipy.sparse + numpy).

The similarity of two sentences is TextRank's: the number of distinct words they
share divided by ``ln len1 + ln len2`` (lengths count every token).  Shared-word
counts come from one sparse product ``B @ B.T`` of the binary sentence×word incidence
matrix ``B``; there is no loop over sentence pairs.

:func:`pagerank` is networkx's ``pagerank`` (the scipy power iteration of networkx 3)
restated on a sparse matrix: same start vector, same dangling-node rule (a node with
no out-weight hands its rank out evenly), same stopping rule
(L1 change < N × tol) and the same default alpha, tolerance and iteration limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy.sparse is imported where it is used: not at start-up
    from scipy import sparse

from reporter.summarize.base import FloatArray

# networkx.pagerank's defaults; textrank4zh passes only alpha.
PAGERANK_ALPHA = 0.85
PAGERANK_MAX_ITER = 100
PAGERANK_TOL = 1.0e-6
# textrank4zh's guard: a denominator this close to 0 (two one-word sentences,
# ln 1 + ln 1) makes the similarity 0.
ZERO_DENOMINATOR = 1.0e-12
# Rows transformed per step when turning shared-word counts into similarities in place:
# bounds the temporaries to a few MB however large the matrix.
ROW_CHUNK = 256


def incidence(word_lists: Sequence[Sequence[str]]) -> sparse.csr_array:
    """Binary sentence×word matrix: 1 where the sentence contains the word."""
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, words in enumerate(word_lists):
        # dict.fromkeys, not set: first-seen order keeps column order, and so the float
        # sums, the same in every process whatever the hash seed.
        for w in dict.fromkeys(words):
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    data = np.ones(len(rows), dtype=np.float64)
    # int32 indices: the shared-word product inherits them (12 bytes per entry, not 16).
    return sparse.csr_array(
        (data, (np.asarray(rows, dtype=np.int32), np.asarray(cols, dtype=np.int32))),
        shape=(len(word_lists), max(len(vocab), 1)),
    )


def textrank_similarity(
    word_lists: Sequence[Sequence[str]],
    *,
    self_loops: bool,
    log_lengths: FloatArray | None = None,
) -> sparse.csr_array:
    """Symmetric sparse matrix of TextRank similarities between sentences.

    ``log_lengths`` defaults to ``ln len`` of each list (textrank4zh); ``self_loops``
    keeps the diagonal, which textrank4zh includes (weight |set(s)| / (2 ln |s|)).
    """
    from scipy import sparse

    n = len(word_lists)
    if n == 0:
        return sparse.csr_array((0, 0), dtype=np.float64)
    if log_lengths is None:
        lengths = np.fromiter((len(w) for w in word_lists), dtype=np.float64, count=n)
        with np.errstate(divide="ignore"):
            log_lengths = np.log(lengths)  # -inf for an empty list; it shares no word
    b = incidence(word_lists)
    shared = (b @ b.T).tocsr()
    del b
    indptr, indices, data = shared.indptr, shared.indices, shared.data
    for r0 in range(0, n, ROW_CHUNK):
        r1 = min(n, r0 + ROW_CHUNK)
        lo, hi = int(indptr[r0]), int(indptr[r1])
        rows = np.repeat(np.arange(r0, r1), np.diff(indptr[r0 : r1 + 1]))
        cols = indices[lo:hi]
        denominator = log_lengths[rows] + log_lengths[cols]
        keep = np.abs(denominator) >= ZERO_DENOMINATOR
        if not self_loops:
            keep &= rows != cols
        block = data[lo:hi]  # a view: the counts become similarities in place
        np.divide(block, denominator, out=block, where=keep)
        block[~keep] = 0.0
    # Entries set to 0 stay stored: adding 0.0 changes no sum, and compacting would copy.
    return shared


def pagerank(
    weights: sparse.csr_array,
    *,
    alpha: float = PAGERANK_ALPHA,
    max_iter: int = PAGERANK_MAX_ITER,
    tol: float = PAGERANK_TOL,
    overwrite: bool = False,
) -> FloatArray:
    """PageRank of a weighted graph given as a sparse adjacency matrix (row = source).

    With ``overwrite`` the matrix's values are turned into transition probabilities in
    place instead of in a copy (saves one matrix of memory on large documents).
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    out_weight = np.asarray(weights.sum(axis=1), dtype=np.float64).ravel()
    inverse = np.zeros(n, dtype=np.float64)
    nonzero = out_weight != 0
    inverse[nonzero] = 1.0 / out_weight[nonzero]
    transition = weights if overwrite else weights.copy()
    indptr = transition.indptr
    for r0 in range(0, n, ROW_CHUNK):
        r1 = min(n, r0 + ROW_CHUNK)
        block = transition.data[int(indptr[r0]) : int(indptr[r1])]
        block *= np.repeat(inverse[r0:r1], np.diff(indptr[r0 : r1 + 1]))
    p = np.repeat(1.0 / n, n)  # uniform teleport, also where dangling nodes send rank
    dangling = np.flatnonzero(out_weight == 0)
    x = np.repeat(1.0 / n, n)
    # ``x @ transition`` is computed by scipy as ``transition.T @ x``; transposing once
    # (a view, no copy) instead of in every iteration gives the same products.
    incoming = transition.T
    for _ in range(max_iter):
        last = x
        x = alpha * (incoming @ x + float(x[dangling].sum()) * p) + (1 - alpha) * p
        if np.abs(x - last).sum() < n * tol:
            break
    # With alpha < 1 the iteration contracts by alpha per step, so 100 steps always
    # reach the tolerance; networkx would raise otherwise, we keep the last iterate.
    return np.asarray(x, dtype=np.float64)
