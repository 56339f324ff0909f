"""Markup inside a plain-text file is not its language: a .txt whose paragraphs are
``<p style="…">`` elements is read as Chinese and its tags are left to the cleaner."""

from __future__ import annotations

from pathlib import Path

from reporter.clean import clean_article
from reporter.ingest import language_problem, read_article
from reporter.models import Article

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "markup" / "styled_paragraphs.txt"
)


def test_styled_paragraphs_are_not_skipped() -> None:
    art = read_article(FIXTURE, "m")
    clean = clean_article(art)
    assert clean.metadata.title == "某某县抽调干部下沉一线"
    assert "<" not in clean.text and "style" not in clean.text


def test_markup_and_data_uris_do_not_count_as_letters() -> None:
    text = (
        "某某县选派干部到一线锻炼。" + '<img src="data:image/png;base64,' + "iVBORw0K" * 200 + '">'
    )
    assert language_problem(text) is None


def test_an_english_page_is_still_refused() -> None:
    text = "<p>The county sent officials to the front line, said 某某县.</p>" * 20
    assert language_problem(text) is not None


def test_tags_whose_attributes_run_over_lines_are_stripped_too() -> None:
    text = (
        '<p style="margin:0;\n font-family:Microsoft YaHei, Arial; font-size:16px">'
        "某某县抽调干部下沉一线</p>\n"
        '<p style="text-indent:2em;\n color:#333">今年以来，某某县抽调50名干部组成5个工作专班。</p>'
    )
    assert language_problem(text) is None
    art = clean_article(Article.from_text(text, "m", "m.txt"))
    assert art.text == "某某县抽调干部下沉一线\n今年以来，某某县抽调50名干部组成5个工作专班。"


def test_a_less_than_sign_of_prose_is_not_a_tag() -> None:
    text = "某某县干部考核得分a <b 的单位，\n排名靠后的单位 > 3个，需要整改。"
    art = clean_article(Article.from_text(text, "m", "m.txt"))
    assert "<b" in art.text
