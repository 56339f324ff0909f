"""The primary locality of batches 23-24's failures at first sight (issue 16), as
general causes: an aid team's region (援疆, 援藏) received the sender's cadres and never
acts when the page names the sender.  Sentences written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import aided_places
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sender named right before the aid word
        ("信阳援疆工作队在哈密市开展帮扶", ["哈密市"]),
        # the sender writing of itself, its posting in between
        ("我县驻墨竹工卡县援藏工作队获表彰，拉萨市予以肯定", ["墨竹工卡县", "拉萨市"]),
        # no sender named: the region's own story of the cadres it received
        ("哈密市召开援疆干部座谈会", []),
        # the region itself named before the aid word is no sender
        ("新疆维吾尔自治区援疆工作会议在哈密市召开", []),
    ],
)
def test_aided_places(text: str, expected: list[str]) -> None:
    assert [m.name for m in aided_places(text, find_places(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "援疆干部载誉归来\n"
            "日前，从新疆维吾尔自治区传来喜讯，我市驻伊吾县援疆工作队被评为先进集体。"
            "新疆维吾尔自治区党委对驻马店援疆工作队在哈密市实施的项目给予肯定。"
            "我市援疆工作队自2017年奔赴新疆哈密以来，三名干部荣立二等功。"
            "驻马店市委组织部表示，将持续做好援疆干部激励关爱工作。",
            "驻马店市",
        ),
    ],
)
def test_an_aid_teams_sender_acts_not_its_destination(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, text) == expected
