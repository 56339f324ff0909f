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
