"""When a place below its division gives way to the division (reporter/compare/descent.py):
carried only by the headline or lead, or a county the headline does not name under a city
it does; and which province a provincial paper speaks for (reporter/compare/home.py).
The pages these decide are in tests/fixtures/compare/place_pages.toml."""

from __future__ import annotations

import pytest

from reporter.compare.descent import headed_only, titled_city_holds
from reporter.compare.home import province_paper


@pytest.mark.parametrize(
    ("below", "node", "expected"),
    [
        (0.5, 4.5, True),  # one passing mention against a province named throughout
        (2.0, 6.75, True),  # a district's meeting against its city's campaign
        (3.0, 6.0, False),  # a county named half as often as its city: its story
        (0.25, 1.0, False),  # a division named once says too little to overrule
    ],
)
def test_headed_only(below: float, node: float, expected: bool) -> None:
    assert headed_only(below, node) is expected


@pytest.mark.parametrize(
    ("below", "node", "expected"),
    [
        (4.55, 3.8, True),  # a district's example in the lead, the city through the text
        (9.0, 2.0, False),  # the district the text is about, its city in the headline
    ],
)
def test_titled_city_holds(below: float, node: float, expected: bool) -> None:
    assert titled_city_holds(below, node) is expected


@pytest.mark.parametrize(
    ("paper", "provinces", "expected"),
    [
        ("西藏自治区", ["西藏自治区", "西藏自治区"], "西藏自治区"),
        ("西藏自治区", ["西藏自治区", "四川省"], None),  # a place lies elsewhere
        ("临汾市", ["山西省"], None),  # a city's paper, no city given
        (None, ["山西省"], None),
    ],
)
def test_province_paper(paper: str | None, provinces: list[str], expected: str | None) -> None:
    assert province_paper(paper, provinces) == expected


@pytest.mark.parametrize(
    ("paper", "cities", "expected"),
    [
        ("临汾市", ["临汾市", "临汾市"], "临汾市"),  # a county of its own and 我市
        ("临汾市", ["临汾市", "运城市"], None),  # a place lies elsewhere
        ("临汾市", [], None),  # nothing named: no place to vouch for
    ],
)
def test_city_paper(paper: str, cities: list[str], expected: str | None) -> None:
    assert province_paper(paper, ["山西省"] * len(cities) or ["河北省"], cities) == expected
