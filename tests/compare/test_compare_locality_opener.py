"""The primary locality when a division acts and places below it are only where its
work took place or examples of it (issue 16, round 11): the province or region whose
story it is over the city where its exam was held or the county a trainee came from.
Sentences written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.actors import venue_list_starts
from reporter.compare.locality import elsewhere_starts
from reporter.text.gazetteer import find_places


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
