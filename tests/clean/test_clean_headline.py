"""Headlines and dates of pages with page furniture, written for these tests and
modelled on real pages of the genre (tests/fixtures/clean/titles/expected.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.clean.headline import choose_title, clean_title
from reporter.models import Article, CleanArticle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean" / "titles"
EXPECTED = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


def cleaned(text: str, name: str = "t") -> CleanArticle:
    return clean_article(Article.from_text(text, name, f"{name}.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headline_and_date(name: str) -> None:
    want = EXPECTED[name]
    art = cleaned((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name)
    meta = art.metadata
    if want.get("derived"):
        assert meta.title_derived
        assert want["title_contains"] in meta.title
    else:
        assert (meta.title, meta.title_derived) == (want["title"], False)
        # the headline opens the text (after its own marker, 题：): nothing of the page
        # above it stays
        assert art.text.split("\n")[0].endswith(meta.title)
    assert (meta.published or "") == want["published"]


@pytest.mark.parametrize(
    "furniture",
    [
        "人民网>>深圳频道",
        "首页 > 正文",
        "网站访问人数：166433937",
        "关注我们",
        "免费邮箱 注册",
        "关闭→",
        "ad9_210*60",
        "data:image",
        "https://",
        "来源：新华社",
        "11:20",
    ],
)
def test_furniture_leaves_the_text(furniture: str) -> None:
    texts = [
        cleaned((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name).text
        for name in ("breadcrumb_counter", "ad_and_data_uri")
    ]
    assert all(furniture not in t for t in texts)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("某某县干部考核办法解读8 [; o H! @9", "某某县干部考核办法解读"),
        ("某某县干部考核9 Y8 f3 E5 k.", "某某县干部考核"),
        ("干部考核2.0", "干部考核2.0"),  # a version number is part of the title
        ("题：干部去哪儿了？", "干部去哪儿了？"),
        ("。？原题：某部选派干部举行交流会", "某部选派干部举行交流会"),
        ("某某区：干部下沉一线解难题人民网", "某某区：干部下沉一线解难题"),
        ("打造高素质干部队伍_灯塔-淄博党建_中共淄博市委组织部", "打造高素质干部队伍"),
    ],
)
def test_clean_title(line: str, title: str) -> None:
    assert clean_title(line) == title


BODY = ["某某县选派干部到一线锻炼，干部在一线接受考察。", "考察结果与提拔使用挂钩。"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["EN", "某某县选派干部到一线锻炼"], "某某县选派干部到一线锻炼"),
        (["地方频道", "正文", "某某县选派干部到一线"], "某某县选派干部到一线"),
        # a banner repeated twice and a name are not headlines
        (["某某县干部一线考察", "某某网", "某某网", "王某某"], "某某县干部一线考察"),
        # a line about something else entirely (spam) is never the headline
        (["免费下载高清电影", "某某县干部到一线"], "某某县干部到一线"),
        (["（相关资料图）"], None),
        (["▲王某为获奖干部颁奖。（李某 摄）"], None),
    ],
)
def test_choose_title(head: list[str], title: str | None) -> None:
    choice = choose_title([*head, *BODY])
    assert (choice.text if choice else None) == title


def test_the_html_title_beats_its_truncated_copy_in_the_text() -> None:
    choice = choose_title(
        ["某某县选派干部……", *BODY], html_title="某某县选派干部到一线锻炼_某某县人民政府网"
    )
    assert choice is not None
    assert (choice.text, choice.index) == ("某某县选派干部到一线锻炼", None)


def test_no_date_is_invented() -> None:
    meta = cleaned("\n".join(["某某县：选派干部到一线", *BODY, "唯实 2018年11期"])).metadata
    assert meta.published is None


def test_derived_title_starts_after_the_time_clause() -> None:
    meta = cleaned(
        "5月19日上午，某某区召开抽调干部动员会，9名干部分赴一线。\n会议提出三点要求。"
    ).metadata
    assert meta.title_derived
    assert meta.title.startswith("某某区召开抽调干部动员会")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline may end with ？: it is not the body
        (
            ["【聚焦】某某县干部下乡住村：干什么？怎么干？", "住村工作组入户走访"],
            "某某县干部下乡住村：干什么？怎么干？",
        ),
        # the site's name and its accounts are not headlines, even repeated
        (
            ["某某县有一支年轻的“领跑团队”", "乡村干部报网", "微信公众号", "乡村干部报网"],
            "某某县有一支年轻的“领跑团队”",
        ),
        # a numbered section heading is not the headline of the page
        (["壹、本质形式不同"], None),
        (["全球快播：某某县干部到一线锻炼"], "某某县干部到一线锻炼"),
        # a farm's label set off by a bar: its scope word and a short word of its own
        (["环球微动态丨某某县重点项目考核获全省通报表扬"], "某某县重点项目考核获全省通报表扬"),
        (["今日快看 | 某某区选派百名干部驻村"], "某某区选派百名干部驻村"),
        # ... but a topical kicker before a bar is printed as part of the headline
        (["战疫先锋丨某某街道党员干部冲在一线"], "战疫先锋丨某某街道党员干部冲在一线"),
        # ... and so is a paper's column named for a habit, not for news
        (["天天学习丨某某县干部培训班办了七十年"], "天天学习丨某某县干部培训班办了七十年"),
    ],
)
def test_choose_title_more(head: list[str], title: str | None) -> None:
    choice = choose_title([*head, *BODY])
    assert (choice.text if choice else None) == title


def test_a_cut_headline_is_completed_below_the_page_list() -> None:
    pages = " ".join(f"{n:02d}版: 干部" for n in range(1, 30))
    choice = choose_title(
        ["某某市 推行干部保障“重点项......", pages, "某某市 推行干部保障“重点项目中心制”", *BODY]
    )
    assert choice is not None
    assert (choice.text, choice.index) == ("某某市 推行干部保障“重点项目中心制”", 2)


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        (["14.12.2018  18:21"], "2018-12-14"),  # day first
        (["成都商报 2017-08-18 01:51 大字"], "2017-08-18"),
        (["2017-11-08 20:21:54王某某等"], "2017-11-08"),
        (["2023-06-01 10:33:33 珠江时报"], "2023-06-01"),
        (["2018-11-29何某某"], "2018-11-29"),
        (["發稿時間:2019-12-26 15:52:48   來源:新華社"], "2019-12-26"),
    ],
)
def test_datelines(lines: list[str], published: str) -> None:
    art = cleaned("\n".join(["某某县：选派干部到一线", *lines, *BODY]))
    assert art.metadata.published == published
    assert all(line not in art.text for line in lines)


def test_the_wire_page_date_is_the_original_when_the_page_is_the_wire() -> None:
    # 中新网 credits itself: its page date is the original publication ...
    own = cleaned(
        "某某省集中选拔年轻干部\n来源：中新网 2011-09-27 编辑：唐某\n"
        "中新网武汉9月26日电 某某省委组织部26日介绍，全省选拔一批年轻干部到基层锻炼。"
    ).metadata
    assert own.published == "2011-09-27"
    # ... while a portal re-posting a Xinhua wire days later keeps the wire's date
    repost = cleaned(
        "某某市选派干部驻村帮扶\n来源：新华网 发布时间：2021-05-14 09:30\n"
        "新华社兰州5月11日电 某某市从机关选派1200余名干部组成驻村工作队。"
    ).metadata
    assert repost.published == "2021-05-11"


def test_the_html_title_wins_over_an_unrelated_head_line() -> None:
    choice = choose_title(["某某县干部", *BODY], html_title="某某县选派干部到一线锻炼 - 某某网")
    assert choice is not None
    assert (choice.text, choice.index) == ("某某县选派干部到一线锻炼", None)


def test_a_speech_title_ends_at_its_salutation() -> None:
    meta = cleaned(
        "2021年在动员大会上的讲话稿同志们：今天是四季度的第一个工作日，我们召开动员大会。\n"
        "经市委常委会研究，决定开展百日冲刺行动。"
    ).metadata
    assert meta.title_derived
    assert meta.title == "2021年在动员大会上的讲话稿"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a main title joined by a dash makes the fuller headline
        (
            ["某某市干部下沉一线纪实", "干部去哪儿了？——某某市干部下沉一线纪实"],
            "干部去哪儿了？——某某市干部下沉一线纪实",
        ),
        # a label in front or words added in front make another line, not a fuller copy
        (["中层干部选拔任用制度", "第一篇：中层干部选拔任用制度"], "中层干部选拔任用制度"),
        (["中层干部选拔任用制度", "某某小学中层干部选拔任用制度"], "中层干部选拔任用制度"),
    ],
)
def test_fuller_copy(head: list[str], title: str) -> None:
    body = [
        "某某市选拔任用中层干部，干部下沉一线。",
        "干部去哪儿了？记者一路追访，某某小学也制定了选拔任用制度。",
    ]
    choice = choose_title([*head, *body])
    assert choice is not None and choice.text == title


def test_a_short_paper_name_news_flash_is_a_byline() -> None:
    art = cleaned(
        "南都讯 记者梁某某 6月14日，某某市委组织部主办的乡村振兴擂台赛举行，两个村荣获一等奖。\n"
        "今年，某某市开展高质量党建引领高质量发展主题活动。"
    )
    assert art.metadata.reporters == ("梁某某",)
    assert art.metadata.title_derived
    assert art.metadata.title.startswith("某某市委组织部主办的乡村振兴擂台赛举行")


def test_a_dated_source_credit_beats_the_hosting_dateline() -> None:
    meta = cleaned(
        "\n".join(
            [
                "某某省选派万名干部挂职锻炼",
                "发布时间：2016-01-05 10:00",
                "来源：四川日报 2015-12-23",
                *BODY,
            ]
        )
    ).metadata
    assert meta.published == "2015-12-23"


def test_an_interview_title_sharing_few_words_beats_its_first_question() -> None:
    choice = choose_title(
        [
            "【访谈】让考核真正成为干事创业的“风向标”——访某市委组织部负责同志",
            "问：今年市里在干部考核方面有哪些新的探索？",
            "答：今年我们突出实绩导向，为每名市管干部建立了实绩档案，组织部门常态化深入一线。",
        ]
    )
    assert choice is not None
    assert choice.text == "让考核真正成为干事创业的“风向标”——访某市委组织部负责同志"


def test_a_slogan_sharing_one_pair_by_chance_is_not_the_headline() -> None:
    choice = choose_title(["打造网上国际投资促进平台", "某某县干部到一线", *BODY])
    assert choice is not None and choice.text == "某某县干部到一线"


@pytest.mark.parametrize(
    "text",
    [
        "0\n【绿园区】打造忠诚干净担当的高素质干部队伍",
        "EN\n某某县干部考核办法解读8 [; o H! @9\n某某县出台干部考核办法，实行纪实档案管理。",
        "首页 > 正文\n题：干部去哪儿了？\n某某市今年选派干部下沉到乡镇和村，干部去哪儿了？",
    ],
)
def test_cleaning_a_cleaned_page_changes_nothing(text: str) -> None:
    once = cleaned(text)
    assert cleaned(once.text).text == once.text


# Head lines modelled on batch5's pages: a dateline and source printed on the headline's
# line behind a feed label, a column label in 【】 with a space, and a summary line that
# is the lead cut mid-clause above the real headline.
@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        (
            "首頁>城市生活 >\n焦點熱訊:某某市提拔318名抗疫一線優秀干部 2022-10-29 09:01:42  "
            "來源:某某網—《某某日報》\n\n全市共在疫情一線選拔任用干部318人,其中正處23名。"
            "某某市把疫情防控一線作為考察識別干部主渠道。",
            "某某市提拔318名抗疫一线优秀干部",
            "2022-10-29",
        ),
        (
            "【抗击疫情 组工风采】某某市委组织部开展专项政治考察\n\n时间:2020年01月30日\n\n"
            "1月29日,某某市委组织部迅速成立6个专项考察组,深入各镇指导疫情防控。"
            "考察组了解干部在疫情防控中的表现。",
            "某某市委组织部开展专项政治考察",
            "2020-01-30",
        ),
        (
            "首页 > 娱乐 > 正文\n\n扶贫不落实 干部须“召回”\n\n"
            "2018-08-06 16:39:38来源:某某时报网\n\n"
            "为切实解决驻村干部选人不优、管理不严等问题,某某省首次明确驻村干部必须\n\n"
            "为切实解决驻村干部选人不优、管理不严等问题,某某省首次明确驻村干部必须“召回”的"
            "负面清单。驻村干部因本人原因被“召回”的,视问题严重程度作出组织调整。",
            "扶贫不落实 干部须“召回”",
            "2018-08-06",
        ),
    ],
)
def test_headline_among_datelines_labels_and_lead_stubs(
    page: str, title: str, published: str
) -> None:
    meta = cleaned(page).metadata
    assert (meta.title, meta.title_derived, meta.published) == (title, False, published)


# Batch 3 and 4 shapes (sentences written here, not copied): a story list's date and an
# ASCII-bracket column label in front of the headline, a content farm's 报道 label, a
# subtitle the body quotes as a clause, and dates given where the old rules did not look:
# in brackets, on an editor's credit line, at the foot in a paper's credit, after a date
# with a glued view count; a URL's folder is no date.
@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        (
            "03.14 某某县某某社区防控不力 三名干部被问责\n\n"
            "某某县某某街道落实防控责任不力，三名干部受到党内警告处分。"
            "县纪委对相关人员进行了通报。",
            "某某县某某社区防控不力 三名干部被问责",
            "",
        ),
        (
            "[动态]“青苗计划”助力年轻干部成长\n\n"
            "近日，某某区“青苗计划”训练营结营，八十名年轻干部在训练营接受实训。"
            "“青苗计划”面向全区年轻干部招募。",
            "“青苗计划”助力年轻干部成长",
            "",
        ),
        (
            "全球报道：2021“最美基层干部”评选揭晓\n\n2021-11-02 某某网512\n\n"
            "11月1日，由市委组织部指导的2021“最美基层干部”颁奖会举行，10人获得称号。"
            "“最美基层干部”评选已举办三届。",
            "2021“最美基层干部”评选揭晓",
            "2021-11-02",
        ),
        (
            "某某市3万余名干部下沉社区\n\n把防控一线作为识别干部的考场\n\n"
            "记者从某某市委组织部了解到，全市共下沉干部3万余人参与社区防控。"
            "下一步，将指导各单位把防控一线作为识别干部的考场。",
            "某某市3万余名干部下沉社区",
            "",
        ),
        (
            "某某区试点党员干部“网上报到”\n日期:[2016/04/12] 作者:[某某党建] 阅读数:\n"
            "区委组织部建立报到制度，要求在职党员干部到社区报到。全区已有两千余名干部报到。",
            "某某区试点党员干部“网上报到”",
            "2016-04-12",
        ),
        (
            "某某新区举办第二期干部“擂台赛”\n\n"
            "编辑:某某某 来源:新区组织部 发布时间:2022-05-09 10:20\n\n"
            "5月9日上午，某某新区举办第二期干部“擂台赛”，12名干部上台比拼。评委现场打分。",
            "某某新区举办第二期干部“擂台赛”",
            "2022-05-09",
        ),
        (
            "某某县开展年轻干部培训\n\n"
            "9月20日，某某县第八期干部大讲堂开讲，该县百余名科级干部参加培训。"
            "大讲堂坚持每月一期。\n(2022年09月22日《某某日报》记者 某某某 通讯员 某某)",
            "某某县开展年轻干部培训",
            "2022-09-22",
        ),
        (
            "某某县召开干部作风调度会\n\n"
            "会议要求各级干部围绕重点项目攻坚。县委组织部对干部作风进行督导。\n"
            "转自:http://news.example.cn/2020-07/15/content_123456.htm(如有侵权,请联系删除)",
            "某某县召开干部作风调度会",
            "",
        ),
    ],
    ids=[
        "list-date",
        "ascii-column",
        "feed-label",
        "body-quotes-subtitle",
        "bracketed-date",
        "editor-line-date",
        "paper-credit-date",
        "url-no-date",
    ],
)
def test_headline_and_date_where_list_pages_and_credits_put_them(
    page: str, title: str, published: str
) -> None:
    meta = cleaned(page).metadata
    assert (meta.title, meta.title_derived, meta.published or "") == (title, False, published)


def test_a_label_before_the_headline_goes_when_the_page_names_the_original() -> None:
    page = (
        "聚焦基层一线：某某县选派百名干部驻村\n\n原标题：某某县选派百名干部驻村\n\n"
        "近日，某某县选派百名干部驻村开展帮扶工作，驻村时间两年。县委组织部建立了考核档案。"
    )
    assert cleaned(page).metadata.title == "某某县选派百名干部驻村"
