"""Round 11c places: street offices as actors, and roads named after cities (issue 16)."""

from __future__ import annotations

import pytest

from reporter.compare.actors import unnamed_organ_levels
from reporter.compare.towns import find_towns
from reporter.text.gazetteer import find_places


def _towns(title: str, lead: str, body: str) -> list[str]:
    text = f"{title}\n{lead}\n{body}"
    t_end = len(title)
    spans = ((0, t_end), (t_end + 1, t_end + 1 + len(lead)))
    return [t.name for t in find_towns(text, find_places(text), *spans)]


@pytest.mark.parametrize(
    ("title", "lead", "body", "expected"),
    [
        # a street office opening a clause before a date, not a verb, named twice
        (
            "擂台赛暨述职评议会召开",
            "为总结全年工作，江宁路街道于3月5日组织开展擂台赛活动。",
            "下一步，江宁路街道将持续发力。",
            ["江宁路街道"],
        ),
        # named once, then written of by its level alone (街道党工委, 街道上下)
        (
            "担当实干 争创一流",
            "梅苑街道是城区西部的重要板块，任务重、压力大。近年来，街道党工委坚持实干。",
            "街道上下齐心协力，街道实现考核“三连优”。",
            ["梅苑街道"],
        ),
        # a street office named after the seat it lies by (城西街道): its 城 is no phrase's
        (
            "“城西争先”活动成效显著",
            "近日，城西街道组织各村干部外出考察学习。",
            "城西街道干部纷纷表示要对标先进。",
            ["城西街道"],
        ),
        # a clause reaching 街道 the noun (推动实现|街道面貌…), and a street in a list of
        # units reporting, are no street office acting
        ("推动实现街道面貌大变样", "会上，东风街道、农业局等单位作了发言。", "东风街道表示。", []),
        # 城 inside a name still stops a 乡 or 镇 phrase (统筹城乡)
        ("统筹城乡发展", "全县统筹城乡发展。", "统筹城乡。", []),
    ],
)
def test_a_street_office_opening_a_clause_acts(
    title: str, lead: str, body: str, expected: list[str]
) -> None:
    assert _towns(title, lead, body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a notice to the cities is the province's, to the counties a city's
        ("关于干部考核工作的通知\n各市、县（市、区）委组织部：\n现将有关事项通知如下。", ("省",)),
        ("关于开展述职评议的通知\n各县（区）农业农村局：\n现就有关事项通知如下。", ("市",)),
        ("关于开展评选的通知\n各乡镇党委、县直各单位：\n经研究决定。", ("县",)),
        # a list's intro ending in a colon addresses no one
        ("关于开展培训的通知\n各市要做到：\n一是加强领导。", ()),
    ],
)
def test_a_notice_addressed_to_a_level_is_issued_by_the_level_above(
    text: str, expected: tuple[str, ...]
) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == expected
