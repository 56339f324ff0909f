"""Actors the round-9 code left without a primary locality, or read a level too high
(issue 16, batches 17-20 at first sight): a street office or town that opens its own
report with what it keeps doing (某街道坚持…), one named by its head's post (某镇副镇长),
a street office named after the old town it replaced (某镇街道), a street office in one
of the four provinces that are cities, the two autonomous regions whose short form the
adcode table leaves empty (内蒙古, 西藏), and a local outlet named inside a longer credit
line or a news flash's opening (…09:23 某州日报, 某某网讯) whose 我市/我县 is its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.place_resources import credit_words
from reporter.text.gazetteer import find_places, municipalities
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street office's work report: what it keeps doing, no organ named
        (
            "桂园街道坚持把干部放到一线\n"
            "今年以来，桂园街道坚持把机关干部派到社区一线，累计下沉干部120人次。\n"
            "桂园街道还把干部在一线的表现作为年度评优的依据。",
            "桂园街道",
        ),
        # a town named by its deputy head's post, then by its short form
        (
            "石湾城市管理考评名列前茅\n"
            "近日，禅城区城市管理考评结果公布，石湾在各镇街中排名第一。\n"
            "石湾镇副镇长李明介绍，石湾抽调30名干部组成专班，逐条整改问题。\n"
            "下一步，石湾将把考评结果纳入干部年度考核。",
            "石湾镇",
        ),
        # a street office named after the town it replaced (上海's 某镇街道)
        (
            "安亭镇街道举办年轻干部培训班\n"
            "日前，安亭镇街道年轻干部培训班在区委党校开班，40名年轻干部参加。\n"
            "安亭镇街道党工委要求学员学以致用，在一线岗位经受锻炼。",
            "安亭镇街道",
        ),
        # a street office of 上海 in a story that names the city, hardly its district
        (
            "上海一街道的干部下沉小区\n"
            "疫情期间，枫林街道组织机关干部全部下沉小区，枫林街道党工委选派60名干部担任楼组长。\n"
            "枫林街道的干部说，上海的小区就是他们的阵地。上海各区都在开展这项工作。\n"
            "枫林街道还把干部的表现记入档案。",
            "枫林街道",
        ),
    ],
)
def test_a_street_or_town_that_acts_is_found(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("内蒙古12个旗县的旗长上台答辩争项目", "内蒙古自治区"),
        ("西藏选派300名干部到边境乡村驻村", "西藏自治区"),
    ],
)
def test_an_autonomous_region_by_its_short_form(text: str, expected: str) -> None:
    assert [m.name for m in find_places(text)] == [expected]


def test_the_provinces_that_are_cities() -> None:
    assert municipalities() == {"北京市", "天津市", "上海市", "重庆市"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["http://www.example.cn 2006年12月30日09:23 常州日报"], "常州日报"),
        (["溧阳网讯 "], "溧阳网"),
        (["来源：上海嘉定 日期：2017-09-05"], "上海嘉定"),
    ],
)
def test_an_outlet_is_one_word_of_its_credit_line(lines: list[str], expected: str) -> None:
    assert expected in credit_words(lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county-level city's site opening its flash, then 我市
        (
            "年轻干部到重点项目一线挂职\n"
            "溧阳网讯 5月8日，我市召开年轻干部挂职锻炼动员会，"
            "选派30名年轻干部到重点项目一线挂职。\n"
            "挂职时间为一年，挂职期间的表现将作为干部使用的重要依据。",
            "溧阳市",
        ),
    ],
)
def test_a_local_sites_flash_names_its_place(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form two divisions share, the county's voice picks 宁波's 象山县
        (
            "象山30名年轻干部到项目一线挂职\n今年我县重点工程45个，全县抽调干部助推项目。",
            ["象山县"],
        ),
        # the district's voice picks 桂林's 象山区
        ("象山30名年轻干部到社区一线挂职\n今年我区抽调干部下沉社区，全区共派出120名。", ["象山区"]),
        # both voices (a county's item quoting a district): no guess
        ("象山30名年轻干部挂职\n我县干部到全区各社区学习，全县将推广。", []),
    ],
)
def test_a_shared_short_form_by_the_texts_own_level(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national bonded zone named in full, then by its short form
        (
            "天津港保税区选派干部进驻临港\n保税区管委会抽调30名干部组成工作专班。",
            ["天津港保税区", "天津港保税区"],
        ),
        # another city's 保税区, the Tianjin zone never named: no place
        ("某市保税区管委会抽调30名干部组成工作专班。", []),
    ],
)
def test_a_bonded_zone_is_a_place(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected
