"""'Only X reports M' is said only over few enough other articles (issue 16, "says less when
unsure"; round 18 at first sight: "only 天涯区 shows role experience" over 32 other
articles, one of which told leaders serving in the service hall in words no cue knew).

Each other article may hide a missed detection of M at M's measured rate
(``reporter/data/findings.toml``); past ``max_expected_misses`` the claim is not made.
The articles are written for this test: one city whose leaders work the service windows,
and news of other mechanisms from other places.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from reporter.pipeline import build_brief
from reporter.render.view import build_view
from reporter.render.view.support import parse_unique_limits, unique_limits
from reporter.settings import Settings

ROLE = (
    "湘潭市领导干部当起网格员\n"
    "本报讯 湘潭市开展“我当网格员”活动，市委组织部组织市直机关领导干部下沉社区当网格员，"
    "走访群众。\n"
    "市直机关干部还到政务服务中心窗口办公，一把手到窗口体验办事流程。\n"
)

# News of other mechanisms, each from its own place, none of role experience.
OTHERS = (
    "赣州市选派机关干部驻村帮扶\n本报讯 赣州市委组织部日前从市直单位抽调700名机关干部，"
    "下沉到于都县、兴国县的村组驻村帮扶，全脱产工作一年。\n",
    "岳阳市举办中青年干部培训班\n本报讯 岳阳市委党校第二十期中青年干部培训班开班，"
    "60名学员将接受为期两个月的脱产培训。\n",
    "常德市成立项目建设工作专班\n本报讯 常德市成立重大项目建设工作专班，由市委常委任组长，"
    "抽调发改、财政、自然资源等部门骨干集中办公。\n",
    "衡阳市对6名干部问责\n本报讯 衡阳市纪委监委通报，6名干部因防汛工作不力被问责，"
    "其中2人被免职。\n",
    "株洲市晒出乡镇考核排名\n本报讯 株洲市发布一季度乡镇工作考核排名，前十名通报表扬，"
    "后三名由市委组织部约谈。\n",
    "邵阳市提拔重用一线干部\n本报讯 邵阳市委近日研究决定，提拔重用在脱贫攻坚一线表现突出的"
    "42名干部。\n",
    "娄底市表彰优秀驻村工作队\n本报讯 娄底市委、市政府对30个优秀驻村工作队和100名优秀"
    "驻村队员予以表彰，并发放奖励。\n",
    "怀化市考察组深入一线考察干部\n本报讯 怀化市委组织部派出5个考察组，深入项目工地、"
    "防汛大堤一线考察识别干部。\n",
    "益阳市组织年轻干部到信访窗口锻炼\n本报讯 益阳市选派25名年轻干部到市信访局挂职锻炼，"
    "为期半年，直接接待来访群众。\n",
)


def _headlines(tmp_path: Path, others: int) -> str:
    (tmp_path / "role.txt").write_text(ROLE, encoding="utf-8")
    for i, text in enumerate(OTHERS[:others]):
        (tmp_path / f"other{i}.txt").write_text(text, encoding="utf-8")
    brief = build_brief(Settings(inputs=(tmp_path,), jobs=1))
    assert len(brief.alignment.analyses) == others + 1
    return "\n".join(f.headline for f in build_view(brief, "zh", "print").findings)


def test_the_limit_falls_among_the_articles_written_here() -> None:
    limits = unique_limits()
    most = math.floor(limits.max_expected_misses / limits.miss_rate["role_experience"])
    assert 1 <= most < len(OTHERS)


@pytest.mark.parametrize("beyond", [False, True])
def test_only_x_is_said_over_few_articles_and_withheld_over_many(
    tmp_path: Path, beyond: bool
) -> None:
    limits = unique_limits()
    most = math.floor(limits.max_expected_misses / limits.miss_rate["role_experience"])
    found = _headlines(tmp_path, most + 1 if beyond else most)
    assert ("只有湘潭市" in found) is not beyond, found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[unique]\nmax_expected_misses = 2.0\ndefault_miss_rate = 0.01\n", "max_expected"),
        (
            "[unique]\nmax_expected_misses = 0.2\ndefault_miss_rate = 0.01\n"
            '[unique.miss_rate]\ntraining = "low"\n',
            "miss_rate.training",
        ),
    ],
)
def test_a_limit_that_is_no_share_is_named(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_unique_limits(text, "f.toml")


def test_an_unknown_mechanism_takes_the_pooled_rate() -> None:
    limits = parse_unique_limits(
        "[unique]\nmax_expected_misses = 0.2\ndefault_miss_rate = 0.05\n"
        "[unique.miss_rate]\ntraining = 0.01\n"
    )
    assert not limits.unsure("training", 20)
    assert limits.unsure("my_mechanism", 5)
    assert not limits.unsure("my_mechanism", 4)
