"""Heads shaped like the first-sight failures of batches 15-16 (issue 16), each a
general cause: a repost's outlet credited before the headline and a colon; a dateline
set as a list item; a machine time stamp line (ISO 8601); a content farm's site, date
and news label glued to the lead; a picture of a meeting named as a scene.  Pages
written here in the genre's style; the old code fails each positive row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某县组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)


def article(text: str) -> Article:
    return Article.from_text(text, "inline")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a repost credits the paper before the headline: the paper is no part of it
        ("某某日报：机关干部下沉社区 网格服务暖民心\n" + BODY, "机关干部下沉社区 网格服务暖民心"),
        ("某某新闻网：机关干部下沉社区网格服务\n" + BODY, "机关干部下沉社区网格服务"),
        # ... while a place before the colon is the headline's own (江苏某某：…)
        ("江苏某某县：机关干部下沉社区网格服务\n" + BODY, "江苏某某县：机关干部下沉社区网格服务"),
    ],
)
def test_outlet_credit_before_the_headline(text: str, title: str) -> None:
    cleaned = clean_article(article(text))
    assert cleaned.metadata.title == title
    # the credit goes from the body too: no summary sentence may carry it
    assert cleaned.text.split("\n")[0] == title


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # an e-paper's dateline set as a list item
        ("机关干部下沉社区网格服务\n  • 2013年04月16日  来源：某某晚报\n", "2013-04-16"),
        ("机关干部下沉社区网格服务\n· 2013-04-16 09:30 来源：某某日报\n", "2013-04-16"),
        # a blog or feed template's time stamp on its own line
        ("机关干部下沉社区网格服务\n2013-04-16T08:12:40+00:00\n", "2013-04-16"),
        ("机关干部下沉社区网格服务\n2013-04-16T08:12Z\n", "2013-04-16"),
        # a content farm's site, date and label glued to the lead
        ("某某信息网2013年4月16日最新资讯::", "2013-04-16"),
        ("某某在线2013年4月16日今日消息：", "2013-04-16"),
        # a sentence that names a date is prose: no date is invented from it
        ("机关干部下沉社区网格服务\n2013年4月16日，某某网报道了这一做法。\n", None),
    ],
)
def test_page_date_lines(head: str, published: str | None) -> None:
    cleaned = clean_article(article(head + BODY))
    assert cleaned.metadata.published == published
    if published:
        assert "2013" not in cleaned.text  # the dateline is furniture, not a sentence


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("某某街道项目征拆工作动员大会现场。", True),
        ("某某县干部下沉社区誓师大会现场", True),
        ("某某镇书记项目擂台比武现场。", True),
        # a sentence that goes to the scene is prose
        ("记者来到某某街道项目征拆工作动员大会现场。", False),
        ("各村书记依次上台，现场打分。", False),
    ],
)
def test_scene_caption_line(line: str, dropped: bool) -> None:
    text = "机关干部下沉社区网格服务\n" + BODY + "\n" + line + "\n" + BODY
    assert (line not in clean_article(article(text)).text) == dropped


@pytest.mark.parametrize(
    "head",
    [
        # a shop's or bookseller's tab label alone above the blurb, which may use the word
        "描述\n本书描述了",
        "商品详情\n商品详情见下。",
        "内容简介\n本书内容简介：",
        # a clause the scraper broke off its sentence, closed by its comma
        "某某市政府在「干部驻企服务动员大会」上宣布，\n",
        "某某县委组织部近日下发通知,\n",
    ],
)
def test_no_headline_on_the_page(head: str) -> None:
    meta = clean_article(article(head + BODY + "\n" + BODY)).metadata
    assert meta.title_derived, meta.title


@pytest.mark.parametrize(
    ("text", "title", "derived"),
    [
        # a one-line excerpt: the headline, then the paper's lead-in with its credits
        (
            "某某县选派30名干部驻企服务 晚报讯 （通讯员 某某 记者 某某）近日，某某县选派"
            "30名机关干部进驻重点企业，帮助企业解决难题。" + BODY,
            "某某县选派30名干部驻企服务",
            False,
        ),
        (
            "干部驻企 服务上门 某某网讯（记者 某某）近日，某某县选派机关干部进驻重点企业。" + BODY,
            "干部驻企 服务上门",
            False,
        ),
        # a lead that opens with the lead-in has no headline before it
        ("某某日报讯（记者 某某）近日，某某县选派机关干部进驻重点企业。" + BODY, None, True),
    ],
)
def test_headline_glued_before_the_lead_in(text: str, title: str | None, derived: bool) -> None:
    meta = clean_article(article(text)).metadata
    assert meta.title_derived == derived
    if title is not None:
        assert meta.title == title
