"""textrank_plus: priors on hand-written text, invariants on random seed excerpts."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporter.models import Document
from reporter.summarize import get_summarizer
from reporter.summarize.textrank_plus import (
    CHARS_PER_SENTENCE_BUDGET,
    MIN_SHARE_OF_BEST,
    MMR_LAMBDA,
    NEAR_DUPLICATE_JACCARD,
    char_bigrams,
    jaccard,
    reject_reason,
)

from .conftest import DocFactory, build_doc


def test_a_fact_beats_rhetoric_of_the_same_topic(make_doc: DocFactory) -> None:
    doc = make_doc(
        [
            [
                "干部队伍建设是推动各项事业发展的重要保障，必须在一线锻炼干部。",
                "今年全区选派128名年轻干部到重点项目一线锻炼，其中23人已提拔重用。",
                "一线锻炼干部，要坚持在实践中发现干部、培养干部。",
            ]
        ]
    )
    picks = get_summarizer("textrank_plus").summarize(doc, 1).sentences
    assert [p.sentence_index for p in picks] == [1]


def test_position_breaks_an_otherwise_even_contest(make_doc: DocFactory) -> None:
    # Same structure and facts, different places: the earlier sentence leads.
    doc = make_doc(
        [
            [
                "东城区选派40名干部到拆迁一线锻炼6个月。",
                "西城区选派40名干部到拆迁一线锻炼6个月。",
            ]
        ]
    )
    scores = get_summarizer("textrank_plus").rank(doc)
    assert scores[0] > scores[1]


@st.composite
def excerpts(draw: st.DrawFn, docs: list[Document]) -> tuple[Document, int]:
    doc = draw(st.sampled_from(docs))
    texts = [s.text for s in doc.sentences]
    start = draw(st.integers(0, max(0, len(texts) - 1)))
    length = draw(st.integers(1, 25))
    n = draw(st.integers(1, 6))
    return build_doc([texts[start : start + length]]), n


def test_invariants_on_random_excerpts(seed_docs: list[Document]) -> None:
    engine = get_summarizer("textrank_plus")

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(excerpts(seed_docs))
    def check(case: tuple[Document, int]) -> None:
        doc, n = case
        picks = engine.summarize(doc, n).sentences
        indices = [p.sentence_index for p in picks]
        assert indices == sorted(set(indices))
        assert len(picks) <= n
        assert all(reject_reason(p.text) is None for p in picks)
        if len(picks) > 1:
            assert sum(len(p.text.strip()) for p in picks) <= CHARS_PER_SENTENCE_BUDGET * n
        grams = [char_bigrams(p.text) for p in picks]
        for i, a in enumerate(grams):
            for b in grams[i + 1 :]:
                assert jaccard(a, b) < NEAR_DUPLICATE_JACCARD
        if any(reject_reason(s.text) is None for s in doc.sentences):
            assert picks  # something usable always yields a summary

    check()


def _plain_mmr(doc: Document, scores: np.ndarray, n: int) -> list[int]:
    """MMR as specified, written the obvious way: each round rescans every candidate
    against every pick (the engine updates redundancies incrementally)."""
    top = float(scores.max())
    if top <= 0:
        return []
    order = sorted(
        (i for i in range(len(scores)) if scores[i] >= MIN_SHARE_OF_BEST * top),
        key=lambda i: (-scores[i], i),
    )
    chosen: list[int] = []
    used = 0
    while len(chosen) < n:
        best, best_value = -1, -math.inf
        for i in order:
            length = len(doc.sentences[i].text.strip())
            if i in chosen or (chosen and used + length > CHARS_PER_SENTENCE_BUDGET * n):
                continue
            grams = char_bigrams(doc.sentences[i].text)
            redundancy = max(
                (jaccard(grams, char_bigrams(doc.sentences[j].text)) for j in chosen),
                default=0.0,
            )
            if redundancy >= NEAR_DUPLICATE_JACCARD:
                continue
            value = MMR_LAMBDA * float(scores[i]) / top - (1 - MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        used += len(doc.sentences[best].text.strip())
    return sorted(chosen)


def test_selection_equals_plain_mmr(seed_docs: list[Document]) -> None:
    engine = get_summarizer("textrank_plus")

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(excerpts(seed_docs), st.data())
    def check(case: tuple[Document, int], data: st.DataObject) -> None:
        doc, n = case
        # Scores from the engine, or arbitrary ones (ties included) to reach every branch.
        if data.draw(st.booleans()):
            scores = engine.rank(doc)
        else:
            values = st.sampled_from([0.0, 0.1, 0.5, 0.5, 1.0]) | st.floats(0, 1)
            scores = np.array(
                data.draw(
                    st.lists(values, min_size=len(doc.sentences), max_size=len(doc.sentences))
                )
            )
        assert engine.select(doc, scores, n) == _plain_mmr(doc, scores, n)

    check()
