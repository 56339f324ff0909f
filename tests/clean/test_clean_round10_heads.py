"""Heads shaped like the first-sight failures of batches 17-20 (issue 16), each a
general cause: page furniture that looks like a headline (a producer's or
photographer's credit, a sidebar list of other stories, an office's name, an e-paper's
page header, a field label); a headline the page prints twice, or under its summary, or
with its place in front; and datelines in formats the cleaner did not read (Xinhua's
spaced year, a ratio sign for the clock's colon, a two-digit year under its label, a
category field before the date, an English label, a URL glued to the date, a notice's
date of issue).  Pages written here in the genre's style; the old code fails each
positive row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某县组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。\n"
    "据了解，此次下沉社区的机关干部共计120名，将在社区网格服务三个月。"
)
TITLE = "机关干部下沉社区网格服务暖民心"
SIDEBAR = "".join(f"· 我校召开第{n}次本科教学工作推进...\n" for n in range(14))


def article(text: str) -> Article:
    return Article.from_text(text, "inline")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a producer's credit under the headline names who made the page (the
        # headline, a figure of speech, is echoed only further down)
        (
            f"守护城市之心\n某某晚报“干部下沉社区”出品\n{BODY}\n他们说，守护城市之心就是守护家。",
            "守护城市之心",
        ),
        # a sidebar of other stories above the story fills no place of the head
        (f"要闻\n{SIDEBAR}综合新闻\n{TITLE}\n{BODY}", TITLE),
        # the name of the office that supplied the story, above its headline
        (
            f"江城市东湖区农业农村局\n下沉社区同心战“疫”\n江城市东湖区农业农村局{BODY[2:]}",
            "下沉社区同心战“疫”",
        ),
        # an e-paper's page header: page number and column names
        (f"24 学思践悟 组织部长谈\n{TITLE}\n组织部长谈学思践悟：{BODY}", TITLE),
        # a content page's field label before the headline
        (f"文章标题：{TITLE}\n{BODY}", TITLE),
        # the headline printed twice (title and heading) under a channel's two labels
        (
            "新闻中心\n企业新闻项目动态\n某某县干部深入产业园项目一线指导调研\n"
            "某某县干部深入产业园项目一线指导调研\n12月15日下午，某某县干部一行深入产业园"
            "项目一线指导调研，了解项目建设动态，企业新闻中心随行报道。",
            "某某县干部深入产业园项目一线指导调研",
        ),
        # the page's summary opens with its headline, printed alone below
        (f"{TITLE}，{BODY.split(chr(10))[0]}\n{TITLE}\n{BODY}", TITLE),
        # a headline may open with the full date it is about
        (f"2022年5月8日江城市干部下沉社区纪实\n{BODY}", "2022年5月8日江城市干部下沉社区纪实"),
        # the place in front is the headline's own, before a colon or a bar
        (f"江西：{TITLE}\n{TITLE}\n{BODY}", f"江西：{TITLE}"),
        (f"东湖街道 | {TITLE}\n{BODY}", f"东湖街道 | {TITLE}"),
    ],
)
def test_headline_among_furniture(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


@pytest.mark.parametrize(
    "head",
    [
        # a photo's caption closed by its photographer's credit is no headline
        "某某县第三批驻村工作总结表彰大会现场 摄影：王某某\n",
        "下沉干部在社区卡口值守 图/李某\n",
    ],
)
def test_caption_with_credit_is_no_headline(head: str) -> None:
    assert clean_article(article(head + BODY)).metadata.title_derived


def test_slashed_byline_is_a_credit() -> None:
    """A byline whose credits are set apart by slashes is the reporter's credit: it
    leaves the text, and a title derived from the lead is not made of it."""
    cleaned = clean_article(article("某某报／ 记者王某某／即时报导\n" + BODY))
    assert "王某某" in cleaned.metadata.reporters
    assert "记者" not in cleaned.metadata.title


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # Xinhua prints the year apart from month and day
        (f"2023 06/08 15:25:12\n{TITLE}\n", "2023-06-08"),
        # a ratio sign typed for the clock's colon
        (f"{TITLE}\n2022-05-21 09∶05 来源：某某街道\n", "2022-05-21"),
        # a two-digit year under a publication label
        (f"{TITLE}\n发布时间：18-07-13 来源：\n", "2018-07-13"),
        # a category field before the labelled update time
        (f"{TITLE}\n新闻归类：中国聚焦 | 更新时间：2022-08-13 11:20\n", "2022-08-13"),
        # an English label without its colon
        (f"date 2025-12-11 快讯\n{TITLE}\n", "2025-12-11"),
        # the site's address glued to the date by a lost character
        (f"{TITLE}\nwww.hbnews.com?2009-12-08 08:57? 来源:人民日报\n", "2009-12-08"),
        # no label, no dateline: numbers that look like a date are not one
        (f"{TITLE}\n比赛最终以84∶78结束，编号18-07-13。\n", None),
        (f"{TITLE}\n2023 06 08\n", None),
    ],
)
def test_dateline_formats(head: str, published: str | None) -> None:
    cleaned = clean_article(article(head + BODY))
    assert cleaned.metadata.published == published
    if published:  # the dateline goes from the text, as every dateline does
        assert published[:4] not in cleaned.text.replace("2022年", "")


def test_notice_date_of_issue() -> None:
    """An official notice closes with its date of issue and the note that it is made
    public; scraped as one paragraph, that date is still the notice's."""
    text = (
        "各县（市、区）科技局，市直有关单位：根据工作安排，经研究，决定选派第二批科技"
        "特派员120名，服务期三年，请各单位做好对接。江城市科学技术局（代章）"
        "2023年6月14日（此件主动公开）"
    )
    assert clean_article(article(text)).metadata.published == "2023-06-14"


def test_serial_update_time_dates_nothing() -> None:
    """A web novel's listing keeps no date, whatever fields stand before its update time."""
    text = "县委书记\n分类：都市小说 | 更新时间：2022-08-13 11:20\n连载中\n" + BODY
    assert clean_article(article(text)).metadata.published is None


def test_bulleted_head_is_no_sidebar() -> None:
    """A page that bullets its breadcrumb and its headline alike makes no list of other
    stories: its headline is still a candidate."""
    text = f"• 您当前的位置：首页 > 要闻 > 机关干部下沉社区\n• {TITLE}\n{BODY}"
    meta = clean_article(article(text)).metadata
    assert TITLE in meta.title
    assert not meta.title_derived
