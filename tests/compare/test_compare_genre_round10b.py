"""The genre gate's second pass of round 10, on the kinds of page batches 17-20 let through:
a serial novel cut into parts on a reading site, an SEO essay that states its aim and heads
its sections like an encyclopedia, a question for a title, a yearbook's chronicle of days,
and an evening school for the city's young people.  Each kind has a near neighbour that is
real cadre news and must pass.  The sentences are written for these tests in the style of
the pages, not copied from them."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # a reading site's member shelf and a novel cut into parts and pages
        (
            "我的书架\n首页 > 都市 > 镇长 > 第3部分\n第3部分(第2/5页)\n"
            "李长河刚到乡里报到，党委书记就把他叫进了办公室，说县里要选派一批干部下村。",
            "fiction",
            "小说网站",
        ),
        # an SEO essay: its aim announced, its sections headed by what a thing means
        (
            "前言\n县级干部交流是干部管理的重要一环。本文试对交流任职的做法作一梳理，"
            "以期全面了解其中的门道。\n干部交流任职的意义\n交流任职可以开阔干部视野，"
            "防止长期在一地任职形成的弊端。",
            "explainer",
            "百科体例",
        ),
        # a generated essay's outline: numbered short headings, one mark of its aim
        (
            "年轻干部培养浅谈\n本文将从三个方面谈谈年轻干部的培养。\n1. 注重理论学习\n"
            "年轻干部要加强理论武装。\n2. 加强实践锻炼\n要到基层一线经受磨炼。\n"
            "3. 严格日常管理\n要抓早抓小。\n4. 完善激励机制\n让优秀者脱颖而出。",
            "explainer",
            "编号短标题",
        ),
        # a question for a title and an essay's stated aim
        (
            "乡镇党委书记都是正科级吗？\n本文试从职级设置说起，为读者理解乡镇干部的晋升"
            "路径提供参考。\n乡镇党委书记一般为正科级，部分经济强镇的书记高配为副处级。\n"
            "为什么有的书记是副处级？\n这与各地的高配政策有关。",
            "explainer",
            "设问小标题",
        ),
        # a yearbook's chronicle: each line opens on its day alone
        (
            "2021卷\n5日 自治区党委召开全区组织部长会议，部署全年组织工作。\n"
            "8日 首府召开优化营商环境推进会。\n12―13日 自治区政协召开常委会议。\n"
            "20日 全区脱贫攻坚总结表彰大会召开。\n27日 自治区出台支持民营经济发展的若干措施。",
            "work_report",
            "大事记条目",
        ),
        # an evening school for the city's young people: its public, not its cadres
        (
            "团市委推出青年夜校，首批课程吸引了2000多名青年报名。青年们下班后来到街道党群"
            "服务中心，学习摄影、茶艺和短视频剪辑。不少青年说，夜校让他们在城市里找到了"
            "朋友。主办方表示，将根据青年的需求增设课程，让更多青年共享城市的公共资源。",
            "other_subjects",
            "非干部对象",
        ),
    ],
    ids=[
        "novel-parts-and-shelf",
        "seo-essay-headings",
        "numbered-outline",
        "question-title",
        "chronicle",
        "youth",
    ],
)
def test_a_page_of_another_kind_is_judged_so(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert verdict.reason is not None
    assert marker in verdict.markers


@pytest.mark.parametrize(
    "text",
    [
        # a feature that asks its reader one question in a subhead
        "“石榴熟了吗？”\n近日，县委组织部选派的28名驻村第一书记陆续回到乡里，"
        "与村干部一起谋划产业，全县已有12个村集体收入超过50万元。",
        # a news page that dates its act inside its sentence, with the month
        "3月5日，市委组织部召开年轻干部座谈会。3月12日，首批40名年轻干部赴信访窗口挂职锻炼。",
        # a news page that numbers one list item on its own line
        "区委组织部近日公布年度考核结果，排名前三的单位如下：\n1. 区发改局\n"
        "2月起，考核结果将与干部评优、提拔使用直接挂钩，12名干部因此获得晋升。",
        # youth cadres trained by the Party: 青年干部 are cadres, not the city's public
        "区委组织部举办青年干部培训班，60名青年干部参加为期一周的集中培训，"
        "培训结束后青年干部将到项目一线跟班学习，表现突出的优先提拔使用。",
        # a page that reports what a district's work means for its cadres, in a sentence
        "区委组织部部长王强表示，开展轮岗交流的意义在于让干部在实践中经受锻炼，"
        "今年全区已交流干部86名。",
    ],
    ids=[
        "one-question",
        "dated-acts",
        "one-numbered-line",
        "youth-cadres",
        "meaning-in-a-sentence",
    ],
)
def test_cadre_news_near_those_kinds_passes(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
