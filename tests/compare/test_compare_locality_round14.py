"""Round 14: a place below its division carried only by the headline or lead naming it
(a province's feature opening on one county's village, a city's campaign whose lead opens
on one district's meeting): the division the text keeps naming acts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.descent import headed_only
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a province's feature: its lead opens on one county's village, then the province
        # acts paragraph after paragraph
        (
            "党建引领乡村振兴见闻\n"
            "新华网福州电 福建长汀县某村过去是有名的空壳村，如今成了示范村。\n"
            "近年来，福建坚持党建引领，选派驻村第一书记。福建还建立考核制度，"
            "福建各地比学赶超。\n"
            "今年，福建再选派干部到村任职，福建将持续推进。\n",
            "福建省",
        ),
        # a city's campaign: the lead opens on one district's meeting, the city acts after
        (
            "比作风 抓落实\n"
            "日前，西青区召开作风建设推进会。\n"
            "今年以来，天津市开展作风建设专项行动，天津市各单位建立排名通报制度。\n"
            "天津市委组织部抽调干部组成督导组，天津市对排名靠后的单位约谈问责。\n",
            "天津市",
        ),
    ],
)
def test_a_place_the_lead_alone_carries_leaves_its_division(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the county the text keeps naming is still the subject under its province
        (
            "长汀县选派干部驻村\n"
            "福建省长汀县近日选派50名干部驻村。长汀县为驻村干部建立档案，"
            "长汀县委组织部定期考核。\n"
            "福建各地也在推进这项工作。\n",
            "长汀县",
        ),
    ],
)
def test_a_place_the_text_keeps_naming_stays_the_subject(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    ("below", "node", "expected"),
    [
        (0.5, 4.5, True),  # one passing mention against a province named throughout
        (2.0, 6.75, True),  # a district's meeting against its city's campaign
        (3.0, 6.0, False),  # a county named half as often as its city: its story
        (0.25, 1.0, False),  # a division named once says too little to overrule
    ],
)
def test_headed_only(below: float, node: float, expected: bool) -> None:
    assert headed_only(below, node) is expected
