"""The primary locality when a division acts and places below it are only where its
work took place or examples of it (issue 16, round 11): the province or region whose
story it is over the city where its exam was held or the county a trainee came from.
Sentences written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import venue_list_starts
from reporter.compare.locality import elsewhere_starts
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue word after the last of several places: every one of them is a venue
        ("选聘考试在南宁市和桂林市两地同时举行", ["南宁市", "桂林市"]),
        ("示范培训班在杭州市、宁波市、温州市三地同步举办", ["杭州市", "宁波市", "温州市"]),
        # a list no venue marker opens is no venue
        ("杭州市、宁波市两地干部在会上发言", []),
        # a venue marker, a list, but no venue word after it
        ("在杭州市和宁波市的支持下，工作顺利推进", []),
    ],
)
def test_every_place_of_a_venue_list_is_a_venue(text: str, expected: list[str]) -> None:
    mentions = find_places(text)
    assert [m.name for m in mentions if m.start in venue_list_starts(text, mentions)] == expected
    assert [m.name for m in mentions if m.start in elsewhere_starts(text, mentions)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province opens the lead; a county appears once, as a trainee's village
        (
            "村干部培训班开班\n6月20日上午，山东省2024年度村干部示范培训班开班典礼在我校举行。我校党委书记出席并致辞。青州市王家村党组织书记代表学员作表态发言。\n据悉，本年度山东省计划培训村干部1500人，分五期进行。",
            "山东省",
        ),
        # the region's exam held in two of its cities: the region
        (
            "村官招考举行\n7月12日上午，2023年广西面向全国选聘高校毕业生到村任职考试在南宁和桂林两地同时举行。\n据了解，今年广西选聘村官名额为历年最多，广西各地报名踊跃。\n此次选聘由自治区党委组织部等部门共同组织，考点设在南宁市第三中学等校。",
            "广西壮族自治区",
        ),
        # the province opens the story; one county is its example
        (
            "第一书记培训\n河南省从今年开始选派省直单位干部到贫困村担任第一书记。下派前都经过集中培训。\n兰考县张庄村是一个纯农业村，省直干部下派到村里担任第一书记。兰考县党政机关干部深入全县各村联户。现在，河南省200个贫困村都有了第一书记。",
            "河南省",
        ),
    ],
)
def test_the_division_opening_the_lead_outweighs_its_examples(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected
