"""Facts: numbers with unit and kind, ranks, their sentences and mechanisms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter.compare.facts import parse_cn_number, sentence_facts
from reporter.compare.model import ArticleAnalysis, Fact

# (sentence, kind, span as written, value, unit, before, after)
FACT_TABLE = [
    ("全县先后选派了56名年轻干部到村任职。", "officials", "56名", 56, "名", None, None),
    ("今年共有1.2万余名党员干部下沉社区。", "officials", "1.2万余名", 12000, "名", None, None),
    ("全年累计培训干部137人次。", "officials", "137人次", 137, "人次", None, None),
    ("城镇新增就业1.48万人。", "count", "1.48万人", 14800, "人", None, None),
    ("干部全脱产3个月参与拆迁。", "duration", "全脱产3个月", 3, "个月", None, None),
    ("挂职时间为三个月。", "duration", "三个月", 3, "个月", None, None),
    ("到指挥部工作的近两年时间里。", "duration", "近两年时间", 2, "年", None, None),
    ("该机制推出仅半年便见成效。", "duration", "仅半年", 0.5, "年", None, None),
    ("全部任务一年半完成。", "duration", "一年半", 1.5, "年", None, None),
    ("各部门一把手每月到窗口办公。", "frequency", "每月", 30, "天", None, None),
    ("考核结果每季度通报一次。", "frequency", "每季度", 91, "天", None, None),
    ("专班每两周调度一次。", "frequency", "每两周", 14, "天", None, None),
    ("挂职干部每半月报告一次。", "frequency", "每半月", 15, "天", None, None),
    ("处置率达82.9%。", "percentage", "82.9%", 82.9, "%", None, None),
    ("规上企业百分之百复工。", "percentage", "百分之百", 100, "%", None, None),
    ("满意度提高了12.5个百分点。", "percentage", "12.5个百分点", 12.5, "百分点", None, None),
    ("片区面积28.5平方公里。", "area", "28.5平方公里", 28.5, "平方公里", None, None),
    ("拆除违建240多万平米。", "area", "240多万平米", 2_400_000, "平方米", None, None),
    ("争取资金1200万元。", "money", "1200万元", 12_000_000, "元", None, None),
    (
        "完成率从派驻前的30%提升到派驻后的83%。",
        "change", "从派驻前的30%提升到派驻后的83%", 83, "%", 30, 83,
    ),
    ("办理时间由5天缩短至2天。", "change", "由5天缩短至2天", 2, "天", 5, 2),
    # forms of the genre, checked on the held-out articles
    ("从机关选派120名优秀年轻干部驻村。", "officials", "120名", 120, "名", None, None),
    ("全市累计下沉机关干部2.3万人次。", "officials", "2.3万人次", 23000, "人次", None, None),
    ("去年以来提拔使用35人。", "officials", "35人", 35, "人", None, None),
    ("其中处级干部19名。", "officials", "19名", 19, "名", None, None),
    ("其中从县直部门到乡镇任职的89名。", "officials", "89名", 89, "名", None, None),
    ("对其中3名给予诫勉处理。", "officials", "3名", 3, "名", None, None),
    ("组建党员突击队516支。", "count", "516支", 516, "支", None, None),
    ("共查处作风问题112起。", "count", "112起", 112, "起", None, None),
    ("挂职锻炼为期半年。", "duration", "为期半年", 0.5, "年", None, None),
    ("专项考察每半年开展一次。", "frequency", "每半年", 182, "天", None, None),
    ("人均网络学习50学时。", "duration", "50学时", 50, "学时", None, None),
    (
        "排名由原来的第15位跃升至第3位。",
        "change", "由原来的第15位跃升至第3位", 3, "名次", 15, 3,
    ),
    (
        "收入从2021年的8万元增长到2023年的56万元。",
        "change", "从2021年的8万元增长到2023年的56万元", 560_000, "元", 80_000, 560_000,
    ),
    (
        "开办时间由原来的3个工作日压缩至0.5个工作日。",
        "change", "由原来的3个工作日压缩至0.5个工作日", 0.5, "个工作日", 3, 0.5,
    ),
    # (the age limit is a fact of its own: tests/compare/test_compare_fact_units.py)
    ("选派110名35岁以下年轻干部。", "officials", "110名", 110, "名", None, None),
    ("第3批共5名干部。", "officials", "5名", 5, "名", None, None),  # 第3批 is an ordinal
    ("指挥部实行一季一评比。", "frequency", "一季一", 91, "天", None, None),
    ("考核事项由去年的186项压减至97项。", "change", "由去年的186项压减至97项", 97, "项", 186, 97),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "written", "value", "unit", "before", "after"), FACT_TABLE
)
def test_sentence_facts(
    text: str,
    kind: str,
    written: str,
    value: float,
    unit: str,
    before: float | None,
    after: float | None,
) -> None:
    # ranks and ages (which say who) are checked in their own tests
    found = [(w, s) for w, s in sentence_facts(text) if s.kind != "rank" and s.counts != "岁"]
    assert [w for w, _ in found] == [written]
    span = found[0][1]
    assert span.value == pytest.approx(value)
    assert (span.kind, span.unit, span.before, span.after) == (kind, unit, before, after)


@pytest.mark.parametrize(
    "text",
    [
        "2018年6月27日,记者在现场看到。",  # dates are not durations
        "新的一天又开始了,安置区一天天建成。",  # 一天 as a phrase
        "十九大报告提出,要培养年轻干部。",  # numerals without units
        "今年上半年,工作稳步推进。",  # 上半年 is a period, not a duration
        "从2019年增长到2023年。",  # years are not the ends of a change
        "排名前10位的镇街确定为优秀，后3位的约谈。",  # positions, not counts
    ],
)
def test_no_number_facts(text: str) -> None:
    assert [w for w, s in sentence_facts(text) if s.kind != "rank"] == []


@pytest.mark.parametrize(
    ("text", "written", "approximate"),
    [
        ("每年新录用公务员100人左右。", "100人", True),
        ("全市拆除违建约390万平方米。", "390万平方米", True),
        ("超过3000名党员干部下沉社区。", "3000名", True),
        ("群众满意率达到95%以上。", "95%", True),
        ("处置率达82.9%。", "82.9%", False),  # 达 "reached": exact
        ("选派120名优秀年轻干部。", "120名", False),
        ("每名服务专员联系1至3家企业。", "1至3家", True),  # a range: upper end
        ("挂职时间一般为1至2年。", "1至2年", True),
    ],
)
def test_hedged_numbers_are_approximate(text: str, written: str, approximate: bool) -> None:
    spans = {w: s for w, s in sentence_facts(text) if s.kind != "rank"}
    assert spans[written].approximate is approximate


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("抽调了90名处级、科级干部。", ["处级", "科级"]),
        ("116名一线处科级干部得到提拔重用。", ["处级/科级"]),
        ("12名区级领导登台打擂。", ["区级领导"]),
        ("各单位一把手和年轻干部参加。", ["一把手", "年轻干部"]),
    ],
)
def test_ranks(text: str, labels: list[str]) -> None:
    assert [s.label for _, s in sentence_facts(text) if s.kind == "rank"] == labels


@pytest.mark.parametrize(
    ("cn", "value"),
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("两", 2), ("一百二十", 120),
     ("三千", 3000), ("一千零五", 1005), ("二十五", 25)],
)  # fmt: skip
def test_parse_cn_number(cn: str, value: int) -> None:
    assert parse_cn_number(cn) == value


_DIGITS = "零一二三四五六七八九"


def _to_cn(n: int) -> str:
    """Independent reference: the standard reading of 1..9999."""
    out, zero = "", False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // div % 10
        if d:
            if zero and out:
                out += "零"
            out += _DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


@given(st.integers(min_value=1, max_value=9999))
def test_parse_cn_number_roundtrip(n: int) -> None:
    assert parse_cn_number(_to_cn(n)) == n


def _find(analysis: ArticleAnalysis, text: str, kind: str) -> list[Fact]:
    return [f for f in analysis.facts if f.text.endswith(text) and f.kind == kind]


# Facts the issue names, with the mechanism each must be linked to.
SEED_FACTS = [
    ("000_7ecb8a50a2b68392", "1628名", "officials", 1628, "frontline_rotation"),
    ("000_7ecb8a50a2b68392", "116名", "officials", 116, "merit_promotion"),
    ("001_fdf18b7b7cde6f83", "90名", "officials", 90, "frontline_rotation"),
    ("001_fdf18b7b7cde6f83", "全脱产3个月", "duration", 3, "frontline_rotation"),
    ("002_640841af2d42bf82", "129名", "officials", 129, "frontline_rotation"),
    ("002_640841af2d42bf82", "4000多名", "officials", 4000, "frontline_rotation"),
    ("003_cddb78661fbf8839", "137人次", "officials", 137, "frontline_rotation"),
]


@pytest.mark.parametrize(("article_id", "text", "kind", "value", "mechanism"), SEED_FACTS)
def test_seed_facts(
    seed_analyses: dict[str, ArticleAnalysis],
    article_id: str,
    text: str,
    kind: str,
    value: float,
    mechanism: str,
) -> None:
    facts = _find(seed_analyses[article_id], text, kind)
    assert facts, f"{text} not found"
    fact = facts[0]
    assert fact.value == value
    assert text in fact.sentence
    assert mechanism in fact.mechanism_ids


def test_seed_change_30_to_83(seed_analyses: dict[str, ArticleAnalysis]) -> None:
    changes = [f for f in seed_analyses["001_fdf18b7b7cde6f83"].facts if f.kind == "change"]
    assert [(f.before, f.after, f.unit) for f in changes] == [(30, 83, "%")]
    assert "土地整备任务量" in changes[0].sentence
    assert "frontline_rotation" in changes[0].mechanism_ids
    # the numbers of a change are not listed again as percentages
    assert not [
        f
        for f in seed_analyses["001_fdf18b7b7cde6f83"].facts
        if f.kind == "percentage" and f.sentence_index == changes[0].sentence_index
    ]


def test_fact_sentences_are_the_documents(
    seed_docs: dict[str, object], seed_analyses: dict[str, ArticleAnalysis]
) -> None:
    for article_id, analysis in seed_analyses.items():
        doc = seed_docs[article_id]
        for f in analysis.facts:
            assert f.article_id == article_id
            assert f.sentence == doc.sentences[f.sentence_index].text  # type: ignore[attr-defined]
            if f.kind == "rank":
                assert f.value is None and f.label
            else:
                assert f.value is not None and f.unit
        indexes = [f.sentence_index for f in analysis.facts]
        assert indexes == sorted(indexes)


def test_facts_link_only_present_mechanisms(seed_analyses: dict[str, ArticleAnalysis]) -> None:
    for analysis in seed_analyses.values():
        present = {d.mechanism_id for d in analysis.detections if d.present}
        for f in analysis.facts:
            assert set(f.mechanism_ids) <= present
