"""What a fact counts and the role it plays (issue 16, "Facts misread"), on sentences
modelled on real pages: party members are no cadres, a score's weight is no result, a
deadline and an anniversary are no durations, Chinese numerals are numbers."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from reporter.compare.align import fact_column
from reporter.compare.facts import parse_cn_number, sentence_facts
from reporter.compare.model import Fact

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parents[1] / "fixtures" / "compare" / "fact_roles.toml").read_text("utf-8")
)["case"]


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['written']}" for i, c in enumerate(CASES)])
def test_counts_and_role(case: dict[str, Any]) -> None:
    found = {written: span for written, span in sentence_facts(case["text"])}
    assert case["written"] in found, sorted(found)
    span = found[case["written"]]
    assert span.kind == case["kind"]
    assert span.counts == case["counts"]
    assert (span.counts_detail or "") == case["detail"]
    assert span.role == case["role"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("三百", 300), ("两千", 2000), ("一万二千", 12000), ("十四万", 140000), ("一百二十", 120),
     ("两亿", 200_000_000), ("三千五百万", 35_000_000), ("十", 10)],
)  # fmt: skip
def test_chinese_numerals_to_the_ten_thousands(text: str, value: int) -> None:
    assert parse_cn_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "一名干部说，驻村让他成长。",  # an anecdote, not a statistic
        "建立“一人一档”跟踪培养机制。",
        "比武中获得第三名的干部。",  # a position
        "千名干部进万企活动启动。",  # a slogan
        "坚持“三个一”工作法，落实五项清单，增强“四个意识”。",  # names of practices
    ],
)
def test_chinese_words_that_are_no_head_count(text: str) -> None:
    assert not [w for w, s in sentence_facts(text) if s.kind in ("officials", "count")]


def _fact(text: str, written: str) -> Fact:
    span = dict(sentence_facts(text))[written]
    return Fact(
        "a", 0, span.kind, written, span.value, span.unit, span.before, span.after, (), None,
        text, span.approximate, span.label, span.counts, span.counts_detail, span.role,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "written", "column"),
    [
        ("选派三百名干部驻村开展帮扶。", "三百名", "how_many"),
        ("全市14.1万名在职党员到社区报到。", "14.1万名", None),
        ("现场擂台比武成绩占50%。", "50%", None),
        ("要求两天内到岗。", "两天", None),
        ("近两年来，116名干部得到提拔。", "近两年", None),
        ("驻村时间每月不少于20天。", "20天", "how_long"),
        ("在建党百年之际启动。", "建党百年", None),
        ("干部全脱产3个月参与征地拆迁。", "全脱产3个月", "how_long"),
        ("全县组建党员先锋队8支。", "8支", None),
        ("全区共有行政村85个。", "85个", None),
        ("力争完成投资100亿元。", "100亿元", None),
        ("走访群众1000户。", "1000户", None),
        ("任务量从30%提升到83%。", "从30%提升到83%", "result"),
        ("累计拆除各类建筑240多万平米。", "240多万平米", "result"),
    ],
)
def test_comparison_columns_hold_like_kinds(text: str, written: str, column: str | None) -> None:
    assert fact_column(_fact(text, written)) == column


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [("为庆祝建党100周年，全县开展评选。", "建党100周年", 100.0),
     ("新中国成立70周年之际举行表彰。", "70周年", 70.0)],
)  # fmt: skip
def test_an_anniversary_led_by_words_reads_its_number(
    text: str, written: str, value: float
) -> None:
    """A lexicon anniversary such as 建党100周年 once crashed the build (batch5, 蒙城)."""
    found = dict(sentence_facts(text))
    assert written in found, sorted(found)
    assert found[written].value == value
    assert found[written].role == "anniversary"
