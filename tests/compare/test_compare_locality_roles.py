"""The role of each place in a lead naming a place and a higher level (issue 16,
batches 17-20, second pass): an unnamed organ (市委统战部) listed after a named place
has acted in the same paragraph only attends or co-hosts, so the named place stays the
actor; the lead's first actor stands in for a headline that names no place; a county
an inspection team 莅临 is the host the local item reports.  Sentences written here in
the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.actors import opening_organ_levels, subject_mentions
from reporter.compare.inspection import is_inspected
from reporter.compare.locality import mention_scores, opening_actor
from reporter.text.gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "subjects", "levels"),
    [
        # the organ opens the lead: its level acts
        ("日前，市委组织部选派一批干部到园区挂职。", [], ("市",)),
        # a named place acted first in the same paragraph: the organ only attends
        ("某某区召开挂职干部座谈会。市委组织部有关领导参加会议。", [0], ()),
        # a place acting in another span (the title) does not silence the lead's organ
        ("某某区\n省委选派干部到某某区挂职。", [0], ("省",)),
    ],
)
def test_an_organ_after_a_place_acting_does_not_open(
    text: str, subjects: list[int], levels: tuple[str, ...]
) -> None:
    title_end = text.find("\n")
    spans = [(0, title_end), (title_end + 1, len(text))] if title_end != -1 else [(0, len(text))]
    assert opening_organ_levels(text, subjects, *spans) == levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省从今年起选派干部到村任职。", "浙江省"),
        # a path: the place located acts, not the province locating it
        ("记者从河南省周口市获悉，周口市选派干部驻村。", "周口市"),
        # a list item after another opens no clause of its own
        ("继省、杭州市和余杭区大会召开后，余杭区举行擂台赛。", "余杭区"),
        ("近日，余杭区委组织部举办培训班。", "余杭区"),
        ("日前，全省干部培训工作会议召开。", None),
    ],
)
def test_the_leads_first_actor(text: str, expected: str | None) -> None:
    subjects = subject_mentions(text, find_places(text))
    assert opening_actor(text, subjects, (0, len(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市督查组莅临某县开展明察暗访工作。", True),
        ("检查组莅临某县检查指导。", True),
        ("代表团莅临某县参观考察。", False),
    ],
)
def test_a_county_an_inspection_visits_is_inspected(text: str, expected: bool) -> None:
    at = text.index("某县")
    assert is_inspected(text, at, at + 2) is expected


@pytest.mark.parametrize(
    ("text", "place", "weight"),
    [
        # a sender and the province its cadres went to: no survey of two provinces
        ("近日，云南省选派10名干部赴上海市挂职锻炼。", "云南省", 1.0),
        ("甘肃省今年选派120名干部到天津市跟班学习。", "甘肃省", 1.0),
        # two provinces both acting in one paragraph still survey
        ("其中，湖北省建立纪实档案，浙江省推行擂台赛。", "湖北省", 0.3),
    ],
)
def test_where_cadres_went_is_no_province_surveyed(text: str, place: str, weight: float) -> None:
    assert mention_scores(text, find_places(text))[place] == pytest.approx(weight)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("灵武电厂二期建成投产。", []),
        ("平顶山煤矿完成整改。", []),
        ("灵武选派干部驻村。", ["灵武市"]),
    ],
)
def test_a_plant_named_after_its_place_is_no_place(text: str, names: list[str]) -> None:
    assert [m.name for m in find_places(text)] == names
