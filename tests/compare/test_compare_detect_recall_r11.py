"""Mechanism recall on the task forces batches 12-24 still missed after tuning (round 11).

A task force is often not told by the verb that formed it but by the team at work or by
its people:

- a 专班 as the subject of its work (某行动专班组织开展观摩) or its staff named
  (专班工作人员, 专班负责同志): the team exists and is staffed;
- commanders per zone or level of a campaign (战区指挥长, 村级指挥长);
- working groups named for their project task (征迁工作组), several standing teams
  reporting (各专项组组长), a small team under one leader (牵头的工作小组).

And two look-alikes that are the sending's, not a task force's or a new sending:

- teams whose purpose is to go down (组建N支“一线工作队”奔赴基层) organise sent cadres, and
  the temporary party branch in each is the deployment's: not a task force;
- a team or member sent earlier honoured now (帮扶工作队被评为优秀工作队) is no sending.

Honours and contests told in other words: a committee's formal commendation (通令嘉奖, 对其
表彰), an official cleared of a false report (澄清不实举报, 澄清正名 in other words), and
cards of two colours handed to units (颁发红牌和黄牌), a ranking in tiers and a prize.
A course told by its lessons counted (授课内容包括《……》等12门) is training held; a
briefing that starts a deployment (动员培训, 工作培训视频会议, 培训后次日全部到岗) is not.

Every sentence is written anew in the genre's style; each ``True`` case failed on the
taxonomy before the fix, and the ``False`` cases keep the look-alikes out.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- a 专班 at work, or its staff named
    ("task_force", True, "10月12日，县城乡环境综合整治行动专班组织开展了集中督查评比。"),
    ("task_force", True, "会议要求，专班工作人员要吃透补偿政策，逐户上门做好解释工作。"),
    ("task_force", True, "副县长王某某，县交通局、县重点项目工作专班负责同志参加会议。"),
    # ... not a 专班 still to be set up, nor an explainer of the word
    ("task_force", False, "会议强调，要加强组织协调，形成工作专班，明确工作职责。"),
    ("task_force", False, "所谓工作专班，是为推进某项工作而临时组建的班子。"),
    # --- commanders per zone or level of a campaign
    ("task_force", True, "各战区指挥长每月到联系乡镇蹲点不少于5天，现场调度攻坚任务。"),
    ("task_force", True, "村级指挥长每周至少召开一次推进会，对本村攻坚工作负总责。"),
    # ... not a commander's baton in a slogan
    ("task_force", False, "要发挥考核指挥棒作用，激励干部担当作为。"),
    # --- working groups named for their task, standing teams reporting, a leader's team
    ("task_force", True,
     "第二征迁工作组召开片区征迁推进会议。\n5月8日，区第二征迁工作组在街道召开部署会议。"),
    ("task_force", True, "座谈会上，市驻县各专项组组长分别汇报了道路、水系等工作进展。"),
    ("task_force", True, "对每家重点企业，明确一名班子成员牵头的工作小组跟踪服务。"),
    # ... not an inspection group, nor a village team of sent cadres
    ("task_force", False, "省委第三督查组组长一行到我县检查指导防汛工作。"),
    ("task_force", False, "驻村工作组组长李某某带领队员走访脱贫户。"),
    # --- teams of sent cadres going down are the sending's units
    ("task_force", False,
     "区委组织机关各部门干部，组建12支“一线工作队”，奔赴基层协助开展疫情防控。"),
    ("task_force", False,
     "12支“一线工作队”由15名处级干部、160名干部组成，同步成立12个临时党支部。"),
    # ... a team formed for a project stays a task force
    ("task_force", True, "县里抽调精干力量，组建征迁攻坚工作组，进驻项目现场集中办公。"),
    # --- a team or member sent earlier, honoured now, is no sending
    ("frontline_rotation", False,
     "日前，市委组织部市派驻村帮扶工作队管理办公室发来通报，我镇驻某村帮扶工作队在年度"
     "考核中，被评为市派优秀工作队。驻村工作队员张某某、李某某同时被评为市派优秀工作队员。"),
    # ... a team sent now stays a sending
    ("frontline_rotation", True, "县委从县直单位选派45名干部组成15支帮扶工作队，进驻15个村。"),
    # --- honours told in other words
    ("incentive_care", True, "因在抗洪抢险中表现突出，近日，县委对其通令嘉奖。"),
    ("incentive_care", True, "镇纪委召开反馈会，为该镇党委书记澄清不实信访举报。"),
    ("incentive_care", True,
     "考评结束后，市考核办向各区县颁发了9个红牌（优秀）和3个黄牌（较差）。"),
    # ... not a policy clarified, nor a red card as a warning in a slogan
    ("incentive_care", False, "会上，他对其中的政策口径作了澄清说明。"),
    # --- contests shown by cards of two colours
    ("leaderboard", True,
     "考评结束后，市考核办向各区县颁发了9个红牌（优秀）和3个黄牌（较差）。"),
    ("leaderboard", True, "每季度评选红旗单位和黄旗单位，结果在全市通报。"),
    # ... not a flag flying at a ceremony
    ("leaderboard", False, "广场上红旗招展，全体干部面向国旗重温入党誓词。"),
    # --- a course told by its lessons counted
    ("training", True,
     "此次村干部培训为期五天，授课内容包括《基层治理的几点体会》《依法处理信访问题》等12门。"),
    ("training", True, "县委党校围绕乡村振兴为乡镇干部开设专题课程8门，邀请专家现场讲解。"),
    # ... not a count of lessons without a course
    ("training", False, "这位老师从教三十年，先后为干部子弟讲授语文、数学等3门学科。"),
    # --- a briefing that starts a deployment is no course
    ("training", False,
     "当天上午，30名下沉干部全部报到，在参加了社区的动员培训后，随即投入入户排查。"),
    ("training", False,
     "5月6日开展培训，5月7日市直单位80个工作组全部到岗开展工作。"
     "当天，全市千名干部进企业工作培训视频会议召开。"),
    # ... a course for officials stays training
    ("training", True, "县委组织部举办新任科级干部培训班，68名学员参加为期5天的集中培训。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round11_teams_told_by_their_work_or_people(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
