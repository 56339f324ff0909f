"""The same page as other sites scrape it (bench/perturb.py): hard-wrapped lines, full-width
digits and clock times, portal menus and share bars.  Each case is a general cause the benchmark
found; the pages are written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.normalize import normalize_fullwidth_alphanumerics
from reporter.clean.steps import remove_boilerplate_lines
from reporter.clean.unwrap import join_hard_wrapped_lines
from reporter.models import Article

PARAGRAPHS = (
    "今年以来，某某县聚焦建设市域副中心的发展定位，牢牢树立项目为王、企业为尊的导向，"
    "开展县、镇、村三级联动打擂比武，通过分类设榜、打擂比武、授旗表扬等形式推进工作。",
    "围绕全县重点工作、重大工程、重要项目，某某县抽调优秀干部、精干力量、专业人员，"
    "组建二十个重点项目专班，全力保障全县重点项目建设，形成比学赶超的浓厚氛围。",
    "县委组织部将干部在专班中的表现记入纪实档案，作为评先评优、提拔使用的重要依据，"
    "对表现突出的干部优先提拔重用，对不担当不作为的及时调整。",
)
HEADLINE = "某某县三级联动打擂比武"


def fold(line: str, width: int) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)]


def wrapped(width: int, indent: str = "") -> str:
    lines = [HEADLINE]
    for p in PARAGRAPHS:
        lines += fold(indent + p, width)
    return "\n".join(lines)


def article(text: str) -> Article:
    return Article(
        id="inline",
        source_path="inline.txt",
        text=text,
        encoding="utf_8",
        media_type="text/plain",
        sha256="0" * 64,
    )


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # folded at 30 characters, paragraphs not marked: every full line continues, a
        # paragraph's short last line ends it
        (wrapped(30), "\n".join([HEADLINE, *PARAGRAPHS])),
        # indented paragraphs start again where the indentation says
        (
            wrapped(26, "\u3000\u3000"),
            "\n".join([HEADLINE] + ["\u3000\u3000" + p for p in PARAGRAPHS]),
        ),
        # paragraphs of prose never share one length: unchanged
        ("\n".join([HEADLINE, *PARAGRAPHS]), "\n".join([HEADLINE, *PARAGRAPHS])),
        # a headline as long as the width keeps its dateline on the next line
        (
            "\n".join(["某某县三级联动打擂比武推进重点项目建设见实效", "2022-10-29 09:01"])
            + "\n"
            + "\n".join(fold("".join(PARAGRAPHS), 22)),
            "\n".join(
                [
                    "某某县三级联动打擂比武推进重点项目建设见实效",
                    "2022-10-29 09:01",
                    "".join(PARAGRAPHS),
                ]
            ),
        ),
        # short lines that only come near one length (in display columns) are no wrap
        (
            "官场风云\n更新时间:2021-09-23 10:26:40\n连载中 主角：张某 都市小说\n"
            "崂山区选派干部到一线锻炼。\n干部们在指挥部工作了三个月。",
            "官场风云\n更新时间:2021-09-23 10:26:40\n连载中 主角：张某 都市小说\n"
            "崂山区选派干部到一线锻炼。\n干部们在指挥部工作了三个月。",
        ),
        # a breadcrumb as long as the width is not glued to the headline under it
        (
            "首页 > 组工动态 > 正文要闻\n"
            + HEADLINE
            + "\n"
            + "\n".join(fold("".join(PARAGRAPHS), 18)),
            "首页 > 组工动态 > 正文要闻\n" + HEADLINE + "\n" + "".join(PARAGRAPHS),
        ),
        # a Latin word cut at the wrap is whole again, the spaces kept
        (
            "\n".join(
                fold(
                    "本次培训邀请专家讲授 Python 与数据分析课程，学员们结合工作实际交流心得体会。"
                    * 3,
                    20,
                )
            ),
            "本次培训邀请专家讲授 Python 与数据分析课程，学员们结合工作实际交流心得体会。" * 3,
        ),
    ],
)
def test_join_hard_wrapped_lines(text_in: str, expected: str) -> None:
    assert join_hard_wrapped_lines(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("２０２０年０２月２７日 １１：２０", "2020年02月27日 11:20"),
        ("11：20 | 来源：新华社", "11:20 | 来源：新华社"),
        # a colon of prose stays full-width
        ("记者：王某某", "记者：王某某"),
        ("共3批：第一批", "共3批：第一批"),
    ],
)
def test_clock_colon(text_in: str, expected: str) -> None:
    assert normalize_fullwidth_alphanumerics(text_in) == expected


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        # a hard-wrapped page: the headline, not the first cut line of the lead
        # (folded at 18, a line of the lead read as the headline)
        (
            "首页 > 组工动态 > 正文\n"
            + HEADLINE
            + "\n发布时间：2023-05-08\n"
            + "\n".join(fold("“项目进度不够快、干部干劲不够足！”" + "".join(PARAGRAPHS), 18)),
            HEADLINE,
            "2023-05-08",
        ),
        # a Xinhua dateline written in full-width digits with a full-width colon
        (
            HEADLINE
            + "\n２０２０年０２月２７日 １１：２０ | 来源：新华社\n"
            + "\n".join(PARAGRAPHS),
            HEADLINE,
            "2020-02-27",
        ),
    ],
)
def test_perturbed_page_metadata(text: str, title: str, published: str | None) -> None:
    meta = clean_article(article(text)).metadata
    assert meta.title == title
    got = str(meta.published)[:10] if meta.published else None
    assert got == published


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # a menu of items joined from menu words
        ("网站首页  机构概况  新闻中心  政务公开  互动交流", True),
        ("首页 | 工作动态 | 信息公开 | 联系我们", True),
        # a share bar: its label alone, or the tools with the correction link
        ("分享：", True),
        ("收藏 | 打印 | 纠错", True),
        # an e-paper's issue tools
        ("上一期  下一期  往期回顾", True),
        # one or two joined items may be a heading; a share of one's thoughts is text
        ("政务公开 专题", False),
        ("干部工作 人才工作", False),
        ("分享：我的驻村工作心得体会", False),
    ],
)
def test_menu_and_share_bar_lines(line: str, dropped: bool) -> None:
    assert (remove_boilerplate_lines(line) == "") == dropped


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        # the dateline rules of one spelling (2018-08-06吴某某, an e-paper's index record
        # 2019-08-21 2 2 …) read every spelling of the date
        ("2018-08-06吴某某", "2018-08-06"),
        ("2018/08/06吴某某", "2018-08-06"),
        ("2021年11月15日龚某某,徐某某", "2021-11-15"),
        ("2019/08/21 2 2 某某经济日报 con49390.html 1 某某干部回乡开展联系帮扶活动", "2019-08-21"),
        ("2024.06.19 26919111 2 2024.06.19 星期三", "2024-06-19"),
    ],
)
def test_dateline_in_another_spelling(dateline: str, published: str) -> None:
    text = HEADLINE + "\n" + dateline + "\n" + "\n".join(PARAGRAPHS)
    assert str(clean_article(article(text)).metadata.published)[:10] == published


@pytest.mark.parametrize(
    ("header", "credit", "outlet", "place"),
    [
        # a re-post header's portal above the page's own credit: the place's paper is the
        # outlet, and its 全市 is that city's
        # neither names a place: the source line as before
        ("发布时间：2021-04-22 12:56  来源：党建网  作者：通讯员", "来源：某某网", "某某网", None),
        (
            "发布时间：2021-04-22 12:56  来源：党建网  作者：通讯员",
            "来源：海安日报",
            "海安日报",
            "海安市",
        ),
        ("信息来源：党建网  发布日期：2021-04-22", "来源：抚州日报", "抚州日报", "抚州市"),
    ],
)
def test_repost_header_source(header: str, credit: str, outlet: str, place: str | None) -> None:
    text = (
        "全市村党组织书记培训班开班\n"
        + header
        + "\n"
        + credit
        + "\n4月20日，我市召开村党组织书记培训暨乡村振兴模块学习开班动员会。"
        "此次培训学习为期两天半，围绕基层党建业务等主题进行授课。"
    )
    meta = clean_article(article(text)).metadata
    assert (meta.outlet, meta.primary_locality) == (outlet, place)
