"""A measured result in a finding is the officials' or their mechanism's (issue 16, round
10b): a firm's output raised with the government's help (日产量从3吨提升至22吨) was given
as the 量化成效 of a district.  Sentences written for the test."""

from __future__ import annotations

import pytest

from reporter.compare.model import Fact
from reporter.render.view.findings import _output_change


def _change(sentence: str, text: str) -> Fact:
    return Fact(
        article_id="a",
        sentence_index=0,
        kind="change",
        text=text,
        value=2.0,
        unit="吨",
        before=1.0,
        after=2.0,
        mechanism_ids=("task_force",),
        locality=None,
        sentence=sentence,
        role="result",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "output"),
    [
        # a firm's output or sales, however much officials helped
        ("某公司在专班帮扶下，将口罩日产量从3万只提升至20万只。", "从3万只提升至20万只", True),
        ("园区企业营收由8亿元增长到15亿元，带动就业。", "由8亿元增长到15亿元", True),
        ("全区规上工业产值从120亿元增至168亿元。", "从120亿元增至168亿元", True),
        # the officials' work: tasks done, cadres sent, cases closed
        ("专班成立后，征迁任务完成率从30%提高到83%。", "从30%提高到83%", False),
        ("下沉干部从116人增加到187人，产量问题由企业自行解决。", "从116人增加到187人", False),
        ("信访积案由45件减少到6件。", "由45件减少到6件", False),
    ],
)
def test_a_firms_output_is_no_measured_result(sentence: str, text: str, output: bool) -> None:
    assert _output_change(_change(sentence, text)) is output
