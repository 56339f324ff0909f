"""A finding names the place its figure's own sentence names; a place only read from a
sentence nearby (a dateline's city, a district named the sentence before a zone's count)
is a guess, and the finding says less: the article's own locality (issue 16, batches 18
and 20).  Places written here in the genre's style."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import cast

import pytest

from reporter.compare.model import Fact
from reporter.render.view.base import Builder
from reporter.render.view.deploy import inherited_place, sender


@pytest.mark.parametrize(
    ("inherited", "own", "expected"),
    [
        # a dateline's city, the region acting: the region's count
        ("南宁市", "广西壮族自治区", "广西壮族自治区"),
        # a district named the sentence before, the zone's own count: the article's place
        ("滨海新区", "天津市", "天津市"),
        # a county's example before a city's total: the city's
        ("胶州市", "青岛市", "青岛市"),
        # a scope word lifting a county's story to its province (全省2900多名): kept
        ("福建省", "霞浦县", "福建省"),
        ("青岛市", "崂山区", "青岛市"),
    ],
)
def test_a_guessed_place_gives_way_to_the_articles(inherited: str, own: str, expected: str) -> None:
    assert inherited_place(inherited, own) == expected


@pytest.mark.parametrize(
    ("sentence", "credited", "expected"),
    [
        # the count's sentence names no place: the dateline's city was read from before
        ("据悉，今年共选派1300多名干部到市县挂职锻炼。", "南宁市", "广西壮族自治区"),
        # the sentence names the district sending: the district's count
        ("梧州市万秀区选派80名干部到乡镇挂职。", "万秀区", "万秀区"),
    ],
)
def test_the_sender_of_a_count_is_named_by_its_sentence(
    sentence: str, credited: str, expected: str
) -> None:
    count = re.search(r"\d+多?名", sentence)
    assert count is not None
    fact = SimpleNamespace(
        article_id="a1", locality=credited, sentence=sentence, text=count.group()
    )
    builder = SimpleNamespace(locality={"a1": "广西壮族自治区"}, fact_locality=lambda f: f.locality)
    assert sender(cast(Builder, builder), cast(Fact, fact)) == expected
