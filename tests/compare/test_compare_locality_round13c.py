"""Round 13c: towns a township's own item names with no county (its portal's banner
does), and street offices whose name holds 城 anywhere (东城街道, 古城街道)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.towns import find_towns
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a township's item: the town opens the headline and a clause, whatever follows
        (
            "茶岭镇充实力量推进物流园建设\n"
            "近日，为推进物流园项目，茶岭镇针对征迁难点分解任务，成立了四个工作组。\n",
            "茶岭镇",
        ),
        (
            "大学生村官座谈会召开\n"
            "日前，6名农村工作指导员与前溪镇12个行政村的村官座谈。\n"
            "近年来，前溪镇共选聘20名大学生到村任职，该镇还为他们配备导师。\n",
            "前溪镇",
        ),
    ],
)
def test_a_township_item_naming_no_county_is_the_town(
    tmp_path: Path, page: str, expected: str
) -> None:
    assert primary_locality_of(tmp_path, page) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word before a level that starts a word (激活|乡村), and a quoted honour
        "激活乡村振兴动能。\n激活乡村人才，推动发展。",
        "评选“百佳乡贤”。\n“百佳乡贤”分为三类。",
        # a stem that is a word: a clause reaching 街道 the noun
        "实现街道面貌焕然一新。\n实现街道整洁有序。",
    ],
)
def test_phrases_opening_a_clause_are_no_town(text: str) -> None:
    lead = (0, len(text))
    assert find_towns(text, find_places(text), (0, 0), lead) == []


def test_a_street_office_named_after_an_old_town_is_found(tmp_path: Path) -> None:
    # 城 inside the name (古城街道), the name written again and again: a street office
    page = (
        "临江市古城街道完成旧城改造征迁\n"
        "近日，古城街道办事处工作人员完成最后一户签约。\n"
        "两年来，古城街道党工委抽调30名干部组建专班，古城街道由此完成征迁任务。\n"
    )
    assert primary_locality_of(tmp_path, page) == "古城街道"
