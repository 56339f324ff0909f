"""Teasers cut short under a related-news header at a page's foot (batch 9 at first
sight) are the list's items and leave the text with it; a full paragraph after the list
still stops it.  Pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某区组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # teasers cut short under a related-news header are the list's items
        (
            "新闻推荐\n本报某县讯 近日，某县三家民办博物馆正式获省文物部门备案，成为...\n"
            "某县讯 日前，某县召开全县重点项目推进会，会议要求各部门……",
            "",
        ),
        # a full paragraph after the list still stops it
        (
            "新闻推荐\n某县召开全县重点项目推进会...\n"
            "附：本次评比由市委督查室组织，结果将纳入年度综合考核。",
            "附：本次评比由市委督查室组织，结果将纳入年度综合考核。",
        ),
    ],
)
def test_related_teasers_are_dropped(tail: str, kept: str) -> None:
    text = "某市开展项目观摩评比\n" + BODY + "\n" + tail
    cleaned = clean_article(Article.from_text(text, "inline")).text
    assert "博物馆" not in cleaned and "推进会" not in cleaned
    assert cleaned.rstrip().endswith(kept or "解决问题。")
