"""The genre gate on a local gazetteer (round 12, batch 31): a chapter of a district's
志书 laid out as a book (第五章 组织工作 / 第一节 基层组织建设) records decades of a whole
region one year per paragraph (1995年，…; 1996年，…); its 选派, 表彰 and 调整 are entries of a
chronicle, not a report of what a place did.  Its neighbour, news that opens a paragraph on
a year, must pass.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument

_SKIPPED = [
    (
        "某区地方志\n第三章 组织工作\n第一节 干部队伍建设\n"
        "1996年，全区选派36名机关干部进驻后进村，调整村党支部书记9人。\n"
        "1997年，召开全区优秀共产党员表彰大会，表彰先进基层党组织20个。\n"
        "1998年，举办村党支部书记培训班4期，培训420人次。",
        "work_report",
        "志书章节",
    ),
]

_PASSED = [
    "近日，某县召开驻村工作推进会。\n"
    "2021年，全县选派第一书记86名，驻村工作队员260名。\n"
    "2022年，县委组织部对驻村干部开展了年度考核。",
    "某区委组织部举办年轻干部培训班。2023年，全区共培训干部1200人次。",
]


@pytest.mark.parametrize(("text", "kind", "marker"), _SKIPPED)
def test_a_gazetteer_chapter_is_not_news(
    make_document: MakeDocument, text: str, kind: str, marker: str
) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
    assert marker in verdict.markers, verdict


@pytest.mark.parametrize("text", _PASSED)
def test_its_news_neighbours_pass(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
