"""The genre gate on the kinds of page batches 21-22 skipped or let through at first
sight: a contest page that ranks counties by score for a level's own working team (it
names no official, yet it is an organ's act), a leader's inspection of flood work (news of
what an official did, not a headquarters' bulletin), a serial's chapter numbered without
第 and stamped by a pirate site, and a novel's excerpt told in its narrator's asides.
Each kind has a near neighbour that must keep its verdict.  Sentences written for these
tests in the style of the pages."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    "text",
    [
        # a level's working team ranks its counties: no official named, an organ's act
        (
            "按照全市美丽乡村建设总体安排，5月8日，市美丽乡村建设行动专班组织开展观摩评比，"
            "按照现场打分结果排名。具体情况如下：\n第一名：甲县 92.10分\n第二名：乙县 91.30分"
        ),
        # a city naming its subordinate divisions the way only a government does
        "各县（市、区）观摩评比得分如下：第一名：甲县 92.10分，第二名：乙县 91.30分。",
        # a leader named at work inspecting flood control: news, whatever its flood words
        (
            "7月4日上午，县委常委、纪委书记王某某深入某某镇督查防汛工作。王某某深入重点"
            "圩堤、地质灾害防治点督查防汛，了解汛情、雨情和水位变化，要求防汛责任人到岗"
            "到位，对发现的险情及时排险加固，确保暴雨期间防汛安全。"
        ),
    ],
    ids=["level-task-team-ranking", "county-enumeration", "leader-inspects-floods"],
)
def test_an_organs_act_is_news(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a headquarters' bulletin names no one: still a bulletin
        (
            "省防汛抗旱指挥部决定，自今日12时起将防汛Ⅲ级应急响应调整为Ⅳ级。受持续降雨"
            "影响，部分河道水位仍在警戒线附近，各地要做好山洪、内涝、地质灾害防范。",
            "emergency",
        ),
        # a course's 专班 has no level before it: a page that names no organ still has none
        ("考研专班火热招生中，名师授课，小班教学，报名即送全套资料。", "no_actor"),
        # a serial's chapter numbered without 第, stamped by the site that copied it
        (
            "015章 下乡\n镇党委书记把他叫进办公室，县里要选派一批干部下村"
            "本内容为某某官途015章节文字内容。\n阅读本书最新手打章节\n"
            "他缓缓地点了头，心里却在盘算。",
            "fiction",
        ),
        # a novel's excerpt without chapter or site: its narrator's asides and a nod
        (
            "不得不说，副省长在政务上还是十分老练的，连书记也挑不出毛病来，点了点头道：“安排"
            "很妥当。”"
            "要知道，江南省是水患大省，防汛指挥部当真是一个紧要的机构。放下电话，"
            "他忍不住叹了一句：人啊，没有贪欲该多好。",
            "fiction",
        ),
    ],
    ids=["bulletin", "course-class", "serial-chapter", "narrator-asides"],
)
def test_other_kinds_keep_their_verdict(make_document: MakeDocument, text: str, kind: str) -> None:
    assert genre.judge(make_document(text)).genre == kind
