"""Round 13 places (issue 16): names the place finders made out of prose.  A derived
county-level city whose stem is also a word (会同|市委办: "together with" the city's
office), a town cut from a word (提|拔任街道办事处主任), a word before a bare organ the
article's own town owns (许月代表|镇党委), and a longer town's tail (山|嘴子镇党委) are no
places.  Sentences written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.towns import find_towns
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word before the bare organ of the town the article is about
        (
            "5月23日，老洲镇召开年度综合考核工作会议。部分县人大代表参加。\n"
            "镇党委书记许月代表镇党委作述职报告。老洲镇各村书记参加会议。",
            ["老洲镇"],
        ),
        # a stem whose first character ends a word with the one before it
        (
            "9月11日，市委组织部召开交流任职干部集体谈话会，有的干部从市直部门奔赴基层"
            "提拔任街道办事处主任一职。\n被授予好干部称号的街道党工委书记占到了大多数，"
            "街道党工委书记交流任职。",
            [],
        ),
        # the tail of a longer name, named once
        (
            "近日，喀左县山嘴子镇党委第一副书记介绍了产业园建设情况。\n"
            "镇党委把招商作为头号工程，镇党委书记带队外出招商。",
            [],
        ),
        # a town after a preposition, or after its county, is found as before
        ("日前，开化县华埠镇召开会议。华埠镇党委书记讲话，华埠镇干部参加。", ["华埠镇"]),
        ("西集镇将坚持产业富民。——访西集镇党委书记。西集镇做好下一步工作。", ["西集镇"]),
    ],
)
def test_towns_made_of_prose_are_not_found(text: str, expected: list[str]) -> None:
    lead = (0, len(text.split("\n")[0]))
    assert [t.name for t in find_towns(text, find_places(text), (0, 0), lead)] == expected


def test_a_word_before_an_organ_does_not_take_the_town(tmp_path: Path) -> None:
    page = (
        "老洲镇开展年度考核\n"
        "5月23日，老洲镇召开2017年度领导班子和领导干部综合考核工作会议。"
        "县考核组成员，部分县人大代表和政协委员，镇全体机关干部参加会议。\n"
        "镇党委书记许月代表镇党委作述职报告。与会人员对镇领导班子进行了年度综合考核测评。\n"
    )
    assert primary_locality_of(tmp_path, page) == "老洲镇"


def test_a_stopped_short_form_after_its_province_is_the_county_named_in_full() -> None:
    # a headline's 省+县 form, the county named in full below; a hospital's name is not
    text = "新疆青河“回炉墩苗”培育年轻干部\n近年来，新疆青河县选派机关年轻干部到乡镇工作。"
    assert "青河县" in [m.name for m in find_places(text)][:2]
    assert [m.name for m in find_places("江苏鼓楼医院召开职工大会")] == ["江苏省"]


def test_a_town_whose_county_is_named_in_passing_is_the_place(tmp_path: Path) -> None:
    # the county once, in the path before the street office; the street office throughout
    page = (
        "“班子团结，事情就办得成”\n"
        "这是松原市宁江区团结街道党工委书记王某常说的一句话。团结街道现辖4个社区，"
        "街道党工委下设12个党支部。\n"
        "疫情期间，团结街道党工委成立了小区功能型党支部，团结街道机关干部全部下沉社区。\n"
    )
    assert primary_locality_of(tmp_path, page) == "团结街道"
