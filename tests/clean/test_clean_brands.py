"""Betting brands glued into copied sentences, known by their shape rather than a list
(round 21): a two-character name and a trade word, written again and again, glued where
a clause ends or begins, under a name the article never uses otherwise.  Lines written
for the test in the genre's style; the brand names are invented."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text
from reporter.clean.brands import drop_glued_brands
from reporter.clean.record import run_step

BODY = (
    "{b}为推进乡村环境整治，某某县某某镇开展村庄清洁集中攻坚行动。"
    "精准施策提质效，专项整治焕新貌{b}。"
    "聚焦垃圾清运、农村厕所排查整改{b}、绿化维修管护等重点领域，镇党委成立工作专班。"
)


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        # an unlisted brand, three times, glued at a clause's start, end and middle
        (BODY.format(b="鲸跃体育"), BODY.format(b="")),
        (BODY.format(b="星河电竞"), BODY.format(b="")),
        (BODY.format(b="云帆娱乐"), BODY.format(b="")),
        # an article's own sports body or venue keeps its tail
        (
            "某某县体育局组织干部健身。县委在奥林体育中心召开动员会。奥林体育中心座无虚席。",
            "某某县体育局组织干部健身。县委在奥林体育中心召开动员会。奥林体育中心座无虚席。",
        ),
        # ... and the article's own words come back elsewhere (文化 of 文化活动)
        (
            "丰富群众文化体育。开展文化体育。文化活动丰富多彩。",
            "丰富群众文化体育。开展文化体育。文化活动丰富多彩。",
        ),
        # written once, the shape may be the article's own
        (
            "专项整治焕新貌鲸跃体育。镇党委成立工作专班。",
            "专项整治焕新貌鲸跃体育。镇党委成立工作专班。",
        ),
    ],
)
def test_glued_brands_are_cut(text_in: str, text_out: str) -> None:
    assert drop_glued_brands(text_in) == text_out


def test_each_cut_is_recorded_with_its_reason() -> None:
    _, rec = run_step(drop_glued_brands, BODY.format(b="鲸跃体育"))
    assert rec.changes == 3
    assert {r.text for r in rec.removals} == {"鲸跃体育"}
    assert all("betting brand" in r.reason for r in rec.removals)


def test_a_traditional_script_copy_loses_its_brand_too() -> None:
    text = "精準施策提質效，專項整治煥新貌鯨躍體育。聚焦垃圾清運鯨躍體育、綠化維修。"
    assert "體育" not in clean_text(text)
