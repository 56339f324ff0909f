"""A dateline of a layout no pattern knows, read by its make-up (reporter.clean.datelines):
a full date with a clock time, weekday, hotline, counter or field label beside it and
nothing else but names.  Lines and pages written here in the genre's style."""

from __future__ import annotations

import pytest

from reporter.clean import clean_article
from reporter.clean.datelines import is_dateline
from reporter.models import Article

BODY = (
    "近日，某某县组织机关干部下沉村组开展防汛值守，"
    "干部们走村入户，与村干部一道排查隐患，转移群众，现场解决问题。"
)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # an outlet, its counters and the day with its clock
        ("某某新闻网 阅读：12 2024-06-28 21:06:51 评论：0", True),
        # a label, a slashed date and a click counter
        ("发布：2019/9/20 9:51:24 点击：2248", True),
        # an e-paper's masthead: the edition's day, its weekday, the newsroom's hotline
        ("2024年09月11日 星期三 报料热线：966123", True),
        # a category label beside the day
        ("类别：工作动态 2021-05-28", True),
        # the source and the author named beside the day
        ("来源：中共某某县委组织部 作者：张某 2021-06-10", True),
        # eight figures alone on a line
        ("20210123", True),
        # ... but not eight figures that are no day
        ("20211340", False),
        # a date alone says nothing of what the line is (a list, a clock)
        ("2021-06-10", False),
        # a sentence opening with its date and time has a clause beside them
        ("2021年6月10日上午9:30 县委召开会议", False),
        ("2021年6月10日 星期四 全县召开大会部署工作", False),
        ("截至2021年6月10日，全县共选派干部200名", False),
        # a portal's clock of the reader's day dates no story
        ("今天是2025年04月30日 星期三", False),
        # when a portal filed the page is not when the story ran
        ("归档时间：2017-11-15", False),
    ],
)
def test_a_dateline_is_known_by_its_make_up(line: str, dateline: bool) -> None:
    assert is_dateline(line) is dateline


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("某某新闻网 阅读：12 2024-06-28 21:06:51 评论：0", "2024-06-28"),
        ("发布：2019/9/20 9:51:24 点击：2248", "2019-09-20"),
        ("2024年09月11日 星期三 报料热线：966123", "2024-09-11"),
        ("20210123", "2021-01-23"),
    ],
)
def test_an_unknown_layout_s_dateline_dates_the_story_and_leaves_the_text(
    head: str, published: str
) -> None:
    text = f"某某县干部下沉村组防汛\n{head}\n{BODY}"
    cleaned = clean_article(Article.from_text(text, "inline"))
    assert cleaned.metadata.published == published
    assert head.split()[0] not in cleaned.text
    assert any(r.kind == "dateline" for r in cleaned.cleaning.removed)
