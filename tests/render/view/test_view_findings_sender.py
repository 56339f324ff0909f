"""The largest deployment names who SENT the officials, and compares like with like.

Batches 11-14 at first sight: a province's organisation department sent 89 cadres to two
prefectures and the finding credited one of the receiving prefectures; a county's 2600
party members reporting to the communities where they live came second among deployed
cadres.  Small articles written for these tests sit beside the three of
``tests/fixtures/render/findings`` (仪征市 sends 三百名, 象山县 120名, 邓州市 80名).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.pipeline import build_brief
from reporter.render.view import build_view
from reporter.settings import Settings

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render" / "findings"


def _findings(tmp_path: Path, extra: dict[str, str]) -> str:
    for source in sorted(FIXTURES.glob("*.txt")):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    for name, text in extra.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    brief = build_brief(Settings(inputs=(tmp_path,), jobs=1))
    return "\n".join(f.headline + " " + f.detail for f in build_view(brief, "zh", "print").findings)


@pytest.mark.parametrize(
    ("text", "sender", "destination"),
    [
        (
            "四川省选派年轻干部赴民族地区乡镇挂职\n"
            "本报讯 9月6日，省委组织部在成都召开选派优秀年轻干部到甘孜、阿坝藏族羌族自治州"
            "乡镇挂职锻炼工作会议，600名选派干部参加会议。\n"
            "这次选派到甘孜、阿坝州乡镇挂职的600名干部，分别来自省直机关和绵阳市、"
            "德阳市，将全部安排挂任副乡镇长。\n",
            "四川省 600名",
            "阿坝",
        ),
        (
            "赣州市选派机关干部驻村帮扶\n"
            "本报讯 赣州市委组织部日前从市直单位抽调700名机关干部，下沉到于都县、兴国县"
            "的村组驻村帮扶，全脱产工作一年。\n",
            "赣州市 700名",
            "兴国县",
        ),
    ],
)
def test_the_largest_deployment_names_the_sender(
    tmp_path: Path, text: str, sender: str, destination: str
) -> None:
    found = _findings(tmp_path, {"sender.txt": text})
    assert f"投入规模最大：{sender}" in found
    assert destination not in found


@pytest.mark.parametrize(
    "text",
    [
        # the headline's count is the body's members reporting at home: neither is ranked
        "清河县2600名党员干部下沉社区\n"
        "本报讯 疫情发生后，清河县号召2600名机关党员干部向居住地所在社区报到，"
        "参与卡口值守和入户排查。\n",
        "柳城县1500名在职党员进社区\n本报讯 柳城县组织1500名在职党员到社区报到，认领服务岗位。\n",
    ],
)
def test_party_members_reporting_to_their_community_are_no_deployment(
    tmp_path: Path, text: str
) -> None:
    found = _findings(tmp_path, {"members.txt": text})
    assert "2600" not in found and "1500" not in found
    assert "投入规模最大：仪征市 三百名" in found
