"""Heads shaped like the first-sight failures of batches 21-22 (issue 16), each a general
cause: furniture printed where the headline stands (a site's greeting, a share bar of
targets named alone, a site's full name before a bar, a contributor's caption credit, a
line of dialogue closing a quotation it never opened), a headline glued to its lead-in
with a bracketed credit, and datelines the cleaner did not read (column tags before the
outlet, the font-size tools after the date) or read from a list of other stories' dates.
Pages written here in the genre's style; the old code fails each positive row."""

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


def article(text: str) -> Article:
    return Article.from_text(text, "inline")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the site's full name before a bar: no column label, the site's own
        (f"某某省纪委监委网站|{TITLE}\n{BODY}", TITLE),
        (f"某某日报 | {TITLE}\n{BODY}", TITLE),
        # a share bar above the headline, which runs on into the paper's lead-in with
        # its credit in square brackets
        (
            f"微信 朋友圈 微博\n{TITLE}   本报讯【某某日报记者王某】{BODY}",
            TITLE,
        ),
    ],
)
def test_headline_behind_furniture(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


@pytest.mark.parametrize(
    "text",
    [
        # a company's greeting in its banner, over a story the company's name recurs in
        (
            "您好，欢迎来到某某市城市投资（集团）有限公司！\n7月27日，某某市城市投资（集团）"
            "有限公司党委组织干部开展观摩督导，市委副书记带队，各县区干部参加。"
        ),
        # a caption closed by a contributor's credit without a name
        (
            "“乡村振兴大讲堂”。通讯员 供图\n9月25日晚，某某镇“乡村振兴大讲堂”开讲，"
            "镇党委书记为全体镇村干部开展辅导讲授，两百余名干部参加。"
        ),
        # a novel's excerpt opening on the end of a quotation
        (
            "常委们每人包一个地市，全部下去督查，一定要确保万无一失！……”\n"
            "省长点了点头，常委们每人包一个地市，下去督查防汛，确保万无一失。"
        ),
    ],
    ids=["greeting", "caption-credit", "quotation-end"],
)
def test_furniture_is_no_headline(text: str) -> None:
    assert clean_article(article(text)).metadata.title_derived


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # column tags before the outlet and its date
        (f"{TITLE}\n三农 社会 某某新闻网 2017-05-08\n", "2017-05-08"),
        # the font-size tools after the date
        (f"{TITLE}\n2020-03-11  A+ A-\n", "2020-03-11"),
        (f"{TITLE}\n2020年03月11日 【大 中 小】\n", "2020-03-11"),
    ],
)
def test_dateline_with_furniture(head: str, published: str) -> None:
    cleaned = clean_article(article(head + BODY))
    assert cleaned.metadata.published == published
    assert published[:4] not in cleaned.text


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        # the dates of a list of other stories whose titles were lost: no date of the page
        ("\n2016-01-28\n2016-01-28\n2016-01-28\n2016-01-28", None),
        ("\n2016-01-28\n2016-01-27\n2016-01-25", None),
        # one bare date at the foot is the page's own
        ("\n2016-01-28", "2016-01-28"),
    ],
)
def test_list_of_dates_dates_nothing(foot: str, published: str | None) -> None:
    meta = clean_article(article(f"{TITLE}\n{BODY}{foot}")).metadata
    assert meta.published == published


@pytest.mark.parametrize(
    ("text", "title", "derived"),
    [
        # a portal that printed its headline only as the caption of its opening photo
        (
            "全市乡村振兴暨驻村帮扶工作会议召开 王某某 摄\n4月24日下午，某某市召开全市乡村"
            "振兴暨驻村帮扶工作会议，总结去年驻村帮扶工作，部署今年任务。",
            "全市乡村振兴暨驻村帮扶工作会议召开",
            False,
        ),
        # a caption naming a scene is no headline
        (
            "会议现场 王某某 摄\n4月24日下午，某某市召开全市乡村振兴暨驻村帮扶工作会议，"
            "总结去年驻村帮扶工作，部署今年任务。",
            None,
            True,
        ),
    ],
    ids=["caption-headline", "scene-caption"],
)
def test_opening_caption_as_headline(text: str, title: str | None, derived: bool) -> None:
    meta = clean_article(article(text)).metadata
    assert meta.title_derived == derived
    if title is not None:
        assert meta.title == title
