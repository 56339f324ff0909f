"""What batches 29-30 glued to headlines at first sight: a content farm's label of a
moment alone or with a news word (实时：, 每日消息！), an SEO farm's pornographic keywords
after a bar (标题|久久……), a story list's bullet before the headline (• 标题).  Lines
written here in the genre's style; the old code fails each row."""

from __future__ import annotations

import pytest

from reporter.clean.headline_text import clean_title


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
