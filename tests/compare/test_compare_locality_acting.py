"""The primary locality on short pages shaped like batch 10's first-sight failures
(issue 16), one general cause each: a newspaper named after its city writing of itself
(我市) while its delegation visits another city.  Sentences written here in the genre's
style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.text.gazetteer import outlet_home
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("九江日报", "九江市"),
        ("中国绍兴网", "绍兴市"),
        ("人民日报", None),  # named after no place
        ("新华网", None),  # several districts are called 新华区
        ("中共临淄区委组织部", None),  # an organ, read by outlet_places
        (None, None),
    ],
)
def test_outlet_home(outlet: str | None, expected: str | None) -> None:
    assert outlet_home(outlet) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city paper's 我市 delegation goes to another city, named far more often
        (
            "我市党政考察团赴九江学习考察\n来源：宜春日报\n"
            "5月8日至9日，我市党政考察团在九江市学习考察。九江市委书记会见考察团一行。"
            "考察团先后来到九江市濂溪区、九江市开发区，九江市的做法值得借鉴。"
            "九江市委副书记陪同。",
            "宜春市",
        ),
        # the title names its own actor: the city paper's 我市 in the lead is no
        # override (the county-level city's news)
        (
            "南康区38个重点项目集中开工\n来源：赣州日报\n"
            "我市南康区重点项目集中开工仪式昨日举行。南康区区委书记出席并讲话，"
            "南康区干部群众参加。",
            "南康区",
        ),
        # a 我县 in a city paper is a county's voice: the county the text names
        (
            "我县选派干部驻村\n来源：赣州日报\n我县选派50名干部驻村。"
            "兴国县委组织部负责人介绍，兴国县的干部全部到岗。",
            "兴国县",
        ),
    ],
)
def test_home_city_writing_of_itself(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected
