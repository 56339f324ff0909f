"""A site's credits glued to the first paragraph (batches 13-14 at first sight): two
outlets sharing one news-flash mark (某某网-某某日报某地讯（记者…）), and the hosting page's
date and source line whose line break the scraper lost (2012-06-29 05:34 来源：某某网为…).
They are cut (kept in the metadata) so they never open a summary sentence.  Sentences
written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean.steps import remove_boilerplate_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "每日某某网-某某日报某地讯（记者王某）近日，某某市选派200名年轻干部到村任职。",
            "近日，某某市选派200名年轻干部到村任职。",
        ),
        (
            "某某新闻网－某某晚报讯 某某区日前成立项目攻坚专班。",
            "某某区日前成立项目攻坚专班。",
        ),
        (
            "2012-06-29 05:34 来源：某某市人民政府公众信息网为隆重纪念建党91周年，"
            "全市创先争优表彰大会于昨日举行。",
            "为隆重纪念建党91周年，全市创先争优表彰大会于昨日举行。",
        ),
        (
            "2021年03月05日 来源：某某日报近日，某某县开展擂台比武。",
            "近日，某某县开展擂台比武。",
        ),
        # a reporter's credit line run into the lead
        (
            "全媒体记者王某摄影报道：10月21日，记者从某某市委组织部获悉，该市选派干部驻村。",
            "10月21日，记者从某某市委组织部获悉，该市选派干部驻村。",
        ),
        # a source the sentence reports, or a credit on a line of its own, is not cut here
        (
            "记者从某某网获悉，某某县选派50名干部驻村。",
            "记者从某某网获悉，某某县选派50名干部驻村。",
        ),
        ("来源：某某网", "来源：某某网"),
        # an app's credits written as label, bar and name, run in after a preview sentence
        (
            "意见为担当的干部撑腰。 撰文 | 王某 来源 | 某某新闻客户端 近日，某某省印发意见。",
            "意见为担当的干部撑腰。 近日，某某省印发意见。",
        ),
        ("编辑｜李某某 某某县选派干部驻村。", " 某某县选派干部驻村。"),
        # a bar inside a sentence after a word that is not a credit label stays
        ("干部要文武兼备，德|才兼备。", "干部要文武兼备，德|才兼备。"),
    ],
    ids=[
        "site-paper-credit",
        "site-paper-space",
        "date-source-site",
        "date-source-paper",
        "reporter-credit",
        "reported",
        "own-line",
        "bar-credits",
        "bar-credit-lead",
        "bar-in-prose",
    ],
)
def test_a_glued_credit_is_cut_from_the_paragraph(text: str, expected: str) -> None:
    assert remove_boilerplate_spans(text) == expected
