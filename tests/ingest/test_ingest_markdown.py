"""Markdown loses the syntax that is not text; its words and its lines stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import ingest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("# 一、基本情况", "一、基本情况"),
        ("### 标题 ###", "标题"),
        ("#青岛# 话题标签不是标题", "#青岛# 话题标签不是标题"),
        ("> 引用的一段话。", "引用的一段话。"),
        ("> > 嵌套引用。", "嵌套引用。"),
        ("- 列表第一项", "列表第一项"),
        ("* [x] 已完成的任务", "已完成的任务"),
        ("1. 有序列表保留编号", "1. 有序列表保留编号"),
        ("这是**加粗**和*斜体*和~~删除~~。", "这是加粗和斜体和删除。"),
        ("**“考察识别干部功夫要下在平时”**的论述", "“考察识别干部功夫要下在平时”的论述"),
        ("标题_灯塔-淄博党建_中共淄博市委组织部", "标题_灯塔-淄博党建_中共淄博市委组织部"),
        ('见[考察工作组](https://e.com/a "组")名单', "见考察工作组名单"),
        ("图片![现场](https://e.com/p.jpg)删掉", "图片删掉"),
        ("代码`附件一`保留", "代码附件一保留"),
        ("链接<https://e.com/x>删掉", "链接删掉"),
        ("换行<br>标签删掉", "换行标签删掉"),
        ("转义\\*星号\\*保留", "转义*星号*保留"),
        ("| 项目 | 人数 |", "项目 人数"),
        ("|------|-----:|", ""),
        ("---", ""),
        ("[附件]: https://e.com/a.pdf", ""),
        ("1628名干部 * 3个月", "1628名干部 * 3个月"),
    ],
)
def test_markdown_line(text_in: str, text_out: str) -> None:
    assert ingest.markdown_to_text(text_in)[0] == text_out


def test_markdown_article_file() -> None:
    article = ingest.read_article(FIXTURES / "article.md", "m")
    lines = [line for line in article.text.split("\n") if line]
    assert article.media_type == "text/markdown"
    assert lines == [
        "淄博市临淄区：坚持在重大项目一线考察干部",
        "为进一步响应关于“考察识别干部功夫要下在平时”的重要论述，淄博市临淄区委组织部开展了对重点项目、重大工程建设一线干部的考察工作。",
        "一、基本情况",
        "区委组织部坚持把重点项目一线作为锤炼干部、发现干部、考察干部的“第一现场”。",
        "专门制定《在重点项目、重大工程一线发现考察干部实施方案》",
        "成立由常务副部长带队的考察工作组",
        "1. 深入到重大项目建设一线",
        "项目 人数",
        "重大建设项目 4个",
        "详见附件一和旧方案新方案，标题_灯塔-淄博党建_中共淄博市委组织部保持原样。",
    ]
    # front matter is metadata, not text
    assert article.html_title == "淄博市临淄区：坚持在重大项目一线考察干部"
    assert article.html_date == "2018-03-15"
    assert article.html_author == "临淄区委组织部"
    assert "alert" not in article.text and "example.com" not in article.text


def test_code_fence_content_is_kept_as_text() -> None:
    text, _ = ingest.markdown_to_text("前文。\n```\n一线考察 代码块\n```\n后文。")
    assert text.split("\n") == ["前文。", "一线考察 代码块", "后文。"]
