"""Headlines in parts (round 8, issue 16): the office that supplied a story bracketed
before its headline, a main title of a few characters above a subtitle that opens with
a dash, a chapter title that the page's breadcrumb trail ends with, and a page dated the
day after its dateline.  Lines written for the tests in the style of the genre."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline import choose_title, clean_title
from reporter.models import Article, CleanArticle

BODY = [
    "9月10日，某某县选派30名年轻干部到重点项目一线锻炼，为期6个月。",
    "锻炼期间，县委组织部每月跟踪考察干部表现，考察结果与提拔使用挂钩。",
]


def cleaned(text: str) -> CleanArticle:
    return clean_article(Article.from_text(text, "t", "t.txt"))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("（某某县委党校）：2019年年轻干部培训班开班", "2019年年轻干部培训班开班"),
        ("(某某区委组织部):选派干部到一线锻炼", "选派干部到一线锻炼"),
        # brackets that are part of the headline stay
        ("（受权发布）关于选派干部的通知", "（受权发布）关于选派干部的通知"),
        ("乡镇（街道）干部到一线锻炼", "乡镇（街道）干部到一线锻炼"),
    ],
)
def test_the_supplying_office_is_no_part_of_the_headline(line: str, title: str) -> None:
    assert clean_title(line) == title


def test_the_supplying_office_still_names_the_actor() -> None:
    art = cleaned(
        "（石门县委党校）：2019年年轻干部培训班开班\n"
        "9月10日，2019年年轻干部培训班在韶山干部学院开班，全县60名年轻干部参加。\n"
        "培训为期一周，学员结业后回到乡镇一线工作。"
    )
    assert art.metadata.title == "2019年年轻干部培训班开班"
    assert art.metadata.primary_locality == "石门县"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a main title of a few characters: the subtitle outscores it, the two are the headline
        (["先锋力量", "——某某省选派干部奋战一线纪实"], "先锋力量——某某省选派干部奋战一线纪实"),
        # a full main title wins alone; its subtitle stays below
        (
            ["某某县干部到一线锻炼见成效", "——某某县选派年轻干部一线锻炼综述"],
            "某某县干部到一线锻炼见成效",
        ),
        # a subtitle under a line that is no title stays as it is
        (["2021-05-12", "——某某县选派年轻干部一线锻炼综述"], "——某某县选派年轻干部一线锻炼综述"),
    ],
)
def test_a_subtitle_joins_its_short_main_title(head: list[str], title: str) -> None:
    choice = choose_title([*head, *BODY])
    assert choice is not None
    assert choice.text == title


def test_a_chapter_title_the_breadcrumb_ends_with_is_the_headline() -> None:
    art = cleaned(
        "某某书屋\n"
        "某某书屋 > 重生之乡镇岁月 > 第12章 调研回来\n"
        "第12章 调研回来\n"
        "孙某从乡里回到县城，天已经黑透了。\n"
        "他推开办公室的门，桌上摆着一摞还没看完的材料。"
    )
    assert (art.metadata.title, art.metadata.title_derived) == ("第12章 调研回来", False)


def test_a_banner_the_breadcrumb_ends_with_does_not_beat_the_headline() -> None:
    art = cleaned(
        "首页 > 组织工作动态信息\n组织工作动态信息\n某某县选派干部到一线锻炼\n" + "\n".join(BODY)
    )
    assert art.metadata.title == "某某县选派干部到一线锻炼"


@pytest.mark.parametrize(
    ("credits", "published", "reposted"),
    [
        # a paper's story printed the morning after its dateline
        ("2018-08-06 16:39:38来源：某某网\n本报南昌8月5日电（记者 某某）", "2018-08-06", None),
        (
            "2016年04月17日 08:49:36  来源：新华社\n新华网宜昌4月16日电（记者某某）",
            "2016-04-17",
            None,
        ),
        # a repost days later: the dateline's day stands
        ("发布时间：2016-04-25 10:00\n新华网宜昌4月16日电（记者某某）", "2016-04-16", "2016-04-25"),
    ],
)
def test_a_page_dated_the_day_after_its_dateline_is_the_publication(
    credits: str, published: str, reposted: str | None
) -> None:
    art = cleaned("某某县选派干部到一线锻炼\n" + credits + " " + BODY[0] + "\n" + BODY[1])
    assert (art.metadata.published, art.metadata.reposted) == (published, reposted)


def test_a_print_edition_credit_glued_to_a_caption_dates_the_story() -> None:
    art = cleaned(
        "某某县选派干部到一线锻炼\n"
        "发布日期:2021-06-01 20:17   来源:未知   阅读:\n"
        "《 某某日报 》( 2018年04月27日 16 版)   3月15日的某某村，新房已经入住。"
        "    本报记者 某某摄\n" + "\n".join(BODY)
    )
    assert (art.metadata.published, art.metadata.reposted) == ("2018-04-27", "2021-06-01")
