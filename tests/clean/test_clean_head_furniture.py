"""Furniture of a page's head leaves the cleaned text, not only the title and the date
(`tests/fixtures/clean/heads.toml` holds what the metadata reads from these pages): an
outlet credited before the headline and its colon, datelines in the formats of batches
15-22 (a list item's, a feed's time stamp, a content farm's glued to the lead, Xinhua's
spaced year, a ratio sign for the clock's colon, the font-size tools after the date), a
picture of a meeting named as a scene, a byline whose credits are set apart by slashes,
an account's self-introduction, a reading site's notice on how to use the page and an
e-paper's page label.  Pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article, clean_text
from reporter.models import Article, CleanArticle

BODY = (
    "近日，某某县组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)
# the same story with its second paragraph, the body of the batch 17-22 pages
LONG_BODY = BODY + "\n据了解，此次下沉社区的机关干部共计120名，将在社区网格服务三个月。"
TITLE = "机关干部下沉社区网格服务暖民心"
POSTED_BODY = (
    "近日，某某县委组织部选派32名年轻干部到乡村振兴一线挂职锻炼，为期一年。\n"
    "挂职期间，干部们走访农户、梳理问题清单，协调解决群众急难愁盼问题56件。\n"
    "县委组织部将把挂职表现作为干部选拔任用的重要依据。"
)


def cleaned(text: str) -> CleanArticle:
    return clean_article(Article.from_text(text, "inline"))


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
def test_outlet_credit_before_the_headline_leaves_the_text(text: str, title: str) -> None:
    # the credit goes from the body too: no summary sentence may carry it
    assert cleaned(text).text.split("\n")[0] == title


@pytest.mark.parametrize(
    "head",
    [
        # an e-paper's dateline set as a list item
        "机关干部下沉社区网格服务\n  • 2013年04月16日  来源：某某晚报\n",
        "机关干部下沉社区网格服务\n· 2013-04-16 09:30 来源：某某日报\n",
        # a blog or feed template's time stamp on its own line
        "机关干部下沉社区网格服务\n2013-04-16T08:12:40+00:00\n",
        "机关干部下沉社区网格服务\n2013-04-16T08:12Z\n",
        # a content farm's site, date and label glued to the lead
        "某某信息网2013年4月16日最新资讯::",
        "某某在线2013年4月16日今日消息：",
    ],
)
def test_a_page_date_line_leaves_the_text(head: str) -> None:
    assert "2013" not in cleaned(head + BODY).text  # the dateline is furniture


@pytest.mark.parametrize(
    ("head", "year"),
    [
        # Xinhua prints the year apart from month and day
        (f"2023 06/08 15:25:12\n{TITLE}\n", "2023"),
        # a ratio sign typed for the clock's colon
        (f"{TITLE}\n2022-05-21 09∶05 来源：某某街道\n", "2022"),
        # a two-digit year under a publication label
        (f"{TITLE}\n发布时间：18-07-13 来源：\n", "2018"),
        # a category field before the labelled update time
        (f"{TITLE}\n新闻归类：中国聚焦 | 更新时间：2022-08-13 11:20\n", "2022"),
        # an English label without its colon
        (f"date 2025-12-11 快讯\n{TITLE}\n", "2025"),
        # the site's address glued to the date by a lost character
        (f"{TITLE}\nwww.hbnews.com?2009-12-08 08:57? 来源:人民日报\n", "2009"),
    ],
)
def test_a_dateline_format_leaves_the_text(head: str, year: str) -> None:
    # the dateline goes from the text, as every dateline does
    assert year not in cleaned(head + LONG_BODY).text.replace("2022年", "")


@pytest.mark.parametrize(
    ("head", "year"),
    [
        # column tags before the outlet and its date
        (f"{TITLE}\n三农 社会 某某新闻网 2017-05-08\n", "2017"),
        # the font-size tools after the date
        (f"{TITLE}\n2020-03-11  A+ A-\n", "2020"),
        (f"{TITLE}\n2020年03月11日 【大 中 小】\n", "2020"),
    ],
)
def test_a_dateline_with_its_furniture_leaves_the_text(head: str, year: str) -> None:
    assert year not in cleaned(head + LONG_BODY).text


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
    assert (line not in cleaned(text).text) == dropped


def test_slashed_byline_is_a_credit() -> None:
    """A byline whose credits are set apart by slashes is the reporter's credit (the
    table holds the title derived from the lead, not made of it)."""
    assert "王某某" in cleaned("某某报／ 记者王某某／即时报导\n" + LONG_BODY).metadata.reporters


@pytest.mark.parametrize(
    "intro",
    ["这里是某某省纪委监委官方微信", "欢迎来到某某组工微信公众号"],
)
def test_account_self_introduction_is_furniture(intro: str) -> None:
    # it names the account as the body names its office, so it may outscore the headline
    head = "某某县32名年轻干部到乡村振兴一线挂职锻炼"
    assert intro not in clean_text(f"{head}\n{intro}\n{POSTED_BODY}")


def test_a_reading_sites_notice_leaves_the_text() -> None:
    text = (
        "友情提示：如果本网页打开太慢或显示不完整，请尝试鼠标右键“刷新”本网页！\n"
        "宦海浮沉-第32部分\n"
        "快捷操作：按键盘上方向键 ← 或 → 可快速上下翻页 按键盘上的 Enter 键可回到本书目录页！\n"
        "老周从办公室出来，心里一直盘算着局长的位子，想着该去哪位领导家里坐一坐。\n"
        "他知道这种时候各路人马都在活动，自己不能再坐着被动等时机了。"
    )
    text = clean_text(text)
    assert "友情提示" not in text and "快捷操作" not in text


def test_an_e_paper_s_page_label_is_furniture() -> None:
    # the page label above the story no longer opens the lead: the town acting does
    text = (
        "某镇举办村党组织书记擂台比武\n"
        "版面：第VD03版：某县视窗·综合 上一篇 下一篇\n"
        "近日，某县某镇举办村党组织书记擂台比武活动。\n"
    )
    article = cleaned(text)
    removed = [r for r in article.cleaning.removed if r.text.startswith("版面")]
    assert [r.kind for r in removed] == ["navigation"]
    assert "版面" not in article.text


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        # a city paper's repost on its own portal, in traditional script, a bar after it
        ("稿件來源:某某日報-某某網 |", "某某日报-某某网"),
        ("新闻来源：某某晚报", "某某晚报"),
    ],
)
def test_a_manuscript_source_credit_is_the_outlet_not_text(credit: str, outlet: str) -> None:
    """A 稿件来源 credit names the paper the story ran in: it leaves the text and is kept
    as the outlet, so that the paper's "我市" can be read as its own city."""
    c = cleaned(f"{TITLE}\n{credit}\n{BODY}")
    assert "来源" not in c.text
    assert c.metadata.outlet == outlet
