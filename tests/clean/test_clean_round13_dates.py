"""A related-news list's dates are no dateline of the story (round 13, batch 38: three
`[2026-03-06] -` lines under 相关新闻 dated a 2020 report): a list's dates may stand in
brackets and end in a separator.  Lines written here in the genre's style; the old code
fails the first row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "某区直机关2100多名党员到社区报到\n"
    "日前，区直机关工委下发通知，组织动员机关党员到社区报到，抽调党员奔赴防控一线。"
    "截至目前，已抽调党员干部2100多名，分赴各社区参与值守。\n"
)


def published_of(text: str) -> str | None:
    return clean_article(Article.from_text(text, "inline")).metadata.published


@pytest.mark.parametrize(
    ("tail", "published"),
    [
        # a related list, each item's date in brackets with a dash
        (
            "相关新闻\n-\n某市召开表彰大会\n[2026-03-06] -\n某县助力春耕备耕\n[2026-03-06] -\n"
            "某区开展志愿服务\n[2026-03-05] -\n",
            None,
        ),
        # one dated line under the story is its own dateline
        ("[2020-02-10]\n", "2020-02-10"),
    ],
    ids=["bracketed-list", "one-line"],
)
def test_a_list_s_bracketed_dates_date_nothing(tail: str, published: str | None) -> None:
    assert published_of(BODY + tail) == published


def test_an_e_paper_s_page_label_is_furniture() -> None:
    # the page label above the story no longer opens the lead: the town acting does
    text = (
        "某镇举办村党组织书记擂台比武\n"
        "版面：第VD03版：某县视窗·综合 上一篇 下一篇\n"
        "近日，某县某镇举办村党组织书记擂台比武活动。\n"
    )
    article = clean_article(Article.from_text(text, "inline"))
    removed = [r for r in article.cleaning.removed if r.text.startswith("版面")]
    assert [r.kind for r in removed] == ["navigation"]
    assert "版面" not in article.text
