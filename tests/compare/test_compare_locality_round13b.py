"""Round 13b places (issue 16): a place that only addresses a village (某区某镇某村党支部书
记…说) opens no clause of the lead, so it does not stand in for a headline; a place that
teams or cadres come to (帮扶队来某县, 进驻某县) received them, while a span of time
before a place (多年来某市…, 今年以来某县…) moves nobody.  Sentences written here in the
genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import is_elsewhere, subject_mentions
from reporter.compare.locality import opening_actor
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's address: the county only locates the village
        ("武强县周窝镇北代村党支部书记李某某说，比赛让我们找到了差距。", None),
        ("“要把村子建好。”武强县周窝镇北代村党支部书记李某某说。衡水市举办擂台赛。", "衡水市"),
        # the county acting in its own clause still opens the lead
        ("武强县组织村党支部书记擂台赛，周窝镇北代村党支部书记发言。", "武强县"),
    ],
)
def test_a_village_address_opens_no_clause(text: str, expected: str | None) -> None:
    subjects = subject_mentions(text, find_places(text))
    assert opening_actor(text, subjects, (0, len(text))) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # teams or cadres coming to a place: it receives them
        ("6支省派工作队来武强县开展帮扶。", "武强县", True),
        ("市直单位工作队分别进驻武强县8个村。", "武强县", True),
        # a span of time ending in 来 moves nobody
        ("多年来武强县坚持选派干部驻村。", "武强县", False),
        ("今年以来武强县选派干部200名。", "武强县", False),
        ("20年来衡水市先后选派干部驻村。", "衡水市", False),
    ],
)
def test_coming_to_a_place_is_a_destination(text: str, place: str, expected: bool) -> None:
    at = text.index(place)
    assert is_elsewhere(text, at, at + len(place)) is expected


def test_the_sending_city_not_the_county_its_teams_come_to(tmp_path: Path) -> None:
    text = (
        "8支市派工作队来武强县开展驻村帮扶\n"
        "4月10日，衡水市委宣传部、市民政局等单位的8支工作队分别进驻武强县8个贫困村。"
        "此次选派干部驻村是我市实施乡村振兴的重要举措，每支工作队帮扶一个村3年。"
        "衡水市委组织部要求，工作队长担任村第一书记。武强县将为工作队做好保障。"
    )
    assert primary_locality_of(tmp_path, text) == "衡水市"


@pytest.mark.parametrize(
    ("text", "place", "refs"),
    [
        # the division's own departments and the teams it sends refer to it unnamed
        ("湖南省选派干部。省直机关120家单位组团帮扶。", "湖南省", 1),
        ("湖南省选派干部。省派工作队全部到岗，市直单位同步跟进。", "湖南省", 1),
        ("怀化市选派干部。市派工作队进村，市直单位结对帮扶。", "怀化市", 2),
    ],
)
def test_departments_and_teams_of_a_level_refer_to_it(text: str, place: str, refs: int) -> None:
    from reporter.compare.locality import LEVEL_REFERENCE_WEIGHT, mention_scores

    scores = mention_scores(text, find_places(text))
    assert scores[place] == pytest.approx(1.0 + refs * LEVEL_REFERENCE_WEIGHT)


def test_a_provinces_teams_in_one_county_are_the_provinces(tmp_path: Path) -> None:
    text = (
        "县里来了工作队\n"
        "去年，湖南省启动省直机关组团帮扶重点县工作。省直机关80家单位、120名干部组成"
        "20个组团，奔赴20个县开展帮扶。省派干部全部到岗。\n"
        "在通道县，组团帮扶干部走村入户。当地群众说，工作队带来了新项目。"
        "通道县今年新引进企业5家。"
    )
    assert primary_locality_of(tmp_path, text) == "湖南省"
