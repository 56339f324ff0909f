"""Pages that are no news, whatever mechanism words they carry: an explainer filing a
word under a kind (挂职是培养干部的一种方式), a journal paper's abstract and keywords, an
essay's examples from places left unnamed, a reposted novel spun with synonyms (俄然,
奥秘地说); and their controls, news that quotes a practice's name or shows a wave.

Every text is written anew in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import MakeDocument

_EXPLAINERS = [
    "挂职是我国培养干部的一种方式，通常是把干部派到上级或下级机关任职。\n"
    "到基层去挂职是锻炼干部的一种常见方式，期限一般为一到两年。\n"
    "挂职结束后，干部回原单位工作。",
]

_NEWS = [
    # a practice of the place filed under a kind by its quoted name
    "本报讯 近日，某县召开干部夜校开班仪式。\n"
    "“干部夜校”是该县培训年轻干部的一种方式，每周一期。\n"
    "今年以来，全县已举办夜校20期，培训干部800人次。",
]


@pytest.mark.parametrize("text", _EXPLAINERS)
def test_a_definition_by_kind_makes_an_explainer(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == "explainer", verdict
    assert "一种方式" in verdict.markers, verdict


@pytest.mark.parametrize("text", _NEWS)
def test_a_quoted_practice_filed_by_kind_stays_news(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict


_NOT_NEWS: list[tuple[str, str]] = [
    (
        "academic",
        "[摘 要] 干部交流是优化领导班子结构、提升干部能力的重要举措。\n"
        "[关键词] 领导干部；交流；轮岗\n[中图分类号] D63\n"
        "领导干部跨部门交流有利于开阔干部眼界，增强综合素质。",
    ),
    (
        "explainer",
        "驻村工作队的表现因派出单位不同而有差异。\n"
        "例如，某省工作队引入专项资金，半年内建成3个产业基地。\n"
        "小单位驻村队员可直接向一把手汇报，如某县林业局工作队发现虫害后当天就请来专家。",
    ),
]


@pytest.mark.parametrize(("kind", "text"), _NOT_NEWS)
def test_a_paper_or_essay_is_no_news(make_document: MakeDocument, kind: str, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict


_SPUN_NOVEL = (
    "他挥挥手说：“先别急，打个电话问问，王县长是不是去你们村了？”\n"
    "李萍迷惑地说：“应该没去吧。”她俄然抬高声音，奥秘地说：“我传闻县里要调整班子。”\n"
    "县里干部，每人都有一两个联系点，平常有空就下去蹲点。"
)


def test_a_spun_novel_is_fiction(make_document: MakeDocument) -> None:
    verdict = genre.judge(make_document(_SPUN_NOVEL))
    assert verdict.genre == "fiction", verdict


def test_a_feature_with_a_wave_stays_news(make_document: MakeDocument) -> None:
    text = (
        "5月8日，记者来到某县某村，驻村第一书记王某正在田间查看秧苗。\n"
        "“今年的收成错不了！”王某挥挥手，招呼村民一起干活。该县今年选派86名干部驻村。"
    )
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
