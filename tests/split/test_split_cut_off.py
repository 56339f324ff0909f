"""A sentence the page or the excerpt cut off is recognised, so evidence quoting it is
shown with an ellipsis (issue 16).  Sentences modelled on real pages of the genre."""

from __future__ import annotations

import pytest

from reporter.split import looks_cut_off


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("今年前三季度，全县规上工业增加值同比增长16.6%，但", True),
        ("选派23名年轻干部到产业链专班工作；对92名干部进行适应性调整，", True),
        (
            "严格跟踪管理，明确干部实践锻炼期间的日常管理监督由接收单位和派出单位共同负责；"
            "要求接收单位指导和帮助干部制定锻炼计划，明确工作任务，定期了解思想动态和工作表现",
            True,
        ),
        ("今年以来，已选派30名优秀年轻干部赴一线集中锻炼。", False),
        ("“一线是检验干部成色的‘试金石’。”", False),
        ("他说：“要干！”", False),
        ("各项工作有序推进……", False),
        ("一是强化组织领导；", False),
        # headings and titles carry no end mark but are whole
        ("武汉市选派1000名干部，到重点领域锻炼", False),
        ("双城“摆渡人”：挂职干部的跨城之“履”", False),
    ],
)
def test_looks_cut_off(text: str, cut: bool) -> None:
    assert looks_cut_off(text) is cut


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "严格跟踪管理，明确干部的日常管理监督由接收单位和派出单位共同负责；要求接收单位指导和帮",
            True,
        ),
        ("（顏某）", False),
        ("责任编辑 王某某", False),
        ("武汉市选派1000名干部到重点领域锻炼", False),
    ],
)
def test_last_sentence_of_an_excerpt(text: str, cut: bool) -> None:
    assert looks_cut_off(text, last=True) is cut
    assert not looks_cut_off(text)  # anywhere else: a heading, not a cut
