"""Issue 3's done-when checks on the five seed articles in examples/."""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.models import Article, CleanArticle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _article(path: Path) -> Article:
    raw = path.read_bytes()
    return Article(
        id=path.stem,
        source_path=path.as_posix(),
        text=raw.decode("utf-8"),
        encoding="utf_8",
        media_type="text/plain",
        sha256=hashlib.sha256(raw).hexdigest(),
    )


@functools.cache
def seed(prefix: str) -> CleanArticle:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return clean_article(_article(path))


SEEDS = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize(
    ("prefix", "fragment"),
    [
        ("001", "以实干论英雄"),
        ("002", "激发干事动能"),
        ("003", "高素质干部队伍"),
        ("004", "坚持在重大项目一线考察干部"),
    ],
)
def test_title_from_the_title_line(prefix: str, fragment: str) -> None:
    meta = seed(prefix).metadata
    assert fragment in meta.title
    assert not meta.title_derived


def test_title_has_no_site_suffix_or_html() -> None:
    assert seed("004").metadata.title == "淄博市临淄区：坚持在重大项目一线考察干部"
    assert "<" not in seed("002").metadata.title and "/h2" not in seed("002").metadata.title


def test_seed_000_gets_a_derived_title_from_its_lead() -> None:
    meta = seed("000").metadata
    assert meta.title_derived
    assert meta.title == "崂山区先后选派出1628名干部，以张村河片区拆迁开发建设为场景"
    assert len(meta.title) <= 40


@pytest.mark.parametrize(
    ("prefix", "published", "reposted"),
    [
        ("001", "2018-06-27", "2022-01-15"),  # print date beats the classifieds re-post
        ("002", "2022-11-07", None),
        ("003", "2020-03-30", None),
    ],
)
def test_publication_dates(prefix: str, published: str, reposted: str | None) -> None:
    meta = seed(prefix).metadata
    assert (meta.published, meta.reposted) == (published, reposted)


@pytest.mark.parametrize(
    ("prefix", "outlet"),
    [
        ("000", "中国日报"),
        ("001", "光明日报"),
        ("002", "人民日报"),
        ("004", "中共淄博市临淄区委组织部"),
    ],
)
def test_outlet_is_the_original_publisher(prefix: str, outlet: str) -> None:
    assert seed(prefix).metadata.outlet == outlet


@pytest.mark.parametrize(
    ("prefix", "reporters"),
    [("000", ("解传姣", "梁太宏", "吕伟龙")), ("001", ("严圣禾", "党文婷"))],
)
def test_reporters(prefix: str, reporters: tuple[str, ...]) -> None:
    assert seed(prefix).metadata.reporters == reporters


@pytest.mark.parametrize(
    ("prefix", "primary"),
    [("000", "崂山区"), ("001", "龙岗区"), ("002", "青岛市"), ("003", "绿园区"), ("004", "临淄区")],
)
def test_primary_locality(prefix: str, primary: str) -> None:
    assert seed(prefix).metadata.primary_locality == primary


def test_seed_002_names_the_qingdao_districts() -> None:
    names = {loc.name for loc in seed("002").metadata.localities}
    assert {"崂山区", "西海岸新区", "胶州市", "莱西市", "城阳区", "市南区"} <= names
    # the SEO list of county names at the foot of the page is gone, not counted
    assert "黎城县" not in names and "凤山县" not in names


PINYIN_ANNOTATION = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")
GARBLED = re.compile(r"\?[^\s，。、；：？！“”‘’（）《》0-9a-zA-Z]")


@pytest.mark.parametrize("prefix", SEEDS)
def test_no_noise_left_in_cleaned_text(prefix: str) -> None:
    text = seed(prefix).text
    assert not PINYIN_ANNOTATION.search(text)
    assert "?" not in text  # every question mark is full-width, every garbled one gone
    assert not GARBLED.search(text)
    assert "\ufffd" not in text
    assert not re.search("[\ue000-\uf8ff]", text)
    assert not re.search("[區發這個幹]", text)
    assert "随著" not in text and "怀著" not in text
    assert "<" not in text and "/p>" not in text


@pytest.mark.parametrize("prefix", SEEDS)
def test_no_paragraph_starts_with_a_closing_quote(prefix: str) -> None:
    for para in seed(prefix).text.split("\n"):
        assert not para.startswith(("”", "’", "）", "》"))


def test_page_furniture_is_gone() -> None:
    assert "黎城县" not in seed("002").text
    assert "版权声明" not in seed("002").text
    for menu in ("无障碍", "一网搜", "站群导航", "当前位置", "行政区划", "资料图片", "编 辑"):
        assert menu not in seed("003").text
    for classifieds in ("分类信息网", "免费发", "VIP推荐", "企业名录", "ICP"):
        assert classifieds not in seed("001").text
    assert "相关新闻" not in seed("000").text and "10-21" not in seed("000").text


def test_removals_are_recorded_with_kind_and_reason() -> None:
    removed = seed("002").cleaning.removed
    kinds = {r.kind for r in removed}
    assert {"seo", "copyright", "editor", "navigation", "mojibake"} <= kinds
    assert all(r.reason for r in removed)
    seo = next(r for r in removed if r.kind == "seo")
    assert seo.text.startswith("黎城县")


def test_mojibake_in_002_is_repaired_not_just_dropped() -> None:
    text = seed("002").text
    assert "“既想早点看到，又有些害怕看到。”青岛市一位区委书记说" in text
    assert "此后，全市会议座次按照成绩高低排序" in text
    steps = {s.step: s for s in seed("002").cleaning.steps}
    assert steps["repair_mojibake"].changes >= 10
    assert steps["repair_mojibake"].examples


@pytest.mark.parametrize("prefix", SEEDS)
def test_original_text_keeps_the_published_script_paragraph_for_paragraph(prefix: str) -> None:
    art = seed(prefix)
    simplified, original = art.text.split("\n"), art.original_text.split("\n")
    assert [len(p) for p in simplified] == [len(p) for p in original]


def test_script_detection_and_original_text() -> None:
    assert seed("000").cleaning.script == "traditional"
    assert seed("002").cleaning.script == "traditional"
    assert seed("001").cleaning.script == "simplified"
    assert "嶗山區" in seed("000").original_text
    assert "崂山区" in seed("000").text


def test_step_reports_name_every_step_in_order() -> None:
    steps = [s.step for s in seed("000").cleaning.steps]
    # hard wraps are joined before any repair changes a line's length, then mojibake
    assert steps[:2] == ["join_hard_wrapped_lines", "repair_mojibake"]
    assert steps[-1] == "convert_to_simplified"
    pinyin = next(s for s in seed("000").cleaning.steps if s.step == "strip_pinyin_annotations")
    assert pinyin.changes > 50 and pinyin.description and len(pinyin.examples) <= 3
