"""Round 11b places: general causes found on batches 25-28 (issue 16)."""

from __future__ import annotations

import pytest

from reporter.compare.home import home_division


@pytest.mark.parametrize(
    ("outlet", "lead", "expected"),
    [
        # a city's paper whose lead opens with 全市 acting: the city's own voice, as 我市
        ("兰州晚报", "10月21日以来，全市22个市直单位的34名党员干部下沉到安宁区某社区。", "兰州市"),
        ("抚州日报", "全市组织部长会议召开，部署年轻干部培养工作。", "抚州市"),
        ("抚州日报", "近日，我市选派30名干部驻村。", "抚州市"),
        # 全县 in a city's paper is a county's voice, not the city's
        ("抚州日报", "全县干部大会召开，部署驻村工作。", None),
        # a province's paper writing 全市 speaks of some city, not of the province
        ("甘肃日报", "全市干部大会召开。", None),
    ],
)
def test_a_city_paper_writing_quanshi_is_its_own_city(
    outlet: str, lead: str, expected: str | None
) -> None:
    assert home_division((outlet,), lead, [(0, len(lead))], []) == expected
