"""The primary locality on short pages shaped like batch 6-8 failures (issue 16): the
province behind a provincial paper's county examples, a province written 河南 or 河北, a
company named after its province. Each sentence written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import unnamed_organ_levels
from reporter.text.gazetteer import find_places
from tests.helpers import primary_locality_of
from tests.scale.conftest import load_bench_module


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the provinces' usual short forms are the provinces, not river banks
        ("近年来，河南纪检监察机关持续为干部澄清正名", ["河南省"]),
        ("河北选派千名干部驻村帮扶", ["河北省"]),
        # ... while a word crossing them keeps them words
        ("黄河南岸的村庄里，干部们正在巡堤", []),
        ("运河北岸新建了一座公园", []),
        # a registered company name opens with its province: the firm, not the province
        ("河北鑫达钢铁有限公司今日开工", []),
        ("湖南天岳能源股份有限公司签约", []),
        # a place phrase before the suffix is the place again
        ("河北省属国有企业", ["河北省"]),
    ],
)
def test_province_short_forms_and_company_names(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial paper's report: two counties' examples, neither the subject
        (
            "为担当者撑腰\n近日，在南阳市西峡县召开的澄清正名会上，受诬告的村干部卸下包袱。"
            "这是河南纪检监察机关为干部澄清正名的实践。\n"
            "近年来，河南纪检监察机关把澄清正名作为净化政治生态的举措。\n"
            "西峡县纪委监委建立按月排查机制；固始县纪委监委构建闭环机制。\n"
            "省纪委监委负责人表示，将持续推进。",
            "河南省",
        ),
        # two counties named equally often under their province: the province
        (
            "干部澄清正名工作综述\n近日，湖北省纪委监委召开澄清正名推进会。\n"
            "郧西县纪委监委建立按月排查机制，郧西县澄清12人；"
            "通山县纪委监委构建闭环机制，通山县澄清9人。",
            "湖北省",
        ),
        # one county far ahead of the others is the subject
        (
            "西峡县为担当者撑腰\n近日，西峡县纪委监委召开澄清正名会。西峡县建立按月排查"
            "机制，西峡县各乡镇配合，固始县派员观摩。西峡县将持续推进。",
            "西峡县",
        ),
    ],
)
def test_county_examples_in_a_provincial_report(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # the division writing of itself opens the lead: its own level acts first
        ("日前，我州在州委党校举办年轻干部培训班。今年，省委决定实施递进培养计划。", ("州", "省")),
        ("近日，我县选派40名干部驻村。", ("县",)),
        ("今年以来，我市组织干部到项目一线。", ("市",)),
        # a place right after it: the reference only locates that place
        ("近日，我省邓州市选派干部下沉一线。", ()),
    ],
)
def test_self_references_are_unnamed_organs(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels


def test_a_prefecture_writing_of_itself_is_not_its_province(tmp_path: Path) -> None:
    # the province's plan is background: 我州 acts, the province is not the actor
    text = (
        "我州举办年轻干部培训班\n日前，我州在州委党校举办年轻干部培训班。"
        "据州委组织部介绍，今年，省委决定实施执政骨干培养计划，我州结合省委部署和"
        "阿坝实际，遴选年轻干部50名参训。\n阿坝州将跟踪培训成效。"
    )
    assert primary_locality_of(tmp_path, text) == "阿坝藏族羌族自治州"


@pytest.mark.parametrize(
    ("predicted", "label", "same"),
    [
        # an autonomous prefecture's full name and its usual short form are one place
        ("阿坝藏族羌族自治州", "阿坝州", True),
        ("黔西南布依族苗族自治州", "黔西南州", True),
        ("威宁彝族回族苗族自治县", "威宁县", True),
        ("大理白族自治州", "大理白族自治州", True),
        # ... but 州 ends ordinary names too: two cities stay two
        ("广州市", "杭州市", False),
        ("甘孜藏族自治州", "四川省", False),
    ],
)
def test_the_scorer_reads_autonomous_short_forms(predicted: str, label: str, same: bool) -> None:
    quality = load_bench_module("quality")
    assert quality.place_match(predicted, label) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province only locates the prefecture that acts (a path): the prefecture
        (
            "贵州干部不作为被召回培训\n为治理懒政，贵州省黔西南州推出不胜任现职干部召回制度，"
            "已有百余名干部被召回。黔西南州的做法被贵州省委组织部列为课题。",
            "黔西南布依族苗族自治州",
        ),
        # a city and its district in the title: the district is the subject
        (
            "南京市鼓楼地区召开人大代表座谈会\n12月17日，南京市鼓楼地区人大代表座谈会召开，"
            "鼓楼区人大代表建言献策。江苏省有关部门负责人到会。",
            "鼓楼区",
        ),
        # a province named on its own as the subject stays the province
        (
            "贵州选派干部驻村\n近日，贵州选派三千名干部驻村帮扶。贵州省委组织部要求，"
            "各地做好保障。黔西南州选派二百名。",
            "贵州省",
        ),
    ],
)
def test_a_place_locating_the_next_is_no_actor(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street office named after its street, opening the clause: it acts
        (
            "新华大街街道开展社区书记擂台比武\n本报讯 近日，新华大街街道开展社区党组织书记"
            "擂台比武，12名书记登台晾晒成绩。",
            "新华大街街道",
        ),
        # a town after its county, the pair opening the clause: the town acts
        (
            "为提升村干部履职本领。5月10日上午，宿松县洲头乡举办村书记擂台比武，"
            "各村书记登台比拼，镇班子成员担任评委。",
            "洲头乡",
        ),
        # the same town named mid-clause as a venue of the county's work: the county
        (
            "宿松县举办村书记擂台比武\n5月10日，宿松县组织各乡镇村书记登台比拼，比武设在"
            "宿松县洲头乡举办。宿松县委组织部点评。",
            "宿松县",
        ),
    ],
)
def test_towns_opening_a_clause(tmp_path: Path, text: str, expected: str) -> None:
    assert primary_locality_of(tmp_path, text) == expected
