"""The primary locality of batches 23-24's failures at first sight (issue 16), as
general causes: an aid team's region (援疆, 援藏) received the sender's cadres and never
acts when the page names the sender.  Sentences written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.actors import aided_places
from reporter.text.gazetteer import find_places


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
