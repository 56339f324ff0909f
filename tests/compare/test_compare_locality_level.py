"""The level and role of the primary locality when several places appear (issue 16,
batches 17-20): a higher organ named only in the title of a place's own head does not
act (省委常委、某市委书记 attends the city's event), and a place that receives the cadres
a pairing sends (对口支援, 入驻, 下沉) is where they went, not the actor.  Sentences
written here in the genre's style."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reporter.compare.actors import unnamed_organ_levels
from reporter.compare.localities import sentence_places
from reporter.models import Document
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a higher organ's post held by a place's own head: that place's official attends
        ("6月3日，某市党校新楼启用，省委常委、某市委书记王某出席。", ()),
        ("会上，省委常委、市委书记李某作动员讲话。", ()),
        ("州委常委、县委书记赵某主持会议。", ()),
        # the organ's own official: the organ's event, as before
        ("省委组织部副部长张某出席开班式。", ("省",)),
        ("县委常委、组织部部长赵某主持会议。", ("县",)),
        # the organ itself acts, or meets as a body
        ("省委常委会审议通过干部选派方案。", ("省",)),
        ("日前，市委组织部选派一批干部到园区挂职。", ("市",)),
    ],
)
def test_an_organ_in_an_officials_title_does_not_act(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's city opens the paragraph; the region acts, the next sentence's
        # count is the region's
        (
            "南宁讯 7月2日，广西“干部锻炼计划”启动。据悉，今年共选派800多名干部挂职。",
            ["广西壮族自治区", "广西壮族自治区"],
        ),
        (
            "拉萨8月20日讯 近日，自治区对违规问题问责。据悉，共问责5名干部。",
            [None, None],
        ),
        # a city that acts is still the sentence's place
        (
            "近日，南宁市选派300名干部下沉一线。据悉，干部已全部到岗。",
            ["南宁市", "南宁市"],
        ),
    ],
)
def test_a_datelines_place_is_no_sentences_place(
    text: str, expected: list[str | None], make_document: Callable[..., Document]
) -> None:
    doc = make_document(text, primary=None)
    assert [p.locality for p in sentence_places(doc)] == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # an autonomous region's organ named by its level alone acts, as 省委 does; its
        # level is read whole (a district's 区 would leave a district's article its own)
        ("近日，自治区对某县违规建设问题进行了问责。", ("自治区",)),
        ("日前，自治区党委组织部选派200名干部驻村。", ("自治区",)),
        # named, or mid-clause, it is no unnamed organ
        ("广西壮族自治区党委组织部选派200名干部驻村。", ()),
        ("他被提拔进入自治区区直机关任职。", ()),
    ],
)
def test_an_autonomous_region_by_its_level_alone(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels


def test_a_region_holding_its_county_to_account_acts(tmp_path: Path) -> None:
    # the county is named in every sentence, but the region's organ opens the lead
    text = (
        "自治区严肃问责保护区违规建设问题\n近日，自治区对山南市浪卡子县人民政府违规建设"
        "问题进行了问责，责成浪卡子县人民政府作出书面检讨。\n浪卡子县县长张某负主要领导"
        "责任，给予警告处分；浪卡子县林业局局长李某负直接责任，对其诫勉谈话。"
    )
    assert primary_locality_of(tmp_path, text) == "西藏自治区"


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a provincial body named by its level alone opens the clause: the province acts
        ("省易地搬迁工程建设指挥部第二片区工作组在某县召开调度会。", ("省",)),
        ("近日，省移民局召开工作推进会。", ("省",)),
        # 省长 is a post, 省内 a scope: no body
        ("省长到某县民政局调研。", ()),
        ("省内各地交通局负责人参会。", ()),
    ],
)
def test_a_provincial_body_by_its_level_alone(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels


def test_a_provincial_command_post_meeting_in_a_county_is_the_provinces(tmp_path: Path) -> None:
    text = (
        "省搬迁工程建设指挥部片区工作组调度会议在遵义市桐梓县召开\n6月1日，省搬迁工程建设"
        "指挥部片区工作组在遵义市桐梓县召开调度会议。片区毕节市、遵义市各县移民局局长参加。"
        "\n会上，桐梓县副县长介绍了稽查情况，毕节市、遵义市移民部门负责人交流发言。"
    )
    assert primary_locality_of(tmp_path, text) == "贵州省"
