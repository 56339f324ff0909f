"""What batches 29-30 glued to headlines at first sight: a content farm's label of a
moment alone or with a news word (实时：, 每日消息！), an SEO farm's pornographic keywords
after a bar (标题|久久……), a story list's bullet before the headline (• 标题); and
two datelines: an outlet glued to its date, clock and a labelled credit, and a document
library's upload credit above the story's own dateline, which goes second.  Lines
written here in the genre's style; the old code fails each row."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.headline_text import clean_title
from reporter.models import Article


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("实时：某县：“比学赶超”促干部作风转变", "某县：“比学赶超”促干部作风转变"),
        ("每日消息！某市选派百名干部驻村帮扶", "某市选派百名干部驻村帮扶"),
        ("今日关注：某区推行干部实绩考核排名", "某区推行干部实绩考核排名"),
        ("某县干部下沉一线解难题|久久精品中文字幕一区", "某县干部下沉一线解难题"),
        ("某镇组建攻坚专班抓项目_午夜无码在线观看", "某镇组建攻坚专班抓项目"),
        ("• 某市表彰20名优秀村党组织书记", "某市表彰20名优秀村党组织书记"),
    ],
    ids=["moment", "moment-news", "today-focus", "bar-spam", "underscore-spam", "bullet"],
)
def test_a_farm_s_label_spam_tail_and_bullet_leave_the_headline(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        # a headline's own clause before a colon names a place or a topic
        "某县：干部作风建设年活动启动",
        # a headline's own segment after a bar holds no farm keyword
        "某县干部下沉一线解难题|组工动态",
    ],
)
def test_a_headline_s_own_parts_stay(line: str) -> None:
    assert clean_title(line).startswith("某县")


def published_of(text: str) -> str | None:
    return clean_article(Article.from_text(text, "inline")).metadata.published


BODY = (
    "某县选派50名机关干部组成突击队，分赴各乡镇开展疫情防控工作。"
    "县委组织部对表现突出的干部记实登记，作为评先评优的重要依据。"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # an outlet glued to the date and clock, a labelled credit after it
        (
            f"某县突击队冲在一线\n某某信息网2021年03月09日10:12分类：社会\n{BODY}",
            "2021-03-09",
        ),
        # a document library's upload credit above the story's own dateline
        (
            "某县干部考察组下基层\n来源：某某文库 时间：2023/05/06 08:00:00\n"
            f"2012年10月11日09:30 某某日报\n{BODY}",
            "2012-10-11",
        ),
    ],
    ids=["outlet-glued-dateline", "library-upload-after-dateline"],
)
def test_the_story_s_own_dateline_dates_it(text: str, published: str) -> None:
    assert (published_of(text) or "")[:10] == published


def test_a_library_upload_alone_still_dates_the_page() -> None:
    text = f"某县干部考察组下基层\n来源：某某文库 时间：2023/05/06 08:00:00\n{BODY}"
    assert (published_of(text) or "")[:10] == "2023-05-06"


@pytest.mark.parametrize(
    "head",
    [
        # a content farm's pitch of its feed above the copied story
        "我们正处于一个信息大爆发的时代，每天都有海量资讯！\n"
        "新闻资讯订阅，旨在帮助您第一时间获取您真正感兴趣的资讯内容。",
        # a paper's commentator credited above the commentary, with a box bullet
        "□某某日报全媒体评论员 王某某",
    ],
    ids=["feed-pitch", "commentator-credit"],
)
def test_a_feed_s_pitch_and_a_commentator_s_credit_are_no_headline(head: str) -> None:
    meta = clean_article(Article.from_text(f"{head}\n{BODY}", "inline")).metadata
    assert meta.title_derived
    assert "资讯" not in meta.title and "评论员" not in meta.title
