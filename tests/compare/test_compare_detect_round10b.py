"""Mechanisms on unseen pages (batches 21-22 at first sight), by general cause:

- leaderboard: an assessment among units that names its winners as such (授予/确定 某市、某县
  为……考评优秀地区) or places a unit by its score (以96.3分的最高分荣获第一名); a meeting that
  only reads out 考评优秀单位 without naming them stays no ranking;
- accountability: a sanction whose officials are listed at length before it (对某村负责人……
  副镇长某某给予全县通报批评; 对……主要负责人进行了约谈);
- frontline_rotation: a team drawn from departments to inspect (抽调人员组成工作组，对……开展
  督导检查; 督查人员从……抽调组成), the next item of a list of attendees (百余名镇村干部、驻村
  工作组组长……参加), and a team already in post named by its name (驻村帮扶工作队, 省派驻村
  工作队, 所驻村) send no one;
- a speech's demand on an organ or group (区委要在全区选调……; 对……人员要大力表彰奖励) is
  discounted like a plan;
- incentive_care: a place's cultural brand (被授予“……之乡”称号) and an honorary citizenship
  (荣誉村民) are no award to officials;
- training: the Party school named as an institution (党校校委会, 党校作为……主阵地, 各级党校)
  and training as a field of work (干部教育培训工作的经验) hold no course;
- a habit is no plan: 每年将对……进行考核 is not discounted like 将对;
- task_force: a 到 across a comma is no move into a post (接到任务后，……指挥部打电话); orders
  followed (按照疫情防控指挥部要求) or a post left (从指挥部调到社区) form no team; service
  teams of doctors and technicians are not officials' task forces.

Every text is written anew in the genre's style.  A case whose last field is ``True`` gave
the opposite answer before the change; the others guard what must stay.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

# (mechanism, present, text, failed before the change)
CASES: list[tuple[str, bool, str, bool]] = [
    # --- leaderboard: winners named by the assessment
    ("leaderboard", True,
     "根据2019年度全市综合考核评价结果，市委、市政府决定，授予东城区、南湖区、青山县"
     "“2019年度综合考核评价先进县（区）”荣誉称号。", True),
    ("leaderboard", True,
     "经考评组实地考评、综合评定，确定河东区、临川县为2020年度全市营商环境工作绩效考评"
     "优秀地区。", True),
    ("leaderboard", True,
     "在全市6个县中，平阳县以96.3分的最高分荣获第一名，安定县获得第二名。", True),
    # ... a meeting reading out unnamed winners, an official's own grade
    ("leaderboard", False,
     "会议通报了2022年度全县党建工作绩效考评优秀单位，并对下一步工作作出部署。", False),
    ("leaderboard", False, "该同志连续三年年度考核优秀，被评为优秀县委书记。", False),
    # --- accountability: officials listed before the sanction
    ("accountability", True,
     "根据防汛工作纪律，对石桥镇防汛指挥部柳湾村负责人、村支部书记王某某，长岗乡防汛"
     "指挥部负责人、乡党委委员、副乡长李某某给予全县通报批评。", True),
    ("accountability", True,
     "当天，市纪委副书记对三个区县政府主要负责人和一个开发区相关负责人进行了约谈。", True),
    # --- frontline_rotation: inspection teams, lists, teams already in post
    ("frontline_rotation", False,
     "市防汛办从15个成员单位抽调人员组成6个工作组，对全市重点水库开展督导检查。", True),
    ("frontline_rotation", False,
     "督查共分4组，督查人员从市委办公室、市政府办公室、市住建局等单位抽调组成，4名县级干部任"
     "组长。", True),
    ("frontline_rotation", False,
     "当天，一百余名镇村干部、驻村工作队队长、站所负责人参加了乡镇夜校首场讲座。", True),
    ("frontline_rotation", False,
     "晚上九点，该镇驻村干部和市直驻村帮扶工作队的队员还在村部讨论产业项目。"
     "镇里规定驻村干部每晚用所驻村的座机向镇值班室报到。", True),
    ("frontline_rotation", False,
     "近日，省派驻村帮扶工作队管理办公室传来消息，驻该村的工作队在年度考核中被评为"
     "优秀工作队。", False),
    # ... real sendings stay
    ("frontline_rotation", True, "全县选派120名机关干部驻村帮扶，实现贫困村全覆盖。", False),
    ("frontline_rotation", True,
     "县委抽调30名干部组成工作队，进驻重点村开展为期一年的帮扶。", False),
    # --- task_force: no team formed
    ("task_force", False,
     "接到任务后，该村支书未及时落实，且下午指挥部打电话了解情况时，他既不接也不回。", True),
    ("task_force", False,
     "组建家庭医生签约服务团队520个，组织农业技术骨干组成86个产业技术服务组进驻企业。", True),
    # --- a speech's demand on an organ or group is no act done
    ("incentive_care", False,
     "健全考核奖惩机制，对实绩突出的项目专班人员要大力表彰奖励，让实干者得实惠。", True),
    ("frontline_rotation", False,
     "县委要在全县各部门中选调30名35岁左右的年轻干部组建专业招商队伍。", True),
    # --- a place's brand and an honorary citizenship are no award to officials
    ("incentive_care", False,
     "由此，该县先后被授予“中国民间剪纸艺术之乡”“全国剪纸之乡”荣誉称号。", True),
    ("incentive_care", False,
     "今年春节，退休多年的老干部王某被该村村民授予“荣誉村民”称号。", True),
    # ... an award to officials stays
    ("incentive_care", True, "县委对表现突出的12名干部予以通报表扬并颁发荣誉证书。", False),
    # --- the Party school spoken of as an institution holds no course
    ("training", False,
     "省委书记代表省委和省委党校校委会向会议表示祝贺。他说，党校作为干部教育的主阵地，"
     "任务很重。学习宣传全会精神是各级党校首要的政治任务。", True),
    ("training", False,
     "座谈会总结交流了近五年干部教育培训工作的经验，党校要扎实做好教育培训干部的各项工作。",
     True),
    # ... a course at a Party school stays
    ("training", True, "考试后，择优选择40名干部到县委党校开展为期一周的专题集训。", False),
    # --- a habit is no plan: 每年将对……考核
    ("frontline_assessment", True,
     "县委组织部每年将对驻村第一书记进行考核鉴定，并将结果与年度考核和选拔任用挂钩。", True),
    # ... a plan stays discounted
    ("frontline_assessment", False,
     "县委组织部将对驻村第一书记进行考核鉴定，并将结果与年度考核和选拔任用挂钩。", False),
    # ... a team formed stays
    ("task_force", True, "区委成立重点项目建设指挥部，抽调20名干部到指挥部集中办公。", False),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text", "old"), CASES)
def test_round10b_general_causes(
    mechanism: str, present: bool, text: str, old: bool, detect: Detect
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)


@pytest.mark.parametrize(
    "text",
    [
        "按照疫情防控指挥部要求，驻村干部严格落实各项封控措施，做好群众生活保障。",
        "她主动申请从疫情防控指挥部调到社区一线，负责核酸采样点的秩序维护。",
    ],
)
def test_orders_followed_and_a_post_left_form_no_command_post(text: str, detect: Detect) -> None:
    detection = detect(text, "task_force")
    assert "项目/现场指挥部" not in detection.cues, detection.cues
