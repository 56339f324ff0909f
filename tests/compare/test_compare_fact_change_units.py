"""A before/after change carries its unit whole (issue 16, round 10b): a unit the lexicon
does not list (吨, 套) that both ends share was cut off the span (从3吨提升至22), and the
finding stated a figure without its unit.  Sentences written for the test."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts


@pytest.mark.parametrize(
    ("text_in", "written", "unit"),
    [
        ("某厂将日处理能力从5吨提升至30吨，保障了供应。", "从5吨提升至30吨", "吨"),
        ("全镇应急设备由8套增至26套。", "由8套增至26套", "套"),
        # units the lexicon lists, and rank positions, as before
        ("任务完成率从30%提高到83%。", "从30%提高到83%", "%"),
        ("派驻人员从116人增加到187人。", "从116人增加到187人", "人"),
        ("全省排名由第15位跃升至第3位。", "由第15位跃升至第3位", "名次"),
    ],
)
def test_a_change_carries_its_unit_whole(text_in: str, written: str, unit: str) -> None:
    changes = {w: s for w, s in sentence_facts(text_in) if s.kind == "change"}
    assert written in changes
    assert changes[written].unit == unit


def test_a_change_without_a_shared_unit_has_none() -> None:
    # the unit only after the second number: not known whole, so none is claimed
    changes = [s for _, s in sentence_facts("产能从3提升至22吨。") if s.kind == "change"]
    assert changes and all(s.unit is None for s in changes)
