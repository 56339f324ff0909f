"""Headlines and dates of pages with page furniture, written for these tests and
modelled on real pages of the genre (tests/fixtures/clean/titles/expected.toml)."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest

from reporter.clean import clean_article
from reporter.clean.metadata import choose_title, clean_title
from reporter.models import Article, CleanArticle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean" / "titles"
EXPECTED = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


def cleaned(text: str, name: str = "t") -> CleanArticle:
    return clean_article(
        Article(
            id=name,
            source_path=f"{name}.txt",
            text=text,
            encoding="utf_8",
            media_type="text/plain",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headline_and_date(name: str) -> None:
    want = EXPECTED[name]
    art = cleaned((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name)
    meta = art.metadata
    if want.get("derived"):
        assert meta.title_derived
        assert want["title_contains"] in meta.title
    else:
        assert (meta.title, meta.title_derived) == (want["title"], False)
        # the headline opens the text (after its own marker, 题：): nothing of the page
        # above it stays
        assert art.text.split("\n")[0].endswith(meta.title)
    assert (meta.published or "") == want["published"]


@pytest.mark.parametrize(
    "furniture",
    [
        "人民网>>深圳频道",
        "首页 > 正文",
        "网站访问人数：166433937",
        "关注我们",
        "免费邮箱 注册",
        "关闭→",
        "ad9_210*60",
        "data:image",
        "https://",
        "来源：新华社",
        "11:20",
    ],
)
def test_furniture_leaves_the_text(furniture: str) -> None:
    texts = [
        cleaned((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name).text
        for name in ("breadcrumb_counter", "ad_and_data_uri")
    ]
    assert all(furniture not in t for t in texts)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("某某县干部考核办法解读8 [; o H! @9", "某某县干部考核办法解读"),
        ("某某县干部考核9 Y8 f3 E5 k.", "某某县干部考核"),
        ("干部考核2.0", "干部考核2.0"),  # a version number is part of the title
        ("题：干部去哪儿了？", "干部去哪儿了？"),
        ("。？原题：某部选派干部举行交流会", "某部选派干部举行交流会"),
        ("某某区：干部下沉一线解难题人民网", "某某区：干部下沉一线解难题"),
        ("打造高素质干部队伍_灯塔-淄博党建_中共淄博市委组织部", "打造高素质干部队伍"),
    ],
)
def test_clean_title(line: str, title: str) -> None:
    assert clean_title(line) == title


BODY = ["某某县选派干部到一线锻炼，干部在一线接受考察。", "考察结果与提拔使用挂钩。"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["EN", "某某县选派干部到一线锻炼"], "某某县选派干部到一线锻炼"),
        (["地方频道", "正文", "某某县选派干部到一线"], "某某县选派干部到一线"),
        # a banner repeated twice and a name are not headlines
        (["某某县干部一线考察", "某某网", "某某网", "王某某"], "某某县干部一线考察"),
        # a line about something else entirely (spam) is never the headline
        (["免费下载高清电影", "某某县干部到一线"], "某某县干部到一线"),
        (["（相关资料图）"], None),
        (["▲王某为获奖干部颁奖。（李某 摄）"], None),
    ],
)
def test_choose_title(head: list[str], title: str | None) -> None:
    choice = choose_title([*head, *BODY])
    assert (choice.text if choice else None) == title


def test_the_html_title_beats_its_truncated_copy_in_the_text() -> None:
    choice = choose_title(
        ["某某县选派干部……", *BODY], html_title="某某县选派干部到一线锻炼_某某县人民政府网"
    )
    assert choice is not None
    assert (choice.text, choice.index) == ("某某县选派干部到一线锻炼", None)


def test_no_date_is_invented() -> None:
    meta = cleaned("\n".join(["某某县：选派干部到一线", *BODY, "唯实 2018年11期"])).metadata
    assert meta.published is None


def test_derived_title_starts_after_the_time_clause() -> None:
    meta = cleaned(
        "5月19日上午，某某区召开抽调干部动员会，9名干部分赴一线。\n会议提出三点要求。"
    ).metadata
    assert meta.title_derived
    assert meta.title.startswith("某某区召开抽调干部动员会")
