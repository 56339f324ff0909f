"""The primary locality on short pages shaped like batch 10's first-sight failures
(issue 16), one general cause each: a newspaper named after its city writing of itself
(我市) while its delegation visits another city.  Sentences written here in the genre's
style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import is_elsewhere
from reporter.compare.locality import elsewhere_starts
from reporter.text.gazetteer import find_places, outlet_home
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
    ("text", "start", "end", "expected"),
    [
        ("以浙江为例，全省经济总量突破8万亿元", 1, 3, True),
        ("拿浙江来说，干部干劲很足", 1, 3, True),
        ("近日在浙江基层走访调研，常听干部说", 3, 5, True),
        ("记者在浙江调研时发现", 3, 5, True),
        ("浙江选派干部驻村", 0, 2, False),
        ("以浙江省委名义印发通知", 1, 4, False),  # 以 opens no example frame here
    ],
)
def test_examples_and_visits_are_elsewhere(text: str, start: int, end: int, expected: bool) -> None:
    assert is_elsewhere(text, start, end) is expected


def test_commentary_illustrating_with_a_province_has_no_locality(tmp_path: Path) -> None:
    # a commentary: the writer visited the province and takes it as an example
    text = (
        "踔厉奋发向前进\n近日在浙江基层走访调研，从一些干部那里常听到这样几句话。\n"
        "各级干部奋发作为。以浙江为例，全省经济总量突破8万亿元。如何清醒而不自满，"
        "检验着广大党员干部的担当。"
    )
    assert primary_locality_of(tmp_path, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two places written together after 赴 are both destinations
        ("我市考察团赴昆山市张家港市学习考察", ["昆山市", "张家港市"]),
        # a district written after its city, after 赴: both
        ("考察团赴深圳市南山区学习", ["深圳市", "南山区"]),
        # a place after a destination but apart from it is no destination
        ("赴昆山市学习后，张家港市召开会议", ["昆山市"]),
    ],
)
def test_places_written_after_a_destination_are_destinations(
    text: str, expected: list[str]
) -> None:
    mentions = find_places(text)
    gone = elsewhere_starts(text, mentions)
    assert [m.name for m in mentions if m.start in gone] == expected


def test_central_frame_of_a_local_story_is_no_national_actor(tmp_path: Path) -> None:
    text = (
        "干部下沉一线见实效\n党中央高度重视基层治理，通山县选派200名干部下沉一线。"
        "\n通山县委组织部要求干部沉下去，通山县的干部全部到岗。"
    )
    assert primary_locality_of(tmp_path, text) == "通山县"
