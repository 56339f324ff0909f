"""Mechanism recall on the wordings batches 17-20 missed at first sight (round 10),
generalised across the four batches and the misses left in batches 11-16:

- rankings told by the assessment that made them (a unit's place in a 考评, 测评 or 检查, a
  tier of an assessment, results published with the verb first or 发布, marks given by an
  assessment, rankings shown by the units), contests named by their own meeting (拉练评议,
  赛马比拼现场观摩会) and scores that decide which units win; the economic-table negative
  no longer blanks a place won in an assessment;
- sending told as officials drawn into a mixed team, an exchange with its count, officials
  attached to a place (挂点) with a count;
- study as on-the-job training elsewhere (实训), degree classes for officials and a study
  delegation (考察团);
- a command post told by its member units or its full members' meeting, teams counted
  under the leader who heads them;
- a numbered round of the sent mobilised or leaving (第五批驻村工作动员会);
- a red flag moved between units every week or month;
- honours with the honoured unit before the verb, a named prize awarded by review, and
  honoured persons and collectives counted.

Every sentence is written anew in the genre's style; each ``True`` case failed on the
taxonomy before the fix, and the ``False`` cases keep the look-alikes out.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- leaderboard: a unit's place in an assessment, by rank or by tier
    ("leaderboard", True, "去年，该镇在全市乡村振兴考评中排名全市第一。"),
    ("leaderboard", True, "年度实绩测评中，该县得分92.5分，在18个县区中排名第三。"),
    ("leaderboard", True, "考核结果显示，某区以总成绩95.2分位列全市榜首。"),
    ("leaderboard", True, "该街道连续三年获得全区综合考核第一等次。"),
    # ... not an economic table, nor a score without a place
    ("leaderboard", False, "该县地区生产总值增速排名全省第五。"),
    ("leaderboard", False, "全年财政收入位居全市第二，增幅达到12%。"),
    # --- leaderboard: the publishing verb first, or 发布
    ("leaderboard", True, "市委通报了上半年各县区营商环境工作考核结果。同日，考核结果发布。"),
    # --- leaderboard: marks given by an assessment, rankings shown by the units
    ("leaderboard", True, "每季度由督查组对各镇街进行考核评分，结果与年终考核挂钩。"),
    ("leaderboard", True, "推进会上，各乡镇亮晒了重点指标排名。"),
    # --- leaderboard: contests named by their own meeting, scores that decide the winners
    ("leaderboard", True, "按照工作方案，县委决定开展重点项目集中拉练评议。"),
    ("leaderboard", True, "全县第二季度“比进度、赛马比拼”现场观摩会今日启动。"),
    ("leaderboard", True,
     "此次答辩对各乡镇的书面方案评估打分，结合现场答辩分数，决定哪几个乡镇最终胜出。"),
    # ... not a visit told as learning, nor a review's comments
    ("leaderboard", False, "考察团一行观摩了产业园区，并进行了座谈交流。"),
    # --- frontline_rotation: drawn into a mixed team, an exchange counted, attached with a count
    ("frontline_rotation", True, "工作中，镇党委抽调三个村的干部混编成征迁攻坚队。"),
    ("frontline_rotation", True, "今年以来，两市互派干部，共交流干部86名。"),
    ("frontline_rotation", True, "区里安排35名科级干部挂点联系各村（社区）。"),
    # ... not leaders attached to firms to serve them, nor an exchange without a count
    ("frontline_rotation", False, "县领导挂点联系重点企业，帮助解决融资难题。"),
    ("frontline_rotation", False, "双方就干部交流工作进行了座谈。"),
    # --- training: on-the-job training elsewhere, degree classes, a study delegation
    ("training", True, "市委选派第二批120名年轻干部赴杭州开展体悟实训。"),
    ("training", True, "每年选派20名年轻干部到对口城区，进行为期半年的跟岗实训。"),
    ("training", True, "近日，全区村（社区）干部大专班在市开放大学举行开学典礼。"),
    ("training", True,
     "某市党政考察团来我县考察\n6月3日，某市党政考察团一行来我县考察，县直有关部门负责人陪同。"),
    # ... not a vocational school's workshop, nor villagers' classes
    ("training", False, "该职业学校新建了汽修实训车间。"),
    # --- task_force: member units of a command post, its full members' meeting
    ("task_force", True, "镇“两区共建”指挥部成员单位负责人参加了会议。"),
    ("task_force", True, "3月5日，县项目推进指挥部召开指挥部全体成员会议。"),
    # ... not a company's post without members
    ("task_force", False, "某路桥公司项目指挥部负责人介绍了工程进度。"),
    # leaders heading counted teams
    ("task_force", True, "社区主要负责同志带领4个征收小组，吃住在一线。"),
    # ... not a leader leading a visit
    ("task_force", False, "副县长带领工作组到村调研。"),
    # --- frontline_rotation: a numbered round of the sent mobilised or leaving
    ("frontline_rotation", True, "全区召开第五批驻村工作动员会，区委组织部部长出席并讲话。"),
    # ... not a meeting of those already in post
    ("frontline_rotation", False, "第五批选派第一书记座谈会在县委党校召开。"),
    # --- leaderboard: a red flag moved between units every round
    ("leaderboard", True, "街道每月为考评靠前的社区颁发流动红旗。"),
    # ... not a single flag handed over once
    ("leaderboard", False, "县交警大队获颁流动红旗。"),
    # --- incentive_care: the honoured unit before the verb, a named prize, persons and
    # collectives counted
    ("incentive_care", True, "该镇临时党委获评“攻坚克难突出作战集体”称号。"),
    ("incentive_care", True, "考核办按赛道评选“奔跑奖”“蜗牛奖”，每季度通报一次。"),
    ("incentive_care", True, "经推荐、评审和公示，共有 30 名个人和8个集体脱颖而出。"),
    # ... not a city's title, a company's product prize
    ("incentive_care", False, "该市荣获全国文明城市称号。"),
    ("incentive_care", False, "该企业的新产品获评“省优质产品奖”。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round10_wordings_of_each_act(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
