"""A related-news list at the foot of a page, a date under each headline, is dropped
whole, so a long headline of another story (我市召开……表彰大会) is no award of this page;
an undated long line after the list's header ends it."""

from __future__ import annotations

import pytest

from reporter.clean.steps import remove_boilerplate_lines

_ARTICLE = "某县组织200名机关党员下沉社区，协助开展疫情防控工作。"

FOOTERS: list[tuple[str, list[str]]] = [
    # a dated related-news list: every long headline is an item of it
    (
        f"{_ARTICLE}\n相关新闻\n-\n两会镜头丨多图聚焦某省代表团开放团组活动\n[2025-03-06] -\n"
        "我市召开三八红旗手（集体）表彰大会暨先进事迹报告会\n[2025-03-06] -",
        [_ARTICLE],
    ),
    # ... a control: an undated long line after the header ends the list
    (
        f"{_ARTICLE}\n相关新闻\n某县召开年轻干部座谈会\n"
        "下一步，全县将继续选派干部下沉一线，助力基层治理能力提升。",
        [_ARTICLE, "下一步，全县将继续选派干部下沉一线，助力基层治理能力提升。"],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), FOOTERS)
def test_a_dated_related_news_list_is_dropped_whole(text_in: str, expected: list[str]) -> None:
    kept = [ln for ln in remove_boilerplate_lines(text_in).split("\n") if ln]
    assert kept == expected
