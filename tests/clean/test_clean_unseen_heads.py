"""Titles and dates on page heads shaped like batch 9's failures (issue 16), each a
general cause: a breadcrumb opened by 您的当前位置 and ending with the headline and a
page label, an aggregator's compiling time, a portal's banner clock above a labelled
dateline, a speech dated under its speaker.  Pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.models import Article

BODY = (
    "近日，某某区组织机关干部下沉社区开展网格服务，"
    "干部们走街串巷，与网格员一道入户走访，收集群众诉求，现场解决问题。"
)


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
    ("text", "title"),
    [
        # the trail's last item, its page label dropped, is the headline of a page that
        # prints it nowhere else
        (
            "您的当前位置：首页 > 某某新闻 > 机关干部下沉社区开展网格服务 正文\n" + BODY,
            "机关干部下沉社区开展网格服务",
        ),
        (
            "你当前的位置：首页 >> 组工动态 >> 机关干部下沉社区网格服务\n" + BODY,
            "机关干部下沉社区网格服务",
        ),
    ],
)
def test_breadcrumb_variants_end_with_the_headline(text: str, title: str) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.title, meta.title_derived) == (title, False)


@pytest.mark.parametrize(
    ("text", "published", "reposted"),
    [
        # an aggregator's time stamp dates its copy, not the story
        ("干部下沉社区\n时间：2024-12-25 13:14:40 来源：网络整理\n" + BODY, None, "2024-12-25"),
        # ... while a document library's only date stays the date
        ("干部下沉社区\n发布时间：2024-10-02 20:03:21 来源：网络\n" + BODY, "2024-10-02", None),
        # a portal's clock in its banner gives way to the labelled dateline below it
        (
            "2024年11月23日\n星期六\n干部下沉社区\n时间：2019-10-24 15:25:20  来源：某某日报\n"
            + BODY,
            "2019-10-24",
            None,
        ),
        # a date alone is still the date when the page has no other
        ("干部下沉社区\n2021年5月12日 星期三\n" + BODY, "2021-05-12", None),
    ],
)
def test_dateline_kinds(text: str, published: str | None, reposted: str | None) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.published, meta.reposted) == (published, reposted)


@pytest.mark.parametrize(
    ("text", "published", "reposted"),
    [
        # a speech printed with its day in brackets under the speaker, uploaded later
        (
            "在全市干部作风建设大会上的讲话\n发布时间：2023-03-01\n"
            "某某市委书记 张某某（2023 年 2 月 20 日）同志们：今天召开大会，部署干部作风建设。",
            "2023-02-20",
            "2023-03-01",
        ),
        # ... or after 时间：, glued to the speaker's name
        (
            "在市总工会扩大会议上的讲话摘要\n公文网 2021-07-09 10:53:40 党建\n"
            "在市总工会扩大会议上的讲话摘要李某某时间：2020年4月13日今天，我们召开会议。",
            "2020-04-13",
            "2021-07-09",
        ),
        # a news story whose title is no speech keeps its page date
        (
            "干部下沉社区\n发布时间：2023-03-01\n近日（2023年2月20日），某某区召开会议。",
            "2023-03-01",
            None,
        ),
    ],
)
def test_speech_dates(text: str, published: str | None, reposted: str | None) -> None:
    meta = clean_article(article(text)).metadata
    assert (meta.published, meta.reposted) == (published, reposted)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a document host heads the page with the file's name: the name is the title
        (
            "在全市干部作风建设大会上的讲话.doc\n"
            "在全市干部作风建设大会上的讲话 同志们：今天召开大会，部署全市干部作风建设工作。",
            "在全市干部作风建设大会上的讲话",
        ),
        (
            "干部作风建设工作总结.DOCX\n" + BODY + "干部作风建设工作取得成效。",
            "干部作风建设工作总结",
        ),
    ],
)
def test_a_document_file_name_loses_its_extension(text: str, title: str) -> None:
    assert clean_article(article(text)).metadata.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a banner the scraper copied twice over, above the headline: never the headline
        (
            "机关干部下沉社区机关干部下沉社区网格网格\n干部下沉社区网格服务见实效\n" + BODY,
            "干部下沉社区网格服务见实效",
        ),
        (
            "一场自我变革一场自我变革江北江北\n“专班”推动项目提速\n"
            "近日，某某区抽调干部组建工作专班，推动重点项目提速。专班实行挂图作战。",
            "“专班”推动项目提速",
        ),
    ],
)
def test_a_doubled_banner_is_no_headline(text: str, title: str) -> None:
    assert clean_article(article(text)).metadata.title == title


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # teasers cut short under a related-news header are the list's items
        (
            "新闻推荐\n本报某县讯 近日，某县三家民办博物馆正式获省文物部门备案，成为...\n"
            "某县讯 日前，某县召开全县重点项目推进会，会议要求各部门……",
            "",
        ),
        # a full paragraph after the list still stops it
        (
            "新闻推荐\n某县召开全县重点项目推进会...\n"
            "附：本次评比由市委督查室组织，结果将纳入年度综合考核。",
            "附：本次评比由市委督查室组织，结果将纳入年度综合考核。",
        ),
    ],
)
def test_related_teasers_are_dropped(tail: str, kept: str) -> None:
    text = "某市开展项目观摩评比\n" + BODY + "\n" + tail
    cleaned = clean_article(article(text)).text
    assert "博物馆" not in cleaned and "推进会" not in cleaned
    assert cleaned.rstrip().endswith(kept or "解决问题。")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a literary or exam genre in corner brackets is printed as part of the title
        ("【散文】那时的乡镇干部\n" + BODY, "【散文】那时的乡镇干部"),
        ("【随笔】驻村三年\n" + BODY, "【随笔】驻村三年"),
        # ... while a column's name in them is the page's furniture
        ("【基层传真】某某区机关干部下沉社区\n" + BODY, "某某区机关干部下沉社区"),
        # a portal's ticker above the headline is no title
        (
            "滚动新闻: 某某高速计划年底通车   全市经济工作会议召开   某某公路开建\n"
            "党旗领航 勇破难题\n" + BODY,
            "党旗领航 勇破难题",
        ),
    ],
)
def test_kickers_and_tickers(text: str, title: str) -> None:
    more = "\n下沉期间，干部们每周走访群众两次，帮助解决急难愁盼问题30余件。"
    assert clean_article(article(text + more)).metadata.title == title


def test_a_wire_photo_dateline_dates_the_page_and_is_no_title() -> None:
    text = "新华社照片，某某（某省），2015年6月3日\n" + BODY + "\n来源：某某网 编辑：某某"
    meta = clean_article(article(text)).metadata
    assert (meta.title_derived, meta.published) == (True, "2015-06-03")


@pytest.mark.parametrize("mark", ["■", "◆", "▲"])
def test_a_bulleted_line_is_no_headline(mark: str) -> None:
    text = (
        f"{mark}镇里来了工作队\n"
        "“这几年收成怎么样？都能卖出去？”入秋后的某某依旧高温，一群头戴草帽的人顶着烈日，"
        "在某某镇某某村张大姐家的地里与她拉起了家常。\n"
        "开展驻镇帮镇扶村工作，是推进乡村振兴的重要抓手。\n"
        "张大姐眼中这群新面孔，正是由某某区选派的驻镇工作队。"
    )
    # an intertitle over the story: the page shows no headline
    assert clean_article(article(text)).metadata.title_derived


@pytest.mark.parametrize("credit", ["某某融媒记者 张某 摄", "某某日报通讯员 李某 摄"])
def test_a_caption_with_its_outlet_credit_glued_is_no_headline(credit: str) -> None:
    text = (
        f"某某镇渔港的镇村干部在码头巡视防台风工作{credit}\n"
        "8月13日晚，台风来临的前夜，某某镇的镇村干部在码头巡视，24小时全员在岗，"
        "纷纷下沉到乡村、渔港等基层一线，做好防台风准备。\n"
        "在某某村的临时安置点里，年过七旬的何阿伯和老伴正坐在床沿。"
    )
    assert clean_article(article(text)).metadata.title_derived
