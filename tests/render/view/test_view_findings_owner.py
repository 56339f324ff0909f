"""A finding credits a count only to whom it belongs, and says "only X" only on more than
one word (issue 16, "findings compare like with like"; batches 34-36 at first sight):

- a count after a list of places (江苏、山东、江西……等省区市……近3万名干部) is theirs
  together, none of theirs alone;
- a division writing of itself (我省) as the subject of a count sent to a named place: the
  place is where they went, not who sent them; nor did a place that welcomed them (迎接
  131名挂职干部), whose cadres central organs sent (……等11个部委，一次性集中选派11名), or
  who came from the centre (11名来自京城的官员);
- the same number of one article read once as party members (选派116名机关党员) or as a
  plan's total (从今年起分四批选派共1000名左右) is no deployed cadres where the article
  repeats it;
- "only X reports role experience" resting on one scheme's name repeated (驻企体验服务员,
  cadres posted to firms) rests on one reading of one word.

Small articles written for these tests sit beside the three of
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
    ("text", "figure"),
    [
        # a national campaign's count after the provinces it lists
        (
            "各地选派干部到信访部门挂职锻炼\n"
            "本报讯 据统计，截至今年5月，江苏、山东、江西、福建、浙江等20个省区市开展了"
            "这项工作，近5000名干部到信访部门挂职锻炼。\n"
            "各地选派的挂职干部全脱产到信访窗口接待群众，下沉一线化解矛盾。\n",
            "5000",
        ),
        # 我省's cadres arriving where they were sent: the destination sent nobody
        (
            "我省第三批援藏干部抵达那曲\n"
            "近日，我省第三批对口援藏干部人才520人抵达西藏那曲，并分赴那曲市及所属色尼区、"
            "嘉黎县等地，开始为期三年的援藏工作。\n"
            "这批援藏干部是从我省各市地、省直部门选派的业务骨干，全脱产在受援地挂职。\n",
            "520",
        ),
        # received: welcomed, sent by central organs, or come from the centre
        (
            "海南迎接新一批挂职干部\n"
            "本报讯 23日，海南省委组织部举行欢迎仪式，迎接520名挂职干部到琼挂职。\n"
            "这批挂职干部将全脱产到海南各级重要岗位挂职锻炼，挂职时间两年。\n",
            "520",
        ),
        (
            "部委选派干部到成都挂职\n"
            "本报讯 国家发改委、科技部、财政部等11个部委，一次性集中选派540名优秀年轻干部"
            "到成都挂职锻炼，全脱产工作一年。\n",
            "540",
        ),
        (
            "挂职干部到我市报到\n"
            "本报讯 6月30日起，560名来自中央和国家机关的干部相继到我市各机关报到，"
            "将在成都挂职锻炼一至两年。\n",
            "560",
        ),
        # the same 600 read once as party members
        (
            "宿松县选派党员入驻企业\n"
            "本报讯 日前，宿松县选派600名机关党员入驻全县企业，担任党建工作指导员。\n"
            "600名党建指导员下派工作为期2年，全脱产驻企开展服务。\n",
            "600",
        ),
        # the same 900 read once as a programme's planned total
        (
            "湖南省直机关干部到基层挂职\n"
            "本报讯 省委组织部宣布：从今年起分三批选派共900名左右省直机关干部到基层挂职锻炼。\n"
            "省委提出用三年时间选派900名省直机关干部下沉基层一线，全脱产挂职。\n",
            "900",
        ),
    ],
)
def test_a_count_is_ranked_only_as_its_owners_deployment(
    tmp_path: Path, text: str, figure: str
) -> None:
    found = _findings(tmp_path, {"owner.txt": text})
    assert figure not in found
    assert "投入规模最大：仪征市 三百名" in found


_ROTATION = (
    "赣州市选派机关干部驻村帮扶\n"
    "本报讯 赣州市委组织部日前从市直单位抽调700名机关干部，下沉到于都县、兴国县的村组"
    "驻村帮扶，全脱产工作一年。\n"
)


def _only(tmp_path: Path, text: str) -> str:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_ROTATION, encoding="utf-8")
    brief = build_brief(Settings(inputs=(tmp_path,), jobs=1))
    return "\n".join(f.headline for f in build_view(brief, "zh", "print").findings)


def test_only_x_needs_more_than_one_word_repeated(tmp_path: Path) -> None:
    # a scheme's name in every sentence: cadres posted to firms, whatever 体验 says
    text = (
        "梅江区第三批驻企体验服务员进驻企业\n"
        "本报讯 8月8日上午，梅江区区直机关第三批驻企体验服务员进驻企业动员会召开。\n"
        "驻企体验服务员由区直机关各单位从在职干部中按照派驻批次推荐。\n"
        "在两个月的驻企时间里，驻企体验服务员将为企业提供政策咨询服务，机关干部在驻企服务中"
        "转作风、提能力。\n"
    )
    assert "岗位体验" not in _only(tmp_path, text)


def test_only_x_stands_on_different_words(tmp_path: Path) -> None:
    text = (
        "湘潭市领导干部当起网格员\n"
        "本报讯 湘潭市开展“我当网格员”活动，市委组织部组织市直机关领导干部下沉社区当网格员，"
        "走访群众。\n"
        "市直机关干部还到政务服务中心窗口办公，一把手到窗口体验办事流程。\n"
    )
    assert "只有湘潭市" in _only(tmp_path, text)
