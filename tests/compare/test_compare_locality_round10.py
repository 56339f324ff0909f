"""Actors the round-9 code left without a primary locality, or read a level too high
(issue 16, batches 17-20 at first sight): a street office or town that opens its own
report with what it keeps doing (某街道坚持…), one named by its head's post (某镇副镇长),
a street office named after the old town it replaced (某镇街道), a street office in one
of the four provinces that are cities, the two autonomous regions whose short form the
adcode table leaves empty (内蒙古, 西藏), and a local outlet named inside a longer credit
line or a news flash's opening (…09:23 某州日报, 某某网讯) whose 我市/我县 is its place."""

from __future__ import annotations

import pytest

from reporter.compare.place_resources import credit_words
from reporter.text.gazetteer import find_places, municipalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("内蒙古12个旗县的旗长上台答辩争项目", "内蒙古自治区"),
        ("西藏选派300名干部到边境乡村驻村", "西藏自治区"),
    ],
)
def test_an_autonomous_region_by_its_short_form(text: str, expected: str) -> None:
    assert [m.name for m in find_places(text)] == [expected]


def test_the_provinces_that_are_cities() -> None:
    assert municipalities() == {"北京市", "天津市", "上海市", "重庆市"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["http://www.example.cn 2006年12月30日09:23 常州日报"], "常州日报"),
        (["溧阳网讯 "], "溧阳网"),
        (["来源：上海嘉定 日期：2017-09-05"], "上海嘉定"),
    ],
)
def test_an_outlet_is_one_word_of_its_credit_line(lines: list[str], expected: str) -> None:
    assert expected in credit_words(lines)
