"""Keywords: deterministic, from our stop-word file, ties broken by the word."""

from __future__ import annotations

from reporter import keywords
from reporter.models import Document
from reporter.segment import Token

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
