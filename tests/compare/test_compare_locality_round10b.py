"""Places batches 21-22 got wrong at first sight (issue 16), by general cause: an organ's
website named before a bar in the headline (中央纪委国家监委网站|…) is the site, not the
country acting; a province's standing-committee post held by a city's head (某省委常委、
某市委书记) titles the city's official, and the county whose officials only accompany a
visit (…县委书记某某…陪同) hosts it; a government portal's source that is the division
itself (来源：某区) names the actor; a site named 某地党政网 is that place's own; a street
office named 某街 after its district (湖北's form) is a town that can act."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.text.gazetteer import outlet_home
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the national discipline organ's site before a bar: its banner, not its act
        (
            "中央纪委国家监委网站|江西瑞金3名干部防汛值守不力被问责\n"
            "8月3日，江西省瑞金市纪委监委通报，3名干部因防汛值班脱岗受到党纪处分。\n"
            "瑞金市纪委监委要求各乡镇压实防汛责任。",
            "瑞金市",
        ),
        # a provincial discipline site's flash opening the lead
        (
            "防汛值守脱岗 2名干部被通报\n"
            "省纪委监委网站讯 近日，宁都县纪委监委对2名防汛值班脱岗的干部进行通报批评。\n"
            "宁都县纪委监委要求全县干部坚守岗位。",
            "宁都县",
        ),
    ],
)
def test_an_organs_website_is_no_organ_acting(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province's post held by the city's head: the city leads the contest
        (
            "11月5日，河北省委常委、石家庄市委书记王某率领观摩团，来到正定县产业园、"
            "正定县人民医院新建项目现场调研。\n"
            "作为石家庄市下半年项目建设观摩大比拼活动的第三站，王某一行查看了项目进展。\n"
            "王某指出，项目建设大比拼是石家庄市委、市政府的一项制度性安排。\n"
            "石家庄市副市长某某，正定县委书记李某，县长张某陪同调研。",
            "石家庄市",
        ),
        # the visited county's officials accompany the city's inspection
        (
            "6月3日，安顺市委书记赵某一行到紫云县督导重点项目建设，并对项目进度排名。\n"
            "安顺市委书记赵某要求，各县区要按月比拼项目进度。\n"
            "紫云县委书记钱某，县长孙某及县直有关部门负责人陪同督导。",
            "安顺市",
        ),
        # one place's two head posts: the place itself acts
        (
            "信宜市委书记、市长周某率队开展项目观摩\n"
            "3月2日，信宜市委书记、市长周某率队观摩全市重点项目，信宜市对各镇项目进度打分排名。",
            "信宜市",
        ),
    ],
)
def test_an_officials_higher_post_and_the_hosts_of_a_visit_do_not_act(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected


def test_a_portal_whose_source_is_the_division_itself(tmp_path: Path) -> None:
    text = (
        "来源：宿松县 发布时间：2023-05-10 09:12 浏览：321次\n"
        "5月10日上午，县长吴某到复兴镇调度征迁工作，要求县工作专班每日调度，"
        "确保按时完成征迁任务。副县长郑某及县直有关部门负责同志参加。"
    )
    assert primary_locality_of(tmp_path, text) == "宿松县"


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("定西党政网", "定西市"),
        ("庆阳党政网", "庆阳市"),
        ("中国宁波网", "宁波市"),
        ("人民网", None),
    ],
)
def test_a_site_named_after_its_place(outlet: str, expected: str | None) -> None:
    assert outlet_home(outlet) == expected


def test_a_party_and_government_site_writes_of_its_own_city(tmp_path: Path) -> None:
    text = (
        "您好，欢迎来到庆阳市某某投资集团有限公司！\n"
        "时间：2022-05-10 09:30:12 来源：庆阳党政网\n"
        "5月9日，我市召开一季度党政履责考核观摩会，市委副书记、市长某某带队，"
        "对考核综合排名第一的西峰区和最后一名的环县进行现场观摩督导。\n"
        "观摩组先后到西峰区、环县查看项目建设。"
    )
    assert primary_locality_of(tmp_path, text) == "庆阳市"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street office named X街 after its district (湖北's form), then by its stem
        (
            "黄陂区前川街举办年轻干部培训班\n"
            "3月2日，黄陂区前川街年轻干部履职能力提升培训班开班，前川街40名机关干部和"
            "村（社区）干部参加，培训为期3天。\n"
            "前川街党工委要求学员学以致用，在一线经受锻炼。",
            "前川街",
        ),
        # a street of shops is no street office
        (
            "武昌区选派干部开展文明劝导\n"
            "近日，武昌区委组织部选派20名机关干部到户部巷美食街开展文明劝导，美食街每天客流上万。\n"
            "武昌区将把干部的表现记入档案。",
            "武昌区",
        ),
        (
            "江汉区干部下沉一线\n"
            "近日，江汉区选派100名机关干部下沉社区，江汉区江汉路步行街的商户也参与其中。\n"
            "江汉区将把干部在一线的表现作为评优依据。",
            "江汉区",
        ),
    ],
)
def test_a_street_office_named_with_jie_alone(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected
