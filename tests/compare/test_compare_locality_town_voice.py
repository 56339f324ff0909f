"""A township's own story (issue 16): the town is named once, right after its county
(沾化区泊头镇推行…, 歙县新溪口乡召开…), and then referred to by its level alone (全乡, 镇党委,
乡长, 乡直单位).  Those references count for the town as 市委 and 全市 count for a city, and
the town doing what the article reports right after its county acts, however long its
name; with two towns of one level named, a 镇党委 could be either's and counts for none."""

from __future__ import annotations

import pytest

from reporter.compare.place_resources import town_reference


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("全乡干部群众参加，乡长带头承诺，乡直单位负责人亮诺。", 3),
        ("与镇党委签订责任状，镇政府负责督办，该镇共有12个村。", 3),
        # every town, not one: 乡镇, 城镇, 各镇, 全乡镇
        ("各乡镇党委书记参加，全乡镇干部和城镇居民到场，各镇长发言。", 0),
    ],
)
def test_a_towns_level_written_alone(text: str, count: int) -> None:
    refs = ("党委", "政府", "人大", "纪委", "长", "直")
    prefixes = ("全", "该", "我", "本")
    found = sum(len(town_reference(level, refs, prefixes).findall(text)) for level in ("镇", "乡"))
    assert found == count
