"""What a page glues to a headline line, which `clean_title` cuts, and the parts that
stay the headline's own (from the first sights of batches 23-30): a local site's name
repeating the place the headline opens with, a host after the subtitle dash, a pager's
link, an app's corner-bracket credit, a content farm's label of a moment, an SEO farm's
keywords after a bar, a story list's bullet; and a portal's channel bar of many spaced
words, which `may_be_title` refuses.  Lines written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean.headline_text import clean_title, may_be_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a local site's name (the place the headline opens with) glued to its end
        ("平阳县创新乡镇干部培训打造过硬队伍平阳", "平阳县创新乡镇干部培训打造过硬队伍"),
        ("诸暨市选派百名干部下沉项目一线诸暨", "诸暨市选派百名干部下沉项目一线"),
        ("宁波市推行干部“赛马”机制宁波市", "宁波市推行干部“赛马”机制"),
        # a headline that names its place only at the start keeps its end
        ("诸暨市选派百名干部下沉项目一线", "诸暨市选派百名干部下沉项目一线"),
        # a place named again inside is no tail
        ("宁波市为宁波干部减负", "宁波市为宁波干部减负"),
    ],
)
def test_own_place_glued_to_the_end(line: str, title: str) -> None:
    assert clean_title(line) == title


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
