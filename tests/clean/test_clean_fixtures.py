"""Hand-written hostile articles in tests/fixtures/clean/."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.models import Article, CleanArticle, InputRejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def article(text: str, name: str = "inline") -> Article:
    return Article.from_text(text, name, f"{name}.txt")


def fixture(name: str) -> CleanArticle:
    return clean_article(article((FIXTURES / name).read_text(encoding="utf-8"), name))


def test_traditional_with_plain_pinyin_and_ganbu() -> None:
    art = fixture("traditional_plain_pinyin.txt")
    assert art.cleaning.script == "traditional"
    assert "每个人都要在街道工作半年" in art.text  # 個(ge)  and its space gone
    assert "年轻干部" in art.text and "幹" not in art.text
    assert "社区（村）" in art.text and "《干部教育培训工作条例（试行）》" in art.text
    assert "(A)(B)(C)" in art.text and "(GDP)" in art.text
    assert "每個人都要" in art.original_text and "幹部" in art.original_text
    meta = art.metadata
    assert meta.title == "福州市鼓楼区：让年轻干部到一线去"
    assert meta.published == "2021-05-12"
    assert meta.outlet == "福州日报"
    assert meta.primary_locality == "鼓楼区"
    loc = next(loc for loc in meta.localities if loc.name == "鼓楼区")
    assert (loc.province, loc.city) == ("福建省", "福州市")  # 鼓楼区 exists in 4 cities
    assert "责任编辑" not in art.text


def test_spam_lines_are_dropped_and_article_lines_kept() -> None:
    art = fixture("spam_injected.txt")
    for word in ("威尼斯人", "加微信", "六合彩"):
        assert word not in art.text
    assert "提供贷款贴息" in art.text  # an ad word in a line of the article itself
    spam = [r for r in art.cleaning.removed if r.kind == "spam"]
    assert len(spam) == 3 and all(r.reason for r in spam)
    assert art.metadata.published == "2023-04-18"


def test_portal_navigation_page() -> None:
    art = fixture("portal_navigation.txt")
    assert art.text.split("\n") == [
        "成都市武侯区：实施干部“一线锻炼计划”",
        "今年以来，武侯区实施干部“一线锻炼计划”，从区级部门抽调45名年轻干部到社区全脱产锻炼6个月。",
        "锻炼期间，干部们参与社区治理、矛盾调解和疫情防控等工作，由社区党委书记担任导师，每月开展一次跟踪考察。",
        "区委组织部相关负责人表示，锻炼结束后将对表现优秀的干部优先提拔使用。",
    ]
    meta = art.metadata
    assert meta.published == "2022-09-05"
    assert meta.outlet == "武侯区委组织部"
    assert meta.primary_locality == "武侯区"
    kinds = {r.kind for r in art.cleaning.removed}
    assert {"navigation", "dateline", "caption", "editor", "copyright", "related"} <= kinds


def test_peoples_daily_repost() -> None:
    art = fixture("peoples_daily_repost.txt")
    assert art.text.split("\n") == [
        "浙江安吉：让年轻干部在基层“墩苗”",
        "浙江省湖州市安吉县近年来选派120余名年轻干部到乡镇村社挂职锻炼，实行“导师帮带”制度。",
        "“基层是最好的课堂。”安吉县委组织部负责人说，挂职干部每季度接受一次考核，"
        "考核结果作为提拔使用的重要依据。",
        "截至目前，已有36名挂职干部得到提拔重用。",
    ]
    meta = art.metadata
    assert (meta.outlet, meta.published, meta.reposted) == ("人民日报", "2021-06-01", None)
    assert meta.reporters == ("顾春", "窦瀚洋")
    # 安吉 in the title counts as 安吉县 because the text names its city 湖州市
    assert meta.primary_locality == "安吉县"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\u3000\n",
        "无障碍 一网搜 登录| 注册\n当前位置：首页 > 政务",
        "Hello world, no Chinese.",
    ],
)
def test_nothing_usable_left_is_rejected_with_the_file_name(text: str) -> None:
    with pytest.raises(InputRejected) as info:
        clean_article(article(text, "empty"))
    assert info.value.source_path == "empty.txt"
    assert "no Chinese text" in info.value.reason


def test_foreign_language_page_is_rejected() -> None:
    text = "The county of Laoshan (崂山区) sent officials to the front line. " * 3
    with pytest.raises(InputRejected) as info:
        clean_article(article(text, "english"))
    assert "not a Chinese article" in info.value.reason


def test_article_without_title_line_uses_the_html_title() -> None:
    text = "崂山区选派1628名干部到一线。\n干部们在指挥部工作。"
    base = article(text)
    with_title = dataclasses.replace(base, html_title="崂山区：一线淬炼干部_青岛新闻网")
    meta = clean_article(with_title).metadata
    assert meta.title == "崂山区：一线淬炼干部"
    assert not meta.title_derived
