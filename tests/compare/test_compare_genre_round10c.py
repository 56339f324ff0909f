"""A township's own project drive names its leaders as 党政班子成员, not as 干部 or
领导班子 (issue 16, round 10c: batch 23 skipped such a page as naming no organ).
Sentences written for the test in the genre's style."""

from __future__ import annotations

import pytest

from reporter.compare.genre import judge
from tests.compare.conftest import MakeDocument


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("某镇对照重点工程明确节点任务，每个项目由一名党政班子成员牵头负责。", True),
        ("各班子成员分包一个项目，每周到现场协调解决问题。", True),
        # a company's own site names no level's leaders
        ("项目部8支施工队伍加紧施工，机器轰鸣，人来人往。", False),
    ],
)
def test_a_level_s_leading_team_names_an_organ(
    make_document: MakeDocument, text: str, actor: bool
) -> None:
    assert (judge(make_document(text)).genre != "no_actor") is actor
