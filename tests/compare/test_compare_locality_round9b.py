"""The primary locality on short pages shaped like batches 11-14's failures (issue 16),
each a general cause: a county written by the name it had before it became a district
(洪泽县 for 洪泽区), a district created after the gazetteer's snapshot, a division with no
cadre work of the genre's (台湾) named more often than the actor.  Sentences written
here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.actors import is_elsewhere


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a list a destination marker opens, its first item no place the gazetteer reads
        ("选派优秀年轻干部到玉树、果洛州乡镇挂职锻炼", "果洛州", True),
        ("组织干部赴井冈山和延安市开展党性教育", "延安市", True),
        # a list with no destination marker is the actors' own
        ("深圳市、东莞市选派干部驻村", "东莞市", False),
        # a clause between the marker and the list ends it
        ("干部到村里工作，东莞市选派100名", "东莞市", False),
    ],
)
def test_place_listed_after_a_destination(text: str, place: str, expected: bool) -> None:
    start = text.index(place)
    assert is_elsewhere(text, start, start + len(place)) is expected
