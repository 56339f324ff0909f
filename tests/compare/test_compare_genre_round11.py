"""The genre gate's pass of round 11, on what batches 25-28 showed at first sight: a news
page that names its actors only as 一把手 or by the work style of officials (作风建设) is
about cadre work; an encyclopedia's entry (its [编辑] marks) and an explainer that sets two
notions side by side (一、职责不同) are no reports; a novel's narrator tells how a character
answers and grins (答道, 傻笑).  Each kind has a near neighbour that is real cadre news and
must pass.  The sentences are written for these tests in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("“一把手”当起“特派员”，某县探索乡村振兴包村新路子。", True),
        ("某市以能力作风建设为抓手，推动思想大解放、作风大转变。", True),
        # a page on trade and soybeans alone names no official and no organ
        ("口岸旅客运输正式开通，大豆良种产量突破40万吨。", False),
    ],
)
def test_the_head_official_and_the_work_style_of_officials_name_cadre_work(
    make_document: MakeDocument, text: str, actor: bool
) -> None:
    assert (genre.judge(make_document(text)).genre != "no_actor") is actor


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # an encyclopedia's entry with its section marks
        (
            "跳至内容\n专项工作组\n自由的百科全书\n专项工作组是各级部门为完成阶段性任务"
            "抽调人员组成的临时机构。\n特点[编辑]\n人员集中，分工明确。",
            "explainer",
            "百科体例",
        ),
        # two notions compared heading by heading
        (
            "领导小组和工作组的区别\n二者都是为解决特定问题而设立的团队。\n一、职责不同\n"
            "领导小组负责决策，工作组负责落实。\n二、组织形式不同\n领导小组相对固定，"
            "工作组随时组建。\n三、运作方式不同\n领导小组靠会议决策。",
            "explainer",
            "对比小标题",
        ),
        # a novel's narration: an answer told with its manner, a grin, a head turned
        (
            "“来得早啊？”李明随口答道，心里却犯起了嘀咕。\n台下有人朝他这边望，"
            "碰到他的目光，傻笑一下，又转过头去。\n“听说新来的副县长要来讲课。”\n"
            "他微微点了点头，没有说话。",
            "fiction",
            "叙述动作",
        ),
        # a plan report put to the people's congress, with the session that adopted it
        (
            "关于某省2023年国民经济和社会发展计划执行情况与2024年计划的报告\n"
            "某省第七届人民代表大会第二次会议审议通过\n一、2023年计划执行情况\n"
            "全省地区生产总值增长6%，干部群众干事创业热情高涨。",
            "work_report",
            "人大报告",
        ),
    ],
    ids=["wiki-entry", "comparison-headings", "novel-narration", "congress-plan-report"],
)
def test_the_kinds_of_page_batches_25_28_let_through_are_caught(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind
    assert marker in verdict.markers


@pytest.mark.parametrize(
    "text",
    [
        # a report that names what the county did under each heading
        "某县组建重点项目工作专班。\n一、压实责任\n县委明确每个专班由一名县领导牵头。\n"
        "二、强化调度\n专班每周召开一次调度会。",
        # a feature quoting a cadre, without a narrator's gestures
        "“群众的事就是我们的事。”驻村第一书记王某说。今年以来，他走访农户300余户。",
        # news of the session itself names the report once
        "某县召开人大常委会会议，听取县政府关于预算执行情况的报告，选派10名干部驻村。",
    ],
    ids=["report-headings", "feature-quote", "congress-news"],
)
def test_their_news_neighbours_pass(make_document: MakeDocument, text: str) -> None:
    assert genre.judge(make_document(text)).reason is None


@pytest.mark.parametrize(
    ("text", "genre_id"),
    [
        # a province's commendation reposted on a model-text site keeps its reporter's voice
        (
            "下面是本站挑选的关于某省表彰优秀村官的范文，供大家参考阅读。\n"
            "某省委组织部等单位日前联合发出通知，表彰30名优秀村官。据了解，评选已开展4次。"
            "相关负责人介绍说，评选激发了村官干事创业的活力。",
            "news",
        ),
        # a model speech on the same site still is one
        (
            "下面是小编整理的关于村官工作会议讲话范文，供大家参考阅读。\n"
            "同志们：今天召开全县村官工作会议，我讲几点意见。",
            "speech_template",
        ),
        # a city's whole-city headquarters is its government's, though no organ is named
        (
            "项目建设如行军打仗。某市成立全市重点工作挂图作战总指挥部，对92个项目绘制作战图。",
            "news",
        ),
        # a company's own project headquarters is not
        ("某建设集团项目指挥部召开安全生产例会，部署冬季施工。", "no_actor"),
    ],
    ids=["reposted-news", "model-speech", "city-headquarters", "company-headquarters"],
)
def test_reposted_news_and_a_city_s_headquarters_pass(
    make_document: MakeDocument, text: str, genre_id: str
) -> None:
    assert genre.judge(make_document(text)).genre == genre_id
