"""Metadata rules on small hand-written articles."""

from __future__ import annotations

import dataclasses

import pytest

from reporter.clean import clean_article
from reporter.clean.headline import derive_title, title_line
from reporter.clean.script import detect_script
from reporter.compare.locality import primary_locality
from reporter.models import Article, Locality, Metadata
from reporter.text.gazetteer import find_places


def meta(text: str, **html: str) -> Metadata:
    art = dataclasses.replace(Article.from_text(text, "m"), **html)
    return clean_article(art).metadata


BODY = "崂山区选派干部到一线锻炼。\n干部们在指挥部工作了三个月。"


@pytest.mark.parametrize(
    ("lines", "published", "reposted"),
    [
        (
            ["《人民日报》（ 2022年11月07日 第 10 版）", "发布时间：2022-11-08 09:00"],
            "2022-11-07",
            "2022-11-08",
        ),
        (["发布时间：2022-11-08 09:00"], "2022-11-08", None),
        (["2022/1/15 5:58:22发布80次查看"], "2022-01-15", None),
        (["时间：2022-13-45 10:00"], None, None),  # not a date
        ([], None, None),
    ],
)
def test_dates(lines: list[str], published: str | None, reposted: str | None) -> None:
    m = meta("\n".join(["崂山区：选派干部到一线", BODY, *lines]))
    assert (m.published, m.reposted) == (published, reposted)


# Date lines of real pages that no rule read before round 9 (lines written for the test):
# a label after a bullet or a column tag, an outlet before its label, an e-paper's index
# record at the page's foot, a date glued to several authors, a notice's sign-off in
# Chinese numerals, a dateline that lost its line break before the lead.
@pytest.mark.parametrize(
    ("lines", "published"),
    [
        (["• 时间:2019-03-12 09:20", "• 浏览次数:"], "2019-03-12"),
        (["[要闻] 时间:2020-05-06 10:11:12 来源:某某头条 点击:12次"], "2020-05-06"),
        (["创建时间:  2018/09/03  王某某   浏览次数:"], "2018-09-03"),
        (["某某晚报 发布时间:2012-07-15"], "2012-07-15"),
        (
            ["某某日报 要闻 00003 崂山区选派干部 2016-04-09 1234567 2 2016年04月09日 星期六"],
            "2016-04-09",
        ),
        (["2017-10-20 3 3 某某经济日报 con12345.html 1 崂山区选派干部"], "2017-10-20"),
        (["2020-09-18张某某,李某某"], "2020-09-18"),
        (["浏览次数：12 发布时间：2019-06-03"], "2019-06-03"),
        (["某某大学组织部 二〇一九年十一月二十日"], "2019-11-20"),
        (["二0一六年十月八日"], "2016-10-08"),
        (["二〇一六年十三月八日"], None),  # no such month
    ],
)
def test_date_lines_of_real_pages(lines: list[str], published: str | None) -> None:
    m = meta("\n".join(["崂山区：选派干部到一线", BODY, *lines]))
    assert m.published == published


@pytest.mark.parametrize(
    ("marks", "published"),
    [
        ("连载中 主角：张某 都市小说", None),  # a serial's update time dates no text
        ("分类：官场小说 作者：某某", None),
        ("某某县融媒体中心", "2021-09-23"),  # a portal's update time is its date
    ],
)
def test_update_time_of_a_serial_listing_is_no_date(marks: str, published: str | None) -> None:
    text = "\n".join(["官场风云", "更新时间:2021-09-23 10:26:40", marks, BODY])
    assert meta(text).published == published


@pytest.mark.parametrize(
    ("own", "published"),
    [
        ("日期:06-12", None),  # the page's own day has no year: the banner clock is not it
        ("日期:03-09", "2025-03-09"),  # ... the same day: the clock gives the year
        ("版面:第08版", "2025-03-09"),  # no day of its own: the date line stands
    ],
)
def test_reader_clock_is_not_a_yearless_page_date(own: str, published: str | None) -> None:
    text = "\n".join(["电子报阅读", "2025-03-09", "星期日", "崂山区：选派干部到一线", own, BODY])
    assert meta(text).published == published


def test_dateline_glued_to_the_lead_dates_the_page_and_leaves_the_text() -> None:
    text = (
        "崂山区选派干部到一线\n"
        "2014-08-02 07:45 来源: 某某市人民政府网为推进项目建设，崂山区选派干部。"
    )
    cleaned = clean_article(Article.from_text(text, "m"))
    assert cleaned.metadata.published == "2014-08-02"
    assert "来源" not in cleaned.text and "为推进项目建设" in cleaned.text


def test_government_report_is_dated_by_the_session_it_was_given_at() -> None:
    text = "\n".join(
        [
            "2016年崂山区人民政府工作报告",
            "2016年1月9日在崂山区第一届人民代表大会第五次会议上",
            "各位代表：",
            "现在，我代表区人民政府向大会报告工作。崂山区选派干部到一线锻炼。",
        ]
    )
    assert meta(text).published == "2016-01-09"


def test_html_date_is_the_fallback() -> None:
    assert meta(BODY, html_date="2021-03-04").published == "2021-03-04"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("来源：光明网-《光明日报》", "光明日报"),  # the paper wins over its website
        ("来源：人民网", "人民网"),
        ("新华社记者 王明 李华", "新华社"),
        ("来源：某某县融媒体中心", "某某县融媒体中心"),
        # an empty source label before the date's label credits nothing: a label is
        # never an outlet
        ("来源: 发布时间: 2013-11-29", None),
        ("来源： 作者：某某 发布时间：2013-11-29", None),
    ],
)
def test_outlet(credit: str, outlet: str | None) -> None:
    assert meta("\n".join(["崂山区：选派干部到一线", BODY, credit])).outlet == outlet


def test_reporters_from_a_byline_line() -> None:
    m = meta("\n".join(["崂山区：选派干部到一线", "本报记者 王明 李华", BODY]))
    assert m.reporters == ("王明", "李华")


def test_wire_dateline_gives_outlet_and_reporters() -> None:
    m = meta("青岛选派干部到一线\n新华社青岛11月7日电（记者 王明 李华）青岛市选派干部到一线锻炼。")
    assert (m.outlet, m.reporters) == ("新华社", ("王明", "李华"))


def test_title_line_rules() -> None:
    assert title_line(["崂山区：选派干部到一线", "正文。"]) == "崂山区：选派干部到一线"
    assert title_line(["这是一段正文，以句号结尾。", "正文。"]) is None
    assert title_line(["只有一段"]) is None
    assert title_line(["甲" * 61, "正文。"]) is None


def test_derived_title_opens_with_a_place_clause() -> None:
    paragraphs = [
        "每天上午，他出门上班，新的一天又开始了。像他一样，崂山区先后选派出1628名干部，以张村河片区为场景，夜以继日地奋战。"
    ]
    title = derive_title(paragraphs)
    assert title == "崂山区先后选派出1628名干部，以张村河片区为场景"


def test_derived_title_without_places_clips_the_first_sentence() -> None:
    paragraphs = ["政治路线确定后，干部就是决定性因素，这是一条被反复证明的经验，必须长期坚持。"]
    title = derive_title(paragraphs)
    assert title == "政治路线确定后，干部就是决定性因素"
    assert len(title) <= 40


def _loc(name: str, level: str, city: str | None, mentions: int) -> Locality:
    return Locality(name, level, "山东省", city, mentions)  # type: ignore[arg-type]


def test_primary_locality_descends_to_a_dominant_district() -> None:
    locs = [_loc("崂山区", "district", "青岛市", 20), _loc("青岛市", "city", None, 6)]
    assert primary_locality([], [], locs) == "崂山区"


def test_primary_locality_stays_with_a_city_covering_many_districts() -> None:
    locs = [
        _loc("青岛市", "city", None, 11),
        _loc("市南区", "district", "青岛市", 7),
        _loc("城阳区", "district", "青岛市", 3),
        _loc("胶州市", "district", "青岛市", 3),
    ]
    title = find_places("人民日报点赞青岛")
    assert primary_locality(title, [], locs) == "青岛市"
    # without the title's weight the most named district would be close enough
    assert primary_locality([], [], locs) == "市南区"
    # ... unless another district is named nearly as often: none of them is the subject
    locs[2] = _loc("城阳区", "district", "青岛市", 5)
    assert primary_locality([], [], locs) == "青岛市"
    # ... or the other districts together as often (a city's contest of its districts)
    locs[2] = _loc("城阳区", "district", "青岛市", 4)
    assert primary_locality([], [], locs) == "青岛市"


def test_primary_locality_none_without_places() -> None:
    assert primary_locality([], [], []) is None


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("崂山区选派干部到一线", "simplified"),
        ("嶗山區選派幹部到一線", "traditional"),
        ("崂山区选派干部到一线，嶗山區選派幹部到一線", "mixed"),
        ("崂山区选派干部，解傳姣报道", "simplified"),  # one traditional name in a credit
        ("干部", "simplified"),  # characters both scripts share
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script
