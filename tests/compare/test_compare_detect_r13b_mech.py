"""Mechanism precision on batches 37-38 (round 13, second wave): shapes unseen pages share.

- a Party branch set up (a compound's 功能型党支部, a quarantine point's 临时党支部) is a Party
  organisation, not a team formed for a task; a temporary branch named for a campaign or a
  project (脱贫攻坚临时党支部, 征拆临时党支部) is still that campaign's team;
- an honour list an organ once published (中组部曾公布……人选), cited as a benchmark, is no
  award made in the reported act;
- a journal paper's abstract and keywords in ASCII brackets ([摘 要], [关键词]) and an
  essay's examples from places left unnamed (例如，某省工作队……) make the page academic or
  an explainer, not news;
- an award announced on what it will be based (组委会将综合成绩，评选出一等奖N名) is still to
  come;
- scoring as a step of an assessment (考核组……现场打分; 打分测评等环节) ranks no one;
- a fault-tolerance rule's clauses (提拔任用不受影响; ……的，坚决问责; 确需给予处分的，可从轻)
  promote and punish nobody;
- a related-news list at the foot of a page, a date under each headline, is dropped whole,
  so a long headline of another story (我市召开……表彰大会) is no award of this page.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
rules before the fix, the ones marked as controls keep their neighbours where they were.
"""

from __future__ import annotations

import pytest

from reporter import compare
from reporter.clean.steps import remove_boilerplate_lines
from reporter.compare import genre
from reporter.compare.taxonomy import Taxonomy
from tests.compare.conftest import Detect, MakeDocument

CASES: list[tuple[str, bool, str]] = [
    # --- a Party branch is no task force
    ("task_force", False, "街道在辖区成立了18个小区功能型党支部，带领居民参与小区治理。"),
    ("task_force", False, "某县城南核酸检测点成立临时党支部，组织党员轮流值守。"),
    # ... controls: a branch named for a campaign, and a team formed for a task
    ("task_force", True, "该县在全县156个贫困村组建脱贫攻坚临时党支部，由驻村第一书记任书记。"),
    ("task_force", True, "区里抽调30名干部成立征拆工作专班，进驻项目现场攻坚。"),
    # ... a control: a sending reported
    ("frontline_rotation", True, "今年，县委从机关选派15名年轻干部到村担任第一书记。"),
    # --- an honour list once published, cited as a benchmark
    ("incentive_care", False,
     "2015年，中组部曾公布拟表彰的100名全国优秀县委书记人选，平均年龄51岁。"),
    # --- a rule's protection clause and its consequences
    ("merit_promotion", False,
     "对符合容错情形的干部，其提拔任用、职级晋升、评先评优均不受影响。"),
    ("accountability", False,
     "确需给予党纪处分或组织处理的，可以依规从轻处理；对整改不到位的坚决问责。"),
    # ... controls: officials held to account, officials promoted
    ("accountability", True, "县纪委对履职不力的3名乡镇干部进行问责，2人被免职。"),
    ("merit_promotion", True, "去年以来，全县已有15名在防汛一线表现突出的干部被提拔重用。"),
    # ... a control: an award made now
    ("incentive_care", True, "会上，市委对20名优秀县委书记予以表彰。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round13b_mechanism_shapes(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# Judged by the act model too: the rules alone leave these under the threshold, the model
# read the prize list as an award given.
JUDGED: list[tuple[str, bool, str]] = [
    # --- an award still to come, on what it will be based
    ("incentive_care", False,
     "下一步，评审委员会将综合初赛和复赛成绩，评选出一等奖2名、二等奖5名、三等奖10名。"),
    # --- scoring as a step of one unit's assessment, no ranking
    ("leaderboard", False, "随后，考核组成员对照年度目标责任书逐项查阅台账资料，并现场打分。"),
    ("leaderboard", False, "今年，区里对考核的工作汇报、打分测评等环节进行精简，减轻基层负担。"),
    # ... a control: units scored and ranked
    ("leaderboard", True, "县委每季度对各乡镇重点工作现场打分，排名结果在全县通报。"),
    # ... a control: the prizes awarded
    ("incentive_care", True,
     "决赛结束后，评审委员会评选出一等奖2名、二等奖5名，县委组织部为获奖的村党组织书记颁奖。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), JUDGED)
def test_round13b_judged_shapes(
    make_document: MakeDocument,
    taxonomy: Taxonomy,
    mechanism: str,
    present: bool,
    text: str,
) -> None:
    analysis = compare.analyze(make_document(text), taxonomy, act_model=compare.load_act_model())
    detection = analysis.detection(mechanism)
    assert detection.present is present, (detection.score, detection.judged, detection.cues)


_ARTICLE = "某县组织200名机关党员下沉社区，协助开展疫情防控工作。"

FOOTERS: list[tuple[str, list[str]]] = [
    # a dated related-news list: every long headline is an item of it
    (
        f"{_ARTICLE}\n相关新闻\n-\n两会镜头丨多图聚焦某省代表团开放团组活动\n[2025-03-06] -\n"
        "我市召开三八红旗手（集体）表彰大会暨先进事迹报告会\n[2025-03-06] -",
        [_ARTICLE],
    ),
    # ... a control: an undated long line after the header ends the list
    (
        f"{_ARTICLE}\n相关新闻\n某县召开年轻干部座谈会\n"
        "下一步，全县将继续选派干部下沉一线，助力基层治理能力提升。",
        [_ARTICLE, "下一步，全县将继续选派干部下沉一线，助力基层治理能力提升。"],
    ),
]


@pytest.mark.parametrize(("text_in", "expected"), FOOTERS)
def test_a_dated_related_news_list_is_dropped_whole(text_in: str, expected: list[str]) -> None:
    kept = [ln for ln in remove_boilerplate_lines(text_in).split("\n") if ln]
    assert kept == expected


_NOT_NEWS: list[tuple[str, str]] = [
    (
        "academic",
        "[摘 要] 干部交流是优化领导班子结构、提升干部能力的重要举措。\n"
        "[关键词] 领导干部；交流；轮岗\n[中图分类号] D63\n"
        "领导干部跨部门交流有利于开阔干部眼界，增强综合素质。",
    ),
    (
        "explainer",
        "驻村工作队的表现因派出单位不同而有差异。\n"
        "例如，某省工作队引入专项资金，半年内建成3个产业基地。\n"
        "小单位驻村队员可直接向一把手汇报，如某县林业局工作队发现虫害后当天就请来专家。",
    ),
]


@pytest.mark.parametrize(("kind", "text"), _NOT_NEWS)
def test_a_paper_or_essay_is_no_news(make_document: MakeDocument, kind: str, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == kind, verdict
