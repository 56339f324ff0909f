"""Each engine on small hand-written documents."""

from __future__ import annotations

import numpy as np
import pytest

from reporter.models import Document
from reporter.summarize import get_summarizer
from reporter.summarize.textrank4zh import library_input
from reporter.summarize.textrank_plus import (
    CHARS_PER_SENTENCE_BUDGET,
    NEAR_DUPLICATE_JACCARD,
    char_bigrams,
    fact_count,
    jaccard,
    reject_reason,
)

from .conftest import DocFactory

# A hub sentence sharing words with all others, and an unrelated one.
HUB_DOC = [
    [
        "今天天气晴朗。",
        "区委组织部选派年轻干部到重点项目一线锻炼。",
        "年轻干部在重点项目指挥部锻炼。",
        "组织部考察一线干部。",
        "重点项目进展顺利。",
    ]
]


def test_lead_takes_the_first_sentences(make_doc: DocFactory) -> None:
    doc = make_doc(HUB_DOC)
    summary = get_summarizer("lead").summarize(doc, 2)
    assert [s.sentence_index for s in summary.sentences] == [0, 1]
    assert summary.engine == "lead"


def test_textrank_prefers_the_hub_and_returns_document_order(make_doc: DocFactory) -> None:
    doc = make_doc(HUB_DOC)
    engine = get_summarizer("textrank")
    scores = engine.rank(doc)
    assert scores.shape == (5,)
    assert int(np.argmax(scores)) == 1  # shares words with sentences 2, 3 and 4
    # Sentence 0 shares nothing, but textrank4zh's self-loop keeps its rank at home:
    # x0 = 0.85 x0 + 0.15 / 5, so exactly 0.2, above sentences 3 and 4.
    assert abs(scores[0] - 0.2) < 1e-9
    assert scores[0] > scores[3] and scores[0] > scores[4]
    assert abs(scores.sum() - 1.0) < 1e-9  # PageRank is a distribution
    picks = engine.summarize(doc, 2).sentences
    assert [p.sentence_index for p in picks] == sorted(p.sentence_index for p in picks)


def test_textrank_without_shared_words_keeps_the_first_sentences(make_doc: DocFactory) -> None:
    # Only self-loops: every sentence keeps 1/3, scores tie, ties go to the earlier one.
    doc = make_doc([["春天花开满园。", "小猫睡觉打鼾。", "火车进站鸣笛。"]])
    summary = get_summarizer("textrank").summarize(doc, 2)
    assert [s.sentence_index for s in summary.sentences] == [0, 1]


def test_textrank4zh_is_fed_our_sentences_unsplit(make_doc: DocFactory) -> None:
    # Internal "；", "？" and "……" would make the library split these sentences again.
    sentences = ["一是选派干部；二是考察干部。", "怎么考察？看实绩……", "干部考察纳入档案。"]
    fed = library_input(sentences)
    assert fed.split("\n") == [
        "一是选派干部，二是考察干部，",
        "怎么考察，看实绩，，",
        "干部考察纳入档案，",
    ]
    doc = make_doc([sentences])
    scores = get_summarizer("textrank4zh").rank(doc)
    assert scores.shape == (3,)
    assert np.allclose(scores, get_summarizer("textrank").rank(doc), atol=1e-12)


def test_textrank_plus_never_picks_damaged_or_partial_sentences(make_doc: DocFactory) -> None:
    doc = make_doc(
        [
            ["（资料图片）", "本报记者 张明 通讯员 李华"],
            [
                "近日，某市选派120名处级干部到城市更新一线全脱产锻炼6个月。",
                "”某市组织部负责人说，这批干部将接受跟踪考察。",
                "锻炼期间，120名干部的表现记入纪实档案，作为提拔重用的依据。",
                "干部一线锻炼的经验在全市推广?鼻鄭u市。",
                "他说：“一线是最好的课堂。",
            ],
            ["图为干部在项目现场调研。", "版权所有 未经授权不得转载"],
        ]
    )
    picks = get_summarizer("textrank_plus").summarize(doc, 5).sentences
    assert [p.sentence_index for p in picks] == [2, 4]


def test_reject_reasons_table() -> None:
    table = {
        "干部表现记入纪实档案，作为年度考核的重要依据\ufffd。": "garbled",
        "全市共选派?鼻鄭u市干部到一线。": "garbled",
        "”区委书记说，这是全区干部的共同心声。": "fragment",
        "他表示：“要把一线作为锻炼干部的主阵地。": "fragment",
        "我们要把一线作为主阵地。”他说，全区已选派86名干部。": "fragment",
        # the last sentence of a quotation is complete: its closing mark ends it
        "全区先后抽调1628名同志，组建攻坚专班，打造了‘崂山样板’。”": None,
        "图为区委组织部干部在拆迁现场入户走访群众。": "caption",
        "（记者 王明 摄）": "caption",
        "责任编辑：李静": "attribution",
        "社区党委书记韩青说。": "attribution",
        "版权所有：某某日报社，未经授权不得转载本网站内容。": "boilerplate",
        "政治路线确定后。": "too short",
        "临淄区坚持在重大项目一线考察识别干部的做法": "heading",
        "全区选派86名年轻干部到乡镇一线全脱产锻炼6个月。": None,
    }
    for text, reason in table.items():
        assert reject_reason(text) == reason, text


def test_textrank_plus_skips_near_duplicates_and_keeps_the_budget(make_doc: DocFactory) -> None:
    base = "全区共选派86名年轻干部到乡镇一线全脱产锻炼6个月，表现记入纪实档案。"
    doc = make_doc(
        [
            [
                base,
                "全区共选派86名年轻干部到乡镇一线全脱产锻炼6个月，表现记入档案。",
                "去年首批下派的52名干部中，已有17人因表现突出得到提拔重用。",
                "区委每季度召开一次项目推进擂台赛，排名结果在全区通报。",
            ]
        ]
    )
    assert jaccard(char_bigrams(doc.sentences[0].text), char_bigrams(doc.sentences[1].text)) >= (
        NEAR_DUPLICATE_JACCARD
    )
    picks = get_summarizer("textrank_plus").summarize(doc, 3).sentences
    indices = [p.sentence_index for p in picks]
    assert not {0, 1} <= set(indices)
    assert len(indices) == 3
    # a budget of one sentence's worth lets only the best one through
    one = get_summarizer("textrank_plus").summarize(doc, 1).sentences
    assert len(one) == 1 and len(one[0].text) <= CHARS_PER_SENTENCE_BUDGET


def test_engines_handle_an_empty_and_a_one_sentence_document(make_doc: DocFactory) -> None:
    for name in ("lead", "textrank", "textrank4zh", "textrank_plus"):
        engine = get_summarizer(name)
        assert engine.summarize(make_doc([]), 3).sentences == ()
        one = engine.summarize(make_doc([["全区选派86名年轻干部到乡镇一线锻炼。"]]), 3)
        assert [s.sentence_index for s in one.sentences] == [0], name


@pytest.mark.parametrize(
    ("text_in", "facts"),
    [
        ("龙岗区抽调了90名处级干部全脱产3个月。", 2),
        ("任务量从30%提升到83%。", 2),
        ("2019年共调整干部9批次，其中提拔19人。", 2),  # the year is a date, not a count
        ("10月31日，一份榜单刷屏。", 0),
        ("发现识别了一批优秀干部，这是一项重要工作。", 0),  # a lone 一 is idiom
        ("选派十二名干部，下沉两个月。", 2),
    ],
)
def test_fact_count_table(text_in: str, facts: int) -> None:
    assert fact_count(text_in) == facts


def test_engines_reproducing_textrank4zh_segment_with_hmm_and_so_do_their_keywords(
    seed_docs: list[Document],
) -> None:
    # textrank4zh segments with jieba's HMM on; the default engine uses the shared mode.
    from reporter.summarize import keywords
    from reporter.text import segment

    assert get_summarizer("textrank").hmm and get_summarizer("textrank4zh").hmm
    assert get_summarizer("textrank_plus").hmm is segment.SHARED_HMM is False
    doc = seed_docs[0]
    for name in ("textrank", "textrank4zh", "textrank_plus", "lead"):
        engine = get_summarizer(name)
        summary = engine.summarize(doc, 3)
        assert (summary.keywords, summary.tfidf_keywords) == keywords.extract(doc, hmm=engine.hmm)
    with_hmm = get_summarizer("textrank").summarize(doc, 3)
    assert with_hmm.keywords != get_summarizer("textrank_plus").summarize(doc, 3).keywords
