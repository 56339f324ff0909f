"""The primary locality on short pages shaped like batch 9's failures (issue 16), each a
general cause: a functional area named by its short form after its city (深圳大鹏), a
district abolished after the page was written (戚墅堰区), a provincial organ named
without its province whose places are all in one province.  Sentences written here in
the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a functional area's short form right after its city is the area
        ("深圳大鹏选派干部驻村", ["深圳市", "大鹏新区"]),
        ("青岛西海岸抽调干部组建专班", ["青岛市", "西海岸新区"]),
        # ... and alone, with no city named, it stays a word
        ("大鹏展翅，干部争先创优", []),
        # abolished districts older pages still name
        ("戚墅堰区委组织部举办青年干部培训班", ["戚墅堰区"]),
        ("原宣武区机关干部下沉社区", ["宣武区"]),
    ],
)
def test_functional_and_former_districts(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the area by its short form in the title and in full in the lead: the area acts,
        # its city only locates it, the county visited is a destination
        (
            "深圳大鹏年轻干部赴兴国开展实践锻炼\n近日，深圳大鹏新区组织年轻干部赴兴国县"
            "开展为期十天的实践锻炼。干部们走进田间地头，深圳大鹏新区带队负责人介绍了情况。",
            "大鹏新区",
        ),
        # a district abolished since, acting through its organ
        (
            "区委组织部举办青年干部培训班\n6月3日至5日，戚墅堰区委组织部举办青年干部"
            "培训班，全区新录用的30名公务员参加。戚墅堰区区委书记作动员讲话。",
            "戚墅堰区",
        ),
        # a county in brackets glossing a zone's name after its city (泉州(晋江)…试验区)
        # is part of the name: the city that sends its cadres there acts
        (
            "首批干部赴试验区挂职\n近日，泉州市选派30名干部到泉州(晋江)产业试验区挂职。"
            "泉州(晋江)产业试验区是重点平台，泉州(晋江)产业试验区建设任务重。"
            "\n挂职干部将补上晋江市的人才短板。",
            "泉州市",
        ),
        # a provincial organ without its province, its places named once in passing
        # and all in one province: the province
        (
            "省政协机关干部下沉一线助力灾后重建\n近日，省政协机关组建3支党员突击队，"
            "赴琼海市清理道路。随后，志愿服务队又赴万宁开展帮扶。",
            "海南省",
        ),
        # ... places of two provinces: no single province to credit
        (
            "省政协机关干部下沉一线助力灾后重建\n近日，省政协机关组建3支党员突击队，"
            "赴琼海市清理道路。随后，志愿服务队又赴湛江市开展帮扶。",
            None,
        ),
    ],
)
def test_actor_of_unseen_shapes(tmp_path: Path, text: str, expected: str | None) -> None:
    assert primary_locality_of(tmp_path, text) == expected
