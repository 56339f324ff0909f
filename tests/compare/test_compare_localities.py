"""Evidence and facts carry the locality the text says they are about."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from reporter import compare
from reporter.compare.facts import extract_facts
from reporter.compare.localities import counted_place, sentence_places
from reporter.compare.model import ArticleAnalysis
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document

CITY = "002_640841af2d42bf82"


def _gazetteer_available() -> bool:
    try:
        from reporter.text import gazetteer  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


needs_gazetteer = pytest.mark.skipif(
    not _gazetteer_available(), reason="reporter.text.gazetteer has not landed yet"
)


@needs_gazetteer
@pytest.mark.parametrize(
    ("locality", "kind", "text"),
    [
        ("胶州市", "officials", "129名"),
        ("莱西市", "officials", "4000多名"),
        ("西海岸新区", "officials", "42位"),
        ("市南区", "officials", "23名"),
        ("城阳区", "frequency", "每月"),
        ("崂山区", "money", "30亿元"),
    ],
)
def test_city_article_facts_carry_districts(
    seed_analyses: dict[str, ArticleAnalysis], locality: str, kind: str, text: str
) -> None:
    facts = [f for f in seed_analyses[CITY].facts if f.kind == kind and f.text == text]
    assert facts, text
    assert facts[0].locality == locality


@needs_gazetteer
@pytest.mark.parametrize(
    ("mechanism", "locality", "words"),
    [
        ("frontline_rotation", "胶州市", "129名"),
        ("role_experience", "城阳区", "窗口"),
        ("leaderboard", "西海岸新区", "擂台比武"),
        ("merit_promotion", "市南区", "提拔"),
    ],
)
def test_city_article_evidence_carries_districts(
    seed_analyses: dict[str, ArticleAnalysis], mechanism: str, locality: str, words: str
) -> None:
    evidence = seed_analyses[CITY].detection(mechanism).evidence
    assert any(e.locality == locality and words in e.text for e in evidence), [
        (e.locality, e.text[:30]) for e in evidence
    ]


@needs_gazetteer
def test_city_article_comparison_rows_per_district(
    seed_alignment: compare.model.Alignment,
) -> None:
    rows = {r.locality for c in seed_alignment.comparisons for r in c.rows if CITY in r.article_ids}
    assert {"崂山区", "西海岸新区", "胶州市", "莱西市", "城阳区", "市南区"} <= rows


@dataclass(frozen=True)
class _Place:
    name: str
    level: str
    start: int
    end: int


def _finder(names: dict[str, str]) -> Callable[[str], list[_Place]]:
    """A stand-in gazetteer that knows only ``names`` (name -> level)."""

    def find(text: str) -> list[_Place]:
        out = []
        for name, level in names.items():
            at = text.find(name)
            while at >= 0:
                out.append(_Place(name, level, at, at + len(name)))
                at = text.find(name, at + 1)
        return sorted(out, key=lambda p: p.start)

    return find


PLACES = {"青岛市": "city", "崂山区": "district", "梅河口市": "district", "龙岗区": "district"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the most specific place a sentence names
        ("青岛市崂山区选派干部。", ["崂山区"]),
        # no place: nearest before in the paragraph, else the primary locality
        ("崂山区选派干部。他们到一线。\n干部得到锻炼。", ["崂山区", "崂山区", "龙岗区"]),
        # a destination is not the actor: the primary locality's officials went there
        ("全区干部赴梅河口市对标学习。", ["龙岗区"]),
        # no place before in the paragraph: the first named after it
        ("干部得到锻炼。青岛市表彰了他们。", ["青岛市", "青岛市"]),
    ],
)
def test_sentence_places_rules(
    text: str, expected: list[str], make_document: Callable[..., Document]
) -> None:
    doc = make_document(text, primary="龙岗区")
    places = sentence_places(doc, _finder(PLACES))
    assert [p.locality for p in places] == expected


def test_destinations_kept_apart(make_document: Callable[..., Document]) -> None:
    doc = make_document("全区干部赴梅河口市对标学习。", primary="龙岗区")
    (place,) = sentence_places(doc, _finder(PLACES))
    assert place.destinations == ("梅河口市",) and place.named is None


def test_analyze_uses_the_given_finder(
    taxonomy: Taxonomy, make_document: Callable[..., Document]
) -> None:
    doc = make_document("今年6月，崂山区选派129名优秀干部到项目一线挂职锻炼。", primary="青岛市")
    analysis = compare.analyze(doc, taxonomy, find_places=_finder(PLACES))
    detection = analysis.detection("frontline_rotation")
    assert detection.present and detection.evidence[0].locality == "崂山区"
    (count,) = [f for f in analysis.facts if f.kind == "officials"]
    assert count.locality == "崂山区"


ACTORS = {"广州市": "city", "深圳市": "city", "龙岗区": "district", "南沙区": "district"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison, a venue or an example is not who acted (广州市 once got 深圳's 90名)
        ("学习广州市经验，深圳市选派90名干部。", "深圳市"),
        ("借鉴广州市做法，深圳市选派90名干部。", "深圳市"),
        ("在广州市举办培训期间，深圳市选派90名干部。", "深圳市"),
        ("广州市等地已有先例，深圳市选派90名干部。", "深圳市"),
        # the subject acts on a more specific place it names
        ("深圳市选派90名干部支援龙岗区。", "深圳市"),
        # ... and a district right after its city is still the subject
        ("深圳市龙岗区选派90名干部到南沙区挂职。", "龙岗区"),
    ],
)
def test_the_actor_not_a_comparison_or_venue(
    text: str, expected: str, make_document: Callable[..., Document]
) -> None:
    doc = make_document(text, primary=None)
    (place,) = sentence_places(doc, _finder(ACTORS))
    assert place.locality == expected


@pytest.mark.parametrize(
    ("sentence", "number", "locality", "expected"),
    [
        # a whole level named before the number: that level's total, not the county's
        (
            "全省3100多名驻村第一书记已全部到岗，某某村第一书记张某当天就赶回村里。",
            "3100多名",
            "霞浦县",
            "福建省",
        ),
        ("全省各级共选派驻村第一书记2600多名，覆盖所有脱贫村。", "2600多名", "古田县", "福建省"),
        (
            "疫情发生后，全市累计下沉机关干部1.2万名，由区里统一调配。",
            "1.2万名",
            "崂山区",
            "青岛市",
        ),
        ("全州统筹选派800名机关干部担任第一书记。", "800名", "泸定县", "甘孜藏族自治州"),
        # the level of the place itself, or a rank among its peers: the place's own number
        ("全省选派驻村干部5000余名。", "5000余名", "福建省", "福建省"),
        ("全市选派300名年轻干部到重点项目一线锻炼。", "300名", "晋江市", "晋江市"),
        ("该县在全省率先选派60名干部驻企服务。", "60名", "霞浦县", "霞浦县"),
        ("选派人数居全省第一，共有120名干部下沉一线。", "120名", "霞浦县", "霞浦县"),
        # 全区 in a county of an autonomous region is the region; a district's own 全区,
        # or one under a prefecture called 地区, is its own
        ("全区每年选派1.5万名干部驻村，帮助群众发展生产。", "1.5万名", "林周县", "西藏自治区"),
        ("全区选派300名干部下沉社区。", "300名", "江北区", "江北区"),
        ("全区选派300名干部下沉社区。", "300名", "和田县", "和田县"),
        # a scope opening the sentence, no place named before the number
        (
            "自2015年全区开展驻村工作以来，每年都有1万多名干部进驻各行政村。",
            "1万多名",
            "林周县",
            "西藏自治区",
        ),
        # another clause naming the place, or a scope far before the number: the place's
        ("全省推进驻村帮扶工作，霞浦县选派80名干部驻村。", "80名", "霞浦县", "霞浦县"),
        ("霞浦县选派90名干部驻村。", "90名", "霞浦县", "霞浦县"),
    ],
)
def test_a_scope_word_credits_a_number_to_the_level_it_names(
    sentence: str, number: str, locality: str, expected: str
) -> None:
    assert counted_place(sentence, sentence.index(number), locality) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "locality", "expected"),
    [
        # the place right after the count names whose officials they are; the route or
        # the destination named later in the sentence sent nobody
        (
            "当日，86名甘肃省直机关干部乘坐兰州开往陇南的列车，奔赴各县乡村。",
            "86名",
            "兰州市",
            "甘肃省",
        ),
        ("近日，45名贵阳市机关干部来到毕节市各乡镇驻村。", "45名", "毕节市", "贵阳市"),
        # no place right after the number: the sentence's own place
        ("兰州市选派86名干部奔赴陇南乡村。", "86名", "兰州市", "兰州市"),
        ("选派86名机关干部奔赴陇南市乡村。", "86名", "甘肃省", "甘肃省"),
    ],
)
def test_a_place_right_after_a_count_names_whose_people_it_counts(
    sentence: str, number: str, locality: str, expected: str
) -> None:
    start = sentence.index(number)
    assert counted_place(sentence, start, locality, start + len(number)) == expected


def test_a_province_total_in_a_county_story_is_no_county_fact() -> None:
    """The fact keeps the province, so no ranking of deployments credits the county."""
    sentences = ["全省3100多名驻村第一书记已全部到岗，霞浦县另选派40名干部下沉一线。"]
    facts = extract_facts("a", sentences, [("frontline_rotation",)], ["霞浦县"])
    counts = [(f.text, f.locality) for f in facts if f.kind == "officials"]
    assert counts == [("3100多名", "福建省"), ("40名", "霞浦县")]
