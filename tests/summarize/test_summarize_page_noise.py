"""Summary noise found on real pages in round 8 (issue 16): characters masked one at a
time by a site's word filter, the page's own traffic counters, and pieces of the
headline that end like sentences.  Sentences written for the tests in the genre's style."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reporter.summarize import get_summarizer
from reporter.summarize.textrank_plus import reject_reason

from .conftest import DocFactory


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # one masked character, at the start or inside a word
        ("为加强换届后村（社区）干部队伍建设，提升村（社区）*组织书记履职能力。", "garbled"),
        ("各村书记围绕基层*建、产业发展等方面，逐一登台晒成绩、比干劲。", "garbled"),
        # the page's traffic counters
        ("截至当天中午12时，网络投票85万人次，网络点击量207.1万人次。", "boilerplate"),
        ("活动专题页上线一周，阅读量突破10万，留言3000余条。", "boilerplate"),
        ("该系列短视频播放量达120万次，引发广泛关注。", "boilerplate"),
        # disclaimers and calls to follow or share glued to a paragraph
        ("声明：本文转自网络，如有侵权请联系删除。", "boilerplate"),
        ("更多精彩内容，请关注某某县委组织部微信公众号。", "boilerplate"),
        ("欢迎广大读者转发分享，让更多人看到基层干部的风采！", "boilerplate"),
        ("以上内容由某某网整理发布，仅供参考学习使用。", "boilerplate"),
        ("座谈会上，5名驻村干部分享了一年来的工作体会和经验做法。", None),
        # a speech tag whose quotation is printed in another sentence
        ("5月24日，某某街办干部张某步出会场时激动地说。", "attribution"),
        ("会后，刚参加完比武的村支书李某某感慨地说。", "attribution"),
        # the same kinds of sentence without them stay
        ("会后，村支书李某某感慨地说：“这样的比武让我们找到了差距。”", None),
        ("全县共评选出10名“擂台之星”，其中3名被提拔重用。", None),
        ("评委现场打分，群众代表现场投票，得分当场公布。", None),
        ("县委组织部对25个乡镇的点位进行了实地察看，累计走访群众1200余户。", None),
        ("5×3的评分方式由县委组织部制定，全县统一执行。", None),
        # page furniture of round 9: a breadcrumb trail ending in the headline, an
        # editor's field label before the lead it repeats, a document host's banner
        ("您的当前位置：首页 > 要闻 > 驻村干部的一天是怎样度过的？", "boilerplate"),
        ("当前位置：网站首页 > 组工动态 > 某某区开展年轻干部擂台比武。", "boilerplate"),
        ("内容提要：近年来，某某县坚持在一线选拔干部，推动重点项目提速增效。", "boilerplate"),
        ("【摘要】某某市选派200名干部下沉社区，助力基层治理。", "boilerplate"),
        (
            "某某文库—全网资源每日更新 在全县干部大会上的讲话（2024年3月1日）同志们：大家好！",
            "boilerplate",
        ),
        ("范文免费下载 某某县委书记在擂台比武动员会上的讲话。", "boilerplate"),
        # the same words inside news stay
        ("首页刊发的这篇报道，介绍了该县选派干部驻村的做法。", None),
        ("会上，县委组织部介绍了干部培训的主要内容和提要。", None),
        ("该县把摘要式通报改为全文通报，每月公布各乡镇排名。", None),
        # search bait a spam farm glued into a copied sentence or over the site's name
        ("转移2名病重人员至镇医院进行安置某地兼职美工网站。", "boilerplate"),
        ("期间，美工兼职有两位老人由于重病无法撤离。", "boilerplate"),
        (
            "某某客户端·斗地主哪个软件好用_棋牌APP下载-官网平台：新闻网讯6月初，某区开展防控。",
            "boilerplate",
        ),
        ("充分发扬“某某杏耀”精神，确保工程按期完工。", "boilerplate"),
        ("某某文库 - 千万精品文档，你想要的都能搜到，下载即用。", "boilerplate"),
        # ... while an article's own part-time posts and apps stay
        ("全县选聘兼职党建指导员120名，实现村（社区）全覆盖。", None),
        ("该区上线“干部在线”APP，全区干部下载使用率达95%。", None),
        # anti-scraping junk beside a site's name
        ("某某网%- SB^xY6U4n{OE“aSo 据了解，某市考核结果显示。", "garbled"),
        ("全市GDP增长6.5%，R&D投入占比2.1%。", None),
        # a sentence cut where a conversion failed, ending on the "?!" it left
        ("其中5户家庭成为“红榜家庭”?!", "garbled"),
        ("干部们不禁要问：这样的考核还有谁敢不重视？！", None),
        # the tail of a word the page cut, left before a comma
        ("苯，某市有关部门组成的专项督查小组深入该局，督促转变作风。", "fragment"),
        ("但，这并不意味着干部可以松一口气。", None),
        # a broadcast script's cue before the quotation it plays
        ("（录音）“全县目前仍有19个村部条件较差。”", "caption"),
        ("（同期声）“我们要把干部派到一线去。”", "caption"),
    ],
)
def test_reject_reason_page_noise(text: str, reason: str | None) -> None:
    assert reject_reason(text) == reason


def test_a_headline_holding_a_question_mark_is_no_summary_sentence(
    make_doc: DocFactory,
) -> None:
    # The title line splits at its ？ into a piece that ends like a sentence.
    title = "某某报：这120名干部为何被提拔重用？某某州 第一"
    doc = make_doc(
        [
            ["某某报：这120名干部为何被提拔重用？", "某某州 第一"],
            ["某某州拿出101个乡镇领导班子成员岗位，面向驻村第一书记遴选干部。"],
            ["遴选出的120名干部全部来自脱贫攻坚一线，其中35人是年轻干部。"],
        ],
        title=title,
    )
    picks = get_summarizer("textrank_plus").summarize(doc, 3).sentences
    assert picks
    assert all(p.sentence_index >= 2 for p in picks)


def test_the_headline_again_under_a_picture_is_no_summary_sentence(
    make_doc: DocFactory,
) -> None:
    # A page prints its headline as the caption of each picture (in the other script
    # too, which the cleaner converts): a copy of the title tells the reader nothing.
    title = "某某市举行大规模重点人群转运演练"
    doc = make_doc(
        [
            [title],
            ["某某市举行大规模重点人群转运演练。"],
            ["8月7日，某某市防控办转运专班组织200名干部开展大规模人群跨区转运演练。"],
            ["某某市举行大规模重点人群转运演练。"],
            ["演练共设5个科目，检验市、区转运专班各成员单位的协同作战能力。"],
        ],
        title=title,
    )
    picks = get_summarizer("textrank_plus").summarize(doc, 3).sentences
    assert picks
    assert {p.sentence_index for p in picks} <= {2, 4}


def test_a_lead_repeating_a_derived_title_may_be_picked(make_doc: DocFactory) -> None:
    # A derived title is the lead's own words: the lead stays a candidate.
    lead = "某某县选派120名干部到乡镇一线锻炼，为期6个月。"
    doc = make_doc([[lead], ["锻炼期满考核合格的干部将优先提拔使用。"]], title=lead)
    meta = replace(doc.article.metadata, title_derived=True)
    doc = replace(doc, article=replace(doc.article, metadata=meta))
    picks = get_summarizer("textrank_plus").summarize(doc, 1).sentences
    assert [p.sentence_index for p in picks] == [0]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a portal's link to another story: its headline, a space, its first sentence
        (
            "某某集团：党建引领 建好“放心工程”某某集团党委扎实开展“党建质量提升年”活动。",
            "boilerplate",
        ),
        ("常住人口1200万 某某省人口普查数据公布某某省统计局通报了主要数据。", "boilerplate"),
        # a section heading glued to the paragraph it heads
        ("选人用人不拘一格 作为劳务输出大市，某某市每年转移就业农民工50万人。", "boilerplate"),
        # a space after a short opening or after a date, or later in the sentence, stays
        ("昨天 下午，某某县召开全县干部大会，部署干部作风建设。", None),
        ("3月5日 某某县召开全县干部大会，部署干部作风建设工作。", None),
        ("某某县选派50名干部驻村，开展 结对帮扶工作，为期一年。", None),
    ],
    ids=["link-label", "link-figure", "heading", "short-opening", "date", "later-space"],
)
def test_a_headline_glued_to_a_paragraph_is_no_summary_sentence(
    text: str, reason: str | None
) -> None:
    assert reject_reason(text) == reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a synonym spinner's substitutes left on a page the cleaner did not judge spun
        ("全县共选派干部120东谈主，服务群众3000东谈主次。", "garbled"),
        ("县委组织部组织年轻干部到先进地区参不雅学习。", "garbled"),
        # the real word holding 不雅, and plain text, stay
        ("个别干部在窗口的言行不雅观，已被约谈。", None),
        ("全县共选派干部120人，服务群众3000人次。", None),
    ],
)
def test_spun_words_keep_a_sentence_out(text: str, reason: str | None) -> None:
    assert reject_reason(text) == reason
