"""Keywords: deterministic, from our stop-word file, ties broken by the word."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence

import jieba.analyse
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.models import Document
from reporter.summarize import keywords
from reporter.text import segment
from reporter.text.segment import Token

from .conftest import DocFactory

GENRE_DOC = [
    [
        "区委组织部进一步加强干部工作，开展干部一线锻炼工作。",
        "全区选派86名年轻干部到征地拆迁一线锻炼，工作表现记入纪实档案。",
        "组织部每月考察干部工作，工作实绩突出的干部得到提拔重用。",
    ]
]


def test_stop_word_file_is_loaded_and_used(make_doc: DocFactory) -> None:
    stop = keywords.stop_words()
    assert {"工作", "进一步", "我们"} <= stop
    assert "干部" not in stop and "一线" not in stop
    doc = make_doc(GENRE_DOC)
    textrank, tfidf = keywords.extract(doc)
    words = {k.word for k in textrank} | {k.word for k in tfidf}
    # 工作 is the most frequent noun of the text, yet a stop word of ours
    assert "工作" not in words
    assert "干部" in {k.word for k in textrank}
    assert "干部" in {k.word for k in tfidf}


def test_keywords_are_deterministic_and_ordered(make_doc: DocFactory) -> None:
    doc = make_doc(GENRE_DOC)
    first = keywords.extract(doc)
    assert keywords.extract(make_doc(GENRE_DOC)) == first
    for ranked in first:
        assert 0 < len(ranked) <= keywords.KEYWORD_COUNT
        order = [(-k.weight, k.word) for k in ranked]
        assert order == sorted(order)


def test_ties_are_broken_by_the_word() -> None:
    # Three nouns unknown to jieba's IDF table, once each: equal TF-IDF weights.
    tokens = [Token("丙丙词", "n"), Token("。", "x"), Token("甲甲词", "n"), Token("乙乙词", "n")]
    words = [k.word for k in keywords.tfidf_keywords(tokens)]
    assert words == sorted(words) == ["丙丙词", "乙乙词", "甲甲词"]
    assert len({k.weight for k in keywords.tfidf_keywords(tokens)}) == 1


def test_summary_carries_both_keyword_lists(seed_docs: list[Document]) -> None:
    from reporter.summarize import get_summarizer

    summary = get_summarizer("lead").summarize(seed_docs[1], 3)
    assert len(summary.keywords) == keywords.KEYWORD_COUNT
    assert len(summary.tfidf_keywords) == keywords.KEYWORD_COUNT
    assert "干部" in {k.word for k in summary.keywords}


class _Pretokenized:
    """Hands jieba's extractors tokens segmented earlier (they would segment again)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens

    def cut(self, _text: str, *_args: object, **_kwargs: object) -> Iterator[Token]:
        return iter(self._tokens)


def _jieba_weights(tokens: Sequence[Token]) -> tuple[dict[str, float], dict[str, float]]:
    """jieba.analyse's own TextRank and TF-IDF weights for the tokens, with our stop words."""
    stop = set(jieba.analyse.TextRank.STOP_WORDS) | keywords.stop_words()
    textrank = jieba.analyse.TextRank()
    textrank.tokenizer = textrank.postokenizer = _Pretokenized(tokens)
    textrank.stop_words = stop
    tfidf = copy.copy(jieba.analyse.default_tfidf)
    tfidf.postokenizer = _Pretokenized(tokens)
    tfidf.stop_words = stop
    pos = keywords.KEYWORD_POS
    return (
        dict(textrank.textrank("", topK=None, withWeight=True, allowPOS=pos)),
        dict(tfidf.extract_tags("", topK=None, withWeight=True, allowPOS=pos)),
    )


@pytest.mark.parametrize("hmm", [False, True])
def test_weights_equal_jieba_analyse_bit_for_bit(seed_docs: list[Document], hmm: bool) -> None:
    for doc in seed_docs:
        tokens = [t for s in doc.sentences for t in segment.posseg(s.text, hmm=hmm)]
        textrank, tfidf = _jieba_weights(tokens)
        assert len(textrank) > 50 and len(tfidf) > 50
        assert keywords.textrank_weights(tokens) == textrank, doc.id
        assert keywords.tfidf_weights(tokens) == tfidf, doc.id


def test_weights_equal_jieba_on_edge_cases() -> None:
    cases: list[list[Token]] = [
        [],
        [Token("干部", "n")],  # one candidate, no co-occurrence: no TextRank graph
        [Token("干部", "n"), Token("干部", "n")],  # a word next to itself (a self-loop)
        [Token("干部", "n")] + [Token("的", "uj")] * 4 + [Token("一线", "n")],  # out of span
        [Token("干部", "n")] + [Token("的", "uj")] * 3 + [Token("一线", "n")],  # just in span
    ]
    for tokens in cases:
        textrank, tfidf = _jieba_weights(tokens)
        assert keywords.textrank_weights(tokens) == textrank, tokens
        assert keywords.tfidf_weights(tokens) == tfidf, tokens


# Words of several parts of speech (candidates and not), repeated often enough that
# pairs recur within the span, words neighbour themselves and weights tie.
_VOCABULARY = [
    Token("干部", "n"),
    Token("一线", "n"),
    Token("考核", "vn"),
    Token("专班", "n"),
    Token("选派", "v"),
    Token("的", "uj"),
    Token("工作", "vn"),  # a stop word of ours
    Token("。", "x"),
    Token("GDP", "eng"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=80))
def test_textrank_weights_equal_jieba_on_generated_token_runs(tokens: list[Token]) -> None:
    assert keywords.textrank_weights(tokens) == _jieba_weights(tokens)[0]
