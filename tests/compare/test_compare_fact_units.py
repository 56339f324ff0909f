"""Facts in forms the first sight of batches 17-20 missed: a space between a number and
its unit (portals that space Latin from Chinese), and ages, which say who was chosen.
Sentences written for the test in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.facts import sentence_facts


@pytest.mark.parametrize(
    ("text_in", "written", "counts", "role"),
    [
        # a space between the number and its unit
        ("全县共选派 25 名机关干部到村任职。", "25 名", "干部", "deployed"),
        ("引进投资 5000 万元以上的项目。", "5000 万元", "元", None),
        ("与 12 个镇(街道)负责人座谈。", "12 个", None, None),
        # ages: an average is other, a limit a threshold
        ("首批选派的干部平均年龄34岁。", "34岁", "岁", "other"),
        ("人选年龄一般在40周岁以下。", "40周岁", "岁", "threshold"),
        ("原则上不超过35岁。", "35岁", "岁", "threshold"),
        # an age, not 35 weeks
        ("选拔35周岁以下的年轻干部。", "35周岁", "岁", "threshold"),
    ],
)
def test_the_fact_is_read(text_in: str, written: str, counts: str | None, role: str | None) -> None:
    facts = {w: s for w, s in sentence_facts(text_in)}
    assert written in facts
    if counts is not None:
        assert facts[written].counts == counts
    if role is not None:
        assert facts[written].role == role


@pytest.mark.parametrize(
    "text_in",
    [
        # a space between two numbers, or a position, is no quantity
        "2023 年全县召开会议。",
        "第 3 名为某某镇。",
    ],
)
def test_no_quantity_is_invented(text_in: str) -> None:
    assert not [w for w, s in sentence_facts(text_in) if s.kind in ("count", "officials")]


@pytest.mark.parametrize(
    ("text_in", "written", "role"),
    [
        # a head count right after the batches it came in shares the verb before them
        ("全县已先后选派干部6批180名。", "180名", "deployed"),
        ("累计选派3批共95名干部到村任职。", "95名", "deployed"),
        # 抽派 and 挂点 send cadres too
        ("从各级抽派的1500多名后备干部全部到位。", "1500多名", "deployed"),
        ("安排12名处级干部挂点联系重点项目。", "12名", "deployed"),
        # ... unless they were sent to learn: a placement to learn (体悟, 跟班学习) is training
        ("累计选派4批320名干部赴深圳体悟实训。", "320名", "trained"),
        ("选派30名年轻干部到省直部门跟班学习。", "30名", "trained"),
        # a number that is no batch still closes the verb's window
        ("选派3名干部，培训40名。", "40名", "trained"),
    ],
)
def test_the_role_of_a_head_count(text_in: str, written: str, role: str) -> None:
    facts = {w: s for w, s in sentence_facts(text_in)}
    assert facts[written].role == role
