from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter.summarize import (
    DEFAULT_ENGINE,
    REGISTRY,
    UnknownEngine,
    get_summarizer,
    top_n_in_document_order,
)


@pytest.mark.parametrize(
    ("scores", "n", "expected"),
    [
        ([0.1, 0.9, 0.5, 0.7], 2, [1, 3]),  # best two, returned in document order
        ([0.1, 0.9, 0.5, 0.7], 3, [1, 2, 3]),
        ([0.5, 0.5, 0.5], 2, [0, 1]),  # ties go to the earlier sentence
        ([0.2, 0.8, 0.8, 0.8], 2, [1, 2]),
        ([0.3, math.nan, 0.1], 2, [0, 2]),  # NaN ranks last
        ([0.3, 0.1], 5, [0, 1]),  # asking for more than there is
        ([0.3, 0.1], 0, []),
        ([], 3, []),
    ],
)
def test_top_n_in_document_order_table(scores: list[float], n: int, expected: list[int]) -> None:
    assert top_n_in_document_order(scores, n) == expected


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=40), st.integers(0, 45))
def test_top_n_properties(scores: list[float], n: int) -> None:
    picked = top_n_in_document_order(np.asarray(scores), n)
    assert picked == sorted(picked)
    assert len(picked) == min(n, len(scores))
    # every picked score beats or ties every unpicked one, and a tie is never resolved
    # in favour of a later sentence
    rest = [i for i in range(len(scores)) if i not in picked]
    for i in picked:
        for j in rest:
            assert scores[i] > scores[j] or (scores[i] == scores[j] and i < j)


def test_registry_names_and_default() -> None:
    assert set(REGISTRY) == {"textrank4zh", "textrank", "lead", "textrank_plus"}
    assert DEFAULT_ENGINE == "textrank_plus"
    for name, cls in REGISTRY.items():
        assert cls.name == name
        assert get_summarizer(name).name == name


def test_unknown_engine_names_the_choices() -> None:
    with pytest.raises(UnknownEngine, match="textrank_plus"):
        get_summarizer("bart")
