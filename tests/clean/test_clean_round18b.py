"""Causes that batches 61-62 showed at first sight (round 18b): a forum's anti-scraping
jammer that eats the bracket closing the text before it and hides a dateline by gluing a
letter to its year, a credit block closed by 报道 run into the lead, a casino's Chinese
brand injected into a sentence, and an SEO keyword put before a headline with an
underscore.  Every line is written for the test in the genre's style (names and numbers
invented)."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article, clean_text
from reporter.clean.plausibility import drop_implausible_spans
from reporter.clean.steps import remove_boilerplate_spans, title_without_site
from reporter.models import Article


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # the jammer right after a bracket the text closes: the bracket stays
        ("干部要担当作为(短评·某某) , M- w i5 H8 |7 O# |# c", "干部要担当作为(短评·某某)"),
        (
            "会在叫好声中倒塌。(反面论证,一语中的) $ \\) B$ u* H% T; T/ f( S",
            "会在叫好声中倒塌。(反面论证,一语中的)",
        ),
        # ... a closing bracket the text did not open is the jammer's
        ("会上提出要求) $ \\) B$ u* H% 。", "会上提出要求。"),
        # the jammer's last letter glued to the dateline's year goes with it
        ("- L5 Q/ \\7 h: d2019年03月05日06:10 来源：某某网", "2019年03月05日06:10 来源：某某网"),
    ],
)
def test_a_jammer_keeps_the_text_around_it(text_in: str, expected: str) -> None:
    assert drop_implausible_spans(text_in) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "□本报记者王某某、通讯员李某报道近日来，市委组织部深入防控一线考察识别干部。",
            "近日来，市委组织部深入防控一线考察识别干部。",
        ),
        ("□记者 王某某 通讯员 李某 报道某镇干部集体下沉村组。", "某镇干部集体下沉村组。"),
        (
            "通讯员王某某、特约记者李某某报道：近期，某县组建4支招商小分队。",
            "近期，某县组建4支招商小分队。",
        ),
        (
            "本报记者王某报道 省委出台三项机制以来，某区选准用好干部。",
            "省委出台三项机制以来，某区选准用好干部。",
        ),
        # a sentence that reports what a reporter reported stays
        ("记者王某报道了某县干部驻村的做法。", "记者王某报道了某县干部驻村的做法。"),
    ],
)
def test_a_credit_block_closed_by_reported_is_cut_from_the_lead(text: str, expected: str) -> None:
    assert remove_boilerplate_spans(text) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "3月27日，中国申博太阳城某某公司党总支在项目现场成立党员突击队。",
            "3月27日，某某公司党总支在项目现场成立党员突击队。",
        ),
        ("立博官网首页“乡亲们，家乡再次需要您。”", "“乡亲们，家乡再次需要您。”"),
        # the same characters in their other senses stay
        ("某市申博成功后，抽调30名干部组建专班。", "某市申博成功后，抽调30名干部组建专班。"),
        ("某区设立博士后工作站，引进人才12名。", "某区设立博士后工作站，引进人才12名。"),
    ],
)
def test_a_casino_brand_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "防疫干部考察组_市委组织部：全力做好疫情防控一线考察识别干部工作",
            "市委组织部：全力做好疫情防控一线考察识别干部工作",
        ),
        # a headline of the same form with the site after it keeps the headline
        (
            "某某区：坚持在重大项目一线考察干部_灯塔-某某党建_中共某某市委组织部",
            "某某区：坚持在重大项目一线考察干部",
        ),
        # a column label before a bar is the headline's own
        (
            "敢闯敢干 唯实争先 | 某区：“赛马比拼”跑出加速度",
            "敢闯敢干 唯实争先 | 某区：“赛马比拼”跑出加速度",
        ),
    ],
)
def test_an_seo_keyword_before_the_headline_is_cut(line: str, expected: str) -> None:
    assert title_without_site(line) == expected


def test_a_dateline_behind_a_jammer_is_read() -> None:
    raw = (
        "干部要担当作为(短评·某某) , M- w i5 H8 |7 O# |# c\n"
        '- L5 Q/ \\7 h: d2019年03月05日06:10 来源：某某网 $ L( O% k+ _" P\n'
        "日前，某市统一印制《工作手册》，取代过去不同部门印制的4个本子，基层干部减负。\n"
    )
    clean = clean_article(Article("j", "j.txt", raw, "utf_8", "text/plain", "0" * 64))
    assert clean.metadata.published is not None
    assert str(clean.metadata.published)[:10] == "2019-03-05"
    assert clean.metadata.title == "干部要担当作为（短评·某某）"
