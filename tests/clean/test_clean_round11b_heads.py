"""Titles and dates batches 25-28 missed at first sight, by general cause: what a page
glues to its headline (a site after the subtitle dash, a pager link, an app's corner-
bracket credit, its labelled dateline with the lead), an account's self-introduction
above the story, and dates on lines cleaning drops or leaves (a document host's upload,
an e-paper's path, a labelled date left in the text, a banner clock above the labelled
date).  Sentences written here in the genre's style; the old code fails each row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article, clean_text
from reporter.clean.headline_text import clean_title, may_be_title
from reporter.models import Article

BODY = (
    "近日，某某县委组织部选派32名年轻干部到乡村振兴一线挂职锻炼，为期一年。\n"
    "挂职期间，干部们走访农户、梳理问题清单，协调解决群众急难愁盼问题56件。\n"
    "县委组织部将把挂职表现作为干部选拔任用的重要依据。"
)


def meta_of(text: str) -> tuple[str, str | None]:
    meta = clean_article(Article.from_text(text, "inline")).metadata
    return meta.title, meta.published


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the host's name after the subtitle dash
        (
            "某某县：32名年轻干部到乡村一线挂职锻炼——中新网",
            "某某县：32名年轻干部到乡村一线挂职锻炼",
        ),
        ("年轻干部到乡村一线挂职锻炼--东方网", "年轻干部到乡村一线挂职锻炼"),
        # a pager's link after the headline
        ("某某县32名年轻干部下乡挂职 查看下一页", "某某县32名年轻干部下乡挂职"),
        ("某某县32名年轻干部下乡挂职 下一页", "某某县32名年轻干部下乡挂职"),
        # an app credits itself and its channel in corner brackets
        ("「某某日报客户端·某某新闻」年轻干部下乡挂职一年", "年轻干部下乡挂职一年"),
    ],
)
def test_furniture_glued_to_the_headline(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        # a subtitle says more of the story, however it ends
        "干部下乡挂职一年——某某县织密基层治理服务网",
        # a quoted phrase opening a headline is the headline's own
        "「墩苗」一年 某某县年轻干部下乡挂职",
    ],
)
def test_headline_parts_stay(line: str) -> None:
    assert clean_title(line) == line


@pytest.mark.parametrize(
    "intro",
    ["这里是某某省纪委监委官方微信", "欢迎来到某某组工微信公众号"],
)
def test_account_self_introduction_is_furniture(intro: str) -> None:
    # it names the account as the body names its office, so it may outscore the headline
    head = "某某县32名年轻干部到乡村振兴一线挂职锻炼"
    assert intro not in clean_text(f"{head}\n{intro}\n{BODY}")


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        # a headline glued to the page's labelled dateline and the lead
        (
            "某某县：32名年轻干部到乡村振兴一线挂职锻炼时间：2023-05-12 " + BODY,
            "某某县：32名年轻干部到乡村振兴一线挂职锻炼",
            "2023-05-12",
        ),
        (
            "某某县年轻干部下乡挂职一年发布日期：2021年3月8日 " + BODY,
            "某某县年轻干部下乡挂职一年",
            "2021-03-08",
        ),
    ],
)
def test_headline_glued_to_its_dateline(text: str, title: str, published: str) -> None:
    assert meta_of(text) == (title, published)


HEAD = "某某县32名年轻干部到乡村振兴一线挂职锻炼\n"


@pytest.mark.parametrize(
    ("above", "published"),
    [
        # a document host's file facts: the upload date
        ("- 2022-07-15 发布 |\n- 41.2 KB |\n- 9页\n", "2022-07-15"),
        # an e-paper's path names the print edition
        ("某某日报（汉）/2023 年/4 月/6 日/第 002 版\n", "2023-04-06"),
        # a banner clock above the labelled date: the labelled one is the article's
        (
            "2025-01-09 | 网站首页 | 返回旧版\n"
            "放大字体 缩小字体 发布日期:2023-11-02 浏览次数:318\n",
            "2023-11-02",
        ),
    ],
)
def test_dates_on_furniture_lines(above: str, published: str) -> None:
    assert meta_of(f"{above}{HEAD}{BODY}")[1] == published


def test_labelled_date_left_in_the_text_head() -> None:
    # a credit line garbled past recognition stays in the text, its labelled date with it
    garbled = "浏览次数： 来源：某某县政府办公室 时间：2024-06-16 16:01 文字大。篬 ] 背景色:\n"
    assert meta_of(f"{HEAD}{garbled}{BODY}")[1] == "2024-06-16"


@pytest.mark.parametrize(
    "above",
    [
        # a forum user's repost time is no date of the story
        "某某 - admin 于2022年05月30日发表\n",
        # a date the body talks about, far below the head, dates nothing
        "",
    ],
)
def test_no_date_invented(above: str) -> None:
    tail = "\n" + "据了解，该县还将继续推进干部挂职工作。" * 12 + "会议时间：2023-05-12"
    assert meta_of(f"{above}{HEAD}{BODY}{tail}")[1] is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a portal's channel bar: many spaced words, whatever they are
        ("掌上某省 掌上某某 新闻发布 网站建设 天气 青少网 数字报刊 某某网", False),
        ("时政 要闻 县区 图片 视频 专题 评论", False),
        # a headline sets off its parts with a few spaces
        ("优化营商环境 提升行政效能 建设人民满意的服务型政府", True),
        ("畅通供给 守护百姓“菜篮子” 流动服务 居民不出小区", True),
    ],
)
def test_channel_bar_is_no_headline(line: str, title: bool) -> None:
    assert may_be_title(line) is title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a one-line page: the headline, a space, the lead
        (
            "某某社区开展第五届居委会民意测评 为更好地开展下一届居委会换届选举，听取居民意见，"
            "社区召开民主评议会。本次会议共有20名居民代表参加。",
            "某某社区开展第五届居委会民意测评",
        ),
        (
            "某某县选派32名干部驻村帮扶 近日，某某县委组织部召开驻村干部培训会，"
            "对新选派的驻村第一书记进行岗前培训。",
            "某某县选派32名干部驻村帮扶",
        ),
    ],
)
def test_derived_title_stops_at_the_glued_lead(text: str, title: str) -> None:
    assert meta_of(text)[0] == title
