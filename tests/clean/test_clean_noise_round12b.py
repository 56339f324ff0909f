"""Noise batches 33-34 left in summaries and titles at first sight (round 12), by general
cause: a betting site's lowercase Latin brand glued into sentences and the headline, an
editor's summary label opening the lead, the reporters' names alone before 报道：, a word
split by a space at a wrap, and a magazine's masthead with its slogan taken for the
headline.  Every line is written for the test in the genre's style (names and numbers
invented); each rule has a news neighbour that must stay, and the old code fails each
noisy row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article, clean_text
from reporter.models import Article


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a lowercase Latin brand with a betting word, glued between two words, at the start
        # of a paragraph, or with the space the spammer left after it
        (
            "某镇坚持“支部引领ky棋牌、干部包村、党员带头”，推进人居环境整治。",
            "某镇坚持“支部引领、干部包村、党员带头”，推进人居环境整治。",
        ),
        (
            "xb电竞为彻底治理农村脏乱差，某镇三级联动开展全面整治。",
            "为彻底治理农村脏乱差，某镇三级联动开展全面整治。",
        ),
        (
            "省委召开表彰大会，jy体育 为牵头单位的某集团驻某县工作队获先进集体称号。",
            "省委召开表彰大会，为牵头单位的某集团驻某县工作队获先进集体称号。",
        ),
        # neighbours: a capitalised league or channel, a sports bureau and an e-sports trade
        (
            "他在NBA体育频道上看到了家乡的比赛，深受鼓舞，决心回乡任职。",
            "他在NBA体育频道上看到了家乡的比赛，深受鼓舞，决心回乡任职。",
        ),
        (
            "某区选派干部到市体育局挂职，并对接电竞产业园区建设工作。",
            "某区选派干部到市体育局挂职，并对接电竞产业园区建设工作。",
        ),
    ],
)
def test_a_lowercase_betting_brand_glued_into_a_sentence_is_cut(
    text_in: str, expected: str
) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "核心摘要：近年来，某镇把人居环境整治作为推动乡村振兴的重要抓手，强化督查考核。",
            "近年来，某镇把人居环境整治作为推动乡村振兴的重要抓手，强化督查考核。",
        ),
        (
            "内容提要：某县建立干部一线考察机制，将考察结果作为选拔任用的重要依据。",
            "某县建立干部一线考察机制，将考察结果作为选拔任用的重要依据。",
        ),
        # neighbour: the word inside a sentence
        (
            "会议审议了报告摘要：一是强化考核，二是优化激励，三是严格问责。",
            "会议审议了报告摘要：一是强化考核，二是优化激励，三是严格问责。",
        ),
    ],
)
def test_a_summary_label_opening_the_lead_is_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "王 芳、李建国报道：8月6日上午，某镇组织各村支部书记实地观摩，比学赶超。",
            "8月6日上午，某镇组织各村支部书记实地观摩，比学赶超。",
        ),
        (
            "刘洋、陈 红、赵志强报道：近日，某区选派30名年轻干部到社区一线挂职锻炼。",
            "近日，某区选派30名年轻干部到社区一线挂职锻炼。",
        ),
        # neighbour: one subject before 报道 in a sentence is the article's words
        (
            "央视报道了某县选派干部驻村的做法，引起广泛关注。",
            "央视报道了某县选派干部驻村的做法，引起广泛关注。",
        ),
        # a box-bulleted credit block run into the lead (batch 47): before its quotation,
        # or set off by a space; a paragraph about a 记者节 keeps its bullet and words
        (
            "□ 记者 林某某“新征程上，要勇挑大梁、走在前列。”全省两会期间，代表们热议。",
            "“新征程上，要勇挑大梁、走在前列。”全省两会期间，代表们热议。",
        ),
        (
            "■ 本报记者 王某 通讯员 李某某 近日，某县选派50名干部驻村。",
            "近日，某县选派50名干部驻村。",
        ),
        (
            "■ 记者节当天，某县表彰了12名优秀记者。",
            "■ 记者节当天，某县表彰了12名优秀记者。",
        ),
    ],
)
def test_reporters_names_before_their_credit_are_dropped(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "今 年初，某区审计局在审计水务局防汛工程时，发现工程款支付对象与合同主体不一致。",
            "今年初，某区审计局在审计水务局防汛工程时，发现工程款支付对象与合同主体不一致。",
        ),
        (
            "全县共选派干部三千余人，其 中，县级干部120人，科级干部900人，一般干部两千余人。",
            "全县共选派干部三千余人，其中，县级干部120人，科级干部900人，一般干部两千余人。",
        ),
        # neighbours: a headline's phrases and a short credit keep their spaces
        ("上门问事 下沉议事 一线办事", "上门问事 下沉议事 一线办事"),
        ("记者 张 敏 通讯员 李 华", "记者 张 敏 通讯员 李 华"),
    ],
)
def test_a_word_split_by_a_space_in_prose_is_joined(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


BODY = (
    "近日，某某县委组织部选派32名年轻干部组成工作队，到乡村振兴一线开展帮扶协作，凝聚发展力量。\n"
    "◎《南粤》杂志记者/李某 发自某某\n"
    "工作队走访农户、梳理问题清单，协调解决群众急难愁盼问题56件，以深度调研凝聚力量。\n"
    "县委组织部将把帮扶表现作为干部选拔任用的重要依据。"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a masthead and its slogan over the site's menu, the headline below
        (
            "南粤杂志 深度凝聚力量\n首页\n往期\n杂志简介\n\n县里来了工作队：帮扶协作增添新力量\n\n"
            "2024-05-29 来源：南粤杂志社 作者：李某\n\n",
            "县里来了工作队：帮扶协作增添新力量",
        ),
        # a betting brand at the head of the headline
        (
            "ob电竞某某县：选派年轻干部组成工作队开展帮扶协作\n",
            "某某县：选派年轻干部组成工作队开展帮扶协作",
        ),
    ],
)
def test_a_masthead_or_a_brand_is_not_the_headline(head: str, title: str) -> None:
    meta = clean_article(Article.from_text(head + BODY, "inline")).metadata
    assert meta.title == title


VISIT_BODY = (
    "本报某地10月16日电 今年以来，某某县建立“上门问事、下沉议事、一线办事”工作机制，"
    "推动乡镇干部常态化走访入户，把问题解决在一线。\n"
    "全县1200余名乡镇干部分片包干，每月走访入户不少于一次，收集群众诉求3000余件。\n"
    "县委组织部将走访成效纳入干部考核，作为选拔任用的重要依据。"
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # the page's title line: a main clause, a colon, then the headline printed alone
        # under its kicker below; the whole line is the headline
        (
            "某报聚焦某某县干部常态化走访入户：上门问事 下沉议事 一线办事",
            "某报聚焦某某县干部常态化走访入户：上门问事 下沉议事 一线办事",
        ),
        # neighbours: a spam site's keywords before the colon, and a short column label
        ("天鬼皇和天妖皇 关系：上门问事 下沉议事 一线办事", "上门问事 下沉议事 一线办事"),
        ("第一篇：上门问事 下沉议事 一线办事", "上门问事 下沉议事 一线办事"),
    ],
)
def test_a_main_clause_before_the_printed_headline_belongs_to_it(first: str, title: str) -> None:
    page = (
        f"{first}\n2024年10月17日08:52 | 来源：某某网\n小字号\n"
        f"某某县乡镇干部常态化走访入户\n上门问事 下沉议事 一线办事\n{VISIT_BODY}"
    )
    assert clean_article(Article.from_text(page, "inline")).metadata.title == title
