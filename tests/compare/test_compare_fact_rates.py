"""A share named as a rate in its clause, with no act named, is a measured result
(issue 16: "a result (任务完成率 30% → 83%)"): 满意率为96.5%, 开工率88%, 增速12.3%.  A plan
keeps it a target, a score's share stays a weight, and the make-up of those chosen (占比)
stays other.  Sentences written here in the genre's style."""

from __future__ import annotations

import pytest

from tests.helpers import fact_role


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        ("全区第三季度群众满意率为96.5%。", "96.5%", "result"),
        ("已开工项目15个，开工率88%。", "88%", "result"),
        ("上半年该镇税收增速12.3%，位列全区第二。", "12.3%", "result"),
        # a plan is a target, a score's share a weight, a cohort's make-up other
        ("力争年底前群众满意率达到98%以上。", "98%", "target"),
        ("考核中，现场比武成绩占40%。", "40%", "weight"),
        ("新提拔干部中40岁以下的占比62%。", "62%", "other"),
    ],
)
def test_a_rate_measured_is_a_result(text: str, written: str, role: str) -> None:
    assert fact_role(text, written) == role
