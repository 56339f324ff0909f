"""Task forces and sendings on batches 29-30 (round 11c): three shapes seen across batches.

- staff put into a team named for its project (抽调干部充实到各征迁工作组) is a task force
  staffed, as 充实到专班 already was;
- 组成 read inside 小组成员 (领导小组成员单位现场打分，评出30支工作队) formed nothing, and
  a supervision or monitoring group (成立……整改监督工作组) checks work, it does not do a
  project: neither is a task force;
- a policy document named without quotation marks after the verb that applies it (落实省委
  关于向重点村选派第一书记和工作队的实施意见) is what the document is about, not a sending
  the sentence reports, as its quoted title (《……》) already was not.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
taxonomy before the fix, the ones marked as controls keep its neighbours where they were.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- staff put into teams named for their project
    ("task_force", True, "街道抽调精干力量充实到各拆迁工作组，逐户上门开展政策宣传。"),
    ("task_force", True, "县里选派熟悉政策的干部编入招商工作组，常驻长三角对接项目。"),
    # ... a control: into a village team is a sending, not a task force
    ("task_force", False, "县直单位选派干部充实到驻村工作队，帮助村里发展产业。"),
    # --- 组成 inside 小组成员 forms nothing
    ("task_force", False,
     "复赛由乡村振兴工作领导小组成员单位现场打分，评出20支工作队进入决赛。"),
    # --- supervision and monitoring groups are not task forces
    ("task_force", False, "市纪委监委成立问题整改监督工作组，对整改落实情况开展监督。"),
    ("task_force", False, "区里成立环保督察问题整改监督工作组，逐项跟踪反馈问题。"),
    # ... a control: a team formed for a project stays one
    ("task_force", True, "区委成立重点项目征迁攻坚组，由副区长任组长。"),
    # --- a policy title applied is no sending
    ("frontline_rotation", False,
     "全县贯彻市委关于向脱贫村选派驻村第一书记和工作队的实施意见，强化日常管理。"),
    ("frontline_rotation", False,
     "根据省委关于向重点乡村持续选派驻村第一书记的通知要求，做好轮换衔接工作。"),
    # ... a control: the sending itself, told after the title, still counts
    ("frontline_rotation", True,
     "根据省委关于选派第一书记的通知，今年全县向86个村选派第一书记和工作队员。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round11c_teams_and_policy_titles(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# A past honour named as a condition of a rule is no award given now.
HONOUR_CASES: list[tuple[bool, str]] = [
    (False, "对受到市级以上表彰、经验被上级推广的单位，年终考核给予适当加分。"),
    (False, "近两年工作受到省级以上表彰的；长期在艰苦边远地区工作的，同等条件下优先推荐。"),
    # ... a control: the award itself is still one
    (True, "大会对受到表彰的先进集体和个人颁发证书，表彰优秀村党组织书记45名。"),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text"), HONOUR_CASES)
def test_round11c_past_honour_as_condition(present: bool, text: str, detect: Detect) -> None:
    detection = detect(text, "incentive_care")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# A contest's places won by officials named by post, and the champions it names, are prizes.
PLACE_CASES: list[tuple[bool, str]] = [
    (True, "经过激烈角逐，城关镇东街社区党总支书记李某某获第一名，西街社区书记王某某获第二名。"),
    (True, "各镇初赛评出“镇级擂主”2人，推荐参加全县总决赛。"),
    # ... a control: a county's place is a ranking of units, not an award
    (False, "在去年全市综合考核中，我县获第一名。"),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text"), PLACE_CASES)
def test_round11c_contest_places_won_by_officials(present: bool, text: str, detect: Detect) -> None:
    detection = detect(text, "incentive_care")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# A numbered team whose counted cadres arrive is a sending told by the arrival.
ROUND_CASES: list[tuple[bool, str]] = [
    (True, "据介绍，第九批工作队38名干部人才于去年7月进疆开展工作，分布在4个县市。"),
    # ... a control: a team with no round and no count arriving for an inspection
    (False, "省督查工作队抵达我县，听取防汛工作汇报。"),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text"), ROUND_CASES)
def test_round11c_numbered_team_arriving(present: bool, text: str, detect: Detect) -> None:
    detection = detect(text, "frontline_rotation")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# A ranking told by its fixed tiers, or a contest launched under a new name (晒拼).
RANKING_CASES: list[tuple[bool, str]] = [
    (True, "区里对各部门年度实绩实行量化考核、强制分档，考核奖金拉开差距。"),
    (True, "今年以来，该镇推出“比晒”机制，每月在例会上比进度、晒成效。"),
    # ... a control: a rubric in tiers of work, no unit scored
    (False, "考核内容分为党建、经济、民生三个档次。"),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text"), RANKING_CASES)
def test_round11c_ranking_by_tiers(present: bool, text: str, detect: Detect) -> None:
    detection = detect(text, "leaderboard")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


# A study tour told by who goes, the participants named between organiser and trip.
TOUR_CASES: list[tuple[bool, str]] = [
    (True,
     "街道组织各村（社区）主职干部与小区楼道长、网格员代表先后前往邻县、邻镇考察学习治理经验。"),
    # ... a control: investors touring is no course for officials
    (False, "县里组织客商前往工业园区考察投资环境。"),
]  # fmt: skip


@pytest.mark.parametrize(("present", "text"), TOUR_CASES)
def test_round11c_study_tour_told_by_participants(present: bool, text: str, detect: Detect) -> None:
    detection = detect(text, "training")
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
