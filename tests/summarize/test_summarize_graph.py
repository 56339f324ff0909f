"""The vectorised graph pieces against the reference implementations they replace."""

from __future__ import annotations

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from textrank4zh import util

from reporter.summarize.graph import pagerank, textrank_similarity

_WORDS = st.lists(st.sampled_from(["干部", "一线", "考察", "项目", "锻炼", "街道"]), max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_similarity_matches_textrank4zh_pair_by_pair(word_lists: list[list[str]]) -> None:
    ours = textrank_similarity(word_lists, self_loops=True).toarray()
    for i, a in enumerate(word_lists):
        for j, b in enumerate(word_lists):
            assert ours[i, j] == util.get_similarity(a, b), (a, b)
    no_loops = textrank_similarity(word_lists, self_loops=False).toarray()
    assert np.all(np.diag(no_loops) == 0)
    off = ~np.eye(len(word_lists), dtype=bool)
    assert np.array_equal(no_loops[off], ours[off])


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 9).flatmap(
        lambda n: st.lists(
            st.sampled_from([0.0, 0.0, 0.5, 1.0, 2.5]), min_size=n * n, max_size=n * n
        ).map(lambda xs: np.array(xs).reshape(n, n))
    )
)
def test_pagerank_matches_networkx(matrix: np.ndarray) -> None:
    weights = matrix + matrix.T  # symmetric, as a TextRank graph; some rows all zero
    ours = pagerank(sparse.csr_array(weights), alpha=0.85)
    theirs = nx.pagerank(nx.from_numpy_array(weights), alpha=0.85)
    assert np.allclose(ours, [theirs[i] for i in range(len(weights))], rtol=0, atol=1e-12)
    assert abs(ours.sum() - 1.0) < 1e-9
