"""A township's own story (issue 16): the town is named once, right after its county
(沾化区泊头镇推行…, 歙县新溪口乡召开…), and then referred to by its level alone (全乡, 镇党委,
乡长, 乡直单位).  Those references count for the town as 市委 and 全市 count for a city, and
the town doing what the article reports right after its county acts, however long its
name; with two towns of one level named, a 镇党委 could be either's and counts for none."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.place_resources import town_reference
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named once after its county, then 镇党委 and 全镇: the town's scheme
        (
            "临朐讯 今年以来，临朐县柳山镇推行村干部“季度述职”制度，激发干事热情。\n"
            "每季度末，村干部向镇党委述职，由镇党委组织群众代表现场测评。\n"
            "测评结果与绩效挂钩，全镇已有40名村干部参加述职。",
            "柳山镇",
        ),
        # a three-character township after its county opens the clause with its verb,
        # then 全乡, 乡长 and 乡直单位
        (
            "日前，永嘉县大若岩乡召开“亮承诺 比实绩”大会，全乡干部群众参加。\n"
            "乡长在会上带头承诺，乡直单位负责人逐一上台亮诺。\n"
            "全乡各村将把承诺事项张榜公布，接受群众监督。",
            "大若岩乡",
        ),
        # the county convenes and names two towns: 各镇党委 is every town's, none acts
        (
            "永嘉县召开乡镇党建工作推进会，永嘉县岩头镇和桥头镇作了交流发言。\n"
            "永嘉县委组织部要求，各镇党委书记要履行第一责任人职责。\n"
            "永嘉县将对各镇党建工作进行季度排名。",
            "永嘉县",
        ),
    ],
)
def test_a_town_named_once_and_then_by_its_level_is_the_actor(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("全乡干部群众参加，乡长带头承诺，乡直单位负责人亮诺。", 3),
        ("与镇党委签订责任状，镇政府负责督办，该镇共有12个村。", 3),
        # every town, not one: 乡镇, 城镇, 各镇, 全乡镇
        ("各乡镇党委书记参加，全乡镇干部和城镇居民到场，各镇长发言。", 0),
    ],
)
def test_a_towns_level_written_alone(text: str, count: int) -> None:
    refs = ("党委", "政府", "人大", "纪委", "长", "直")
    prefixes = ("全", "该", "我", "本")
    found = sum(len(town_reference(level, refs, prefixes).findall(text)) for level in ("镇", "乡"))
    assert found == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county-run zone's own story: its 党工委 and 管委会 act, the county only
        # locates it
        (
            "临朐经济开发区“一线办公”推动项目提速\n临朐县经济开发区实行班子成员包项目制度，"
            "每名班子成员至少联系一个项目。\n开发区党工委书记说，开发区今年已解决项目难题"
            "36个。",
            "临朐经济开发区",  # as the page first writes it
        ),
        # a county's story naming its zone once, as where a project lies: the county
        (
            "临朐县选派30名干部驻企服务\n临朐县委组织部从县直单位选派30名干部，到临朐县"
            "经济开发区等地的重点企业驻企服务。\n临朐县将对驻企干部进行季度考核。",
            "临朐县",
        ),
    ],
)
def test_a_county_run_zone_acts_when_the_story_is_its_own(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province's inspection team turned on a county: the county reports its
        # rectification, the province only inspected
        (
            "根据省委统一部署，省委第三巡视组对临朐县开展了巡视，并反馈了巡视意见。"
            "现将整改进展情况通报如下。\n县委召开常委会会议研究整改工作，成立整改领导小组。"
            "\n临朐县已完成整改任务42项。",
            "临朐县",
        ),
        # a city's inspection team turned on a county
        (
            "温州市委第二巡察组反馈意见\n市委第二巡察组对永嘉县开展巡察后，永嘉县委召开"
            "专题会议部署整改。\n永嘉县已整改问题18个，永嘉县将建立长效机制。",
            "永嘉县",
        ),
    ],
)
def test_the_place_an_inspection_team_is_turned_on_reports(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected
