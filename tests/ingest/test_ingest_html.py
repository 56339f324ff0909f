"""HTML goes through trafilatura offline: main text one paragraph a line, metadata, no markup."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from reporter import ingest
from reporter.models import InputRejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
TAG = re.compile(r"<\s*/?\s*[A-Za-z!?]")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_portal_page_main_text_without_boilerplate(no_network: None) -> None:
    article = ingest.read_article(FIXTURES / "portal_page.html", "p")
    lines = article.text.split("\n")
    assert article.media_type == "text/html" and article.encoding == "utf_8"
    # paragraphs one per line, inline <strong>/<em> inside their paragraph, <br> a break
    assert lines[1].startswith("党的十九大报告提出，党的干部是党和国家事业的中坚力量。")
    assert any(
        line.startswith("深圳市龙岗区将今年确立为“作风建设提升年”。")
        and "创新将基层工作与建设高素质专业化干部队伍结合起来，让干部们" in line
        for line in lines
    )
    assert "据统计，首批24个单位104名处级干部平均每人采集核查人口信息45条。" in lines
    assert "393名处级干部分批次开展“我当网格员”主题党日活动" in lines  # list item, no bullet
    # navigation, breadcrumbs, related news, footer and scripts are gone
    for noise in (
        "欢迎来到光明网",
        "当前位置",
        "相关新闻",
        "版权所有",
        "京ICP备",
        "_hmt",
        "网站地图",
    ):
        assert noise not in article.text
    assert not TAG.search(article.text)


def test_portal_page_metadata() -> None:
    article = ingest.read_article(FIXTURES / "portal_page.html", "p")
    assert article.html_title == "深圳市龙岗区：以实干论英雄，以实绩定进退"
    assert article.html_date == "2018-06-27"
    assert article.html_sitename == "光明网"
    assert article.html_author == "严圣禾 党文婷"


def test_hostile_page_comes_out_as_plain_text_only(no_network: None) -> None:
    article = ingest.read_article(FIXTURES / "hostile_page.html", "h")
    text = article.text
    assert not TAG.search(text)
    leaks = ["passwd", "shadow", "/etc/", "file:", "javascript:", "url(", "onload", "onerror"]
    leaks += ["document.write", "fetch(", "127.0.0.1", "脚本写入的假段落", "注释里的隐藏段落"]
    for leak in leaks:
        assert leak not in text, leak
    # the article survives, and template syntax is inert text (the renderer escapes it)
    assert "绿园区发改局局长李刚竞进有为。" in text
    assert "{{ config.items() }}" in text
    assert "页面显示的转义标签" in text and "不能变成标记。" in text
    for value in (
        article.html_title,
        article.html_sitename,
        article.html_author,
        article.html_date,
    ):
        assert value is None or not TAG.search(value)
    assert article.html_sitename is None  # only the <base href> address was there


def test_legacy_encoded_page_with_meta_charset(tmp_path: Path) -> None:
    html = (
        (FIXTURES / "portal_page.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="gbk"')
    )
    path = tmp_path / "gbk_page.htm"
    path.write_bytes(html.encode("gbk", errors="xmlcharrefreplace"))  # © as &#169;
    article = ingest.read_article(path, "g")
    assert article.encoding == "gb18030"
    assert article.html_title == "深圳市龙岗区：以实干论英雄，以实绩定进退"
    assert "龙岗区先后分批次抽调了90名处级、科级干部" in article.text


def test_page_without_main_content_falls_back_to_its_text() -> None:
    html = (
        "<html><body><div>龙岗区抽调90名处级、科级干部参与土地整备。<br>首批40名干部全脱产锻炼。</div>"
        "<script>alert(1)</script></body></html>"
    )
    text, _ = ingest.html_to_text(html)
    assert text == "龙岗区抽调90名处级、科级干部参与土地整备。\n首批40名干部全脱产锻炼。"


def test_page_with_no_visible_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><title>空页面</title><script>var a = '中文在脚本里不算';</script></head>"
        "<body> </body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputRejected, match="no visible text"):
        ingest.read_article(path, "b")


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    path = tmp_path / "page.xhtml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>临淄区在重大项目一线考察干部，树立重实干、重实绩的用人导向。</p></body></html>",
        encoding="utf-8",
    )
    assert (
        ingest.read_article(path, "x").text
        == "临淄区在重大项目一线考察干部，树立重实干、重实绩的用人导向。"
    )


def test_extraction_is_deterministic() -> None:
    first = ingest.read_article(FIXTURES / "portal_page.html", "p")
    second = ingest.read_article(FIXTURES / "portal_page.html", "p")
    assert first == second


def test_page_nested_beyond_the_parser_limit_still_yields_its_text(tmp_path: Path) -> None:
    depth = 5000  # libxml2 stops at 256 levels; the page must not read as empty
    path = tmp_path / "nested.html"
    path.write_text(
        "<html><body>" + "<div>" * depth + "<p>龙岗区抽调90名处级、科级干部参与土地整备工作。</p>"
        "<script>alert('x')</script>" + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    assert ingest.read_article(path, "n").text == "龙岗区抽调90名处级、科级干部参与土地整备工作。"
