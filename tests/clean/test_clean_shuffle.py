"""Pieces of the headline injected at clause starts by an anti-scraping script (batch 13
at first sight: ``，川组参全记者从省委组织部获悉``).  The articles are written for these
tests in the genre's style; the pieces are characters of their headlines, out of order."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text
from reporter.clean.shuffle import drop_headline_shuffle

HEADLINE = "江北区选派两百名年轻干部下沉一线 助推重点项目攻坚"
BODY = (
    "近日，北派年记者从区委组织部获悉，区两轻沉江北区选派两百名年轻干部到重点项目一线，"
    "选百干一参与征地拆迁和企业服务。\n"
    "区委组织部相关负责人介绍，北派年这批干部平均年龄31岁，推点攻均有两年以上基层经历。"
    "区两轻沉下一步，该区将对表现突出的干部优先提拔使用，选百干一并建立纪实档案。\n"
    "去年，推点攻该区首批选派80名干部下沉一线，反响积极。"
)
CLEAN = (
    "近日，记者从区委组织部获悉，江北区选派两百名年轻干部到重点项目一线，"
    "参与征地拆迁和企业服务。\n"
    "区委组织部相关负责人介绍，这批干部平均年龄31岁，均有两年以上基层经历。"
    "下一步，该区将对表现突出的干部优先提拔使用，并建立纪实档案。\n"
    "去年，该区首批选派80名干部下沉一线，反响积极。"
)


def test_the_pieces_are_cut() -> None:
    assert drop_headline_shuffle(f"{HEADLINE}\n{BODY}") == f"{HEADLINE}\n{CLEAN}"


def test_the_whole_cleaning_cuts_them() -> None:
    cleaned = clean_text(f"{HEADLINE}\n\n{BODY}")
    for piece in ("北派年", "区两轻沉", "选百干一", "推点攻"):
        assert piece not in cleaned
    assert "江北区选派两百名年轻干部到重点项目一线" in cleaned


@pytest.mark.parametrize(
    "body",
    [
        # the headline's words opening clauses: words, not a shuffle
        "会上，一线干部代表发言。会后，一线干部回到项目现场。同时，重点项目攻坚专班成立。"
        "此外，重点项目推进会每月召开。",
        # one name opening two clauses, and a phrase: too few pieces for a shuffle
        "据悉，江北区选派干部到村。目前，江北区已完成选派。其中，派了两批。随后，派了第三批。",
    ],
    ids=["headline-words", "one-name"],
)
def test_real_text_stays(body: str) -> None:
    text = f"{HEADLINE}\n{body}"
    assert drop_headline_shuffle(text) == text


# Another script cuts the headline into its WORDS and injects those (batch 18 at first
# sight: ``，破解瓶颈梅陇镇与联安镇……``): words, so only their sum gives them away.
WORD_HEADLINE = "三村抱团发展 跑出振兴加速度"


@pytest.mark.parametrize(
    ("body", "clean"),
    [
        (
            "去年以来，三村抱团甲村与乙村打破村界，发展成立联合党委，以产业为纽带整合资源。"
            "跑出加速度一年间，振兴联合党委交出成绩单，发展带动增收200万元。\n"
            "跑出加速度过去，各村各自为战。三村抱团今年，振兴又选派12名干部驻企服务。",
            "去年以来，甲村与乙村打破村界，成立联合党委，以产业为纽带整合资源。"
            "一年间，联合党委交出成绩单，带动增收200万元。\n"
            "过去，各村各自为战。今年，又选派12名干部驻企服务。",
        ),
    ],
)
def test_the_headline_cut_into_words_is_cut(body: str, clean: str) -> None:
    assert drop_headline_shuffle(f"{WORD_HEADLINE}\n{body}") == f"{WORD_HEADLINE}\n{clean}"


@pytest.mark.parametrize(
    "body",
    [
        # an article whose clauses open with two of its headline's words: they use up
        # only part of the headline
        "近日，三村抱团推进产业项目。其中，三村抱团成立合作社。同时，振兴资金到位。"
        "此外，振兴项目开工。",
        # the headline repeated by the page, with the site's name
        f"{WORD_HEADLINE} - 某某新闻网\n正文第一段，三村选派干部。\n{WORD_HEADLINE} - 某某新闻网",
    ],
    ids=["two-words", "headline-copies"],
)
def test_headline_words_in_real_text_stay(body: str) -> None:
    text = f"{WORD_HEADLINE}\n{body}"
    assert drop_headline_shuffle(text) == text


# A third script mixes the two (batches 48 and 54 at first sight: ``、省表隧道劳动精神``
# beside ``，建设集体省政府副省长``): two pieces that form no words, and words of the
# headline joined out of their order, each back at several clause starts.
MIXED_HEADLINE = "江南省表彰跨江大桥建设项目先进集体和个人"


def test_a_mixed_shuffle_is_cut() -> None:
    # 省表跨江 and 彰桥 form no words, 建设集体 joins two words out of order, 桥建 is a
    # scrap of the headline in order; 江南省 opens clauses as the article's own words
    body = (
        "为进一步弘扬劳模精神、省表跨江劳动精神、彰桥工匠精神，建设集体激励广大参建职工接续奋斗，"
        "8月11日上午，江南省总工会在大桥施工现场召开表彰大会。\n"
        "江南省总工会主席某某，建设集体省政府副省长某某出席大会并讲话，桥建工人代表发言。\n"
        "“车辆通过大桥，省表跨江只需要几分钟。桥建但为了这几分钟，彰桥建设者们奋战了整整8年。”"
    )
    clean = (
        "为进一步弘扬劳模精神、劳动精神、工匠精神，激励广大参建职工接续奋斗，"
        "8月11日上午，江南省总工会在大桥施工现场召开表彰大会。\n"
        "江南省总工会主席某某，省政府副省长某某出席大会并讲话，工人代表发言。\n"
        "“车辆通过大桥，只需要几分钟。但为了这几分钟，建设者们奋战了整整8年。”"
    )
    text = f"{MIXED_HEADLINE}\n{body}"
    assert drop_headline_shuffle(text) == f"{MIXED_HEADLINE}\n{clean}"


@pytest.mark.parametrize(
    "body",
    [
        # words of the headline out of their order opening clauses, with one scrap that
        # forms no word: too few non-word pieces for a script
        "会上，建设集体代表发言。会后，建设集体回到工地。同时，先进个人受到表彰。"
        "此外，先进个人代表发言。随后，省表跨江段工程通报进度。会后，省表跨江段复工。",
    ],
    ids=["one-scrap"],
)
def test_reordered_headline_words_stay(body: str) -> None:
    text = f"{MIXED_HEADLINE}\n{body}"
    assert drop_headline_shuffle(text) == text
