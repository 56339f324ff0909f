"""Insertions that batches 23-24 showed at first sight (issue 16, round 10c): a betting
site's brand glued bare into copied sentences, a repost's 原标题：… marker left inside a
shuffled paragraph, a government news account after the headline.  Every line is
written for the test in the genre's style (names and numbers invented)."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article, clean_text
from reporter.clean.steps import title_without_site
from reporter.models import Article


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # the brand where the copied text named a unit, and at a sentence's start
        (
            "该集团作为帮扶单位开云体育，从2022年起向某村派驻工作队。",
            "该集团作为帮扶单位，从2022年起向某村派驻工作队。",
        ),
        ("完美体育某某公司积极参与乡村振兴。", "某某公司积极参与乡村振兴。"),
        # a sports bureau, a venue and the sport itself stay
        ("县体育局选派3名干部驻村。", "县体育局选派3名干部驻村。"),
        ("表彰大会在市体育中心举行。", "表彰大会在市体育中心举行。"),
        ("群众体育活动丰富多彩。", "群众体育活动丰富多彩。"),
    ],
)
def test_a_bare_betting_brand_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "全省80个县区的党政正职中，原标题：某省“80后”县委书记增至5人，“80后”已有12位。",
            "全省80个县区的党政正职中，“80后”已有12位。",
        ),
        # the marker after a clause mark only: a sentence that speaks of a title stays
        ("该文原标题有误，已更正。", "该文原标题有误，已更正。"),
    ],
)
def test_a_repost_marker_inside_a_paragraph_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("某区选派50名年轻干部下沉街区一线 | 某某发布", "某区选派50名年轻干部下沉街区一线"),
        ("年轻干部成长记：在一线经风雨 | 某省组工", "年轻干部成长记：在一线经风雨"),
    ],
)
def test_a_government_news_account_after_the_headline_is_cut(line: str, expected: str) -> None:
    assert title_without_site(line) == expected


_BODY = (
    "为营造比学赶超的良好氛围，8月30日，某某镇举办村党组织书记擂台比武活动，"
    "全镇9名村党组织书记登台述职。\n"
    "活动采取实地观摩、现场述职等方式进行，镇党政班子成员参加活动。"
)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a reading-tools bar carrying the page's labelled date, simplified or traditional
        ("[ 字体:大 中 小 时间:2022-08-31 09:12 稿源:某某镇党委 ]\n", "2022-08-31"),
        ("【字號：大 中 小】 發布時間：2021-05-06 來源：某某縣\n", "2021-05-06"),
        # a tools bar without a labelled date dates nothing
        ("[ 字体:大 中 小 ]\n", None),
    ],
)
def test_a_reading_tools_bar_dates_the_page(head: str, published: str | None) -> None:
    cleaned = clean_article(Article.from_text(head + _BODY, "inline"))
    assert cleaned.metadata.published == published


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # an outlet glued to its date and clock, a comment count glued after the seconds
        ("某某新闻2021-03-15 08:40:125\n", "2021-03-15"),
        ("某某日报2019-11-02 17:05\n", "2019-11-02"),
    ],
)
def test_an_outlet_glued_to_its_dateline_dates_the_page(head: str, published: str) -> None:
    cleaned = clean_article(Article.from_text(head + _BODY, "inline"))
    assert cleaned.metadata.published == published
    assert published[:4] not in cleaned.text
