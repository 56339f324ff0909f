"""The primary locality on short pages shaped like batch 6-8 failures (issue 16): the
province behind a provincial paper's county examples, a province written 河南 or 河北, a
company named after its province. Each sentence written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.compare.actors import unnamed_organ_levels
from tests.helpers import primary_locality_of
from tests.scale.conftest import load_bench_module


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # the division writing of itself opens the lead: its own level acts first
        ("日前，我州在州委党校举办年轻干部培训班。今年，省委决定实施递进培养计划。", ("州", "省")),
        ("近日，我县选派40名干部驻村。", ("县",)),
        ("今年以来，我市组织干部到项目一线。", ("市",)),
        # a place right after it: the reference only locates that place
        ("近日，我省邓州市选派干部下沉一线。", ()),
    ],
)
def test_self_references_are_unnamed_organs(text: str, levels: tuple[str, ...]) -> None:
    assert unnamed_organ_levels(text, (0, len(text))) == levels


def test_a_prefecture_writing_of_itself_is_not_its_province(tmp_path: Path) -> None:
    # the province's plan is background: 我州 acts, the province is not the actor
    text = (
        "我州举办年轻干部培训班\n日前，我州在州委党校举办年轻干部培训班。"
        "据州委组织部介绍，今年，省委决定实施执政骨干培养计划，我州结合省委部署和"
        "阿坝实际，遴选年轻干部50名参训。\n阿坝州将跟踪培训成效。"
    )
    assert primary_locality_of(tmp_path, text) == "阿坝藏族羌族自治州"


@pytest.mark.parametrize(
    ("predicted", "label", "same"),
    [
        # an autonomous prefecture's full name and its usual short form are one place
        ("阿坝藏族羌族自治州", "阿坝州", True),
        ("黔西南布依族苗族自治州", "黔西南州", True),
        ("威宁彝族回族苗族自治县", "威宁县", True),
        ("大理白族自治州", "大理白族自治州", True),
        # a banner's official abbreviation (places.toml same_as) is the banner
        ("科尔沁左翼后旗", "科左后旗", True),
        ("察哈尔右翼中旗", "察右中旗", True),
        ("察哈尔右翼前旗", "察右中旗", False),
        # ... but 州 ends ordinary names too: two cities stay two
        ("广州市", "杭州市", False),
        ("甘孜藏族自治州", "四川省", False),
    ],
)
def test_the_scorer_reads_autonomous_short_forms(predicted: str, label: str, same: bool) -> None:
    quality = load_bench_module("quality")
    assert quality.place_match(predicted, label) is same
