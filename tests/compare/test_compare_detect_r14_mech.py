"""Mechanism shapes of batches 41-42 (round 14) that unseen pages share.

- staff drawn from their offices to man a team that works where they are (抽调精干力量组成
  征迁专班) staff a task force; nobody is sent to the frontline, unless the team then goes
  somewhere (组成工作队，分赴各县);
- the 到 of attending (派驻某地的督查组组长到会指导) and an inspection team 派驻 somewhere
  post nobody;
- the stations and teams already in villages (各驻村点, 各驻村单位, 学校驻村队) name who is
  in post, not a sending;
- a programme's target spelled out (目标任务是：……选拔1000名干部充实到乡镇) is a plan;
- a leader moved to a non-leading post (转任职级公务员, 改任非领导职务) is adjusted;
- a team formed under the word 队伍 for its task (组建防汛专家队伍) and a campaign's command
  post at work (拆迁指挥部灯火通明) are task forces;
- counted cadres sent to reinforce a street office (60名机关干部，增援某街道) are sent;
- documents a meeting studies (学习《某省容错纠错办法》) report no case of their rules;
- 驻点 to inspect, guide or court investors (驻点我县检查指导防汛) is a short stay.

Every sentence is written anew in the genre's style; the cases of each shape failed on the
rules before the fix, the ones marked as controls keep their neighbours where they were.
"""

from __future__ import annotations

import pytest

from tests.compare.conftest import Detect

CASES: list[tuple[str, bool, str]] = [
    # --- cadres drawn into a local task team: the task force's staff, not a sending
    ("frontline_rotation", False,
     "为加快征迁进度，镇里抽调机关科室和村两委共35名骨干力量，组成6个征迁工作小组，逐户做好群众工作。"),
    ("frontline_rotation", False,
     "县里抽调精兵强将，成立招商引资领导小组，组建驻外招商小分队和项目服务专班，全力以赴抓招商。"),
    ("task_force", True,
     "为加快征迁进度，镇里抽调机关科室和村两委共35名骨干力量，组成6个征迁工作小组，逐户做好群众工作。"),
    # ... controls: the team then goes somewhere, or the cadres are posted
    ("frontline_rotation", True,
     "省委组织部抽调48名干部组成8个工作组，分赴受灾最重的8个县开展帮扶。"),
    ("frontline_rotation", True,
     "区里抽调26名机关干部，成立党员突击队，下沉到封控社区协助开展核酸检测。"),
    # --- attending a meeting, an inspection team stationed for an election
    ("frontline_rotation", False,
     "省委派驻该市换届风气第三督导组组长李某到会指导。全市各级领导干部参加会议。"),
    ("frontline_rotation", False,
     "市委派驻各县的巡察组在当地工作一个月，重点检查领导干部履职情况。"),
    # ... a control: cadres posted to the grassroots
    ("frontline_rotation", True,
     "市委选派60名年轻干部到乡镇任职，为期两年。"),
    # --- stations and teams already in the villages
    ("frontline_rotation", False,
     "县强基办汇总各驻村点、各驻村单位报送的简报信息。"
     "学校驻村队的信息数量位居全县第一，驻村队干部的工作获得好评。"),
    # --- a programme's target spelled out
    ("frontline_rotation", False,
     "该省“育苗工程”的目标任务是：用五年时间，选拔1000名左右35岁以下的优秀年轻干部充实到乡镇领导班子。"),
    ("merit_promotion", False,
     "这项工程的目标是，从明年起用三年时间，提拔重用500名左右40岁以下的优秀年轻干部。"),
    ("training", False,
     "全市干部教育的总体目标为：到2025年，对全市3000名科级干部完成一轮全覆盖轮训。"),
    # ... a control: what was done toward the goal
    ("training", True,
     "围绕这一目标，市委组织部今年已举办5期科级干部轮训班，培训干部600名。"),
    # --- moved out of a leading post
    ("accountability", True,
     "该县对年度考核排名靠后的5名领导干部转任职级公务员。"),
    ("accountability", True,
     "对工作不力的3名乡镇干部改任同级非领导职务。"),
    # ... a control: a career move names no non-leading post
    ("accountability", False,
     "他曾在县财政局工作，次年转任县发改局副局长。"),
    # --- a team formed under the word 队伍 for its task; a campaign's post at work
    ("task_force", True,
     "汛情发生后，区人大常委会迅速组建防汛专家队伍，第一时间赶赴长江大堤查看险情。"),
    ("task_force", True,
     "深夜11点，某街道拆迁指挥部灯火通明，工作人员仍在研究第二天的攻坚方案。"),
    # ... controls: a force in general, an attendee list
    ("task_force", False, "要着力建设一支忠诚干净担当的高素质干部队伍。"),
    ("task_force", False,
     "全县各乡镇党委书记、县防汛指挥部工作人员参加会议。"),
    # --- counted cadres sent to reinforce a street office
    ("frontline_rotation", True,
     "疫情发生后，区里统一调度，12个部门的60名机关干部，增援东城街道开展封控管理。"),
    # ... a control: a squad that goes to the communities is a deployment, not a task force
    ("task_force", False,
     "市文旅局200余名干部组成防疫支援队伍，分两批到达指定社区参与核酸检测。"),
    # --- a meeting studying rules
    ("incentive_care", False,
     "9月5日，局机关召开全体干部大会，学习《某省党政干部容错纠错办法》、《某省党政干部鼓励激励办法》。"),
    # ... a control: a rule applied to a case
    ("incentive_care", True,
     "依据《容错纠错实施办法》，县纪委对2名在征迁中出现失误的干部予以容错免责。"),
    # ... a control: an assessment team that tours the towns is sent to work nowhere
    ("frontline_rotation", False,
     "县委组织部组建4个考核工作组分赴全县8个乡镇和防控一线，实地了解干部表现。"),
    # --- 驻点 to inspect or guide: a short stay
    ("frontline_rotation", False,
     "台风登陆前后，市委副书记、市长驻点我县检查指导防汛工作。当天，市防指副总指挥驻点沿海乡镇督导防台工作。"),
    # ... a control: cadres posted to serve firms
    ("frontline_rotation", True, "开发区选派104名年轻干部驻点服务企业，为期半年。"),
]  # fmt: skip


@pytest.mark.parametrize(("mechanism", "present", "text"), CASES)
def test_round14_mechanism_shapes(
    mechanism: str,
    present: bool,
    text: str,
    detect: Detect,
) -> None:
    detection = detect(text, mechanism)
    assert detection.present is present, (detection.score, detection.cues, detection.negative_cues)
