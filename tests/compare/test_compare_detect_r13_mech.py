"""Mechanism precision on batches 33-36 (round 13): shapes that unseen pages share.

- a promotion promised to whoever meets a condition (……以上的，优先提拔; 者将被提拔重用;
  县委将从中择优选拔N名) is the term of a scheme, nobody promoted yet, and one refused (不愿
  被提拔) is none; a promotion told as done, or the 将 of 把 (将他提拔为), still is one;
- one person's posting told by its year in the passive (2019年6月，他……被派驻某村) is who an
  honoured first secretary is, and so is 在驻村 (奋战在驻村防控第一线); a sending counted in
  the same shape is still a sending;
- people picked as contestants (选派12名选手参加比赛) compete, nobody is sent;
- the host of a meeting (表彰大会由镇党委副书记主持) is no official rewarded: the awards go
  to whoever the sentence names besides;
- the approved award programmes (评比达标表彰项目目录) are named, none is conferred;
- a red-black list or a contest of residents and households, with no official or work unit
  named, ranks the public;
- counted cadres split into teams that travel (分成4个工作组，分别赴……) and service squads
  sent to firms (组成30个企业服务组，一对一帮扶) are how those sent are organised, not a task
  force, nor is a team verifying a complaint (成立工作组开展核实工作); a team named for its
  task (征迁工作组) still is one;
- an explainer files the word under a kind (挂职是培养干部的一种方式): the page is no news.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
rules before the fix, the ones marked as controls keep their neighbours where they were.
"""

from __future__ import annotations

import pytest

from reporter.compare import genre
from tests.compare.conftest import Detect, MakeDocument

CASES: list[tuple[str, bool, str]] = [
    # --- a promotion promised under a condition
    ("merit_promotion", False, "对引进社会资金1000万元以上的，优先提拔为副科级干部。"),
    ("merit_promotion", False, "驻村满两年、考核优秀的驻村干部将被优先提拔重用。"),
    ("merit_promotion", False, "服务期满后，县委将从中择优选拔不少于10人进入乡镇领导班子。"),
    # --- a promotion refused
    ("merit_promotion", False, "今年5月，两名股级干部因不愿被提拔为乡镇副职干部而被通报批评。"),
    # ... controls: promotions told as done, and the 将 of 把
    ("merit_promotion", True, "今年以来，全县已有12名驻村第一书记得到提拔重用。"),
    ("merit_promotion", True, "去年底，县委将他提拔为镇党委副书记，继续留在脱贫一线。"),
    # --- one person's past posting, told by its year
    ("frontline_rotation", False,
     "2019年6月，他作为县农业局干部被派驻到西河村，担任驻村第一书记。"),
    ("frontline_rotation", False,
     "驻村第一书记张某获省委组织部表扬。疫情发生后，他一直奋战在驻村防控第一线。"),
    # ... a control: the same shape with a count is a sending
    ("frontline_rotation", True, "2023年，全县共有86名机关干部被选派到村担任第一书记。"),
    # --- contestants picked for a contest
    ("frontline_rotation", False, "各镇街选派3名社区书记作为主讲人，围绕“小区治理”同台竞演。"),
    # ... a control: the same count sent to frontline posts
    ("frontline_rotation", True, "全县各乡镇选派12名年轻干部到信访一线跟班锻炼。"),
    # --- the host of the meeting is not the one rewarded
    ("incentive_care", False, "表彰大会由镇党委副书记主持，会上表彰了20户“最美庭院”。"),
    # --- the approved award programmes named, none conferred
    ("incentive_care", False,
     "近日，某州评比达标表彰工作领导小组办公室公布了经批准的4个评比达标表彰项目目录。"
     "此次公布的表彰项目中，州级项目2项：优秀村党组织书记、先进基层党组织。"),
    # ... a control: cadres rewarded at a chaired meeting
    ("incentive_care", True, "大会由县委副书记主持，会上表彰了30名优秀村党组织书记。"),
    # --- a ranking of residents
    ("leaderboard", False, "小区的“文明公约红黑榜”每月对居民遵守公约的情况进行评比打分。"),
    # ... a control: units ranked
    ("leaderboard", True, "县委每月对各乡镇、县直单位重点工作进行打分排名，结果在全县通报。"),
    # --- teams of those sent
    ("task_force", False,
     "全县抽调40名年轻干部组成8个工作组，分别赴北城片区、南湖路改造地块开展入户走访。"),
    ("task_force", False, "省里抽调20名干部组成工作队，来到某市开展对口帮扶。"),
    ("task_force", False, "开发区90名机关干部组成30个企业服务组，一对一帮扶重点企业。"),
    ("task_force", False, "接到举报后，县纪委监委立即成立工作组开展核实工作，查明反映不实。"),
    # ... a control: a team named for its task
    ("task_force", True, "县里抽调20名干部组成征迁工作组，进驻项目现场开展攻坚。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round13_mechanism_shapes(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


_EXPLAINERS = [
    "挂职是我国培养干部的一种方式，通常是把干部派到上级或下级机关任职。\n"
    "到基层去挂职是锻炼干部的一种常见方式，期限一般为一到两年。\n"
    "挂职结束后，干部回原单位工作。",
]

_NEWS = [
    # a practice of the place filed under a kind by its quoted name
    "本报讯 近日，某县召开干部夜校开班仪式。\n"
    "“干部夜校”是该县培训年轻干部的一种方式，每周一期。\n"
    "今年以来，全县已举办夜校20期，培训干部800人次。",
]


@pytest.mark.parametrize("text", _EXPLAINERS)
def test_a_definition_by_kind_makes_an_explainer(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.genre == "explainer", verdict
    assert "一种方式" in verdict.markers, verdict


@pytest.mark.parametrize("text", _NEWS)
def test_a_quoted_practice_filed_by_kind_stays_news(make_document: MakeDocument, text: str) -> None:
    verdict = genre.judge(make_document(text))
    assert verdict.reason is None, verdict
